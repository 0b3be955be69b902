// The boundaries of src/ as a test: dependency-cruiser checks every import against .dependency-cruiser.cjs (no
// cycles, only downward imports along the pipeline), and a small tree that breaks each rule proves the rules bite.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');

/** Cruises `src` under `baseDir` with the project's rules; returns "rule: from → to" lines, sorted. */
async function violations(baseDir: string): Promise<string[]> {
  const options = (await extractDepcruiseOptions(CONFIG)) as ICruiseOptions;
  const result = await cruise(['src'], { ...options, baseDir, validate: true });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('boundaries', () => {
  it('src/ has no import cycle and no import against the pipeline', async () => {
    expect(await violations(ROOT)).toEqual([]);
  }, 120_000);

  it('the rules catch a cycle, an upward import, a leaf that imports, I/O in a formatter and an orphan, and let a rule use the shared cache', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'boundaries-'));
    temps.push(dir);
    const files: Record<string, string> = {
      'src/cli.ts': "import './index.js';\nimport './demo/server.js';\n",
      'src/index.ts': "import './pipeline.js';\nimport './config/load.js';\nimport './report/render.js';\n",
      'src/pipeline.ts': "import './rules/rule.js';\nimport './cli.js';\n",
      'src/rules/rule.ts': "import '../report/render.js';\nimport '../computed/a.js';\nimport '../bounded-cache.js';\n",
      'src/bounded-cache.ts': "import './text/t.js';\n",
      'src/report/render.ts': "import '../collect/crawl.js';\nimport 'node:fs';\n",
      'src/collect/crawl.ts': "import '../config/load.js';\nimport '../http/a.js';\n",
      'src/config/load.ts': "export const x = 1;\n",
      'src/computed/a.ts': "import '../rules/rule.js';\n",
      'src/http/a.ts': "import './b.js';\nimport '../text/t.js';\n",
      'src/http/b.ts': "import './a.js';\n",
      'src/text/t.ts': 'export const t = 1;\n',
      'src/demo/server.ts': "import '../cli.js';\n",
      'src/dead.ts': 'export const unused = 1;\n',
    };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }));
    const found = await violations(dir);
    const rules = new Set(found.map((line) => line.split(':')[0]));
    for (const rule of [
      'no-circular',
      'no-orphans',
      'cli-is-the-top',
      'rules-import-computed-text-snapshot',
      'computed-imports-text-snapshot',
      'report-reads-the-report',
      'collect-imports-http-text-snapshot',
      'leaves-import-nothing',
      'pure-stages-do-no-io',
      'bounded-cache-is-a-leaf',
    ]) {
      expect([...rules], rule).toContain(rule);
    }
    expect(found).toContain('leaves-import-nothing: src/http/a.ts → src/text/t.ts');
    expect(found).toContain('collect-imports-http-text-snapshot: src/collect/crawl.ts → src/config/load.ts');
    expect(found).toContain('cli-is-the-top: src/demo/server.ts → src/cli.ts');
    expect(found).toContain('no-orphans: src/dead.ts → src/dead.ts');
    expect(found).toContain('bounded-cache-is-a-leaf: src/bounded-cache.ts → src/text/t.ts');
    // Allowed edges are not layering violations: collect → http, index → config, cli → demo (which is reported
    // only as part of the demo → cli cycle).
    const layering = found.filter((l) => !l.startsWith('no-circular'));
    expect(layering.filter((l) => l.endsWith('src/collect/crawl.ts → src/http/a.ts'))).toEqual([]);
    expect(layering.some((l) => l.includes('src/index.ts → src/config/load.ts'))).toBe(false);
    expect(layering.some((l) => l.includes('src/cli.ts → src/demo/server.ts'))).toBe(false);
    // The shared bounded cache is neutral: a rule may import it.
    expect(layering.some((l) => l.includes('src/rules/rule.ts → src/bounded-cache.ts'))).toBe(false);
  }, 120_000);
});
