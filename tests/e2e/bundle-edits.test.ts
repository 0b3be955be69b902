// The library lines scripts/bundle-cli.mjs rewrites in the CLI bundle (string-width's emoji pattern and grapheme
// segmenter, made on first use instead of when the chunk is parsed and run): the bundled displayWidth still measures
// exactly as string-width does, emoji sequences included, and the pattern is no longer a literal to build at parse.
// undici's HTTP/2 client (and node:http2) is required on the first h2 connection only. And tinyld, written beside
// the chunks with the tables of four languages only, answers as tinyld does when asked about those four, as the
// language detector asks. commander's node:child_process is required on first use, undici's ClientDestroyedError has
// no stack trace, and the whole-CLI script is written in ASCII as the same program, inside the function wrapper the bin
// compiles it in. tldts's public suffix trie is
// decoded from the tables the build worked out, and answers as tldts does. The script reads the text models' weights
// from files of its own, the same texts.
import { describe, expect, it } from 'vitest';
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import stringWidth from 'string-width';
import * as tinyld from 'tinyld';
import * as tldts from 'tldts';
import { COMPLAINT_MODEL } from '../../src/text/complaint-model.data.js';
import { QUESTION_MODEL } from '../../src/text/question-model.data.js';
import { LANGS } from '../../src/text/stopwords.js';
import { ROOT } from './run-cli.js';

const BUNDLE = path.join(ROOT, 'dist', 'bundle');

/** The bundle chunk that holds the terminal report's width helper (its file name is a content hash). */
function helperChunk(): string {
  const file = readdirSync(BUNDLE).find((f) => f.endsWith('.js') && readFileSync(path.join(BUNDLE, f), 'utf8').includes('function displayWidth('));
  if (!file) throw new Error('no chunk of dist/bundle defines displayWidth: run npm run build');
  return path.join(BUNDLE, file);
}

describe("the bundle's string-width", () => {
  it('builds the emoji pattern and the segmenter on first use', () => {
    const text = readFileSync(helperChunk(), 'utf8');
    expect(text).toContain('rgiEmojiPattern ??= new RegExp(');
    expect(text).not.toContain('/^\\p{RGI_Emoji}$/v');
    expect(text).toContain('graphemeSegmenter ??= new Intl.Segmenter()');
  });

  it('measures as string-width does: emoji sequences, CJK, marks and zero-width characters', async () => {
    const chunk = (await import(pathToFileURL(helperChunk()).href)) as Record<string, unknown>;
    const displayWidth = Object.values(chunk).find((v): v is (s: string) => number => typeof v === 'function' && v.name === 'displayWidth');
    expect(displayWidth).toBeTypeOf('function');
    const samples = ['👍', '👍🏽', '🇫🇷', '👩‍👩‍👧‍👦', '❤️', '☺', '1️⃣', '#⃣', '🏳️‍🌈 fier', '日本語', '한국어 ok', 'ｆｕｌｌ', 'e\u0301', 'a\u200bb', 'merci ✨🙏'];
    expect(samples.map((s) => displayWidth?.(s))).toEqual(samples.map((s) => stringWidth(s)));
  });

  it('measures every code point on its own as string-width does (single code points skip the emoji sequences)', async () => {
    const text = readFileSync(helperChunk(), 'utf8');
    expect(text).toContain('singleEmojiPattern');
    const chunk = (await import(pathToFileURL(helperChunk()).href)) as Record<string, unknown>;
    const displayWidth = Object.values(chunk).find((v): v is (s: string) => number => typeof v === 'function' && v.name === 'displayWidth')!;
    // Every code point an emoji can be made of, and one in 7 of the others (lone surrogates included).
    const emojiLike = /\p{Emoji}|\p{Emoji_Component}|\p{Emoji_Presentation}|\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
    const differing: string[] = [];
    let emoji = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const s = String.fromCodePoint(cp);
      const like = emojiLike.test(s);
      if (like) emoji++;
      else if (cp % 7 !== 0) continue;
      if (displayWidth(s) !== stringWidth(s)) differing.push(cp.toString(16));
    }
    expect(emoji).toBeGreaterThan(2500);
    expect(differing).toEqual([]);
  });
});

