// A file just over its size limit is refused with a size that reads larger than the limit: "1048586 bytes, more
// than the 1 MiB", never "1 MiB, more than the 1 MiB" (the rounded size equal to the limit).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkInputSize, formatExcess } from '../../src/limits.js';

const MiB = 1024 * 1024;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-input-size-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the size of a file over its limit', () => {
  it('is in bytes when rounding would show the limit itself, else rounded', () => {
    expect(formatExcess(MiB + 10, MiB)).toBe(`${MiB + 10} bytes`);
    expect(formatExcess(1.5 * MiB, MiB)).toBe('1.5 MiB');
    expect(formatExcess(300 * MiB, 256 * MiB)).toBe('300 MiB');
  });

  it('says so in the refusal of a brand file a few bytes too large', () => {
    const file = path.join(dir, 'brand.yaml');
    writeFileSync(file, 'x'.repeat(MiB + 10));
    expect(() => checkInputSize(file, 'brandFile')).toThrow(`the file is ${MiB + 10} bytes, more than the 1 MiB a brand file may be`);
  });
});
