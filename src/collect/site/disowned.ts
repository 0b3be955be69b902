// Accounts the page itself says are not the site's own: "a fan account, not run by us", "n'est pas géré par le club".
import type { AnyNode, Element } from 'domhandler';
import type { LinkSighting } from './crowds.js';
import { boundedText, isElement } from './dom.js';
import { getDomainWithoutSuffix } from 'tldts';
import { memoize } from './memo.js';
import { foldText, handleUser, squash } from './text.js';
import { saysTheirs, THEIRS_HINT } from './theirs.js';
import { OPERATED_BY } from './own-unit.js';
import { saidRunApart } from './separate-body.js';
import { underOthersHeading } from './others-section.js';
import { saidSeparateFoundation } from './separate-foundation.js';
import { labelNamesOtherHolder } from './holder-label.js';
import { saysOtherOrg } from './other-org.js';
import { readDisclaimers, type Disclaimed } from './disclaimer-sentence.js';
import { claimsOwn, LOOKALIKE_HINT, saysLookalike, saysLookalikeApart } from './lookalike-keeper.js';

/** "No tie": "aucun lien", "no connection", "keine Verbindung", "sin relación", "nessun legame", "geen band" (folded). */
const NO_TIE =
  '\\b(?:aucun (?:lien|rapport)|no (?:connection|link|relation|tie)s?|not (?:connected|related|linked)|kein(?:e|en)? (?:verbindung|zusammenhang|bezug)|sin (?:relacion|vinculo)|ninguna relacion|nessun (?:legame|rapporto)|geen (?:band|banden|relatie|verband)|sem (?:relacao|ligacao)|nenhuma (?:relacao|ligacao)|ingen (?:koppling|anknytning))';
