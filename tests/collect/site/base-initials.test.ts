// A base's handle of the brand's initials and the place its card is titled by (base-initials.ts, read by
// unit-title.ts): round 37's "Baza Dubrovnik" over @pjdubrovnik.
import { describe, expect, it } from 'vitest';
import { plainWords, spellsBaseByInitials } from '../../../src/collect/site/base-initials.js';
import { spellsUnitTitle } from '../../../src/collect/site/unit-title.js';

const isKind = (w: string): boolean => /^(?:base|baza)$/.test(w);
const tidewater = { domain: 'tidewatersail.test', brandName: 'Tidewater Sail' };

describe('spellsBaseByInitials', () => {
  it('reads the brand\'s initials, then the title\'s place, perhaps closed by a word of the card\'s line', () => {
    expect(spellsBaseByInitials('pjdubrovnik', ['baza', 'dubrovnik'], [], 'Plavi Jarbol Yachting', isKind)).toBe(true);
    expect(spellsBaseByInitials('pjsplitmarina', ['baza', 'split', 'kastela'], ['marina', 'kastela', 'gat'], 'Plavi Jarbol Yachting', isKind)).toBe(true);
    expect(spellsBaseByInitials('tsstmawes', ['base', 'st', 'mawes'], [], 'Tidewater Sail', isKind)).toBe(true);
  });

  it('leaves a title naming no kind of unit, a handle not opening with the brand\'s name, and a rest beyond the place', () => {
    expect(spellsBaseByInitials('mfkapitanola', ['kapitan', 'ola', 'mazur'], [], 'Modra Fala Kajaki', isKind)).toBe(false);
    expect(spellsBaseByInitials('zadarsailpoint', ['baza', 'zadar'], ['sail', 'point'], 'Plavi Jarbol Yachting', isKind)).toBe(false);
    expect(spellsBaseByInitials('pjdubrovnikyachts', ['baza', 'dubrovnik'], ['marina'], 'Plavi Jarbol Yachting', isKind)).toBe(false);
    expect(spellsBaseByInitials('pjbaza', ['baza'], [], 'Plavi Jarbol Yachting', isKind)).toBe(false);
  });

  it('writes letters accent folding keeps as handles do', () => {
    expect(plainWords('Baza Mikołajki · Łódź')).toEqual(['baza', 'mikolajki', 'lodz']);
  });
});

describe('spellsUnitTitle with a base titled by its place', () => {
  it('reads the brand\'s base, not a franchised one or a skipper\'s card', () => {
    expect(spellsUnitTitle('ts_falmouth', { heading: 'Base Falmouth', context: 'Base Falmouth The Boatyard slipway, 24 dinghies. @ts_falmouth' }, tidewater)).toBe(true);
    expect(spellsUnitTitle('TSFowey_Quay', { heading: 'Base Fowey', context: 'Base Fowey Quay pontoon C, start of the river paddle trips. @TSFowey_Quay' }, tidewater)).toBe(true);
    expect(spellsUnitTitle('tslooe', { heading: 'Base Looe', context: 'Base Looe Franchise run by Looe Boat Hire: boats and crew theirs. @tslooe' }, tidewater)).toBe(false);
    expect(spellsUnitTitle('ts_skipper_jen', { heading: 'Skipper Jen Rowe', context: 'Skipper Jen Rowe Chief instructor, runs the Falmouth base. @ts_skipper_jen' }, tidewater)).toBe(false);
  });
});