describe("the bundle's tinyld", () => {
  const bundled = createRequire(import.meta.url)(path.join(BUNDLE, 'tinyld.cjs')) as typeof tinyld;
  const only = { only: [...LANGS] };

  it('holds the tables of the four languages only', () => {
    expect(readFileSync(path.join(BUNDLE, 'tinyld.cjs')).length).toBeLessThan(readFileSync(createRequire(import.meta.url).resolve('tinyld')).length / 3);
    // Asked without `only`, it can name no other language: their n-grams are gone.
    expect(bundled.detect('Dit is een korte Nederlandse zin over het weer van vandaag')).not.toBe('nl');
    expect(tinyld.detect('Dit is een korte Nederlandse zin over het weer van vandaag')).toBe('nl');
  });

  it('answers as tinyld does for them, on every labelled post', () => {
    const dir = path.join(ROOT, 'fixtures', 'text');
    const texts = readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Array<{ text: string }>).map((p) => p.text));
    expect(texts.length).toBeGreaterThan(2000);
    const differing = texts.filter((t) => JSON.stringify(bundled.detectAll(t, only)) !== JSON.stringify(tinyld.detectAll(t, only)));
    expect(differing).toEqual([]);
  });
});

describe("the bundle's tldts", () => {
  /** The chunk holding tldts, with its tables precomputed, and tldts's exports as the bundle runs them. */
  async function bundledTldts(): Promise<typeof tldts> {
    const file = readdirSync(BUNDLE).find((f) => f.endsWith('.js') && readFileSync(path.join(BUNDLE, f), 'utf8').includes('__tldtsTable('));
    expect(file).toBeDefined();
    const text = readFileSync(path.join(BUNDLE, file as string), 'utf8');
    // No table is built at load any more: neither written as array literals nor worked out by the edge pass.
    expect(text).not.toMatch(/new Uint(8|16)Array\(\[\d/);
    expect(text).not.toContain('new Uint32Array(numberOfEdges)');
    const chunk = (await import(pathToFileURL(path.join(BUNDLE, file as string)).href)) as Record<string, unknown>;
    for (const value of Object.values(chunk)) {
      if (typeof value !== 'function' || value.length !== 0) continue;
      const exports = (value as () => unknown)() as Partial<typeof tldts> | undefined;
      if (exports && typeof exports.parse === 'function' && typeof exports.getDomain === 'function') return exports as typeof tldts;
    }
    throw new Error(`${file}: tldts's exports not found`);
  }

  it('answers as tldts does: ICANN and private suffixes, wildcards, exceptions, IPs, the fixtures\' hosts', async () => {
    const bundled = await bundledTldts();
    const hosts = [
      'www.example.co.uk', 'a.b.github.io', 'shop.mystore.myshopify.com', 'x.blogspot.com', 'www.city.kawasaki.jp',
      'foo.bar.kawasaki.jp', 'test.ck', 'www.ck', 'a.b.c.appspot.com', 'xn--80ak6aa92e.com', 'münchen.de', 'localhost',
      '127.0.0.1', '[::1]', 'maison-exemple.test', 'www.maison-exemple.test', 'com', 'co.uk', 'example', '.example.com',
      'example.com.', 'a..b.com', 'WWW.Example.COM', 'sub.domain.s3.amazonaws.com', 'www.gov.uk', 'bbc.co.uk',
    ];
    // Every host name written in the fixture sites and pages (links, feeds, profiles).
    const found = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else for (const m of readFileSync(file, 'utf8').matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) found.add(m[1]);
      }
    };
    walk(path.join(ROOT, 'fixtures', 'sites'));
    walk(path.join(ROOT, 'fixtures', 'pages'));
    expect(found.size).toBeGreaterThan(100);
    const differing: string[] = [];
    for (const host of [...hosts, ...found]) {
      for (const options of [{}, { allowPrivateDomains: true }]) {
        if (JSON.stringify(bundled.parse(host, options)) !== JSON.stringify(tldts.parse(host, options))) differing.push(`${host} ${JSON.stringify(options)}`);
      }
    }
    expect(differing).toEqual([]);
  });
});

