// A card of one of the brand's own titles — a game, an app, a podcast — headed by the title, which the title's handles
// spell ("Kafana Tycoon" over @KafanaTycoon and facebook.com/KafanaTycoonGame, round 39's Serbian game studio), and
// whose text says in the first person whose title it is, right after the heading: "Naša prva igra (2022)", "Our first
// game", "Nasza najnowsza gra". A two-word title is shaped like a person's name, so the person-name veto reads its
// handles as a person's (person-name.ts), and the studio's team cards share the markup; the possessive before a kind
// of title is what a team card does not say ("Our lead designer", "Nasza graficzka"). Not a card naming a partner or
// another keeper ("for our partner Brightmoor Studio", "Partnerska gra studia …").
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText, handleUser, squash } from './text.js';

/** A title of two to four words, of this many letters or more once squashed. */
const TITLE_MIN = 6;
const TITLE_WORDS_MAX = 4;
/** Characters of the card's text after its heading read for the possessive: its opening words. */
const OPENING = 60;

/** What a title's handle may add after the title: a short tag or a word for the kind of title ("kafanatycoongame"). */
const TAIL = /^(?:[a-z0-9]{0,4}|game|games|thegame|gra|igra|spiel|jeu|juego|gioco|hra|spel|spill|jogo|app|podcast|official|oficial|offiziell)$/;

/**
 * "our" (folded) in en, fr, de, es, it, nl, pt, the Scandinavian languages, Polish, Czech and the South Slavic
 * languages ("naša" folds to "nasa"), then up to two words ("first", "newest", "prva", "najnowsza") and a kind of
 * title: a game, an app, a podcast, a show (folded). Group 1 is what follows the kind.
 */
const OUR_TITLE = new RegExp(
  String.raw`^(?:our|notre|nos|unser\w{0,2}|nuestr[oa]s?|(?:il |la )?nostr[oaie]|onze|ons|nosso|nossa|var[te]?|vores|nasz[aey]?|nasi|nas[aeiu]?)\s+` +
    String.raw`(?:[\p{L}\d()-]+\s+){0,2}?` +
    String.raw`(?:game|games|app|podcast|show|series|jeu|jeux|spiel|spiele|juego|juegos|gioco|giochi|spel|spill|jogo|gra|gry|igra|igre|hra|hry|aplikacja|aplikacija)\b(.{0,20})`,
  'u',
);

/** A person's work named after the kind of title: "our game designer", "notre jeu … directeur" is a person's card. */
const ROLE_AFTER = /^\s*(?:designers?|developers?|devs?|artists?|writers?|producers?|directors?|testers?|masters?|programmers?|leads?|designerin|entwickler\w*|projektant\w*|dizajner\w*)\b/;

/**
 * Whether the link sits on a card headed by a title its handle spells (a short tag or a kind of title at most after
 * it), whose text opens, right after the heading, with "our <kind of title>" — not a person's role after it — and
 * names no partner or other keeper.
 */
export function onOwnTitleCard(finding: { context?: string; heading?: string }, handle: string): boolean {
  const { context, heading } = finding;
  if (!context || !heading) return false;
  const title = heading.trim();
  if (!context.startsWith(title)) return false;
  const words = title.split(/\s+/);
  if (words.length < 2 || words.length > TITLE_WORDS_MAX) return false;
  const spelt = squash(foldText(title));
  const user = squash(handleUser(handle));
  if (spelt.length < TITLE_MIN || !user.startsWith(spelt) || !TAIL.test(user.slice(spelt.length))) return false;
  const folded = foldText(context);
  if (OTHERS.test(folded) || OPERATED_BY.test(folded)) return false;
  const m = OUR_TITLE.exec(foldText(context.slice(title.length, title.length + OPENING)).trim());
  return m !== null && !ROLE_AFTER.test(m[1]);
}
