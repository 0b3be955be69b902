// Handles spelling a name the page shows beside the link: "luciaferrer_per" under the heading "Lucía Ferrer" on an
// author page, "jkowalski" on a team card for "Jan Kowalski", "ana.ruiz" after "Ana Ruiz, treasurer". Such an account is
// that person's (an author's, a player's, an officer's, a staff member's) — or another firm's, named the same way —
// wherever the link sits: an author page's or a team card's follow links have the shape of the brand's "follow us" block.
import { brandWords } from './brand-words.js';
import { foldText, handleUser, spellUmlauts, squash } from './text.js';
import { lazyPattern } from '../../lazy-pattern.js';

/** Names of two or three capitalised words, a middle initial allowed: "Lucía Ferrer", "Jan K. Nowak", "Ana Ruiz-Pardo". */
const NAMES = /\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\.?)?(?:[\s-]+\p{Lu}\p{Ll}+){1,2}/gu;
/** Articles: a name opening with one, or after one, is a title or a place ("La Sobremesa", "o Terraço Azul"), not a person's. */
const ARTICLE = /^(?:the|le|la|les|l|el|los|las|der|die|das|dem|den|des|de|du|het|een|il|lo|gli|i|o|os|a|as|um|uma|un|une|una|ein|eine|an)$/;
/** What follows a title's capitalised words: an elided or linking particle and another capitalised word. */
const TITLE_GOES_ON = /^(?:\s*[dl]['’]|\s+(?:de|del|des|di|du|da|do|dos|della|van|von|of|and|et|y|e|und)\s+)\p{Lu}/u;
/** Words of the brand's name and domain label from this many letters: a name holding one is the brand's. */
const BRAND_WORD_MIN = 4;
/** A last name this short is not read: "Jo Li" spells too many handles. */
const LAST_MIN = 3;

/** A first name shortened to this many letters before the last name: "leovarnier" for Léonie Varnier. */
const SHORT_FIRST = 3;
/** …only before a last name this long. */
const SHORT_FIRST_LAST = 5;

/**
 * Whether the squashed handle spells the name's words: first and last name joined either way, the first initial (or
 * every given name's) and the last name opening it, or the first name's first letters and a long last name ("leovarnier").
 */
function spells(user: string, parts: readonly string[]): boolean {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (last.length < LAST_MIN) return false;
  if (user.includes(first + last) || user.includes(last + first) || user.startsWith(first[0] + last)) return true;
  // Every given name's initial, then the last name, opening the handle: "mabelanger_fin" for Marc-André Bélanger (a
  // hyphenated or double given name; round 29's adviser, on a card beside the credit union's own accounts).
  if (parts.length > 2 && user.startsWith(parts.slice(0, -1).map((w) => w[0]).join('') + last)) return true;
  return first.length > SHORT_FIRST && last.length >= SHORT_FIRST_LAST && user.includes(first.slice(0, SHORT_FIRST) + last);
}

/**
 * Whether the handle spells a name shown in the link's text, the block around it or the heading over it — first and
 * last name joined either way, or the first initial and the last name opening the handle — a name that holds none of
 * the brand's words and neither opens with nor follows an article.
 */
export function spellsShownName(handle: string, finding: { snippet?: string; context?: string; heading?: string }, target: { domain: string; brandName: string }): boolean {
  const user = squash(handleUser(handle));
  if (user.length < 5) return false;
  let words: string[] | undefined;
  for (const text of [finding.snippet, finding.heading, finding.context]) {
    if (!text) continue;
    for (const m of text.matchAll(NAMES)) {
      const parts = foldText(m[0]).split(/[^a-z]+/).filter((w) => w.length >= 2);
      if (parts.length < 2 || ARTICLE.test(parts[0])) continue;
      // German umlauts as handles spell them too: "nils_ambuehl" for "Nils Ambühl".
      const umlauts = spellUmlauts(m[0]);
      const spelt = umlauts === null ? null : foldText(umlauts).split(/[^a-z]+/).filter((w) => w.length >= 2);
      if (!spells(user, parts) && !(spelt && spelt.length === parts.length && spells(user, spelt))) continue;
      const before = foldText(text.slice(0, m.index)).match(/([a-z]+)\W*$/);
      if (before && ARTICLE.test(before[1])) continue;
      // A title running on past the capitalised words ("Festival Nuits d'Encre", "Casa Lupo del Mare") is not a name.
      if (TITLE_GOES_ON.test(text.slice(m.index + m[0].length))) continue;
      words ??= brandWords(target, BRAND_WORD_MIN);
      if (parts.some((w) => words!.some((b) => w.includes(b) || (w.length >= BRAND_WORD_MIN && b.includes(w))))) continue;
      return true;
    }
  }
  return false;
}

/**
 * "Suivre Léonie :", "Follow Anna:", "Folgen Sie Jonas:", "Sigue a Lucía:" in the block around a link: the links after it
 * are that person's — an ambassador's, a player's, a writer's card. The name is capitalised, is not the brand's nor a
 * network's, does not open with an article, and is either two or three words or a first name the heading over the
 * link holds ("Léonie Varnier"). (A label of the brand's own, "Suivre Ardenel :", names the brand.)
 */
const FOLLOW_NAMED =
  /(?:^|[\s.!?·|])(?:Follow|Suivre|Suivez|Folge|Folgen Sie|Folgt|Sigue a|Siga a|Seguir a|Segui|Seguite|Volg)\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2})\s*:/u;