/** Others who run an account: students, pupils, volunteers, residents, parents, in eight languages (folded). */
const OTHERS_AGENT =
  '(?:students|pupils|volunteers|residents|parents|etudiant(?:e|s|es)|eleves|benevoles|habitants|estudantes|alunos|voluntarios|moradores|studierenden|studenten|studentinnen|schuler(?:innen)?|ehrenamtlichen|freiwilligen|anwohner(?:n|innen)?|eltern|estudiantes|alumn[oa]s|vecinos|padres|studenti|studentesse|volontari|genitori|leerlingen|vrijwilligers|bewoners|ouders|studenterna|eleverna|volontarer|frivilliga|foraldrarna)\\b';

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
    // A supporters' group "not affiliated with the club's management" (round 33): the site naming itself in the third
    // person, as a club, team or company does; not "not affiliated with Apple Inc.".
    "\\bnot affiliated with the (?:club|team|company|school|band|festival|paper|brand|firm|museum|theatre|orchestra)\\b",
    "\\b(?:do|does|did)(?: not|n['’]t) (?:run|manage|operate|own|control)\\b",
    '\\bunofficial\\b',
    '\\bnot (?:an? |our )?official\\b',
    // A parody account, or one "that has nothing to do with us" (round 18); not "our parody sketches".
    '\\b(?:is a |an? )?parody (?:account|profile|page)s?\\b',
    '\\bnothing to do with us\\b',
    // A warning about someone posing as the brand: "That's not us", "this is not us".
    "\\b(?:that|this|it)(?: is|['’]s) not us\\b|\\b(?:that|this|it) isn['’]t us\\b",
    // A namesake's card: "No connection with the festival, despite the name", "Aucun lien avec le festival, malgré le
    // nom !" (round 27: an act named like the festival, on its programme page), in nine languages; or "with us".
    NO_TIE + '[^.!?]{0,60}\\b(?:despite|in spite of|malgre|trotz|pese a|a pesar de|nonostante|ondanks|apesar d[eoa]s?|trots)\\b[^.!?]{0,20}\\b(?:name|nom|namens?|nombre|nome|naam|namnet)\\b',
    NO_TIE + ' (?:avec|with|to|mit|con|met|com|med) (?:nous|us|uns|nosotros|noi|ons|nos|oss)\\b',
    // Run by a body the page names as others, its students, volunteers, residents or parents: "Redes da AE (geridas
    // pelos estudantes)", "run by the students" (round 27: a students' union's accounts, on a handle built on the
    // university's domain), in eight languages.
    '\\b(?:run|managed|operated|maintained) by (?:the |its )?' + OTHERS_AGENT,
    '\\bgerid[oa]s? pel[oa]s? (?:proprios )?' + OTHERS_AGENT,
    '\\b(?:geree?s?|tenue?s?|animee?s?) par (?:les |des )?' + OTHERS_AGENT,
    '\\b(?:von|durch) (?:den |unseren )?' + OTHERS_AGENT + ' (?:betrieben|verwaltet|gefuhrt|gepflegt)\\b|\\b(?:betrieben|verwaltet|gefuhrt|gepflegt) (?:von|durch) (?:den )?' + OTHERS_AGENT,
    '\\b(?:gestionad|llevad|administrad)[oa]s? por (?:los |las |l[oa]s propi[oa]s )?' + OTHERS_AGENT,
    '\\b(?:gestit|curat)[oaie] da(?:gli|i|lle)? ' + OTHERS_AGENT,
    '\\b(?:beheerd|gerund|onderhouden) door (?:de )?' + OTHERS_AGENT,
    '\\b(?:drivs|skots|hanteras) av ' + OTHERS_AGENT,
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
    // es ("no la gestionamos nosotros": the shop named in the sentence before)
    '\\bno (?:esta|estan|es|son) (?:gestionad|administrad|operad|llevad)',
    '\\bno (?:es|son) (?:una |un |nuestr[oa]s? )?(?:cuenta|perfil|canal|pagina)s? oficial',
    '\\bno oficial(?:es)?\\b',
    // "la cuenta … pero no es oficial" (round 18).
    '\\bno (?:es|son) oficial(?:es)?\\b',
    '\\bno tiene(?:n)? nada que ver con nosotros\\b',
    // pt: "o grupo não oficial", "não é gerido por nós", "não somos nós".
    '\\bnao oficia(?:l|is)\\b',
    '\\bnao (?:e|sao) (?:gerid|administrad|mantid)[oa]s? por nos\\b',
    '\\bnao somos nos\\b',
    '\\bno somos nosotros\\b',
    '\\bcuentas? (?:de )?parodia\\b',
    '\\bcuentas? (?:de )?(?:aficionados|fans|seguidores)\\b',
    '\\bno (?:l[oa]s? )?(?:gestionamos|administramos|llevamos)\\b',
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
const CLAIM = /\b(?:our|ours|us|we|notre|nos|nous|unser\w*|uns|wir|nuestr[oa]s?|siguenos|nosotros|ons|onze|nostr[oaie]|noi|seguici|vart|vara|oss|only|seul|seule|einzige\w*|unic[oa])\b/;

// Fewest characters beside the link's own text for a block to hold a disclaimer ("not run by us").
const SENTENCE_MIN = 10;
/**
 * A word every DISOWN form holds, read on the text as written (before folding, which costs more): a block without one
 * is not read further.
 */
