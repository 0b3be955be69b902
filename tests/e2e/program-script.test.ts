// Help and the version come from the commander program alone (dist/bundle/program.cjs, bin/load-cli.js): the same
// text, on the same streams, with the same exit codes as the ES module chunks give for every command, and only for
// argument lists commander answers by itself (any other runs the chunks or the whole CLI, as before).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runCli } from './run-cli.js';

const TRACE_HOOK = pathToFileURL(path.join(ROOT, 'tests', 'support', 'module-trace.mjs')).href;

let dir: string;
let commands: string[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-program-'));
  const help = await runCli(['--help'], { env: { BRAND_AUDIT_NO_CODE_CACHE: '1' } });
  const section = help.stdout.slice(help.stdout.indexOf('\nCommands:\n'));
  commands = [...section.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]).filter((name) => name !== 'help');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const { answeredByCommander } = (await import(pathToFileURL(path.join(ROOT, 'bin', 'load-cli.js')).href)) as {
  answeredByCommander: (args: string[]) => boolean;
};

describe('help and version from the commander program alone', () => {
  it('finds the commands in the help', () => {
    expect(commands).toEqual(expect.arrayContaining(['audit', 'report', 'compare', 'rules', 'init', 'demo', 'batch', 'merge']));
  });

  it('answers as the ES module chunks do, byte for byte, for the program and every command', async () => {
    const lists: string[][] = [[], ['--help'], ['-h'], ['help'], ['--version'], ['-V'], ['no-such-command', '--help'], ['help', 'no-such-command']];
    for (const command of commands) lists.push([command, '--help'], [command, '-h'], ['help', command]);
    for (const args of lists) {
      expect(answeredByCommander(args)).toBe(true);
      const program = await runCli(args);
      const chunks = await runCli(args, { env: { BRAND_AUDIT_NO_CODE_CACHE: '1' } });
      expect({ args, code: program.code, stdout: program.stdout, stderr: program.stderr }).toEqual({ args, code: chunks.code, stdout: chunks.stdout, stderr: chunks.stderr });
      expect(program.stdout.length + program.stderr.length).toBeGreaterThan(0);
    }
  });

  it('is what --version and --help compile, with its code cache, and no chunk of the ES module build', async () => {
    // A preload that records each vm.Script the bin compiles (bin/load-cli.js) and whether V8 took its code cache.
    const scripts = path.join(dir, 'scripts.txt');
    const recorder = `
      import vm from 'node:vm';
      import { appendFileSync } from 'node:fs';
      const Script = vm.Script;
      vm.Script = class extends Script {
        constructor(code, options) {
          super(code, options);
          appendFileSync(${JSON.stringify(scripts)}, JSON.stringify([options.filename, this.cachedDataRejected]) + '\\n');
        }
      };`;
    for (const args of [['--version'], ['--help'], ['audit', '--help']]) {
      rmSync(scripts, { force: true });
      const file = path.join(dir, `trace-${args.join('')}.txt`);
      const r = await runCli(args, { nodeArgs: ['--import', TRACE_HOOK, '--import', `data:text/javascript,${encodeURIComponent(recorder)}`], env: { MODULE_TRACE_FILE: file } });
      expect(r.code).toBe(0);
      expect(readFileSync(file, 'utf8').split('\n').filter((line) => line.includes('/dist/'))).toEqual([]);
      const compiled = readFileSync(scripts, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as [string, boolean | undefined]);
      expect(compiled.map(([name, rejected]) => [name.slice(name.indexOf('/dist/')), rejected])).toEqual([['/dist/bundle/program.cjs', false]]);
    }
  });

  it('is not used for argument lists that may run a command', () => {
    for (const args of [
      ['demo', '--brand', 'help'],
      ['audit', 'help'],
      ['init', '--help', 'brand.yaml'],
      ['audit', 'https://www.brand.test', '--help'],
      ['--help', 'audit'],
      ['audit', '--version'],
      ['help', '--help'],
      ['rules'],
      ['-hV'],
    ]) {
      expect({ args, answered: answeredByCommander(args) }).toEqual({ args, answered: false });
    }
  });
});