const NOT_A_NAME = /^(?:us|nous|uns|nosotros|noi|ons|nos|x|twitter|instagram|facebook|threads|bluesky|mastodon|tiktok|youtube|linkedin|pinterest|whatsapp|telegram)$/;
export function followsShownName(finding: { snippet?: string; context?: string; heading?: string }, target: { domain: string; brandName: string }): boolean {
  const text = finding.context;
  if (!text || !/:/.test(text)) return false;
  const m = FOLLOW_NAMED.exec(text);
  if (!m) return false;
  const parts = foldText(m[1]).split(/[^a-z]+/).filter(Boolean);
  if (parts.length === 0 || ARTICLE.test(parts[0]) || parts.some((w) => NOT_A_NAME.test(w))) return false;
  const words = brandWords(target, BRAND_WORD_MIN);
  if (parts.some((w) => words.some((b) => w.includes(b) || (w.length >= BRAND_WORD_MIN && b.includes(w))))) return false;
  if (parts.length >= 2) return true;
  const heading = foldText(finding.heading ?? '').split(/[^a-z]+/);
  return heading.length >= 2 && heading.includes(parts[0]);
}

/** A first name and a double-barrelled last name, the whole heading: "Sam Idowu-Briggs". Made on first use (src/lazy-pattern.ts). */
const DOUBLE_BARRELLED = lazyPattern(() => /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u);

/**
 * Whether the handle spells a heading that is a first name and a double-barrelled last name, every word joined
 * ("samidowubriggs" for Sam Idowu-Briggs), a name holding none of the brand's words. Read on a card's other handle only:
 * an organisation's three-word name ("Gastro Lyon Group") is spelt whole by its handle as often.
 */
function spellsDoubleBarrelled(handle: string, heading: string, target: { domain: string; brandName: string }): boolean {
  const name = heading.trim();
  if (!DOUBLE_BARRELLED().test(name)) return false;
  const parts = foldText(name).split(/[^a-z]+/).filter(Boolean);
  const words = brandWords(target, BRAND_WORD_MIN);
  if (parts.some((w) => words.some((b) => w.includes(b) || (w.length >= BRAND_WORD_MIN && b.includes(w))))) return false;
  return squash(handleUser(handle)).includes(parts.join(''));
}

/** Handles written as "@name" in a block's text: a card's other links, as their text shows them. */
const AT_HANDLE = /(?<![\w.@/])@([A-Za-z0-9_][A-Za-z0-9_.-]{3,29})/g;

/**
 * Whether the link sits on a person's card: a block opening with its heading, a person's name (two or three
 * capitalised words, not the brand's), whose text shows another handle ("@samidowubriggs") spelling that name. The
 * card's other links are that person's too, whatever their handle ("samib.talks" on Threads beside "@samidowubriggs"
 * under "Sam Idowu-Briggs", round 28, a double-barrelled name spelt whole: a list classed as social links, one Threads link on the page, read as the
 * brand's follow block). A desk's or a show's card, headed by its own name, shows no handle spelling it.
 */
export function onNamedPersonCard(handle: string, finding: { context?: string; heading?: string }, target: { domain: string; brandName: string }): boolean {
  const { context, heading } = finding;
  if (!context || !heading || !context.startsWith(heading)) return false;
  const own = squash(handleUser(handle));
  for (const m of context.matchAll(AT_HANDLE)) {
    const other = m[1].replace(/\.+$/, '');
    if (squash(other) === own) continue;
    if (spellsShownName(other, { heading }, target) || spellsDoubleBarrelled(other, heading, target)) return true;
  }
  return false;
}
