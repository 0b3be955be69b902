// Whose a social link is, from the block around it: a list of people (a footer column of journalists, a team grid —
// one profile each on one network; a brand has one account per network, or a few in its follow-us block), a post's
// author credited beside it, a maker in a credits line, a section headed by other people, "Follow <someone> on".
import type { AnyNode, Element } from 'domhandler';
import type { FoundHow, Placement } from '../../snapshot/types.js';
import { boundedText, isElement, textOf } from './dom.js';
import { hasLink, headingKind, isRegion, namesAffiliation, namesOthers } from './headings.js';
import { isFollowBlock } from './placement.js';
import { isShareOrNonProfile, isSocialProfile, type SocialUrl } from './social-url.js';
import { foldText, handleUser, squash } from './text.js';
import { memoize } from './memo.js';
import { DESK_LABEL, DESK_PURPOSE_AFTER, FOLLOW_ONLY } from './block-words.js';
import { lazyPattern } from '../../lazy-pattern.js';

/** A social link as page analysis saw it, before it becomes a SocialFinding. */
export interface LinkSighting {
  el: Element;
  parsed: SocialUrl;
  how: FoundHow;
  placement: Exclude<Placement, 'head' | 'script'>;
  text: string;
  relMe: boolean;
}

/** Fewest different profiles of one network, each in its own entry of a list, that make the list one of people. */
const CROWD_MIN = 3;
// A list of people is a block of the page (a column, a widget, a grid), not the whole page: a block with more text
// than this is a page wrapper whose links merely happen to be many.
const BLOCK_TEXT_MAX = 3000;

/**
 * For each link in a list of people, the number of different profiles of its network in that list. A link is in a
 * list when, walking up from it, the first ancestor whose children hold links of the same network holds them in at
 * least CROWD_MIN different children, with at least CROWD_MIN different handles: "<li>Marie <a x></li><li>Jean
 * <a x></li>…" is a list; a "follow us" column beside it (the first ancestor joining the two holds two children with
 * X links) is not, nor are an icon and a text link to the same account.
 */
export function findCrowds(sightings: readonly LinkSighting[]): Map<LinkSighting, number> {
  const crowds = new Map<LinkSighting, number>();
  const byPlatform = new Map<string, LinkSighting[]>();
  for (const s of sightings) {
    const list = byPlatform.get(s.parsed.platform);
    if (list) list.push(s);
    else byPlatform.set(s.parsed.platform, [s]);
  }
  for (const list of byPlatform.values()) {
    if (new Set(list.map((s) => s.parsed.handle)).size < CROWD_MIN) continue;
    // The handles of this network under every ancestor of its links.
    const handlesUnder = new Map<AnyNode, Set<string>>();
    for (const s of list) {
      for (let n: AnyNode | null = s.el; n; n = n.parent) {
        const set = handlesUnder.get(n) ?? new Set<string>();
        set.add(s.parsed.handle);
        handlesUnder.set(n, set);
      }
    }
    for (const s of list) {
      for (let n = s.el.parent; n && isElement(n) && n.name !== 'body' && n.name !== 'html'; n = n.parent) {
        const holding = n.children.filter((c) => handlesUnder.has(c));
        if (holding.length < 2) continue;
        const handles = handlesUnder.get(n)!;
        if (holding.length >= CROWD_MIN && handles.size >= CROWD_MIN && boundedText(n, BLOCK_TEXT_MAX) !== null && !followList(n)) crowds.set(s, handles.size);
        break;
      }
    }
  }
  return crowds;
}

/**
 * A list that is the brand's "follow us" block, or the only list under its heading ("Síguenos", aria-label "Follow
 * us"): several accounts of one network there are the brand's country or service accounts (@brand_help, @brand_mx).
 */
function followList(list: Element): boolean {
  if (isFollowBlock(list)) return true;
  const parent = list.parent;
  return !!parent && isElement(parent) && isFollowBlock(parent) && parent.children.every((c) => c === list || !isElement(c) || !hasLink(c));
}

