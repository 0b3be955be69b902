// Headings and regions of a page: what a heading-like element says (the brand's own block, a list of other people,
// or neither), which elements are the page's landmark regions, and blocks headed by a list of other people.
import type { AnyNode, Element } from 'domhandler';
import { classWords, FOLLOW_TEXT } from './block-words.js';
import { boundedText, isElement } from './dom.js';
import { foldText } from './text.js';

/**
 * Headings of a block that lists other people or organisations: a team, founders, a newsroom, a guest editor or
 * columnist, contributors, riders, players and artists, partners and sponsors ("Con el apoyo de"), ambassadors,
 * speakers and hosts, reviews and comments, memberships, labels, suppliers and a parent group — in fr/en/de/es, accent-folded, whole words. Their links are theirs, even in the footer and on every page.
 */
// "(?!\w)" closes the words instead of "\b": every alternative ends with a letter, so the tests are the same, and
// V8 compiles "\b" after this many alternatives ~5 times slower (a cost paid on the first page of every audit).
const OTHERS_HEADING = new RegExp(
  '\\b(?:' +
    [
      'riders?|athletes?|players?|artists?|musicians?|coaches?|fahrer(?:in|innen)?|sportler(?:in|innen)?|spieler(?:in|innen)?|kunstler(?:in|innen)?|musiker(?:in|innen)?|coureu(?:r|rs|se|ses)|athletes|joueu(?:r|rs|se|ses)|artistes?|musicien(?:s|ne|nes)?|corredor(?:a|es|as)?|ciclistas?|atletas?|jugador(?:a|es|as)?|artistas?|musicos',
      'supported by|with the support of|in partnership with|avec le soutien|soutenu par|en partenariat avec|mit freundlicher unterstutzung|unterstutzt von|gefordert von|in kooperation mit|con el apoyo|patrocinado por|en colaboracion con',
      'journalists?|reporters?|journalistes?|redacteurs?|redactrices?|journalist(?:en|in|innen)|redakteur(?:e|in|innen)?|periodistas?|redactor(?:a|es|as)?',
      'stockists?|retailers?|dealers?|resellers?|distributors?|franchisees?|revendeurs?|distributeurs?|detaillants?|franchises|franchise(?:e|s|es)|(?:fach|vertrags)?handler(?:in|innen)?|vertriebspartner(?:in|innen)?|distribuidores|revendedores|franquiciados|concesionarios|rivenditori',
      'team|teams|staff|founders?|co-?founders?|editors?|guest\\w*|contributors?|writers?|authors?|columnists?|partners?|sponsors?|ambassadors?|speakers?|hosts?|presenters?|testimonials?|reviews?|comments?',
      'equipe|equipes|redaction|fondat(?:eur|eurs|rice|rices)|auteure?s?|autrices?|contributeurs?|contributrices?|chroniqueu(?:r|rs|se|ses)|invitee?s?|partenaires?|mecenes?|ambassad(?:eur|eurs|rice|rices)|intervenante?s?|animat(?:eur|eurs|rice|rices)|temoignages?|avis|commentaires?',
      'redaktion|grunder(?:in|innen)?|autor(?:in|innen|en)?|gast\\w*|partner(?:in|innen)?|sponsoren|forderer|botschafter(?:in|innen)?|referent(?:in|innen|en)?|moderator(?:in|innen|en)?|stimmen|bewertungen|kommentare|mitarbeiter(?:in|innen)?',
      'equipo|redaccion|fundador(?:a|es|as)?|autor(?:a|es|as)|colaborador(?:a|es|as)?|invitad(?:o|a|os|as)|patrocinadores|socios|aliados|embajador(?:a|es|as)?|ponentes?|presentador(?:a|es|as)?|testimonios|opiniones|resenas|comentarios',
      // Organisations the brand belongs to, is certified by or buys from, and its parent group: "Membre de", "Proud
      // members of", "Mitglied im", "Miembro de", "Labels et certifications", "Zertifiziert durch", "Our suppliers",
      // "Nos fournisseurs", "Unsere Lieferanten", "Nuestros proveedores" (round 15: a member association's Facebook
      // under "Membre de" was listed as the dairy's own).
      'members? of|memberships?|affiliations?|affiliated with|accreditations?|accredited by|certifications?|certified by|labels?|suppliers?|producers?|growers?|parent (?:company|group)|part of|a company of|sister (?:companies|brands)',
      'membres? d(?:e|u|es)|adherente? (?:a|de)|certifiee? par|fournisseurs?|producteurs?|productrices?|eleveurs?|maison mere|societe mere|notre groupe|une marque du groupe',
      'mitglied(?:er|schaft|schaften)? (?:im|in|der|des|bei|von)|mitgliedschaft(?:en)?|zertifiziert (?:durch|von)|zertifizierungen|zertifikate|siegel|lieferanten|erzeuger|produzenten|muttergesellschaft|mutterkonzern|unternehmensgruppe|ein unternehmen der',
      'miembros? de(?:l)?|socios? de(?:l)?|asociad[oa]s? a|afiliad[oa]s? a|certificad[oa] por|certificaciones|sellos|acreditaciones|proveedores|productores|empresa matriz|grupo empresarial|una empresa del grupo',
      // A main sponsor under a singular heading ("Patrocinador principal", "Hauptsponsor") and the public bodies a club
      // shows as logos ("Instituciones": the city hall, the province, the federation) — round 16.
      'patrocinador(?:a|es|as)?|patrocinio|hauptsponsor(?:en)?|trikotsponsor(?:en)?|hauptpartner(?:in)?|institutions?|institutionnels?|institutionen|instituciones|institucionales',
      // The group's other brands or titles, each with accounts of its own: "Du même groupe", "Aus unserem Verlag",
      // "marques sœurs", "Schwestermarken", "marcas hermanas". ("Nos autres maisons" is not among them: round 21's
      // bakery listed its own biscuit range and its foundation under it.)
      'marques soeurs|titres soeurs|sister (?:titles|papers)|schwester(?:marken|titel|zeitungen|unternehmen)|marcas hermanas|aus unserem verlag|du meme groupe|of the same group|derselben gruppe|del mismo grupo',
      // The brand's owner and the public authority that orders its service, under a sub-heading of its own footer column
      // ("Eigentümer und Aufgabenträger", "Właściciel i organizator transportu", "Pouvoir organisateur"): a municipal
      // operator's town and transport authority, their accounts named on the town's word like the operator's own (round 31).
      'owners?|owned by|eigentumer(?:in)?|gesellschafter(?:in)?|aufgabentrager(?:in)?|wlasciciel(?:e|ka)?|organizator transportu|pouvoir organisateur|proprietaires?|propietari(?:o|a|os|as)|proprietari(?:o|a)?|eigenaars?',
    ].join('|') +
    ')(?!\\w)',
);
/**
 * A link whose own text (a logo's alt) opens by naming the brand's tie to another organisation: "Member of the National
 * Federation…", "Membre de la Fédération…", "Mitglied im Landesverband…", "Miembro de la Federación…", "Sponsored by",
 * "Certifié par" — that organisation's account, wherever the logo sits (round 16: a federation's logo in a footer
 * column with no heading).
 * Closed by "(?!\w)" for the reason given at OTHERS_HEADING.
 */
