// Progress on stderr: animated on a terminal outside CI, one plain line otherwise; CI=false and CI=0 are not CI.
import { describe, expect, it } from 'vitest';
import { createProgress, isCi } from '../../src/progress.js';
import type { PageRecord } from '../../src/snapshot/types.js';

/** A stand-in for stderr that records what is written, as a terminal or not. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, columns: 80, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
}

const page = { url: 'https://www.brand.test/aide', depth: 1 } as PageRecord;

describe('isCi', () => {
  it('takes only a non-empty value other than false or 0 as CI', () => {
    for (const value of ['true', '1', 'yes', 'TRUE', 'woodpecker']) expect(isCi({ CI: value })).toBe(true);
    for (const value of [undefined, '', ' ', 'false', 'FALSE', 'False', '0']) expect(isCi({ CI: value })).toBe(false);
  });
});

describe('createProgress', () => {
  it('animates on a terminal when CI is false, 0 or unset', () => {
    for (const env of [{ CI: 'false' }, { CI: '0' }, {}]) {
      const s = stream(true);
      createProgress({ quiet: false, stream: s.stream, env }).page(page, 1);
      expect(s.written.join('')).toContain('1 page · https://www.brand.test/aide');
    }
  });

  it('does not animate in CI or off a terminal, and still prints the closing line', () => {
    for (const [isTTY, env] of [[true, { CI: 'true' }], [false, {}]] as const) {
      const s = stream(isTTY);
      const progress = createProgress({ quiet: false, stream: s.stream, env });
      progress.page(page, 1);
      progress.done('Read 1 page');
      expect(s.written).toEqual(['Read 1 page\n']);
    }
  });
});
