// The heading and affiliation vocabularies match whole words only: a role or a tie followed by a letter, a digit or an
// underscore (a handle, a longer word) is not that word. The patterns close their words with a lookahead rather than
// "\b" (cheaper to compile); these cases hold them to the same edges.
import { describe, expect, it } from 'vitest';
import { namesAffiliation, namesOthers } from '../../../src/collect/site/headings.js';

describe('whole words in the vocabularies of other people and affiliations', () => {
  it('reads a role as a word, not inside a handle or a longer word', () => {
    expect(namesOthers('nos journalistes')).toBe(true);
    expect(namesOthers('jugadores')).toBe(true);
    expect(namesOthers('team-2')).toBe(true);
    expect(namesOthers('co-founders')).toBe(true);
    expect(namesOthers('@jugador_uno')).toBe(false);
    expect(namesOthers('teammates')).toBe(false);
    expect(namesOthers('team2')).toBe(false);
    expect(namesOthers('partner_program')).toBe(false);
  });

  it('reads a tie to another organisation only when its last word ends there', () => {
    expect(namesAffiliation('member of the national federation')).toBe(true);
    expect(namesAffiliation('membre de la federation')).toBe(true);
    expect(namesAffiliation('mitglied im verband')).toBe(true);
    expect(namesAffiliation('certified by x')).toBe(true);
    expect(namesAffiliation('member offline')).toBe(false);
    expect(namesAffiliation('membre desole')).toBe(false);
    expect(namesAffiliation('mitglied imker')).toBe(false);
    expect(namesAffiliation('certified byline')).toBe(false);
    expect(namesAffiliation('certified by_x')).toBe(false);
    expect(namesAffiliation('member of2')).toBe(false);
  });
});
