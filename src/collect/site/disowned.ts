// Accounts the page itself says are not the site's own: "a fan account, not run by us", "n'est pas géré par le club".
import type { AnyNode, Element } from 'domhandler';
import type { LinkSighting } from './crowds.js';
import { boundedText, isElement } from './dom.js';
import { foldText } from './text.js';

/**
 * What a page says of an account it links to but does not run, accent-folded, in en/fr/de/es (and nl, whose sites
 * write it as often): a fan account flagged as such, a residents' or supporters' group "that we fund but do not
 * run", "no está gestionada por el club", "geen officieel kanaal van de rederij" (round 16). Handles of such accounts
 * are built on the brand's name as a rule, so the name alone would make them the brand's.
 */
const DISOWN = new RegExp(
  [
    // en
    // "not affiliated with Apple Inc." in a reseller's legal line is about someone else: only "with us" here.
    "\\bnot (?:run|managed|operated|owned|controlled|endorsed)\\b|\\bnot affiliated with us\\b",
    "\\b(?:do|does|did)(?: not|n['’]t) (?:run|manage|operate|own|control)\\b",
    '\\bunofficial\\b',
    '\\bnot (?:an? |our )?official\\b',
    // A parody account, or one "that has nothing to do with us" (round 18); not "our parody sketches".
    '\\b(?:is a |an? )?parody (?:account|profile|page)s?\\b',
    '\\bnothing to do with us\\b',
    // A warning about someone posing as the brand: "That's not us", "this is not us".
    "\\b(?:that|this|it)(?: is|['’]s) not us\\b|\\b(?:that|this|it) isn['’]t us\\b",
    // "fan account", not "fan page": brands long called their own Facebook page that ("Become a fan of our fan page").
    '\\bfan accounts?\\b',
    // fr
    "\\bn['’ ]?(?:est|sont) pas (?:gere|geree|geres|gerees|administre|administree|tenu|tenue|exploite|exploitee|anime|animee|un compte officiel|une page officielle|officiel|officielle|notre|nos)\\b",
    '\\bnon[- ]officiel(?:le)?s?\\b',
    "\\bn['’ ]?a rien a voir avec nous\\b",
    "\\bce n['’ ]?(?:est|sont) pas nous\\b",
    '\\bcompte parodique\\b',
    '\\bcomptes? (?:de )?fans?\\b',
    '\\bne (?:gerons|tenons|animons|administrons) pas\\b',
    // de
    '\\bnicht von uns\\b',
    '\\b(?:wird|werden) nicht (?:von|durch)\\b',
    '\\bkein(?:e|en)? offiziell',
    '\\binoffiziell',
    // "steht in keiner Verbindung zu unserer Redaktion", "hat nichts mit uns zu tun" (round 19).
    '\\bin keiner (?:verbindung|beziehung)\\b',
    '\\bnichts mit uns zu tun\\b',
    // "Das sind nicht wir", "Das ist nicht unser Profil" (a profile asking fans for money in the brand's name).
    '\\b(?:das|dies|dieses|es) (?:ist|sind) nicht (?:wir|unser(?:e|es)? (?:profil|konto|account|kanal|seite))\\b',
    '\\bparodie-?(?:account|konto|profil)',
    // Not "Fanseite": the brand's own Facebook page, as "fan page" is.
    '\\bfan-?(?:account|konto|profil)',
    '\\b(?:betreiben|verwalten|fuhren|fuehren) (?:[a-z]+ ){0,3}nicht\\b',
    // es
    '\\bno (?:esta|estan|es|son) (?:gestionad|administrad|operad|llevad)',
    '\\bno (?:es|son) (?:una |un |nuestr[oa]s? )?(?:cuenta|perfil|canal|pagina)s? oficial',
    '\\bno oficial(?:es)?\\b',
    // "la cuenta … pero no es oficial" (round 18).
    '\\bno (?:es|son) oficial(?:es)?\\b',
    '\\bno tiene(?:n)? nada que ver con nosotros\\b',
    '\\bno somos nosotros\\b',
    '\\bcuentas? (?:de )?parodia\\b',
    '\\bcuentas? (?:de )?(?:aficionados|fans|seguidores)\\b',
    '\\bno (?:gestionamos|administramos|llevamos)\\b',
    // it: "il profilo … NON è nostro" (round 19), "non è gestito da noi", "non ufficiale".
    '\\bnon (?:e|sono) (?:nostr[oaie]|ufficial[ei]|un (?:profilo|account) ufficiale|gestit[oaie]|amministrat[oaie])\\b',
    '\\bnon ufficial[ei]\\b',
    '\\bnon siamo noi\\b',
    '\\bnon ha(?:nno)? nulla a che (?:fare|vedere) con noi\\b',
    '\\bprofil[oi] (?:di )?fan\\b',
    // nl
    '\\bgeen officiee?le?\\b',
    '\\bniet (?:door|van) ons\\b',
    '\\bniet beheerd door\\b',
    // "een onofficiële bot", "wordt niet door Proxalis beheerd" (round 25).
    '\\bonofficie',
    '\\b(?:wordt|worden) niet (?:door|van) (?:[a-z]+ ){0,3}(?:beheerd|gerund|onderhouden)\\b',
    '\\b(?:dat|dit) (?:zijn|is) (?:wij|we|ons) niet\\b',
  ].join('|'),
);

/**
 * The site speaking of its own account in the link's sentence: "Our competition results go out on", "síguenos", "la
 * nostra pagina", or naming it the only true one ("L'unico account di assistenza è @…", "the only official account").
 */
