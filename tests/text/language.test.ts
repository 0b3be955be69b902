// Language detection on short social posts in French, English, German and Spanish, and 'und' when unsure.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/index.js';
import { cuesDecide, hasWords, verdict } from '../../src/text/language.js';

describe('detectLanguage', () => {
  it.each([
    ['fr', 'Toujours pas reçu ma commande, personne ne répond au téléphone.'],
    ['fr', 'merci !'],
    ['fr', 'dispo ?'],
    ['fr', "J'adore !!!"],
    ['fr', 'Prix ?'],
    ['fr', 'Trop beau 😍😍'],
    ['en', 'Still waiting for my refund, three weeks now.'],
    ['en', 'Love it 😍'],
    ['en', 'Price?'],
    ['en', 'Gorgeous!!!'],
    ['en', 'Worst customer service ever. Never again.'],
    ['de', 'Wo bleibt meine Bestellung? Seit zwei Wochen nichts'],
    ['de', 'Danke!'],
    ['de', 'Preis?'],
    ['de', 'Klasse 👍'],
    ['de', 'Traumhaft schön 😍'],
    ['es', 'Todavía no he recibido mi pedido y nadie contesta'],
    ['es', 'Gracias!'],
    ['es', '¿Precio?'],
    ['es', 'Precioso 😍'],
    ['es', 'Vendéis tarjetas regalo'],
  ])('%s: %j', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([['?'], ['??'], ['👍'], ['😍😍😍'], ['ok'], ['Wow 👏'], ['https://maison-exemple.fr/?a=1'], ['#MaisonExemple'], ['@julie.deco'], ['']])(
    'und: %j',
    (text) => {
      expect(detectLanguage(text)).toBe('und');
    },
  );

  it.each([
    // Exclamations and short-post words of one language only, and words stretched to shout.
    ['fr', 'Génial 🙌'],
    ['fr', 'Ouiiiii 😍'],
    ['fr', 'Merciiii'],
    ['fr', 'Enfin 🎉'],
    ['fr', 'mdr 😂'],
    ['en', 'Yay!!'],
    ['en', 'Finally 🙌'],
    ['en', 'Yesss'],
    ['en', 'love you guys'],
    ['de', 'Endlich 🎉'],
    ['de', 'Juhu!'],
    ['de', 'Lecker 😋'],
    ['de', 'Daaanke'],
    ['de', 'Danke, schööön'],
    ['es', 'Jajaja 😂'],
    ['es', 'Graciaaas'],
    ['es', 'Qué ganas 😍'],
    ['es', 'Porfa'],
  ])('short post %s: %j', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // "en" is a French function word as much as a Spanish one: two of them beside "le" once made this post Spanish.
  it.each([
    ['fr', 'Le plaid en lin existe en 200x220 ?'],
    ['fr', 'dispo en 42 ?'],
    ['es', '¿La mesa en roble existe en 200x90?'],
  ])('"en" counts for French and Spanish alike, %s: %j', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // Words the four languages share, or that fans of any of them write: alone they do not tell.
  it.each([['super 👍'], ['Top!'], ['Bravo 👏'], ['genial'], ['lol 😂😂'], ['omg'], ['Wooow']])('shared word, und: %j', (text) => {
    expect(detectLanguage(text)).toBe('und');
  });

  // Thread replies of a few words with no function word: the short-reply table decides where tinyld would guess.
  it.each([
    ['en', 'still nothing'],
    ['en', '@SwiftboxHelp DM sent 👍'],
    ['en', 'r u open sunday'],
    ['fr', 'jsp perso'],
    ['fr', 'bon courage'],
    ['de', 'hab nix bekommen'],
    ['de', 'na super 🙄'],
    ['es', 'sigo esperando'],
    ['es', 'yo tb'],
  ])('short reply %s: %j', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // The table is read on short posts only: a longer post quoting "still" or "nix" keeps its own language.
  it('does not let short-reply words tip a longer post', () => {
    expect(detectLanguage("J'ai commandé le plaid il y a trois semaines et toujours rien, still nothing comme ils disent")).toBe('fr');
  });

  it('ignores URLs, mentions and hashtags when judging the words around them', () => {
    expect(detectLanguage('Merci @homewithsam pour cette photo https://example.com/the/english/path #ThankYou')).toBe('fr');
  });
});

describe('cuesDecide', () => {
  const langs = ['fr', 'en', 'de', 'es'] as const;
  type Score = Record<(typeof langs)[number], number>;
  /** A reproducible stream of numbers in [0, 1). */
  const random = (() => {
    let seed = 42;
    return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  })();

  it('skips tinyld only when no share of its weight could change the verdict', () => {
    let decided = 0;
    for (let i = 0; i < 20000; i++) {
      // Cue scores as detect makes them: whole words (1) and letter cues (halves).
      const score = Object.fromEntries(langs.map((l) => [l, Math.round(random() * 16) / 2])) as Score;
      const weight = Math.round(random() * 32) / 8;
      if (!cuesDecide(score, weight)) continue;
      decided++;
      const expected = verdict(score);
      // The extremes (all of tinyld's weight on one language) and a random split.
      const splits: number[][] = langs.map((_, k) => langs.map((__, j) => (j === k ? 1 : 0)));
      const r = langs.map(() => random());
      splits.push(r.map((x) => x / r.reduce((a, b) => a + b, 0)));
      for (const split of splits) {
        const withTinyld = Object.fromEntries(langs.map((l, j) => [l, score[l] + weight * split[j]])) as Score;
        expect(verdict(withTinyld)).toBe(expected);
      }
    }
    expect(decided).toBeGreaterThan(1000);
  });

  it('leaves close calls to tinyld', () => {
    expect(cuesDecide({ fr: 2, en: 0, de: 0, es: 1 }, 1.375)).toBe(false);
    expect(cuesDecide({ fr: 7, en: 0, de: 0, es: 2 }, 4)).toBe(true);
    expect(cuesDecide({ fr: 0, en: 0, de: 0, es: 0 }, 0.5)).toBe(true);
    expect(cuesDecide({ fr: 0.5, en: 0, de: 0, es: 0 }, 0.5)).toBe(false);
  });
});

describe('hasWords', () => {
  it('is false for emoji, punctuation, mentions, hashtags and links alone, which have no language', () => {
    for (const text of ['💖💖', '🇫🇷🎉', '?!', '#teamcroquettes 🐾🐾', '@julie.deco 👏', 'https://maison-exemple.fr/soldes', ''])
      expect(hasWords(text), text).toBe(false);
  });

  it('is true as soon as a word is left, however short', () => {
    for (const text of ['lol 😂😂', 'ok', 'Génial 👏', '#soldes enfin']) expect(hasWords(text), text).toBe(true);
  });
});