/** Paths of a single post, video or photo (not a profile, not a share button) on the social networks. */
const POST_PATH =
  /\/(?:status|statuses|p|reel|reels|tv|video|videos|post|posts|photos?|permalink\.php|story\.php|watch|shorts|feed\/update)(?:[/?#]|$)|\/@[^/?#]+\/\d+/i;
/** Hosts that are one network, for comparing a post's host with a profile's. */
const SAME_NETWORK: Record<string, string> = { 'twitter.com': 'x.com', 'instagr.am': 'instagram.com', 'threads.com': 'threads.net', 'fb.com': 'facebook.com' };
// Elements looked at above a link for its card, and elements read in that card.
const CARD_DEPTH = 4;
const CARD_NODES = 200;

// Parsed once per URL: every page asks about the site's own profile links (its footer's, the same URL strings).
const network = memoize((href: string): string | null => {
  try {
    const host = new URL(href).hostname.toLowerCase().replace(/^(?:www|m|mobile)\./, '');
    return SAME_NETWORK[host] ?? host;
  } catch {
    return null;
  }
});

/**
 * Profile links that credit someone else: the author of one post beside them (see below), the maker named in a
 * credits line ("Website by", "Photos :", "Diseño web:", "Ein Laden von Lena & Tom" — CREDIT_BEFORE), or a link in
 * the section of a heading naming other people ("Nos journalistes", "Nuestro equipo" — headedByOthers).
 *
 * A post's author: a social wall's tile, a card quoting a post ("Marta Gil
 * (@lectora_sur) · 12 June" linking the post), a post's caption. The smallest block around the profile link that holds
 * another link holds exactly one post of the same network: the profile is that post's author, not the brand (a feed
 * of the brand's own posts holds several posts beside its one profile link).
 */
export function findCredited(sightings: readonly LinkSighting[]): Set<LinkSighting> {
  const credited = new Set<LinkSighting>();
  for (const s of sightings) {
    // A logo whose alt says "Member of the … Federation" is the federation's, heading or not.
    if (creditLine(s) || headedByOthers(s.el) || followsPerson(s) || namesAffiliation(foldText(s.text))) {
      credited.add(s);
      continue;
    }
    const own = network(s.parsed.url);
    if (!own) continue;
    let depth = 0;
    for (let n = s.el.parent; n && isElement(n) && n.name !== 'body' && depth < CARD_DEPTH; n = n.parent, depth++) {
      const hrefs = linksUnder(n, s.el);
      if (hrefs === null) break;
      if (hrefs.length === 0) continue;
      const posts = hrefs.filter((h) => POST_PATH.test(h) && network(h) === own && isShareOrNonProfile(h));
      if (posts.length === 1) credited.add(s);
      break;
    }
  }
  return credited;
}

/**
 * The end of running text that credits whoever the next link names, in fr/en/de/es, accent-folded: "website by",
 * "photos by", "réalisé par", "crédit photo :", "ein Laden von", "gestaltet von", "hecho con cariño por", "diseño
 * web:", and the makers of a show or a podcast ("produced by", "une production de", "produziert von", "narrado por") — with one name and "&"/"and"/"et"/"und"/"y" before a second link ("Ein Laden von Lena & <a>Tom</a>").
 * A credits line lists its makers as "<role>:" in any of the four languages, plural or not ("Fotografías:",
 * "Diseño:", "Graphisme :", "Webentwicklung:", "Photography:", "Programación:"): round 15 listed a photographer and a
 * design studio after "Fotografías:" and "Diseño:" as the venue's own.
 */
// Word edges: every alternative below opens with an ASCII letter, so "(?<!\w)" before it is the same test as "\b"
// ("\b" is kept where the words may open with any letter, \p{L}*mitglied). Where a long alternation of words
// closes with "\b" elsewhere in this file, "(?!\w)" stands for it: the last character read is a letter, so the two
// are the same test. V8 compiles each pattern on its first use on a page, and the assertion "\b" spread over
// hundreds of alternatives made these patterns cost up to ~5 ms each to compile, paid on the first page analysed (the
// lookarounds took the first page of the demo brands from ~27–37 ms of CPU to ~23–31 ms; later pages cost ~4 ms).
const CREDIT_PHRASE = [
  "(?<!\\w)(?:made|designed|built|created|crafted|developed|photographed|shot|filmed|illustrated|written|run|powered|website|site|design|photos?|photography|illustrations?|produced|recorded|edited|narrated|a production|branding|identity|logo|coded|hosted|managed|operated|presented|roasted|brewed|baked|grown|distilled|sourced|distributed)\\s+(?:with\\s+\\S+\\s+)?by",
  '(?<!\\w)(?:realisee?|concue?|creee?|developpee?|photographiee?s?|illustree?|tenue?|geree?|site|design|photos?|produite?|enregistree?|montee?|racontee?|hebergee?|exploitee?|filmee?s?|faite?s?|torrefiee?s?|brassee?s?|fournie?s?|distribuee?s?|presentee?s?)\\s+(?:avec\\s+\\S+\\s+)?par|(?<!\\w)une\\s+production\\s+(?:de|signee)',
  '(?<!\\w)eine[nm]?\\s+\\p{L}+\\s+von|(?<!\\w)ein\\s+\\p{L}+\\s+von|(?<!\\w)(?:gemacht|gestaltet|entwickelt|fotografiert|betrieben|umgesetzt|fotos?|design|webdesign|produziert|aufgenommen|geschnitten|erzahlt|programmiert|gehostet|realisiert|gerostet|gebraut|geliefert|prasentiert|vertrieben)\\s+(?:mit\\s+\\S+\\s+)?von',
  '(?<!\\w)(?:hech[oa]|disenad[oa]|cread[oa]|desarrollad[oa]|fotografiad[oa]|fotografia|fotos?|diseno(?:\\s+web)?|gestionad[oa]|producid[oa]|grabad[oa]|editad[oa]|narrad[oa]|programad[oa]|maquetad[oa]|alojad[oa]|operad[oa]|tostad[oa]|elaborad[oa]|suministrad[oa]|distribuid[oa]|presentad[oa])\\s+(?:con\\s+\\S+\\s+)?por|(?<!\\w)una\\s+produccion\\s+de',
  '(?<!\\w)(?:realizzat[oa]|progettat[oa]|sviluppat[oa]|disegnat[oa]|creat[oa]|fotografat[oa])\\s+(?:con\\s+\\S+\\s+)?da|(?<!\\w)a\\s+cura\\s+di|(?<!\\w)foto\\s+di',
  // "<role>:" in a credits line.
  '(?<!\\w)(?:credits?(?:\\s+photos?)?|photo\\s+credits?|image\\s+credits?|bildnachweis|fotonachweis|bildquelle|fotos?|photos?|photographs|photography|photographies?|fotografias?|fotografie|fotograf(?:in|o|a)?|photographe|images|imagenes|bilder|webdesign|web\\s+design|diseno(?:\\s+(?:web|grafico))?|design|graphic\\s+design|gestaltung|umsetzung|realisation|realisierung|realizacion|illustrations?|ilustracion(?:es)?|site(?:\\s+(?:web|internet))?|website|sito|sitio(?:\\s+web)?|desarrollo(?:\\s+web)?|development|web\\s+development|developpement|entwicklung|webentwicklung|programmierung|programacion|maquetacion|grafica|graphisme|grafik|conception(?:\\s+graphique)?|konzept(?:ion)?|concepto|identite\\s+visuelle|brand\\s+identity|identidad\\s+(?:visual|corporativa)|direction\\s+artistique|art\\s+direction|direccion\\s+de\\s+arte|hebergement|hosting|alojamiento|realizzazione|sviluppo|crediti|creditos|code|coding|programming|texte?s?|textos?|copy|copywriting|redaction|redaccion|videos?|film|musique|musik|musica|music|illustrationen|logo|agency|agence|agentur|agencia|sponsors?|partners?|partenaires?|mecenes?|patrocinadores?|patrocina|supporters?|forderer|unterstutzer)\\s*(?::|©)',
  // Another organisation the brand belongs to, is certified by, sponsors or is sponsored or supplied by: a member
  // association ("Membre de", "Mitglied im", "Miembro de"), a parent group ("a company of the", "une marque du
  // groupe", "ein Unternehmen der", "una empresa del grupo", "part of the"), a label or a sponsor ("certified by",
  // "Partenaire officiel du", "Offizieller Kaffeepartner des", "Patrocinado por"). Round 15 listed a member
  // association and a parent group's LinkedIn as the brand's own.
  "(?<!\\w)(?:(?:proud\\s+)?members?\\s+of|(?:is\\s+)?part\\s+of|an?\\s+(?:company|brand|member|subsidiary|division|business|venture)\\s+of|subsidiary\\s+of|owned\\s+by|affiliated\\s+(?:with|to)|(?:certified|accredited|endorsed|sponsored|supported|funded|backed|supplied|approved|recommended|awarded)\\s+by|featured\\s+(?:in|on|by)|as\\s+seen\\s+(?:in|on)|in\\s+(?:association|partnership)\\s+with|(?:thanks\\s+to\\s+|with\\s+)the\\s+support\\s+of|(?:official|proud)\\s+(?:\\p{L}+\\s+)?(?:partners?|sponsors?|suppliers?)\\s+(?:of|to))(?:\\s+the)?",
  "(?<!\\w)(?:membres?(?:\\s+(?:fondat(?:eur|eurs|rice|rices)|acti(?:f|fs|ve|ves)))?\\s+d(?:e|u|es)|adherente?s?\\s+(?:a|au|de|du)|affiliee?s?\\s+(?:a|au)|(?:certifiee?s?|labellisee?s?|soutenue?s?|sponsorisee?s?|parrainee?s?|financee?s?)\\s+par|une?\\s+(?:marque|societe|entreprise|filiale|enseigne|maison|membre)\\s+d(?:e|u|es)|(?:societe|entreprise|filiale)\\s+du\\s+groupe|(?:recommandee?s?|distinguee?s?|primee?s?)\\s+par|vue?s?\\s+dans|filiale\\s+d(?:e|u|es)|(?:fait|faisons|font)\\s+partie\\s+d(?:e|u|es)|appartient\\s+a(?:u|ux)?|(?:fiers?\\s+|fieres?\\s+)?(?:partenaire|fournisseur|sponsor|mecene)s?(?:\\s+officiel(?:le)?s?)?\\s+d(?:e|u|es)|en\\s+partenariat\\s+avec|(?:avec|grace\\s+au)\\s+(?:le\\s+)?soutien\\s+d(?:e|u|es))(?:\\s+(?:la|l'|groupe|reseau|collectif|label))?",
  "\\b(?:\\p{L}*mitglied(?:er)?\\s+(?:im|in\\s+der|in|der|des|bei|von)|(?:empfohlen|prasentiert)\\s+von|bekannt\\s+aus|(?:ein|eine)\\s+(?:unternehmen|marke|tochter(?:gesellschaft|firma|unternehmen)?|betrieb|mitglied)\\s+(?:der|des|von)|teil\\s+(?:der|des|von)|gehort\\s+zu(?:r|m)?|(?:zertifiziert|ausgezeichnet|gefordert|unterstutzt|gesponsert)\\s+(?:durch|von)|(?:offizielle[rs]?\\s+|stolze[rs]?\\s+)?\\p{L}*(?:partner|sponsor|lieferant)(?:in)?\\s+(?:des|der|von|vom)|in\\s+(?:kooperation|zusammenarbeit)\\s+mit|mit\\s+(?:freundlicher\\s+)?unterstutzung\\s+(?:von|der|des))(?:\\s+(?:gruppe|verband|netzwerk))?",
  "(?<!\\w)(?:miembros?(?:\\s+(?:fundador(?:es|a|as)?|activ[oa]s?))?\\s+de(?:l)?|(?:empresa|filial|sociedad|compania)\\s+del\\s+grupo|(?:recomendad|premiad)[oa]s?\\s+por|soci[oa]s?\\s+de(?:l)?|(?:asociad|adherid|afiliad)[oa]s?\\s+a(?:l)?|(?:certificad|avalad|patrocinad|apoyad|financiad)[oa]s?\\s+por|una?\\s+(?:empresa|marca|filial|sociedad|compania|negocio)\\s+de(?:l)?|filial\\s+de(?:l)?|(?:forma|formamos|es|somos)\\s+parte\\s+de(?:l)?|pertenece\\s+a(?:l)?|(?:orgullos[oa]s?\\s+)?(?:patrocinador|proveedor|colaborador|socio)(?:es)?(?:\\s+oficial(?:es)?)?\\s+de(?:l)?|(?:en|con\\s+la)\\s+colaboracion\\s+(?:con|de(?:l)?)|con\\s+el\\s+(?:apoyo|patrocinio)\\s+de(?:l)?)(?:\\s+(?:la|los|las|grupo|red|asociacion|federacion))?",
  // sv: "Fjällvind AB ingår sedan 2019 i Nordgren Outdoor Group (LinkedIn)" (round 27: the parent group's page in a
  // group footer), "en del av", "ett företag i", "medlem i".
  "(?<!\\w)(?:ingar\\s+(?:sedan\\s+\\d{4}\\s+)?i|(?:ar\\s+)?en\\s+del\\s+av|ett\\s+(?:foretag|bolag|varumarke)\\s+(?:i|inom)|medlem(?:mar)?\\s+i|(?:sponsrad|certifierad|stodd)\\s+av)(?:\\s+(?:gruppen|koncernen|forbundet))?",
].join('|');
const CREDIT_BEFORE = new RegExp(`(?:${CREDIT_PHRASE})\\s*(?:\\p{L}[\\p{L}.'-]*\\s*(?:&|and|et|und|y|,)\\s*)?$`, 'u');
/**
 * A credit naming its maker in plain text, then only punctuation before the link: "Webdesign: Studio Falz · <a>…".
 * Group 1 is the maker's name, group 2 what separates it from the link.
 */
const CREDIT_NAMED = new RegExp(`(?:${CREDIT_PHRASE})\\s*((?:\\p{L}[\\p{L}\\d.'&-]*\\s*){1,4}?)([\\s(,·|•–—-]+)$`, 'u');

/**
 * True when the running text just before the link credits a maker (CREDIT_BEFORE), or the link follows a credited
 * maker. Not when the link's text is only a network's name or the brand's possessive ("Production photos:
 * <a>Instagram</a>", "Fotos: <a>unser Instagram</a>"), nor after the brand's own "our photos:", "nos photos :",
 * "unsere Fotos:", "nuestras fotos:": a credit names a maker, those say where the brand's own photos are.
 */
function creditLine(s: LinkSighting): boolean {
  const block = s.el.parent;
  if (!block || !isElement(block)) return false;
  const before = textBefore(block, s.el);
  if (before !== null) {
    const folded = foldText(before);
    const tail = creditTail(folded);
    const credit = mayCredit(tail, 3) ? CREDIT_BEFORE.exec(tail) : null;
    if (credit) return !networkOnly(s.text) && !OUR_END.test(folded.slice(0, folded.length - tail.length + credit.index).trimEnd());
  }
  return afterCredit(s);
}

// Characters of the end of a text in which a credit is looked for: the longest phrase ("mit freundlicher Unterstützung
// von") and a maker's name with "&" fit; the phrases' many alternatives are tried at each character, not a
// paragraph's.
const CREDIT_SCAN = 90;

/** The last words of `text` (at most CREDIT_SCAN characters, cut at a space). */
function creditTail(text: string): string {
  if (text.length <= CREDIT_SCAN) return text;
  const space = text.indexOf(' ', text.length - CREDIT_SCAN);
  return space < 0 ? text.slice(-CREDIT_SCAN) : text.slice(space + 1);
}

/**
 * The words a credit phrase can end with (CREDIT_PHRASE's last words, "&" and the conjunctions before a second name):
 * a credit ends in one of them or in ":", among the text's last few words. Most text before a link has none there,
 * and the phrases' regular expression, tried at every character, is left unread. A phrase added to CREDIT_PHRASE
 * that ends in another word must add it here, or it is never read.
 */
const CREDIT_LAST = new Set(
  (
    "by par de signee von por da di of with to the du des a au aux avec la l' groupe reseau collectif label im in der bei zu zur " +
    'zum durch vom mit gruppe verband netzwerk del al con los las grupo red asociacion federacion on dans aus & and et und y , ' +
    'i av inom gruppen koncernen forbundet'
  ).split(' '),
);

const TRAILING = new Set([',', '(', '·', '|', '•', '–', '—', '-']);

/** True when one of the last `words` words of `text` may end a credit phrase (CREDIT_LAST, or a word holding ":"). */
function mayCredit(text: string, words: number): boolean {
  let end = text.length;
  for (let n = 0; n < words && end > 0; n++) {
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
    const start = text.lastIndexOf(' ', end - 1) + 1;
    // A separator glued to the word ("Digital ·", "Lumen (") is read apart from it.
    let wordEnd = end;
    while (wordEnd > start && TRAILING.has(text[wordEnd - 1])) wordEnd--;
    const word = text.slice(start, wordEnd);
    if (CREDIT_LAST.has(word) || word.includes(':') || word.includes('©') || (wordEnd < end && text[wordEnd] === ',')) return true;
    end = start;
  }
  return false;
}

/** A link text that names only a network or the brand's account on it: "Instagram", "X", "on TikTok", "our Instagram". */
const NETWORK_ONLY =
  /^(?:(?:on|sur|auf|en|bei|via)\s+)?(?:@\s*)?(?:x|instagram|facebook|twitter|youtube|tiktok|linkedin|pinterest|threads|mastodon|bluesky|flickr|vimeo|snapchat)(?:\s+(?:page|account|profile|feed|channel|gallery|seite|kanal|profil|konto|compte|chaine|galerie|pagina|cuenta|perfil|canal|galeria))?$/;

function networkOnly(text: string): boolean {
  const folded = foldText(text.trim());
  return NETWORK_ONLY.test(folded) || OUR_START.test(folded);
}

/** Text between a credited maker and its own profile links: brackets, commas, "and" ("Agence Lumen (<a>IG</a>, <a>in</a>)"). */
const CLOSE_JOIN = /^[\s(),/&+:]*(?:(?:and|et|und|y|e|or|ou|oder|o)[\s(),/&+:]*)?$/;
/** …or a separator of the legal line ("Marea Digital · <a>@mareadigital.agencia</a>"): then the link must name the maker. */
const SEPARATOR_JOIN = /^[\s(),/&+:·|•–—-]*$/;
// Siblings read back from a link for the maker it follows: a maker's name and a few of its profiles.
const MAKER_SIBLINGS = 8;
// Characters read at the end of the text before a maker or its profile: a credit and a name.
const CREDIT_TAIL = 120;
/** Inline elements whose text runs on in a credits line ("<span>Website by</span> <a>…"). */
const INLINE = new Set(['span', 'strong', 'b', 'em', 'i', 'small']);

/**
 * True when the link is a credited maker's own profile, placed after the credit: "Site conçu par <a>Atelier
 * Brume</a> (<a>Instagram</a>, <a>LinkedIn</a>)", "Website by <a>Northforge</a> (<a>@northforgedigi</a>)",
 * "Diseño web: <a>Marea Digital</a> · <a>@mareadigital.agencia</a>", "Webdesign: Studio Falz · <a>Studio Falz auf
 * Instagram</a>". Read on the link's siblings: back over brackets, commas and the maker's other profiles to the
 * maker's link (a page of its own, not a profile) preceded by a credit phrase, or to a credit naming the maker in
 * plain text. Across a separator ("·", "|", "–") a link counts only when its handle or text names the maker: the
 * brand's own "· <a>Instagram</a>" after the credit stays the brand's.
 */
function afterCredit(s: LinkSighting): boolean {
  let separated = false;
  // Brackets, a comma or "and" seen: links merely side by side (icons after a credit) must name the maker.
  let joined = false;
  let read = 0;
  for (let sib = s.el.prev; sib && read < MAKER_SIBLINGS; sib = sib.prev, read++) {
    if (sib.type === 'text') {
      // A credit ends the text before its maker's link: its last words are enough.
      const text = foldText(sib.data.length > CREDIT_TAIL ? sib.data.slice(-CREDIT_TAIL) : sib.data);
      if (CLOSE_JOIN.test(text)) {
        joined ||= /\S/.test(text);
        continue;
      }
      if (SEPARATOR_JOIN.test(text)) {
        separated = true;
        continue;
      }
      const named = mayCredit(text, 6) ? CREDIT_NAMED.exec(text) : null;
      if (!named) return false;
      return separated || !/[(,]/.test(named[2]) ? namesMaker(s, named[1]) : true;
    }
    if (!isElement(sib)) continue;
    if (sib.name !== 'a') return false;
    const href = sib.attribs.href ?? '';
    if (isSocialProfile(href)) continue;
    if (!creditedBefore(sib)) return false;
    return (joined && !separated) || namesMaker(s, textOf(sib));
  }
  return false;
}

/** True when the text just before a maker's link credits it ("Website by", "Diseño web:", "realizzato da"). */
function creditedBefore(maker: Element): boolean {
  let text = '';
  for (let sib = maker.prev, n = 0; sib && n < 3 && text.length < CREDIT_TAIL; sib = sib.prev, n++) {
    if (sib.type === 'text') text = sib.data + text;
    else if (isElement(sib) && INLINE.has(sib.name)) text = textOf(sib) + text;
    else break;
  }
  if (text.length > CREDIT_TAIL) text = text.slice(-CREDIT_TAIL);
  const tail = creditTail(foldText(text.replace(/\s+/g, ' ').trim()));
  return mayCredit(tail, 3) && CREDIT_BEFORE.test(tail);
}

/** Lower case, accents and everything but letters and digits removed: "Büro Kante" → "burokante". */
/** True when the link's handle or text names the maker ("nuberoja.estudio", "Studio Falz auf Instagram"). */
function namesMaker(s: LinkSighting, maker: string): boolean {
  const name = squash(maker);
  if (name.length < 4) return false;
  const handle = squash(handleUser(s.parsed.handle));
  const text = squash(s.text);
  return (handle.length >= 4 && (handle.includes(name) || name.includes(handle))) || text.includes(name) || nearly(handle, name);
}

/** True when two names differ by one or two letters ("buerokante" for "Büro Kante"): transliterations. */
function nearly(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 6) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 2;
}

// Levels climbed from a link to find the heading of its section.
const SECTION_DEPTH = 6;

/**
 * True when the heading of the link's section names other people or organisations, the section being read as HTML
 * outlines it: at each level from the link up to its region (footer, aside, main…), the nearest heading before it,
 * or a higher-ranked one before that ("<h1>Nuestro equipo</h1> … <h3>Sara Lacasa</h3> <a>"). A heading of the brand's
 * own ("follow us", "Contact", "Join the team") or a follow-us block on the way means the brand's own links: "<h3>Suivez-nous</h3> <a>…</a> <h3>Nos journalistes</h3>
 * <ul>…" gives the icons to the brand and the list to the journalists.
 */
function headedByOthers(link: Element): boolean {
  let n: Element = link;
  // An outer section's heading must outrank the nearest one found so far (an h1 over an h3 entry).
  let rank = 8;
  for (let depth = 0; depth < SECTION_DEPTH && !isRegion(n); depth++) {
    // A follow block is the brand's own, unless the heading right before it names others: a footer column's second
    // icon list under "Eigentümer und Aufgabenträger" or "Właściciel i organizator transportu" (round 31's town and
    // transport authority, their icons in the same markup as the operator's own).
    if (n !== link && isFollowBlock(n)) return headingBefore(n)?.kind === 'others';
    for (let sib = n.prev; sib && rank > 1; sib = sib.prev) {
      if (!isElement(sib)) continue;
      const heading = headingKind(sib);
      if (!heading || heading.rank >= rank) continue;
      if (heading.kind === 'others') return true;
      if (heading.kind === 'own') return false;
      rank = heading.rank;
    }
    if (!n.parent || !isElement(n.parent)) return false;
    n = n.parent;
  }
  return false;
}

/** What the element right before `el` says as a heading, if it is one (text nodes skipped). */
function headingBefore(el: Element): ReturnType<typeof headingKind> {
  let sib = el.prev;
  while (sib && !isElement(sib)) sib = sib.prev;
  return sib ? headingKind(sib) : null;
}

/** The absolute http(s) links under `block` other than `skip`, or null when the block is too big to be a card. */
function linksUnder(block: Element, skip: Element): string[] | null {
  const hrefs: string[] = [];
  const stack: AnyNode[] = [block];
  let nodes = 0;
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (++nodes > CARD_NODES) return null;
    if (!isElement(n) || n === skip) continue;
    const href = n.name === 'a' ? n.attribs.href : undefined;
    if (href !== undefined && /^https?:\/\//i.test(href.trim())) hrefs.push(href.trim());
    for (let i = 0; i < n.children.length; i++) stack.push(n.children[i]);
  }
  return hrefs;
}

/**
 * "Follow <someone> on", in fr/en/de/es, as the last words before a link in running text ("Follow our founder Jo
 * Penrose on X and Instagram"); "follow us" is the brand. Group 1 is the phrase, group 2 the name.
 */
const FOLLOW_BEFORE =
  /((?:follow|suivez|suivre|folgen sie|folge|folgt|sigue a|siga a|sigan a|seguir a)\s+(?!us\b|nous\b|uns\b|-nous\b|nos\b|nosotros\b)((?:\p{L}[\p{L}.'-]*\s+){0,3}?\p{L}[\p{L}.'-]*)\s+(?:on|sur|auf|en|bei)(?!\w))[^.!?]*$/iu;
// Running text read before a link, at most.
const BEFORE_MAX = 200;

/** A byline's "by" as the last word before a link: "By", "Par", "Von", "Por". */
const BYLINE_BEFORE = /(?:^|[\s·|,(—–-])(by|par|von|por)$/iu;
/**
 * A link text written like a person's name: two to four capitalised words ("Élodie Marchand", "Jo van Dijk"). Made on
 * first use (src/lazy-pattern.ts), as NAME_WORDS: only a link after "by" is tested.
 */
const NAME_TEXT = lazyPattern(() => /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|de|da|del|di|la|le|du)\s+)?\p{Lu}[\p{L}.'’-]*){1,3}$/u);
/** Networks and channels named as a link's text ("Suivez-nous par Instagram", "par Facebook Messenger"): not a name. */
const NETWORK_WORD =
  /\b(?:instagram|facebook|messenger|twitter|youtube|tiktok|linkedin|whatsapp|telegram|signal|mastodon|bluesky|pinterest|threads|snapchat|xing|discord|twitch|e-?mail|mail|sms)\b/;

/**
 * For links in running text after "Follow <someone> on" (a bio or a footer sentence, the link's own text being just
 * the network's name), that phrase with the link's text: the evidence accounts.ts reads to tell a person's account.
 * Likewise a byline, "By <a>Élodie Marchand</a>" / "Par" / "Von" / "Por" before a link written as a person's name:
 * "by Élodie Marchand". accounts.ts sets both aside unless the name or the handle is the brand's ("Un podcast par Le
 * Bouillon Hebdo").
 */
export function findFollowPhrases(sightings: readonly LinkSighting[]): Map<LinkSighting, string> {
  const phrases = new Map<LinkSighting, string>();
  for (const s of sightings) {
    const block = s.el.parent;
    if (!block || !isElement(block)) continue;
    const before = textBefore(block, s.el);
    // A line of the page's body naming where live updates or a desk are ("Live updates on X:"): kept with the link's
    // text as the evidence accounts.ts reads (DESK_LABEL_SNIPPET).
    if (s.placement === 'body') {
      const label = deskLabel(before ?? longBefore(s));
      if (label) {
        phrases.set(s, `${label} ${s.text}`);
        continue;
      }
      // "Follow <a>@BrandLive</a> for live updates": the purpose after the link.
      const purpose = followedForDesk(before, s.el);
      if (purpose) {
        phrases.set(s, `${purpose.follow} ${s.text} ${purpose.after}`);
        continue;
      }
    }
    if (before === null) continue;
    const m = FOLLOW_BEFORE.exec(before);
    // A person is named with a capital ("Follow our founder Jo Penrose on"); "follow the latest news on" is not one.
    if (m && /\p{Lu}/u.test(m[2])) phrases.set(s, `${m[1]} ${s.text}`.trim());
    else {
      const by = BYLINE_BEFORE.exec(before);
      if (by && NAME_TEXT().test(s.text) && !NETWORK_WORD.test(foldText(s.text))) phrases.set(s, `${by[1].toLowerCase()} ${s.text}`);
    }
  }
  return phrases;
}

/** The end of a paragraph too long for textBefore, read once per link (findOwnMentions asks for it too). */
function longBefore(s: LinkSighting): string | null {
  let known = longCache.get(s.el);
  if (known === undefined) {
    known = sentenceBefore(s.el);
    longCache.set(s.el, known);
  }
  return known;
}

const longCache = new WeakMap<Element, string | null>();

// Characters read after a link for the purpose of the desk it names.
const AFTER_MAX = 80;

/**
 * When the sentence before a link is only "Follow" ("Suivez", "Folgen Sie", "Sigue a") and the text after it gives a
 * desk's purpose ("for live updates", "pour les infos trafic", "für aktuelle Infos", "para avisos"): both, as written.
 */
function followedForDesk(before: string | null, link: Element): { follow: string; after: string } | null {
  if (before === null || !/(?:follow|suivez|suivre|folgen sie|folgt|folge|sigue a|siga a|seguid a|sigue|siga)$/i.test(before.slice(-12))) return null;
  const follow = before.slice(before.search(/[^.!?]*$/)).trim();
  if (!FOLLOW_ONLY.test(foldText(follow))) return null;
  let after = '';
  for (let sib = link.next; sib && after.length < AFTER_MAX; sib = sib.next) after += sib.type === 'text' ? sib.data : isElement(sib) ? textOf(sib) : '';
  after = after.replace(/\s+/g, ' ').slice(0, AFTER_MAX);
  const end = after.search(/[.!?;]/);
  if (end >= 0) after = after.slice(0, end);
  return DESK_PURPOSE_AFTER.test(foldText(after)) ? { follow, after: after.trim() } : null;
}

// Longest sentence read as a desk label: a notice's line, not a paragraph.
const LABEL_MAX = 100;

/** The sentence before a link when it is a desk label (DESK_LABEL), as written. */
function deskLabel(before: string | null): string | null {
  // Most text before a link ends otherwise: the label's last words are a network's name or "follow".
  if (before === null || !LABEL_END.test(before.length > LABEL_END_CHARS ? before.slice(-LABEL_END_CHARS) : before)) return null;
  const sentence = before.slice(before.search(/[^.!?]*$/)).trim();
  return sentence.length <= LABEL_MAX && DESK_LABEL.test(foldText(sentence)) ? sentence : null;
}

// Characters of the end of the text read for LABEL_END ("folgen sie", "instagram :", and a space before).
const LABEL_END_CHARS = 16;
const LABEL_END = /(?:\b(?:x|twitter|instagram|facebook|threads|bluesky|mastodon|tiktok|whatsapp|telegram|youtube|linkedin)\s*[:–—-]?|\b(?:follow|suivez|suivre|folgen sie|folgt|folge|sigue|siga|seguid|a)|:)$/i;

/**
 * "Follow her on", "suivez-la sur", "folgt ihm auf", "síguela en" — a pronoun is a person — or "Follow the author
 * on", "Sigue a la ilustradora en" (a role of someone else, see namesOthers), as the last words before the link.
 */
const FOLLOW_PRONOUN =
  /(?:\bfollow (?:him|her|them)|\bsuivez-(?:le|la|les)|\bfolg(?:e|t|en sie) (?:ihm|ihr|ihnen)|\bsigue(?:le|la|lo|les|las)|\bsiguel[ao]s?)\s+(?:on|sur|auf|en|bei)(?!\w)[^.!?]*$/;
const FOLLOW_ROLE = /\b(?:follow|suivez|suivre|folgen sie|folge|folgt|sigue a|siga a|seguir a)\s+((?:[\p{L}'-]+\s+){0,3}?[\p{L}'-]+)\s+(?:on|sur|auf|en|bei)(?!\w)[^.!?]*$/u;

/** True when the running text just before the link follows a person by pronoun or role (FOLLOW_PRONOUN, FOLLOW_ROLE). */
function followsPerson(s: LinkSighting): boolean {
  const block = s.el.parent;
  if (!block || !isElement(block)) return false;
  const before = textBefore(block, s.el);
  if (before === null) return false;
  const folded = foldText(before);
  if (FOLLOW_PRONOUN.test(folded)) return true;
  const role = FOLLOW_ROLE.exec(folded);
  return role !== null && namesOthers(role[1]);
}

// Three readers (credits, follow phrases, pronouns) ask for the text before each link: read once per link.
const beforeCache = new WeakMap<Element, string | null>();

/** The text of `block` before `link`, or null when there is none or it is longer than BEFORE_MAX. */
function textBefore(block: Element, link: Element): string | null {
  let known = beforeCache.get(link);
  if (known === undefined) {
    known = readTextBefore(block, link);
    beforeCache.set(link, known);
  }
  return known;
}

function readTextBefore(block: Element, link: Element): string | null {
  const parts: string[] = [];
  let length = 0;
  const stack: AnyNode[] = [block];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === link) break;
    if (n.type === 'text') {
      parts.push(n.data);
      length += n.data.length;
      if (length > BEFORE_MAX * 2) return null;
    } else if (isElement(n)) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text && text.length <= BEFORE_MAX ? text : null;
}

/** Nouns by which a brand names one of its accounts, accent-folded, in en/fr/de/es, and the networks' own names. */
const ACCOUNT_NOUN =
  '(?:channel|page|account|profile|feed|chaine|compte|profil|kanal|seite|konto|canal|pagina|cuenta|perfil|instagram|facebook|youtube|tiktok|linkedin|twitter|mastodon|bluesky|pinterest|threads)s?';
/** First person plural possessives: "our", "notre"/"nos", "unser…", "nuestro…". */
const OUR = '(?:our|notre|nos|unser(?:e|em|en|er|es)?|nuestr[oa]s?)';
/** A link's own text naming the account as the brand's: "our YouTube channel", "notre chaîne vidéo", "unseren Insta-Kanal". */
const OUR_LINK_TEXT = new RegExp(`^${OUR}\\s+(?:[\\p{L}\\d+.'-]+\\s+){0,2}?[\\p{L}\\d+.'-]*?${ACCOUNT_NOUN}(?!\\w)`, 'u');
/** …or running text ending in the possessive, the link's text naming the account: "on our <a>YouTube channel</a>". */
const OUR_END = new RegExp(`\\b${OUR}$`, 'i');
const OUR_START = new RegExp(`^${OUR}\\s`, 'i');
const ACCOUNT_TEXT = new RegExp(`^(?:[\\p{L}\\d+.'-]+\\s+){0,2}?[\\p{L}\\d+.'-]*?${ACCOUNT_NOUN}(?!\\w)`, 'u');

/**
 * Profile links that the site's own words present as the brand's in running text: "all our shows are on <a>our
 * video channel</a>", "photos on our <a>Instagram page</a>" — the first person plural that "follow us" blocks use,
 * said of one account. "Her Instagram", "la chaîne de Karim" are someone else's.
 */
export function findOwnMentions(sightings: readonly LinkSighting[]): Set<LinkSighting> {
  const own = new Set<LinkSighting>();
  for (const s of sightings) {
    // The possessives are plain ASCII: most links (an icon, "Instagram") are settled without folding any text.
    const text = s.text.trimStart();
    // In an article's own text only the claim of a desk or handle counts ("notre service après-vente vous répond sur
    // X :"): "our channel" there may be a quoted person's or an embedded post's.
    if (s.placement === 'article') {
      const block = s.el.parent;
      if (block && isElement(block) && !quoted(s.el) && ownClaim(textBefore(block, s.el) ?? longBefore(s))) own.add(s);
      continue;
    }
    if (OUR_START.test(text)) {
      if (OUR_LINK_TEXT.test(foldText(text))) own.add(s);
      continue;
    }
    const block = s.el.parent;
    if (!block || !isElement(block)) continue;
    // The text before the link is read for every link already (credits, follow phrases) and kept: no new reading.
    const before = textBefore(block, s.el);
    if (before !== null && OUR_END.test(before) && ACCOUNT_TEXT.test(foldText(text))) own.add(s);
    // Only links in the page's body need the claim (chrome is the brand's already): a long paragraph's end is read then.
    else if (s.placement === 'body' && (ownClaim(before ?? longBefore(s)) || wePostThere(s.el))) own.add(s);
  }
  return own;
}

/**
 * The site saying, right after the link, that it posts there itself: "Follow @LL_Sailings – we post every delay there",
 * "Suivez @x : nous y publions chaque retard", "Folgen Sie @x – dort posten wir jede Verspätung", "Sigue a @x: allí
 * publicamos cada retraso" (and Dutch "daar posten we", round 16's sailings desk). The county "posts" its road closures
 * in the third person.
 */
const WE_POST_AFTER =
  /^[\s,:;–—-]*(?:(?:and |where |there )?we (?:post|publish|share|tweet|announce|report)|(?:et |ou )?nous y (?:publions|postons|annoncons|partageons)|ou nous (?:publions|postons|annoncons)|(?:und )?(?:dort |da |hier |wo )?(?:posten|veroffentlichen|melden|teilen|twittern) wir|wo wir|(?:y )?(?:alli |ahi |aqui |donde )?(?:publicamos|anunciamos|avisamos|compartimos)|(?:daar |hier )?(?:posten|publiceren|melden|delen) we)\b/;
// Characters read after a link for that claim.
export const WE_POST_MAX = 60;

function wePostThere(link: Element): boolean {
  let after = '';
  for (let sib = link.next; sib && after.length < WE_POST_MAX; sib = sib.next) after += sib.type === 'text' ? sib.data : isElement(sib) ? textOf(sib) : '';
  return after !== '' && claimsPostingThere(after);
}

/** Whether the text after a link (its first WE_POST_MAX characters, spaces folded) opens with WE_POST_AFTER's claim. */
export function claimsPostingThere(after: string): boolean {
  return WE_POST_AFTER.test(foldText(after.replace(/\s+/g, ' ').slice(0, WE_POST_MAX)));
}

/** True when `el` sits in a quotation (an embedded post, a customer's words): "our support team" there is the quoted one's. */
function quoted(el: Element): boolean {
  for (let n = el.parent; n && isElement(n); n = n.parent) if (n.name === 'blockquote' || n.name === 'q') return true;
  return false;
}

/** The brand's own help and service desks, as the brand names them after "our": en/fr/de/es/it, accent-folded. */
const SERVICE =
  '(?:support\\w*|help\\w*|service\\w*|servicio\\w*|servizio|customer care|care team|after-?sales|apres-vente|sav|assistance|assistenza|asistencia|soporte|supporto|' +
  'mechanics?|technicians?|engineers?|techniciens?|techniker(?:innen)?|tecnicos|mecanicos|workshop|atelier|werkstatt|taller|officina|repair\\w*|reparatur\\w*|' +
  'kundenservice|kundendienst|kundenbetreuung|hilfe|ayuda|atencion al cliente|conseill(?:ers|eres)|berater(?:innen)?|agents|agentes|' +
  // A venue's or a shop's own desks: round 15's concert hall named "nuestra cuenta de atención al público".
  'box ?office|ticket(?:ing)? (?:desk|office|team)|customer (?:team|relations)|guest services|visitor services|billetterie|caisse|' +
  'kasse|ticketkasse|abendkasse|vorverkauf(?:sstelle)?|taquillas?|atencion al (?:publico|usuario|socio|viajero|pasajero))';
/**
 * "Our support team answers on X at", "notre service après-vente vous répond sur X :", "schreiben Sie unserem
 * Kundenservice auf X:", "nuestro equipo de atención al cliente responde en X en": the brand's own desk, at the end
 * of the sentence before the link. Group 1 holds the words between "our" and the desk, group 2 what follows it.
 */
const OUR_SERVICE = new RegExp(`(?<!\\w)(?:our|notre|nos|unser(?:e|em|en|er|es)?|nuestr[oa]s?|nostr[oaie])\\s+((?:[\\p{L}'’-]+\\s+){0,2}?)${SERVICE}(?!\\w)([^.!?]{0,60})$`, 'u');
/** Another firm's desk: "our payments partner's help desk", "notre prestataire SAV", "unser Versanddienstleister-Support". */
const OTHER_PARTY =
  /(?:partner|provider|supplier|agency|agence|agentur|agencia|agenzia|partenaire|prestataire|fournisseur|dienstleister|lieferant|proveedor|socio|fornitor|vendor|contractor)/;
/** A person's role or a name after the desk ("our support lead Jo Penrose on X"): that person, not the desk. */
const PERSON_AFTER = /\b(?:lead|manager|head|director|chief|responsable|directeur|directrice|leiter(?:in)?|jef[ea]|coordinat\w*)\b/;
/** A desk crediting or thanking someone else: "our services are featured by <a>", "notre SAV travaille avec <a>". */
const CREDIT_AFTER = /\b(?:by|par|von|por|da|with|avec|mit|con|thanks|merci|danke|gracias|grazie|featured|recommended|recommande|empfohlen|recomendado)\b/;
const NAME_WORDS = lazyPattern(() => /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u);
/**
 * "On Instagram we go by", "sur Instagram, nous sommes", "Auf Threads heißen wir übrigens", "en TikTok somos",
 * "síguenos como", "follow us as": the brand giving its own handle, as the last words before the link.
 */
const WE_ARE =
  /\b(?:we are|we're|we go by|we are called|we're called|follow us as|nous sommes|on nous trouve sous|suivez-nous sous le nom(?: de)?|wir sind|heissen wir|nennen wir uns|folgt uns als|folgen sie uns als|somos|nos llamamos|siguenos como|siamo|ci chiamiamo|seguici come|volg ons als)(?:\s+(?:also|aussi|auch|ubrigens|tambien|anche|now|desormais|jetzt|ahora|ora|simply|just|einfach|here|ici|hier|aqui|qui))*\s*[:,]?\s*$/;

/**
 * "Aktuelle Infos auf unserem X-Kanal:", "Escribe a nuestra cuenta de atención al público,", "notre compte dédié au
 * SAV :", "our live updates account": the brand naming one of its accounts, with at most a qualifier after the noun,
 * as the last words before the link. Group 1 holds the words between "our" and the noun, group 2 what follows it.
 */
const OUR_ACCOUNT = new RegExp(`\\b${OUR}\\s+((?:[\\p{L}'’-]+\\s+){0,2}?)[\\p{L}\\d+.'-]*?${ACCOUNT_NOUN}(?!\\w)([^.!?]{0,60})$`, 'u');
/** What may follow the noun there: nothing, or a qualifier opened by a preposition ("for live updates", "de atención al público"), then ":" or ",". */
const QUALIFIER = /^(?:\s+(?:for|about|de|del|pour|dedie|dediee|fur|zu|zum|zur|para|dedicad[oa]|on|sur|auf|en|bei)\b[^.!?,:;()]{0,40}?)?\s*[:,–—-]?\s*$/;

const OUR_ANY = /\b(?:our|notre|nos|unser|nuestr|nostr)/;

/** True when the sentence before a link in the page's body claims the account as the brand's desk or handle. */
export function ownClaim(before: string | null): boolean {
  if (before === null) return false;
  // The sentence the link ends: the text after the last full stop, question or exclamation mark.
  const sentence = before.slice(before.search(/[^.!?]*$/));
  const folded = foldText(sentence);
  if (WE_ARE.test(folded)) return true;
  // Both claims below open with "our": most sentences have none, and the two longer expressions are left unread.
  if (!OUR_ANY.test(folded)) return false;
  const named = OUR_ACCOUNT.exec(folded);
  if (named && QUALIFIER.test(named[2]) && !OTHER_PARTY.test(named[1]) && !OTHER_PARTY.test(named[2]) && !PERSON_AFTER.test(named[2]) && !CREDIT_AFTER.test(named[2])) return true;
  const m = OUR_SERVICE.exec(folded);
  if (!m || OTHER_PARTY.test(m[1]) || OTHER_PARTY.test(m[2]) || PERSON_AFTER.test(m[2]) || CREDIT_AFTER.test(m[2])) return false;
  // A name in the words after the desk is a person's ("our support lead Jo Penrose"). With none after it, slice(-0)
  // would read the whole sentence, where any two capitalised words ("Bei Fragen hilft unser Kundenservice") refused it.
  return m[2] === '' || !NAME_WORDS().test(sentence.slice(-m[2].length));
}

/** The last BEFORE_MAX characters of text before `link` among its siblings: the end of a paragraph too long for textBefore. */
function sentenceBefore(link: Element): string | null {
  let text = '';
  for (let sib = link.prev; sib && text.length < BEFORE_MAX; sib = sib.prev) {
    if (sib.type === 'text') text = sib.data + text;
    else if (isElement(sib)) text = textOf(sib) + text;
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text ? text.slice(-BEFORE_MAX) : null;
}
