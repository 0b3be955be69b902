// A card headed by a person's name whose bio speaks of that person (src/collect/site/person-card.ts): its links are that
// person's, in the brand's own desk-card markup, while the brand's desks and mascots with person-like names stay its own.
// Synthetic cards written for these tests.
import { describe, expect, it } from 'vitest';
import { onPersonsCard } from '../../../src/collect/site/person-card.js';

const TARGET = { domain: 'www.kestrelcycling.test', brandName: 'Kestrel Cycling' };
const card = (heading: string, bio: string, links = 'Instagram YouTube') => ({ heading, context: `${heading} ${bio} ${links}` });

describe('onPersonsCard', () => {
  it("reads a sponsored rider's, a designer's and an ambassador's cards as theirs", () => {
    expect(onPersonsCard(card('Mara Lindqvist', 'Gravel racer · Umeå. Mara won the Dirty Reiver in 2025.'), TARGET)).toBe(true);
    expect(onPersonsCard(card('Tomás Okafor', 'Head of Design. He draws every frame before it is welded.'), TARGET)).toBe(true);
    expect(onPersonsCard(card('Ole-Martin Haugli · ski mountaineering', 'Följ honom på Instagram.'), TARGET)).toBe(true);
  });

  it('leaves the brand\'s chat desk and mascot, its own cards and titles with an article alone', () => {
    expect(onPersonsCard(card('Ask Anna', 'Anna is our chat assistant: she answers sizing questions.'), TARGET)).toBe(false);
    expect(onPersonsCard(card('Pip Sprocket', 'Pip is our mascot. Follow his adventures.'), TARGET)).toBe(false);
    expect(onPersonsCard(card('Kestrel Racing', 'Our race team. It rides every gravel classic.'), TARGET)).toBe(false);
    expect(onPersonsCard(card('The Long Ride', 'Our podcast about long rides, with his guests.'), TARGET)).toBe(false);
  });

  it('needs the bio to speak of the name: a card headed by two words and nothing about anyone is not read', () => {
    expect(onPersonsCard(card('Customer Care', 'Orders, returns and warranty claims, every weekday.'), TARGET)).toBe(false);
    expect(onPersonsCard(card('Mara Lindqvist', 'Gravel racing, Umeå.'), TARGET)).toBe(false);
  });

  it('reads only a block that opens with its heading', () => {
    expect(onPersonsCard({ heading: 'Mara Lindqvist', context: 'Follow us. Mara won the race. Instagram' }, TARGET)).toBe(false);
  });
});
