// main(): an internal error (a bug, not bad input) is exit 2 with one "internal error" line, as ESLint does — never
// 3, which means the target could not be audited — and its stack only under BRAND_AUDIT_DEBUG.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/cli/io.js';

/** An Io whose stdout throws `error` on write: a bug reached while printing a valid command's output. */
function brokenStdout(error: Error, env: NodeJS.ProcessEnv = {}) {
  const err: string[] = [];
  const io = {
    stdout: { write: () => { throw error; }, columns: 80 },
    stderr: { write: (s: string) => err.push(s) },
    env,
    exitCode: 0,
  } as unknown as Io;
  return { io, stderr: () => err.join('') };
}

describe('main', () => {
  it('turns an internal error into exit 2 and one line saying so', async () => {
    const { io, stderr } = brokenStdout(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(await main(['node', 'brand-audit', 'rules', '--format', 'json'], io)).toBe(2);
    expect(stderr()).toBe("brand-audit: internal error: Cannot read properties of undefined (reading 'x') (set BRAND_AUDIT_DEBUG=1 for details)\n");
  });

  it('adds the stack only under BRAND_AUDIT_DEBUG', async () => {
    const { io, stderr } = brokenStdout(new Error('boom'), { BRAND_AUDIT_DEBUG: '1' });
    expect(await main(['node', 'brand-audit', 'rules'], io)).toBe(2);
    expect(stderr()).toMatch(/^brand-audit: internal error: boom \(set BRAND_AUDIT_DEBUG=1 for details\)\nError: boom\n\s+at /);
  });
});