const AFFILIATION_TEXT = new RegExp(
  '^(?:proud )?(?:' +
    [
      'members? of|a member of|accredited by|certified by|sponsored by|supported by|official partner of|in partnership with',
      'membres? d(?:e|u|es)|adherente? (?:a|de)|certifiee? par|soutenu par|partenaire officiel d|en partenariat avec',
      'mitglied (?:im|in|der|des|bei|von)|zertifiziert (?:durch|von)|gefordert (?:von|durch)|unterstutzt von|offizieller partner',
      'miembros? de(?:l)?|socios? de(?:l)?|asociad[oa]s? a|afiliad[oa]s? a|certificad[oa] por|patrocinado por|con el apoyo de|en colaboracion con',
    ].join('|') +
    ')(?!\\w)',
);

/** True when a link's own text names another organisation the brand belongs to or is backed by (AFFILIATION_TEXT). */
export function namesAffiliation(folded: string): boolean {
  return AFFILIATION_TEXT.test(folded);
}

/** Contact persons and press officers: people, even though their headings say "contact". */
const CONTACT_PERSON =
  /\b(?:press|presse|prensa|pressekontakt|pressestelle|medienkontakt|media (?:contact|relations)|ansprechpartner(?:in|innen)?|interlocut(?:eur|eurs|rice|rices)|contact person|persona de contacto|votre contact|your contact)\b/;
/** …unless the heading invites the reader: "Join the team", "Partner with us", "Devenir partenaire", "Contact". */
const OTHERS_HEADING_NOT =
  /\b(?:join|rejoindre|rejoignez|become|devenir|werden|werde|unete|hazte|work with|partner with|travaillez|arbeite|arbeiten|trabaja|careers?|jobs?|karriere|empleo|recrutement|contact|kontakt|contacto|contactez)\b/;
const HEADING_WORDS_MAX = 6;
// A block longer than this under such a heading is a page section, not one list of people.
const OTHERS_TEXT_MAX = 2000;
const HEADING_CLASS = /^(?:title|titre|titel|titulo|heading|headline|label|caption)$/;
/** A character that trim() keeps. */
const NOT_BLANK = /\S/;

/**
 * A block (not the page's header, footer, navigation or main content) whose first child is a heading naming other
 * people or organisations (OTHERS_HEADING): "Founders", "Guest editor", "Unsere Partner", "Ambassadeur du mois".
 */
export function othersHeading(el: Element, name: string): boolean {
  // A sidebar widget is a block of its own ("<aside class="widget"><h3>Guest editor</h3>"); other regions are not.
  if (name === 'article' || (name !== 'aside' && isRegion(el))) return false;
  let first: AnyNode | undefined;
  // An index loop, and a test of the text rather than a trimmed copy: this runs for every ancestor of every link of a
  // page (placement.ts), mostly before V8 optimises it. \S is what trim() keeps.
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (isElement(c) || (c.type === 'text' && NOT_BLANK.test(c.data))) {
      first = c;
      break;
    }
  }
  if (!first || !isElement(first)) return false;
  return headingKind(first)?.kind === 'others' && boundedText(el, OTHERS_TEXT_MAX) !== null && !holdsRegion(el);
}