const NEGATION = /(?:not\b|n[aã]o\b|n['’]t\b|unofficial|\bpas\b|\bnon\b|\bne\b|fans?\b|nicht|\bkein|inoffiziell|\bno\b|aficionad|seguidores|\bgeen\b|\bniet\b|onoffici|parod|nothing|\brien\b|\bnulla\b|\bnada\b|\bfan\b|aucun|nessun|\bsem\b|\bsin\b|nenhuma|ingen\b|connection|connected|related|linked|\bties?\b|student|pupil|volunteer|resident|parent|[eé]tudiant|[eé]l[eè]ves|b[eé]n[eé]vole|habitant|estudant|aluno|volunt[aá]ri|morador|studier|sch[uü]ler|ehrenamt|freiwillig|anwohner|eltern|estudiant|alumn|vecino|padres|volontari|genitori|leerling|vrijwillig|bewoner|ouders|elever|frivillig|f[oö]r[aä]ldr)/i;
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
export function findDisowned(sightings: readonly LinkSighting[], pageUrl = ''): Set<LinkSighting> {
  // Read only when a sighting gets as far as onSiteName.
  let label: string | undefined;
  const out = new Set<LinkSighting>();
  // boundedText(block, BLOCK_MAX) of each block, read once for the disclaimers and for theirs.
  const blockTexts = new Map<Element, string | null>();
  const texts = new Map<Element, string | null>();
  const intros = new Map<Element, boolean>();
  const cards = new Map<Element, boolean>();
  const operated = new Map<Element, boolean>();
  const raws = new Map<Element, string | null>();
  const disclaimed = new Map<Element, Disclaimed>();
  const hinted = new Map<Element, string | null>();
  const apart = new Map<Element, Disclaimed>();
  let links: Set<Element> | undefined;
  const pageLinks = (): Set<Element> => (links ??= new Set(sightings.map((x) => x.el)));
  for (const s of sightings) {
    const block = blockOf(s.el);
    if (!block) continue;
    let text = texts.get(block);
    if (text === undefined) {
      const raw = blockText(block, blockTexts);
      // Most blocks around a social link are an icon's list item or a row of icons: no sentence, nothing to fold.
      text = raw === null || raw.length - s.text.length < SENTENCE_MIN || !NEGATION.test(raw) ? null : foldText(raw.replace(/\s+/g, ' '));
      texts.set(block, text);
    }
    if (text === null || !DISOWN.test(text)) {
      // A list the line before it disowns: "Die folgenden Angebote werden nicht von der WVG betrieben:" over a list of
      // a club's, an association's and a fan's accounts (round 25), each item naming no one as "us".
      if (block.name === 'li' && introDisowns(block, intros) && !OWN_CLAIM.test(foldText(linkSentence(block, s.el)))) out.add(s);
      // A card's row of icons under a bio that disowns the brand: "Aucun lien avec le festival, malgré le nom !".
      else if (cardDisowns(block, cards)) out.add(s);
      // A place's line of links under a paragraph saying someone else runs it: "Explotado por Atlántica Costa Hoteles
      // S.L." over "Redes del hotel: Instagram · Facebook" (round 27's franchised hotels).
      else if (cardRunByOthers(block, operated)) out.add(s);
      // A foundation or charity the page calls a separate body, in a note before the link (a footer's too: "… is a
      // registered non-profit and separate legal entity. Facebook") or a paragraph before "the foundation's own"
      // (separate-foundation.ts).
      else if (separateFoundation(block, s, blockTexts)) out.add(s);
      // A card or sentence saying, in Korean, Japanese or Chinese, that a franchisee or a separate body runs it
      // (separate-body.ts); a footer, header or nav is the brand's own frame.
      else if (s.placement !== 'footer' && s.placement !== 'header' && s.placement !== 'nav' && saidRunApart(s.el)) out.add(s);
      // A card under a section heading calling the places independent, franchised or authorised sellers
      // ("Tiendas autorizadas (independientes)": others-section.ts).
      else if (s.placement !== 'footer' && s.placement !== 'header' && s.placement !== 'nav' && underOthersHeading(s.el)) out.add(s);
      // The link's own label names another body as the holder: "Фонд Крила в Instagram", "Facebook de la Fundación
      // Qori Paqo", a club's name as its text (holder-label.ts).
      else if (labelNamesOtherHolder(s.el, (label ??= siteLabel(pageUrl)))) out.add(s);
      // The link's own sentence gives the account to another firm: "our sister brand Hälla: <a>Facebook</a>".
      else if (!onSiteName(s, (label ??= siteLabel(pageUrl))) && theirs(block, s, raws, blockTexts)) out.add(s);
      // The page gives the account to one who shares the brand's name: a founder's own profile, a fan club, a line sold
      // or made under licence, a namesake firm (lookalike-keeper.ts).
      else if (lookalike(block, s, hinted, blockTexts, apart, pageLinks)) out.add(s);
      continue;
    }
    const sentence = foldText(linkSentence(block, s.el));
    if (DISOWN.test(sentence)) out.add(s);
    else if (PROSE.has(block.name) && !CLAIM.test(sentence)) {
      // A disclaimer speaks of the links of its own sentence, or of this one when it links none (disclaimer-sentence.ts).
      let known = disclaimed.get(block);
      if (known === undefined) {
        links ??= new Set(sightings.map((x) => x.el));
        disclaimed.set(block, (known = readDisclaimers(block, links, (t) => DISOWN.test(t))));
      }
      if (known.linkless || known.links.has(s.el)) out.add(s);
      else if (lookalike(block, s, hinted, blockTexts, apart, pageLinks)) out.add(s);
    } else if (lookalike(block, s, hinted, blockTexts, apart, pageLinks)) out.add(s);
  }
  return out;
}

/**
 * Whether the link's own sentence gives the account to one who shares the brand's name, or, in a paragraph, a sentence
 * linking no account does (a namesake firm, a fan club) and the link's own does not claim it (lookalike-keeper.ts).
 */
function lookalike(
  block: Element,
  s: LinkSighting,
  hinted: Map<Element, string | null>,
  blockTexts: Map<Element, string | null>,
  apart: Map<Element, Disclaimed>,
  pageLinks: () => Set<Element>,
): boolean {
  let raw = hinted.get(block);
  if (raw === undefined) {
    raw = blockText(block, blockTexts);
    if (raw !== null && (raw.length - s.text.length < SENTENCE_MIN || !LOOKALIKE_HINT.test(raw))) raw = null;
    hinted.set(block, raw);
  }
  if (raw === null) return false;
  const { head, inLink, tail } = linkSentenceParts(block, s.el);
  const sentence = foldText(head + inLink + tail);
  if (saysLookalike(sentence, foldText(head))) return true;
  if (!PROSE.has(block.name) || claimsOwn(sentence)) return false;
  let known = apart.get(block);
  if (known === undefined) apart.set(block, (known = readDisclaimers(block, pageLinks(), saysLookalikeApart)));
  return known.linkless;
}

/** Whether the page calls the body whose account the sighting is separate (separate-foundation.ts). */
function separateFoundation(block: Element, s: LinkSighting, blockTexts: Map<Element, string | null>): boolean {
  const raw = blockText(block, blockTexts);
  if (raw === null || raw.length - s.text.length < SENTENCE_MIN) return false;
  // A link other-org.ts gives the body already ("… Trust, a separate registered charity. Read the Trust's Facebook
  // page") keeps that reading and its reason.
  if (saysOtherOrg({ snippet: s.text, context: raw, placement: s.placement })) return false;
  return saidSeparateFoundation(block, s.el, raw, () => foldText(linkSentence(block, s.el)));
}

/** boundedText(block, BLOCK_MAX), read once per block of a page. */
function blockText(block: Element, blockTexts: Map<Element, string | null>): string | null {
  let raw = blockTexts.get(block);
  if (raw === undefined) blockTexts.set(block, (raw = boundedText(block, BLOCK_MAX)));
  return raw;
}

/** The site's name as its domain spells it ("fccastelvento" for www.fccastelvento.test), squashed; '' if unknown. */
function siteLabel(pageUrl: string): string {
  try {
    return hostLabel(new URL(pageUrl).hostname);
  } catch {
    return '';
  }
}

/** siteLabel of a host name: the same for every page of a site, so worked out once per host. */
const hostLabel = memoize((host: string): string => squash(getDomainWithoutSuffix(host) ?? ''));

/**
 * Whether the link's handle is built on the site's name: its first part (5 letters or more) within the domain's name,
 * or that name within it ("castelvento.women" on fccastelvento.test). "Seguile su <a>instagram.com/castelvento.women</a>"
 * says "follow them" of the club's own women's team (round 24): a sister firm's or a third party's handle is its own.
 */
function onSiteName(s: LinkSighting, label: string): boolean {
  if (label.length < 5) return false;
  const user = handleUser(s.parsed.handle);
  const first = squash(user.split(/[._-]/)[0] ?? '');
  return (first.length >= 5 && label.includes(first)) || squash(user).includes(label);
}

/**
 * Whether the link's own sentence gives the account to another firm (theirs.ts): a sister brand, "follow them on". Only
 * that sentence: the paragraph's next one may present the brand's own account.
 */
function theirs(block: Element, s: LinkSighting, raws: Map<Element, string | null>, blockTexts: Map<Element, string | null>): boolean {
  let raw = raws.get(block);
  if (raw === undefined) {
    raw = blockText(block, blockTexts);
    raws.set(block, raw === null || raw.length - s.text.length < SENTENCE_MIN || !THEIRS_HINT.test(raw) ? null : raw);
    raw = raws.get(block)!;
  }
  return raw !== null && saysTheirs(foldText(linkSentence(block, s.el)));
}

// Element siblings read before a card's row of icons for its bio.
const BIO_SIBLINGS = 2;
// Most characters of a row of icons (the names of a few networks): a longer block is read as prose, not as a row.
const ROW_MAX = 160;

/**
 * Whether `block` is a row of links only (an artist's or a partner's icons, no words of its own) and a paragraph just
 * before it in the card, linking nowhere, disowns the brand: a namesake act's "Aucun lien avec le festival, malgré le
 * nom !" (round 27). A paragraph naming an impostor links it, and a row after it is the brand's own icons: not read.
 */
function cardDisowns(block: Element, cards: Map<Element, boolean>): boolean {
  let known = cards.get(block);
  if (known === undefined) {
    known = false;
    // The bio first, found by the siblings' tags alone: most blocks around a link have none (an item of a list), and
    // their text is not read.
    const raw = hasBioBefore(block) ? boundedText(block, ROW_MAX) : null;
    if (raw !== null && raw.replace(/\s+/g, '').length <= linksText(block).replace(/\s+/g, '').length) {
      for (let sib = block.prev, seen = 0; sib && seen < BIO_SIBLINGS && !known; sib = sib.prev) {
        if (!isElement(sib)) continue;
        seen++;
        if (sib.name !== 'p' || hasLink(sib)) continue;
        const bio = boundedText(sib, BLOCK_MAX);
        known = bio !== null && NEGATION.test(bio) && DISOWN.test(foldText(bio.replace(/\s+/g, ' ')));
      }
    }
    cards.set(block, known);
  }
  return known;
}

/** Whether one of the BIO_SIBLINGS elements before `block` is a paragraph without a link (cardDisowns' bio). */
function hasBioBefore(block: Element): boolean {
  for (let sib = block.prev, seen = 0; sib && seen < BIO_SIBLINGS; sib = sib.prev) {
    if (!isElement(sib)) continue;
    seen++;
    if (sib.name === 'p' && !hasLink(sib)) return true;
  }
  return false;
}

// Most characters of a line of links' own words beyond its links: a label ("Redes del hotel:", "Follow the inn:").
const LABEL_MAX = 40;

/**
 * Whether `block` is a line of links with at most a label of its own, and the paragraph just before it in the card says
 * someone else operates the place — "Operated by Coastline Leisure Ltd under licence", "Explotado
 * por …", "Exploitée par …", "betrieben von …" (own-unit.ts OPERATED_BY; "run by our own team" is the brand's). A
 * franchised hotel's or inn's accounts are its operator's, however their handles carry the brand's name. Only the
 * element just before: "Notre boutique est tenue par la maison ; les autres sont franchisées" over a shop list, then the
 * brand's own follow block, is not a card's.
 */
function cardRunByOthers(block: Element, operated: Map<Element, boolean>): boolean {
  let known = operated.get(block);
  if (known === undefined) {
    known = false;
    // The paragraph first, found by its tag: most blocks around a link have none just before them, and their text is
    // not read.
    let sib = block.prev;
    while (sib && !isElement(sib)) sib = sib.prev;
    const raw = sib && isElement(sib) && sib.name === 'p' ? boundedText(block, ROW_MAX + LABEL_MAX) : null;
    if (raw !== null && raw.replace(/\s+/g, '').length - linksText(block).replace(/\s+/g, '').length <= LABEL_MAX) {
      const text = boundedText(sib as Element, BLOCK_MAX);
      known = text !== null && OPERATED_BY.test(foldText(text.replace(/\s+/g, ' ')));
    }
    operated.set(block, known);
  }
  return known;
}

/** The text of the links inside `el`, joined. */
function linksText(el: Element): string {
  let out = '';
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'a') out += boundedText(n, BLOCK_MAX) ?? '';
    else for (const c of n.children) stack.push(c);
  }
  return out;
}

/** Whether `el` holds a link. */
function hasLink(el: Element): boolean {
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'a' && n !== el) return true;
    for (const c of n.children) stack.push(c);
  }
  return false;
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
  const { head, inLink, tail } = linkSentenceParts(block, link);
  return `${head}${inLink}${tail}`;
}

/** linkSentence in its three parts: the words before the link, the link's own text, the words after it. */
function linkSentenceParts(block: Element, link: Element): { head: string; inLink: string; tail: string } {
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
  return { head: head.slice(start), inLink, tail: end < 0 ? tail : tail.slice(0, end) };
}
