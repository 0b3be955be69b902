// End-to-end: a bug that escapes the command's promise (a throw in a timer or event handler, an unhandled
// rejection) ends the real CLI with one "internal error" line and exit 2 — not Node's stack trace and exit 1, which
// a CI job would read as a failed gate.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './run-cli.js';

/**
 * Runs `brand-audit demo --serve` (which runs until stopped) with a preloaded module that, once the CLI's crash
 * handlers are installed, fails the way `fault` says.
 */
function crashDuringServe(fault: string): Promise<{ code: number | null; stderr: string }> {
  const hook = `const t = setInterval(() => { if (process.listenerCount('uncaughtException') > 0) { clearInterval(t); setTimeout(() => { ${fault} }, 50); } }, 10);`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, BIN, 'demo', '--serve'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CI: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('an internal error outside the command', () => {
  it.each([
    ['a throw in a timer', "throw new TypeError('late failure')", 'late failure'],
    ['an unhandled rejection', "Promise.reject(new Error('nobody waited'))", 'nobody waited'],
  ])('%s is exit 2 with one line', async (_, fault, message) => {
    const r = await crashDuringServe(fault);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`brand-audit: internal error: ${message} (set BRAND_AUDIT_DEBUG=1 for details)\n`);
  });
});
