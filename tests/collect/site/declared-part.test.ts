// A part the page names and calls its own, whose handle spells the name (src/collect/site/declared-part.ts, read by
// own-unit.ts). Synthetic sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { declaredOwnPart } from '../../../src/collect/site/declared-part.js';
import { saysOwnUnit } from '../../../src/collect/site/own-unit.js';

const at = (handle: string, context: string, heading?: string) => ({ handle, context, ...(heading ? { heading } : {}) });

describe('declaredOwnPart', () => {
  it('reads "N is our", "N, our", "N — our" and a quoted name after the possessive, where the handle spells N', () => {
    expect(declaredOwnPart(at('bplonline', 'BPL Online is our live online classroom. Follow BPL Online on X at @bplonline.'))).toBe(true);
    expect(declaredOwnPart(at('nightshiftpod', 'For careers in tech, follow The Night Shift, our weekly podcast, at x.com/nightshiftpod.'))).toBe(true);
    expect(declaredOwnPart(at('thecommit.letter', 'Catch the clips on Instagram at @thecommit.letter.', 'The Commit — our newsletter for teachers'))).toBe(true);
    expect(declaredOwnPart(at('quillby.bp', 'Our study mascot “Quillby” answers quiz questions on TikTok (@quillby.bp).'))).toBe(true);
    expect(declaredOwnPart(at('bimmel.wendtal', 'Unsere Straßenbahn „Bimmel“ erklärt den Nahverkehr.'))).toBe(true);
  });
  it('leaves people, one bare word, and a handle not spelling the name', () => {
    expect(declaredOwnPart(at('priyaraman', 'Priya Raman, our head of curriculum, shares tips on X at @PriyaRaman.'))).toBe(false);
    expect(declaredOwnPart(at('ravi.writes', 'Ravi, our founder, writes at @ravi.writes.'))).toBe(false);
    expect(declaredOwnPart(at('arjuncodes', 'BPL Online is our live online classroom; trainer Arjun Nair streams on Arjun Codes.'))).toBe(false);
  });
});

describe('saysOwnUnit with a declared part', () => {
  it('is kept from a partner named in the block', () => {
    const partner = { handle: 'codeclubkochi', snippet: '@codeclubkochi', context: 'The Code Club of Kochi, our partner community, meets on Saturdays: follow them at @codeclubkochi.' };
    expect(declaredOwnPart(partner)).toBe(true);
    expect(saysOwnUnit(partner)).toBe(false);
    expect(saysOwnUnit({ handle: 'bplonline', snippet: '@bplonline', context: 'BPL Online is our live online classroom. Follow BPL Online on X at @bplonline.' })).toBe(true);
  });
});

// The brand's own event named with its edition's year or number (round 36's "Magenon Summit 2025 — our own user
// conference", the page set's own-event-edition-de): the handle names the event without the year.
const line = (handle: string, context: string) => ({ handle, context, heading: 'Termine' });

describe('declaredOwnPart with an edition', () => {
  it("reads an event named with its year as the brand's, its handle spelling the name without the year", () => {
    expect(declaredOwnPart(line('hrbierfest', 'Hopfenried Bierfest 2026 — unser eigenes Brauereifest im Hof. Neuigkeiten auf @hrbierfest.'))).toBe(true);
    expect(declaredOwnPart(line('mgnsummit', 'Magenon Summit 2025 — our own user conference, Tel Aviv. Updates on @mgnsummit.'))).toBe(true);
    expect(declaredOwnPart(line('rencontreslumen', 'Rencontres Lumen 12 : notre festival de photographie, en juin.'))).toBe(true);
  });

  it("leaves a person's name beside the possessive, and an event the handle does not spell, alone", () => {
    expect(declaredOwnPart(line('anna_braut', 'Anna Berger — unsere Braumeisterin, auf @anna_braut.'))).toBe(false);
    expect(declaredOwnPart(line('craftbeerdaysle', 'Hopfenried Bierfest 2026 — unser eigenes Brauereifest. Die Messe: @craftbeerdaysle.'))).toBe(false);
  });
});
