// The complaint model's concepts found among the literals of the scan the pattern groups share: the matches one scan of
// every concept's word starts from the start of the text, each concept a group in CONCEPTS' order, would give.
import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '../../src/text/complaint-concepts.js';

describe('complaint concepts', () => {
  it('finds a word start only at the start of a word', () => {
    expect(conceptFeatures('the distillery tour')).toEqual([]);
    expect(conceptFeatures('still no reply')).toEqual(['k:wait', 'k:silence']);
  });

  it('reads a whole-word start only before a character that is no letter', () => {
    expect(conceptFeatures('great topic')).toEqual(['k:praise']);
    expect(conceptFeatures('top service')).toEqual(['k:praise']);
    expect(conceptFeatures('la tapa esta rota.')).toEqual(['k:fail']);
    expect(conceptFeatures('la rotonda')).toEqual([]);
  });

  it('goes on after a match: a start inside it is not read again', () => {
    // "au top" (a sincere verdict) holds "top" (praise), which is not read.
    expect(conceptFeatures('service au top')).toEqual(['k:kudos']);
    expect(conceptFeatures('the app keeps crashing')).toEqual(['k:fail']);
  });

  it('gives a position to the first concept in order with a start there', () => {
    // "merci pour" (praise) comes before "merci" (thanks).
    expect(conceptFeatures('merci pour rien')).toEqual(['k:praise']);
    expect(conceptFeatures('merci beaucoup')).toEqual(['k:thanks']);
  });

  it('lists each concept once, in the order first found (then their combinations)', () => {
    expect(conceptFeatures('no replies since monday, still waiting, no answer')).toEqual(['k:silence', 'k:when', 'k:wait', 'k:when+wait']);
  });

  it('reads a percentage beside a % and a reference of five digits or more', () => {
    expect(conceptFeatures('prices went up 20 % again')).toEqual(['k:cost', 'k:rise', 'k:again', 'k:percent']);
    expect(conceptFeatures('up 20 again')).toEqual(['k:again']);
    expect(conceptFeatures('ticket 12345')).toEqual(['k:reference']);
    expect(conceptFeatures('ticket 1234')).toEqual([]);
  });
});
