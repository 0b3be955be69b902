// A unit's handle writing the brand's words by their initials, then the unit's word (initials-title.ts, read by
// unit-title.ts): round 32's "pckotuku" under "Pūriri Coast Kōtuku".
import { describe, expect, it } from 'vitest';
import { initialsTitle } from '../../../src/collect/site/initials-title.js';
import { spellsUnitTitle } from '../../../src/collect/site/unit-title.js';

const valley = { domain: 'kestrelvalleyathletics.test', brandName: 'Kestrel Valley Athletics' };

describe('initialsTitle', () => {
  it('reads the brand\'s initials and the unit\'s words spelt whole', () => {
    expect(initialsTitle('kvharriers', ['kestrel', 'valley', 'harriers', 'senior'], ['kestrel', 'valley', 'athletics'])).toEqual(['kestrel', 'valley', 'harriers']);
    expect(initialsTitle('pckotuku', ['puriri', 'coast', 'kotuku', 'women'], ['puriri', 'coast', 'rugby'])).toEqual(['puriri', 'coast', 'kotuku']);
    expect(initialsTitle('sacantera', ['sierra', 'alta', 'cantera'], ['sierra', 'alta', 'baloncesto'])).toEqual(['sierra', 'alta', 'cantera']);
  });

  it('leaves initials of words that are not the brand\'s, a handle of initials alone, and a rest the title does not spell', () => {
    expect(initialsTitle('kvrunners', ['kingfisher', 'vale', 'runners'], ['kestrel', 'valley', 'athletics'])).toBeNull();
    expect(initialsTitle('kvathletics', ['kestrel', 'valley'], ['kestrel', 'valley', 'athletics'])).toBeNull();
    expect(initialsTitle('kvjuniors', ['kestrel', 'valley', 'harriers'], ['kestrel', 'valley', 'athletics'])).toBeNull();
  });
});

describe('spellsUnitTitle with the brand\'s initials', () => {
  it('reads a squad\'s card titled by the brand\'s words, not a neighbouring club sharing the initials', () => {
    expect(spellsUnitTitle('kvjuniors', { heading: 'Kestrel Valley Juniors', context: 'Kestrel Valley Juniors Under-11s to under-17s Facebook' }, valley)).toBe(true);
    expect(spellsUnitTitle('kvrunners', { heading: 'Kingfisher Vale Runners', context: 'Kingfisher Vale Runners A friendly club from the next valley' }, valley)).toBe(false);
  });
});