describe("the bundle's undici", () => {
  it('requires its HTTP/2 client, and node:http2 with it, on the first h2 connection only', () => {
    const chunk = readdirSync(BUNDLE).find((f) => f.endsWith('.js') && readFileSync(path.join(BUNDLE, f), 'utf8').includes('h2Connector'));
    expect(chunk).toBeDefined();
    const text = readFileSync(path.join(BUNDLE, chunk as string), 'utf8');
    expect(text).toMatch(/connectH2 = \(client, socket\) => \(h2Connector \?\?= require_client_h2\(\)\)\(client, socket\)/);
    expect(text).not.toMatch(/var connectH2 = require_client_h2\(\);/);
  });
});

describe("the bundle's commander", () => {
  it('requires node:child_process when a command runs as an executable only: never for --help', () => {
    const chunk = readdirSync(BUNDLE).find((f) => f.endsWith('.js') && readFileSync(path.join(BUNDLE, f), 'utf8').includes('childProcessModule'));
    expect(chunk).toBeDefined();
    expect(readFileSync(path.join(BUNDLE, chunk as string), 'utf8')).not.toMatch(/var childProcess = require\("node:child_process"\)/);
    const r = spawnSync(process.execPath, ['-e', `process.on('exit', () => console.log(process.moduleLoadList.join('\\n'))); process.argv.splice(1, 0, 'brand-audit'); import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'bin', 'brand-audit.js')).href)})`, '--', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: brand-audit');
    expect(r.stdout).not.toContain('NativeModule child_process');
  });
});

describe('the whole-CLI script (dist/bundle/cli.cjs)', () => {
  it('is ASCII, which the bin reads as Latin-1', () => {
    expect(isAscii(readFileSync(path.join(BUNDLE, 'cli.cjs')))).toBe(true);
  });

  it('is written inside the wrapper the bin compiles it in, so that V8 compiles the text as read', async () => {
    const { SCRIPT_START, SCRIPT_END } = (await import(pathToFileURL(path.join(ROOT, 'bin', 'load-cli.js')).href)) as { SCRIPT_START: string; SCRIPT_END: string };
    const text = readFileSync(path.join(BUNDLE, 'cli.cjs'), 'latin1');
    expect(text.startsWith(`${SCRIPT_START}'use strict';`)).toBe(true);
    expect(text.endsWith(SCRIPT_END)).toBe(true);
    // The wrapper is a function expression: the file evaluates to the function the bin calls, as a CommonJS module would run.
    expect(typeof new Function(`return ${text}`)()).toBe('function');
  });

  it('is rewritten into ASCII as the same program: comments, strings, templates, String.raw text and patterns', async () => {
    const { asciiSource } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'ascii-source.mjs')).href)) as { asciiSource: (text: string, file: string) => string };
    const source = [
      '// déjà vu …',
      '/** ’quoted’ */',
      'const re = /[«»’€]+|é\\u00e9|😀/gu;',
      'const plain = /[¿¡]/;',
      'module.exports = {',
      '  re, plain, str: "café", tpl: `x€${1}ñ`, raw: String.raw`\\s[£$€]${"-"}ü\\b`, rawSource: new RegExp(String.raw`^[\\s¿]*«`, "u").source,',
      '  matches: [re.test("«€»"), /😀/u.test("😀"), plain.test("¡")], source: re.source, flags: re.flags,',
      '};',
    ].join('\n');
    const rewritten = asciiSource(source, 'sample.cjs');
    expect(isAscii(Buffer.from(rewritten))).toBe(true);
    const run = (code: string) => {
      const module = { exports: {} };
      new Function('module', code)(module);
      return module.exports;
    };
    expect(run(rewritten)).toEqual(run(source));
    expect(() => asciiSource('const tag = (s) => s; tag`é`;', 'tagged.cjs')).toThrow(/tagged\.cjs:1: "é" in a template tagged tag/);
    expect(() => asciiSource('const café = 1;', 'identifier.cjs')).toThrow(/identifier\.cjs:1: "é" in a Identifier/);
  });
});

