// The CLI build passes the compiled modules' `u` literals with property classes, and the patterns they make with
// `new RegExp`, to latin1Fast (scripts/latin1-patterns.mjs), imported from dist/; other literals stay as written.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { latin1FastPatterns } from '../../scripts/latin1-patterns.mjs';

const DIST = path.join(path.sep, 'repo', 'dist');

describe('latin1FastPatterns', () => {
  it('wraps u literals with property classes and made patterns, nested ones too, and imports latin1Fast', () => {
    const text = [
      'const a = /(?<!\\p{L})caf\\u00e9(?!\\p{L})/iu;',
      'const b = /\\p{L}/g;',
      'const c = /caf\\u00e9/iu;',
      "const d = new RegExp(`${a.source}|x`, 'u');",
      "const e = new RegExp(/\\P{N}/u, 'g');",
      "const f = '/\\\\p{L}/u';",
    ].join('\n');
    const out = latin1FastPatterns(text, path.join(DIST, 'collect', 'site', 'x.js'), DIST);
    expect(out.split('\n')).toEqual([
      'import { latin1Fast as __latin1Fast } from "../../latin1-fast-pattern.js";',
      'const a = __latin1Fast(/(?<!\\p{L})caf\\u00e9(?!\\p{L})/iu);',
      'const b = /\\p{L}/g;',
      'const c = /caf\\u00e9/iu;',
      "const d = __latin1Fast(new RegExp(`${a.source}|x`, 'u'));",
      "const e = __latin1Fast(new RegExp(__latin1Fast(/\\P{N}/u), 'g'));",
      "const f = '/\\\\p{L}/u';",
    ]);
  });

  it('leaves modules without patterns, and latin1Fast\'s own, as they are', () => {
    const own = path.join(DIST, "latin1-fast-pattern.js");
    const text = 'const PROPERTY_CLASS = /\\\\[pP]\\{/; const t = new RegExp(s, f);';
    expect(latin1FastPatterns(text, own, DIST)).toBe(text);
    expect(latin1FastPatterns('const x = 1;', path.join(DIST, 'a.js'), DIST)).toBe('const x = 1;');
  });
});
