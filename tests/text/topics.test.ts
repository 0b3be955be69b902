// Site vocabulary extraction and topic relevance against the brand's keywords.
import { describe, expect, it } from 'vitest';
import { isOnTopic, siteVocabulary, topicRelevance } from '../../src/text/index.js';

const TITLES = [
  'Accueil – Maison Exemple',
  'Lampes et luminaires – Maison Exemple',
  'Lampe Opale en céramique – Maison Exemple',
  'Plaids et coussins en laine – Maison Exemple',
  'Mentions légales – Maison Exemple',
  'Contact – Maison Exemple',
  'Bougies parfumées – Maison Exemple',
  'Nos bougies – Maison Exemple',
];

describe('siteVocabulary', () => {
  it('keeps distinctive words, most frequent first, folded, without stop words or site-menu words', () => {
    const vocabulary = siteVocabulary(TITLES);
    // "Lampes"/"Lampe" (2) tie with "bougies" (2) and come first; a tie returns the form seen first.
    expect(vocabulary.slice(0, 4)).toEqual(['maison', 'exemple', 'lampes', 'bougies']);
    expect(vocabulary).toContain('ceramique');
    expect(vocabulary).toContain('parfumees');
    expect(vocabulary).not.toContain('lampe');
    for (const gone of ['et', 'en', 'nos', 'accueil', 'contact', 'mentions', 'legales']) expect(vocabulary).not.toContain(gone);
  });

  it('counts inflections together and returns the most frequent form', () => {
    expect(siteVocabulary(['Lampe', 'Lampes', 'lampes', 'Vase'], 10)).toEqual(['lampes', 'vase']);
  });

  it('honours max and handles no input', () => {
    expect(siteVocabulary(TITLES, 2)).toEqual(['maison', 'exemple']);
    expect(siteVocabulary([])).toEqual([]);
    expect(siteVocabulary(TITLES, 0)).toEqual([]);
  });

  it('works on German and Spanish titles', () => {
    expect(siteVocabulary(['Die schönsten Kerzen für den Winter', 'Kerzen und Vasen'], 3)).toEqual(['kerzen', 'schonsten', 'winter']);
    expect(siteVocabulary(['Las mantas de lana', 'Mantas y cojines'], 2)).toEqual(['mantas', 'lana']);
  });
});

describe('topicRelevance', () => {
  const keywords = ['bougie', 'linge de lit', 'Kerze', 'lamp'];

  it.each([
    ['one keyword, plural and case folded', 'Nos BOUGIES sont coulées à la main', 0.6],
    ['a multi-word keyword', 'Le linge de lit en lin lavé est de retour', 0.6],
    ['two keywords', 'Bougies et linge de lit : le combo du dimanche', 0.8],
    ['a German compound by its head', 'Unsere neuen Duftkerzen sind da', 0.6],
    ['an English plural', 'Three new lamps for the living room', 0.6],
    ['nothing in common', 'Bon week-end à tous !', 0],
  ])('%s', (_name, text, expected) => {
    expect(topicRelevance(text, keywords)).toBeCloseTo(expected, 5);
  });

  it('does not match a keyword inside an unrelated English word', () => {
    expect(topicRelevance('A vegetable stand at the stable', ['table'])).toBe(0);
  });

  it('adds site-vocabulary overlap, 0.2 per shared word up to 0.4', () => {
    const vocabulary = siteVocabulary(TITLES);
    expect(topicRelevance('La céramique, notre passion', [], vocabulary)).toBeCloseTo(0.2, 5);
    expect(topicRelevance('Coussins en laine pour l’hiver', [], vocabulary)).toBeCloseTo(0.4, 5);
    expect(topicRelevance('Bougies parfumées et coussins en laine', ['bougie'], vocabulary)).toBe(1);
  });

  it('is 0 for an empty post and stays within 0..1', () => {
    expect(topicRelevance('', keywords)).toBe(0);
    expect(topicRelevance('bougie linge de lit kerze lamp bougies', keywords)).toBe(1);
  });
});

describe('isOnTopic', () => {
  it('compares with the threshold, 0.3 by default', () => {
    const vocabulary = siteVocabulary(TITLES);
    expect(isOnTopic('Nos bougies', ['bougie'])).toBe(true);
    expect(isOnTopic('La céramique, notre passion', [], vocabulary)).toBe(false); // 0.2
    expect(isOnTopic('Coussins en laine pour l’hiver', [], vocabulary)).toBe(true); // 0.4
    expect(isOnTopic('La céramique, notre passion', [], vocabulary, 0.2)).toBe(true);
    expect(isOnTopic('Nos bougies', ['bougie'], [], 0.9)).toBe(false);
  });
});
