// The brand's programmes named by a handle of its distinctive word and a programme word (stem-programme.ts), read on
// their own and on the page-set sites written for them, whose near misses — a fan club, a person, a partner whose
// handles carry the word too — stay others'.
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/collect/site/accuracy.js';
import { namesStemProgramme, stemProgramme } from '../../../src/collect/site/stem-programme.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

const arrabal = { domain: 'festivalarrabal.test', brandName: 'Festival Arrabal' };

describe('programmes on the brand word', () => {
  it("reads the brand's distinctive word and a programme word in either order, never a type word", () => {
    expect(stemProgramme('arrabal.milonga', arrabal)).toEqual({ word: 'arrabal', programme: 'milonga' });
    expect(stemProgramme('certamenarrabal', arrabal)).toEqual({ word: 'arrabal', programme: 'certamen' });
    expect(stemProgramme('festivalprensa', arrabal)).toBeNull();
    expect(stemProgramme('arrabal.fans', arrabal)).toBeNull();
    expect(stemProgramme('lucia.arrabal', arrabal)).toBeNull();
  });

  it('reads it in the first person or with the programme named, never beside a partner, a fan club or a person', () => {
    const own = 'Todo el año organizamos la Milonga del Arrabal los jueves (@arrabal.milonga).';
    expect(namesStemProgramme({ snippet: '@arrabal.milonga', context: own }, 'arrabal.milonga', arrabal)).toBe(true);
    const named = 'Abierta la inscripción al Certamen Arrabal de Baile 2024. Novedades del certamen en @certamenarrabal.';
    expect(namesStemProgramme({ snippet: '@certamenarrabal', context: named }, 'certamenarrabal', arrabal)).toBe(true);
    const bare = 'Novedades del certamen en @certamenarrabal.';
    expect(namesStemProgramme({ snippet: '@certamenarrabal', context: bare }, 'certamenarrabal', arrabal)).toBe(false);
    const partner = 'Nuestro sponsor organiza la Milonga del Arrabal (@arrabal.milonga).';
    expect(namesStemProgramme({ snippet: '@arrabal.milonga', context: partner }, 'arrabal.milonga', arrabal)).toBe(false);
    const fans = 'Los fans organizamos la Milonga del Arrabal (@arrabal.milonga).';
    expect(namesStemProgramme({ snippet: '@arrabal.milonga', context: fans }, 'arrabal.milonga', arrabal)).toBe(false);
  });

  it('gets the page-set sites written for this class right', () => {
    for (const c of loadPageSet().filter((s) => s.id.startsWith('stem-programme-'))) {
      const official = discover(c).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`).sort();
      expect(official).toEqual([...c.official].sort());
    }
  });
});