/** True when the text names a role of other people (author, founder, illustrator…): see OTHERS_HEADING. */
export function namesOthers(folded: string): boolean {
  return OTHERS_HEADING.test(folded) || CONTACT_PERSON.test(folded) || PERSON_ROLE.test(folded);
}

/** Roles of one person that the heading vocabulary (plural lists) does not hold. */
const PERSON_ROLE = /\b(?:ilustrador(?:a|es|as)?|illustrat(?:or|ors|eur|rice|orin)|photograph(?:er|e)|fotograf(?:a|in)?|chef(?:fe)?|novelist|romanciere?|novelista|escritora?|poet(?:e|a|in)?|author|autora)\b/;

/** Landmarks whose siblings are other regions of the page, never the section a heading opens. */
const REGIONS = new Set(['header', 'footer', 'nav', 'main', 'aside', 'article', 'body', 'html']);
/** The same regions in older markup: role landmarks, and ids or classes that name the whole page footer or header. */
const REGION_ROLES = new Set(['banner', 'contentinfo', 'navigation', 'main', 'complementary']);
const REGION_NAME = /^(?:(?:site|page|main|global)[-_]?)?(?:footer|header)$|^colophon$|^masthead$/i;

/** A region of the page (header, footer, navigation, main content, sidebar), by tag, role, id or class. */
export function isRegion(el: Element): boolean {
  if (REGIONS.has(el.name)) return true;
  const { role, id, class: cls } = el.attribs;
  if (role === undefined && id === undefined && cls === undefined) return false;
  if (role !== undefined && REGION_ROLES.has(role.toLowerCase())) return true;
  return `${id ?? ''} ${cls ?? ''}`.split(/\s+/).some((w) => REGION_NAME.test(w));
}

/** True when a block classed as a store is one entry of a locator: small, and not wrapping a region of the page. */
export function storeEntry(el: Element): boolean {
  return !isRegion(el) && boundedText(el, OTHERS_TEXT_MAX) !== null && !holdsRegion(el);
}

/** True when a region lies inside `el` (then `el` wraps the page, not one block under its heading). */
function holdsRegion(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (isRegion(n)) return true;
    for (let i = 0; i < n.children.length; i++) stack.push(n.children[i]);
  }
  return false;
}

/**
 * What a heading says: the brand's own ('own': "follow us", "Contact", "Join the team"), other people or
 * organisations ('others'), or neither (a person's name, a topic).
 */
export interface HeadingKind {
  kind: 'own' | 'others' | null;
  /** 1–6 for h1–h6, 7 for other heading-like elements (a "title" class, a legend). */
  rank: number;
}

/**
 * For a heading-like element (h1–h6, role=heading, a legend, a "title"/"titre"/"heading" class, holding no link),
 * what its short text says; null when the element is not a heading. "Team Rotwild auf Social Media" is the brand's
 * own follow block, whatever word it holds; "Join the team" and "Contact" are the brand speaking to the reader.
 */
export function headingKind(el: Element): HeadingKind | null {
  // Most siblings are plain list items, paragraphs and links: no heading without a heading tag, a class or a role.
  if (el.attribs.class === undefined && el.attribs.role === undefined && !/^(?:h[1-6]|legend)$/.test(el.name)) return null;
  // Every social link asks about the siblings before it, and a footer's links share them: once per element.
  let known = headingCache.get(el);
  if (known === undefined) {
    known = computeHeadingKind(el);
    headingCache.set(el, known);
  }
  return known;
}

const headingCache = new WeakMap<Element, HeadingKind | null>();

function computeHeadingKind(el: Element): HeadingKind | null {
  const h = /^h([1-6])$/.exec(el.name);
  const headingLike =
    h !== null || el.name === 'legend' || (el.attribs.role ?? '').toLowerCase() === 'heading' || classWords(el.attribs.class ?? '').some((w) => HEADING_CLASS.test(w));
  if (!headingLike || hasLink(el)) return null;
  const rank = h ? Number(h[1]) : 7;
  const heading = boundedText(el, 80);
  if (heading === null) return { kind: null, rank };
  const folded = foldText(heading);
  if (folded.split(/\s+/).filter(Boolean).length > HEADING_WORDS_MAX) return { kind: FOLLOW_TEXT.test(folded) ? 'own' : null, rank };
  if (FOLLOW_TEXT.test(folded)) return { kind: 'own', rank };
  if (CONTACT_PERSON.test(folded)) return { kind: 'others', rank };
  if (OTHERS_HEADING_NOT.test(folded)) return { kind: 'own', rank };
  return { kind: OTHERS_HEADING.test(folded) ? 'others' : null, rank };
}

/** True when a link (`<a href>`) lies in or is `el`. */
export function hasLink(el: Element): boolean {
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'a' && node.attribs.href !== undefined) return true;
    for (let i = 0; i < node.children.length; i++) stack.push(node.children[i]);
  }
  return false;
}