describe("the whole-CLI script's text models", () => {
  const files = [
    ['question-model.weights.json', QUESTION_MODEL],
    ['complaint-model.weights.json', COMPLAINT_MODEL],
  ] as const;

  it('holds no weights: each data module reads them from a file beside the script, the same texts', () => {
    const text = readFileSync(path.join(BUNDLE, 'cli.cjs'), 'latin1');
    for (const [name, model] of files) {
      expect(text).not.toContain(model.weights.slice(0, 200));
      for (const key of ['features', 'weights']) {
        expect(text).toMatch(new RegExp(`get ${key}\\(\\) \\{\\s*return __modelWeights\\(${JSON.stringify(name).replaceAll('.', '\\.')}\\)\\.${key};`));
      }
      expect(JSON.parse(readFileSync(path.join(BUNDLE, name), 'utf8'))).toEqual({ features: model.features, weights: model.weights });
    }
  });

  it("reads them with the script's own reader, once a file", () => {
    const text = readFileSync(path.join(BUNDLE, 'cli.cjs'), 'latin1');
    const reader = /const __modelWeightsRead = new Map\(\); const __modelWeights = .*?return read; \};/.exec(text)?.[0];
    expect(reader).toBeDefined();
    const script = path.join(BUNDLE, 'cli.cjs');
    const read = new Function('require', '__bundleUrl', `${reader}; return __modelWeights;`)(createRequire(script), pathToFileURL(script).href) as (
      name: string,
    ) => { features: string; weights: string };
    for (const [name, model] of files) {
      expect(read(name)).toEqual({ features: model.features, weights: model.weights });
      expect(read(name)).toBe(read(name));
    }
  });
});

describe("the bundle's undici errors", () => {
  it('makes ClientDestroyedError, one per connection when an audit closes its agent, without a stack trace', () => {
    const loadCli = JSON.stringify(pathToFileURL(path.join(ROOT, 'bin', 'load-cli.js')).href);
    const code = `
      const { compileWholeCli } = await import(${loadCli});
      const before = Error.stackTraceLimit;
      const errors = [];
      Error.prepareStackTrace = (err, frames) => { errors.push([err.name, frames.length]); return String(err); };
      process.on('exit', () => console.log(JSON.stringify({ errors, before, after: Error.stackTraceLimit })));
      await compileWholeCli().exports.main(['node', 'brand-audit', 'demo', '-q', '--no-social', '--max-pages', '3']);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { errors, before, after } = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { errors: [string, number][]; before: number; after: number };
    const destroyed = errors.filter(([name]) => name === 'ClientDestroyedError');
    expect(destroyed.length).toBeGreaterThan(0);
    expect(destroyed.filter(([, frames]) => frames > 0)).toEqual([]);
    expect(after).toBe(before);
  });
});

describe("the bundle's dom-serializer", () => {
  it("takes its escapers from entities 4's escape module: entities 4's decode table is never built", async () => {
    const script = readFileSync(path.join(BUNDLE, 'cli.cjs'), 'latin1');
    expect(script).toContain('node_modules/entities/lib/esm/escape.js"()');
    expect(script).not.toContain('node_modules/entities/lib/esm/generated/decode-data-html.js"()');
    expect(script).not.toContain('node_modules/entities/lib/esm/index.js"()');
    // The same functions the package's index hands out: the index re-exports them from that module.
    const require = createRequire(import.meta.url);
    const index = (await import(pathToFileURL(require.resolve('entities', { paths: [path.dirname(require.resolve('dom-serializer'))] }).replace(/lib[\\/]index\.js$/, 'lib/esm/index.js')).href)) as Record<string, unknown>;
    const escape = (await import(pathToFileURL(require.resolve('entities', { paths: [path.dirname(require.resolve('dom-serializer'))] }).replace(/lib[\\/]index\.js$/, 'lib/esm/escape.js')).href)) as Record<string, unknown>;
    for (const name of ['encodeXML', 'escapeAttribute', 'escapeText']) expect(index[name]).toBe(escape[name]);
  });
});
