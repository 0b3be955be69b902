// Rule ids, platform names and the catalogues' file names are sorted by code units rather than with localeCompare,
// whose first call loads ICU's collator (~10 ms of every audit): the orders must be the ones localeCompare gave.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/rules/index.js';
import { PLATFORMS } from '../../src/snapshot/types.js';
import { LOCALES_DIR } from '../../src/locale/catalogue.js';
import { loadRuleSet } from '../../src/config/rule-set.js';
import { ruleSetSchema } from '../../src/config/schemas.js';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byLocale = (a: string, b: string): number => a.localeCompare(b);

/** Every folder under `dir`, itself included. */
function folders(dir: string): string[] {
  return [dir, ...readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => folders(path.join(dir, e.name)))];
}

describe('sorting by code units', () => {
  it('puts the rule ids in the order localeCompare did, in the rule set and its schema', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids.length).toBeGreaterThan(20);
    expect([...ids].sort(byCodeUnits)).toEqual([...ids].sort(byLocale));
    expect(loadRuleSet('default').rules.map((r) => r.id)).toEqual(loadRuleSet('default').rules.map((r) => r.id).sort(byLocale));
    const schemaRules = (ruleSetSchema().properties as Record<string, { properties: object }>).rules.properties;
    expect(Object.keys(schemaRules)).toEqual([...ids].sort(byLocale));
  });

  it('puts the platform names in the order localeCompare did', () => {
    expect([...PLATFORMS].sort(byCodeUnits)).toEqual([...PLATFORMS].sort(byLocale));
  });

  it("puts every catalogue folder's entries in the order localeCompare did", () => {
    const dirs = folders(LOCALES_DIR);
    expect(dirs.length).toBeGreaterThan(8);
    for (const dir of dirs) {
      const names = readdirSync(dir);
      expect([...names].sort(byCodeUnits), dir).toEqual([...names].sort(byLocale));
    }
  });
});
