// A report rendered in one language holds no sentence of another language's catalogue and no raw catalogue key:
// every fixture brand, in every text format and language.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSnapshot } from '../../src/snapshot/io.js';
import { auditSnapshot } from '../../src/pipeline.js';
import { loadRuleSet } from '../../src/config/rule-set.js';
import { renderReport, type Format } from '../../src/report/index.js';
import { LANGS, type Lang } from '../../src/locale/langs.js';
import { loadCatalogue } from '../../src/locale/catalogue.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SNAP_DIR = path.join(ROOT, 'fixtures', 'snapshots');
const FORMATS: Format[] = ['terminal', 'markdown', 'html', 'junit', 'csv'];

/** Literal runs of a catalogue message long enough to be a sentence of its own language (placeholders cut out). */
function sentences(text: string): string[] {
  let flat = text;
  // Remove ICU groups from the innermost out, keeping plural branches' text as separate runs.
  for (let i = 0; i < 6 && /[{}]/.test(flat); i++) flat = flat.replace(/\{[^{}]*\}/g, '\u0000');
  return flat
    .split('\u0000')
    .map((s) => s.trim())
    .filter((s) => s.length >= 25 && s.split(/\s+/).length >= 4);
}

/** Sentences of `other`'s catalogue that `lang`'s catalogue never uses (so seeing one is a leak). */
function foreignSentences(lang: Lang, other: Lang): string[] {
  const own = [...loadCatalogue(lang).values()].join('\n');
  const out = new Set<string>();
  for (const text of loadCatalogue(other).values()) for (const s of sentences(text)) if (!own.includes(s)) out.add(s);
  return [...out];
}

/** What a reader sees: tags stripped, entities and no-break spaces normalised, whitespace collapsed. */
function visible(text: string): string {
  return text
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}

const KEY = /\b(?:rules|collect|terms|report|document|categories|benchmarks)\.[a-z0-9_-]+\.[a-z0-9_.-]+/i;
const slugs = readdirSync(SNAP_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const ruleSet = loadRuleSet('default');

describe('rendered reports speak one language', () => {
  for (const slug of slugs) {
    const report = auditSnapshot(loadSnapshot(path.join(SNAP_DIR, `${slug}.json`)), ruleSet, new Date('2026-01-01T00:00:00Z'));
    for (const lang of LANGS) {
      it(`${slug} in ${lang}`, () => {
        for (const format of FORMATS) {
          const text = visible(renderReport(report, format, { lang, color: false, width: 100 }));
          expect(text, `${format}: raw catalogue key`).not.toMatch(KEY);
          for (const other of LANGS.filter((l) => l !== lang)) {
            const leaks = foreignSentences(lang, other).filter((s) => text.includes(visible(s).trim()));
            expect(leaks, `${format} (${lang}) holds ${other} text`).toEqual([]);
          }
        }
      });
    }
  }
});
