// French renderings of collector notes: account reasons and source messages; English and unknown notes unchanged.
import { describe, expect, it } from 'vitest';
import { localizeNote, localizeReason } from '../../src/report/localize-data.js';

describe('localizeReason', () => {
  it.each([
    ['footer on 27 pages', 'pied de page sur 27 pages'],
    ['"follow us" block on 1 page', 'bloc « suivez-nous » sur 1 page'],
    ['JSON-LD sameAs', 'sameAs JSON-LD'],
    ['twitter:site meta tag', 'balise meta twitter:site'],
    ['seen on 3 of 5 pages', 'vu sur 3 des 5 pages'],
    ['article link on 1 page, unrelated to the brand', 'lien (article) sur 1 page, sans rapport avec la marque'],
  ])('%s → %s', (en, fr) => {
    expect(localizeReason(en, 'fr')).toBe(fr);
    expect(localizeReason(en, 'en')).toBe(en);
  });

  it('leaves unknown reasons as they are', () => {
    expect(localizeReason('something new', 'fr')).toBe('something new');
  });
});

describe('localizeNote', () => {
  it('translates each part of a joined note and keeps the unknown ones', () => {
    expect(localizeNote('4 video(s) in the window; comments not read: they need a YouTube Data API key (set YOUTUBE_API_KEY)', 'fr')).toBe(
      '4 vidéo(s) sur la période ; commentaires non lus : il faut une clé YouTube Data API (YOUTUBE_API_KEY)',
    );
    expect(localizeNote('1 deleted post skipped in threads; an unexpected note', 'fr')).toBe(
      '1 message(s) supprimé(s) ignoré(s) dans les fils ; an unexpected note',
    );
    expect(localizeNote('facebook has no public data a tool can read without an account; supply an export (see docs/exports.md) to audit its conversations', 'fr')).toMatch(/^facebook n’offre pas de données publiques/);
  });
});