const CLAIM = /\b(?:our|ours|us|we|notre|nos|nous|unser\w*|uns|wir|nuestr[oa]s?|siguenos|nosotros|ons|onze|nostr[oaie]|noi|seguici|only|seul|seule|einzige\w*|unic[oa])\b/;

// Fewest characters beside the link's own text for a block to hold a disclaimer ("not run by us").
const SENTENCE_MIN = 10;
/**
 * A word every DISOWN form holds, read on the text as written (before folding, which costs more): a block without one
 * is not read further.
 */
const NEGATION = /(?:not\b|n['’]t\b|unofficial|\bpas\b|\bnon\b|\bne\b|fans?\b|nicht|\bkein|inoffiziell|\bno\b|aficionad|seguidores|\bgeen\b|\bniet\b|onoffici|parod|nothing|\brien\b|\bnulla\b|\bnada\b|\bfan\b)/i;
// A paragraph, a list item, a small notice: the disclaimer and the account it is about sit in one such block.
const BLOCK_MAX = 600;
const BLOCKS = new Set(['p', 'li', 'dd', 'td', 'div', 'section', 'aside', 'figcaption', 'small']);
// Prose blocks, where a sentence may speak of the account another sentence names ("…that we do not run. You can find
// it on Facebook"); in a div or a section (a footer's legal line beside its icons) only the link's own sentence counts.
const PROSE = new Set(['p', 'li', 'dd', 'figcaption', 'small']);

/**
 * The sightings whose block of text disowns an account (DISOWN): the link's own sentence says so, or another sentence
 * of the block does and the link's own does not claim the account ("we fund but do not run it. You can find it on
 * Facebook"). "Beware of @brand_fake, not an official account. Our news is on @brand_news" keeps the second.
 */
export function findDisowned(sightings: readonly LinkSighting[]): Set<LinkSighting> {
  const out = new Set<LinkSighting>();
  const texts = new Map<Element, string | null>();
  const intros = new Map<Element, boolean>();
  for (const s of sightings) {
    const block = blockOf(s.el);
    if (!block) continue;
    let text = texts.get(block);
    if (text === undefined) {
      const raw = boundedText(block, BLOCK_MAX);
      // Most blocks around a social link are an icon's list item or a row of icons: no sentence, nothing to fold.
      text = raw === null || raw.length - s.text.length < SENTENCE_MIN || !NEGATION.test(raw) ? null : foldText(raw.replace(/\s+/g, ' '));
      texts.set(block, text);
    }
    if (text === null || !DISOWN.test(text)) {
      // A list the line before it disowns: "Die folgenden Angebote werden nicht von der WVG betrieben:" over a list of
      // a club's, an association's and a fan's accounts (round 25), each item naming no one as "us".
      if (block.name === 'li' && introDisowns(block, intros) && !OWN_CLAIM.test(foldText(linkSentence(block, s.el)))) out.add(s);
      continue;
    }
    const sentence = foldText(linkSentence(block, s.el));
    if (DISOWN.test(sentence) || (PROSE.has(block.name) && !CLAIM.test(sentence))) out.add(s);
  }
  return out;
}

/** Words by which an item of a disowned list would still claim its account: "our only account", "our official page". */
const OWN_CLAIM =
  /\b(?:only|seul|seule|einzige\w*|unic[oa]|enige)\b|\b(?:our|notre|unser\w*|nuestr\w*|onze|nostr\w*) (?:official|officiel\w*|offiziell\w*|oficial\w*|officiee?l\w*|ufficial\w*)/;
// Element siblings read before a list for the line introducing it.
const INTRO_SIBLINGS = 2;

/**
 * Whether the line just before the list holding `item` (a paragraph or a short block among its two previous siblings)
 * disowns what the list names; one reading per list.
 */
function introDisowns(item: Element, intros: Map<Element, boolean>): boolean {
  const list = item.parent;
  if (!list || !isElement(list) || (list.name !== 'ul' && list.name !== 'ol')) return false;
  let known = intros.get(list);
  if (known === undefined) {
    known = false;
    for (let sib = list.prev, seen = 0; sib && seen < INTRO_SIBLINGS && !known; sib = sib.prev) {
      if (!isElement(sib)) continue;
      seen++;
      if (sib.name !== 'p' && sib.name !== 'div') continue;
      const raw = boundedText(sib, BLOCK_MAX);
      known = raw !== null && NEGATION.test(raw) && DISOWN.test(foldText(raw.replace(/\s+/g, ' ')));
    }
    intros.set(list, known);
  }
  return known;
}

/** The nearest block around a link (BLOCKS). */
function blockOf(link: Element): Element | null {
  for (let n = link.parent; n && isElement(n); n = n.parent) if (BLOCKS.has(n.name)) return n;
  return null;
}

/** The sentence of `block` that holds `link`: the text before it since the last full stop, the link, up to the next. */
function linkSentence(block: Element, link: Element): string {
  const before: string[] = [];
  const after: string[] = [];
  let inLink = '';
  let seen = false;
  const stack: AnyNode[] = [block];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === link) {
      inLink = boundedText(link, BLOCK_MAX) ?? '';
      seen = true;
      continue;
    }
    if (n.type === 'text') (seen ? after : before).push(n.data);
    else if (isElement(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  const head = before.join('').replace(/\s+/g, ' ');
  const tail = after.join('').replace(/\s+/g, ' ');
  // A full stop ends a sentence when a space follows it ("e. V." and "@brand.news" are read as one sentence on).
  const start = head.search(/[^.!?]*$/);
  const end = tail.search(/[.!?](?:\s|$)/);
  return `${head.slice(start)}${inLink}${end < 0 ? tail : tail.slice(0, end)}`;
}
