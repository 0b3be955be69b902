// A part of the brand named with the definite article as the account's keeper, in the line or sentence linking to it:
// "Follow the show: Instagram · YouTube" on a podcast network's show card, "Follow the Fund on Facebook", "Instagram del
// hotel: @marbrisa.nerja", "la cuenta del restaurante, @salitre.nerja", "Canais oficiais da Faculdade: X · LinkedIn",
// "na conta do centro no X, @ceem_atlantica", "sur le compte X de la rédaction sportive, @GazetteSports44" (rounds 25 to
// 27). On the brand's own pages "the show", "the hotel", "the faculty" is one of its own — its shows, hotels, faculties
// and desks keep handles unlike its name, often on cards shaped like a list of people's, where neither the handle rules
// nor the placement rules find them, and the model, reading the list's shape, took them away. Not a person's (a role
// or a first name after the brand's possessive before the link, "Follow the host on Instagram" names no unit), nor a
// partner's or a franchisee's: a block naming a partner, a sponsor or someone else running the place is left alone.
import { foldText } from './text.js';
import { introducesPerson } from './own-account.js';
import { headsOfficeCard, titlesOffice } from './desk-title.js';
import { declaredOwnPart } from './declared-part.js';
import { namesUnitRoVi } from './unit-keeper-ro-vi.js';
import { AUTHORISED_SELLER } from './authorised-seller.js';

/**
 * The parts of a brand a page names with the definite article (folded): shows and series, a grants fund, faculties,
 * schools, a library, a research centre, an office (Portuguese "gabinete"), hotels, restaurants, a beach club, the
 * newsroom and its desks, a cruise line's ships, a branch office. Not an office, a club or a festival in general: "l'office de tourisme", "the club", "the
 * festival we sponsor" are as often someone else's.
 */
const UNIT =
  '(?:show|shows|podcast|series|serie|fund|faculty|faculdade|facultad|faculte|fakultat|facolta|escola|ecole|escuela|school|schule|scuola|library|biblioteca|bibliotheque|bibliothek|centre|center|centro|zentrum|gabinete|hotel|hotels|hoteles|restaurant|restaurante|ristorante|beach club|redaction|redaccion|redaktion|redazione|redacao|newsroom|sports desk|' +
  // A cruise line's or a charter's own ships: "MS Amun Sunboat … Follow the ship: Instagram" on each ship's card of a
  // fleet grid (round 37), the handle unlike the brand's. A ship is the line's own; its captain or port is not a unit.
  'ship|boat|vessel|yacht|catamaran|bateau|navire|barco|buque|schiff|boot|schip|nave|' +
  // A branch office's block in an "Oficinas" list: "Sigue a la sucursal en Facebook", "Follow the branch on Instagram",
  // "Folgen Sie der Filiale auf Instagram" (round 38's tour operator), the handle a town's name with a short tag. Not
  // the branch's manager or director, a person; a franchise's point is left to the partners' words below.
  '(?:branch|sucursal|filiale|filial)(?! (?:manager|director|head|gerente|leiter|leiterin|responsable|directeur|directrice)))';

/** Networks' names and the words for an account, a page, a channel (folded), the singular and plural. */
const ACCOUNT =
  '(?:instagram|facebook|tiktok|youtube|twitter|x|threads|bluesky|mastodon|linkedin|pinterest|compte|comptes|cuenta|cuentas|conta|contas|perfil|perfiles|perfis|profil|profile|pagina|page|seite|canal|canales|canais|canaux|chaine|kanal|kanale|account|accounts|channel|channels|redes|reseaux)';

/** An account word's qualifier before the unit: a network's name or "official" ("le compte X de", "Canais oficiais da"). */
const QUALIFIER = '(?:x|instagram|facebook|tiktok|youtube|oficial|oficiales|oficiais|officiel|officiels|officielle|officielles|offizielle|offiziellen|ufficiale|ufficiali|official)';

/** First-person plural possessives (folded). */
const OUR = '(?:our|notre|nos|unser|unsere|unseren|unserem|nuestro|nuestra|nuestros|nuestras|il nostro|la nostra|nostro|nostra|onze|ons|nosso|nossa)';

/** The brand's own media, which a page names as "ours" beside a title (folded): a channel, a show, a podcast, a series. */
const MEDIA = '(?:channel|channels|canal|canales|canais|chaine|kanal|podcast|podcasts|show|shows|series|serie|programa|programme|programm|videoblog|vlog)';

/** "of the" in en, fr, es, pt, de, it, nl (folded). */
const OF_THE = "(?:of the|du|de la|de l'|des|del|de los|de las|do|da|dos|das|der|des|vom|dello|della|dell'|degli|van de|van het)";

/** The definite article after a verb of following (folded): "follow the show", "sigue al restaurante", "siga a escola". */
const FOLLOW_THE =
  "(?:follow|suivez|suivre|sigue|siga|seguir|segui|seguite|folgen sie|folge|folgt|volg) (?:the|le|la|l'|el|al|a la|a|o|der|dem|die|das|den|il|lo|de|het)";

const UNIT_NAMED = new RegExp(
  [
    // The account word, then the unit: "Instagram del hotel", "la cuenta del restaurante", "Canais oficiais da Faculdade".
    `\\b${ACCOUNT}(?: ${QUALIFIER})? ${OF_THE} ?${UNIT}\\b`,
    // Following the unit: "Follow the show:", "Follow the Fund on Facebook".
    `\\b${FOLLOW_THE} ${UNIT}\\b`,
    // The unit's own account, in English: "the series' own Instagram", "the show's channel".
    `\\bthe ${UNIT}(?:'s|')? (?:own )?${ACCOUNT}\\b`,
    // The brand's own channel or show, in the first person, as the link's appositive: "no te pierdas Vivir Sano, nuestro
    // canal de recetas…: youtube.com/@VivirSanoValdeluz" (round 25) — a title the person-name veto reads as a name.
    `\\b${OUR} (?:own |propio |propia |eigene[nrs]? )?${MEDIA}\\b`,
  ].join('|'),
);

/** Separators of items set side by side in one line: a middle dot, a bar, a bullet. */
const ITEM_SEPARATOR = /\s[·|•]\s/;

/**
 * Partners, sponsors, members, agencies, and a place run by someone else (a franchise, an independent owner, an
 * authorised seller: authorised-seller.ts) (folded): in the block or heading around the link, the unit named may be theirs.
 */
export const OTHERS = new RegExp(
  `${/\b(?:partner\w*|partenaire\w*|parceir\w*|sponsor\w*|patrocin\w*|mecene\w*|member|membre|mitglied|miembro|agen[cz]\w*|agence|agentur|franchis\w*|franquici\w*|independ\w*|unabhangig\w*|zelfstandig\w*|onafhankelijk\w*|indipendent\w*)\b/.source}|${AUTHORISED_SELLER.source}`,
);

/**
 * Someone else said to run the place, not the brand (folded): "Explotado por Explotaciones Hoteleras Levante Sur S.A.",
 * "operated by", "géré par", "betrieben von" — a franchised hotel's card says "Instagram del hotel:" too (round 27).
 * "Gestionado por nuestro propio equipo", "run by us" are the brand's.
 */
export const OPERATED_BY =
  /\b(?:(?:operated|run|managed|owned) by|(?:explotad|gestionad|operad|gerid|explorad|gestit)[oa]s? (?:por|da)|(?:exploite|gere|tenu)e?s? par|(?:betrieben|gefuhrt) von|(?:uitgebaat|beheerd) door) (?!(?:us|our|nous|notre|nos|nosotros|nuestro|nuestra|nuestros|nuestras|uns|unserem|unserer|unseren|noi|nostro|nostra|nossa|nosso|ons|onze)\b)/;

/** Where a sentence ends: a stop, then a space. */
const SENTENCE_END = /[.!?;]\s/g;

/**
 * The words of each sentence of `context` up to and with each place `text` stands at: a link's text is often only a
 * network's name, which a card may hold twice ("Follow the show: X · TikTok", then "Host: Samuel Brandt (X)").
 */
function leadsTo(context: string, text: string): string[] {
  const stops = [...context.matchAll(SENTENCE_END)].map((m) => m.index + 1);
  const out: string[] = [];
  for (let at = context.indexOf(text); at >= 0; at = context.indexOf(text, at + 1)) {
    const start = stops.filter((s) => s <= at).pop() ?? 0;
    out.push(context.slice(start, at + text.length));
  }
  return out;
}

/** Whether the words up to a link (its item's, where a line sets several side by side) name a unit as its keeper. */
function namesUnit(lead: string, text: string): boolean {
  const before = lead.slice(0, lead.length - text.length);
  // Read in the link's own item where a line sets several side by side; an item of the link alone ("Follow the show:
  // Instagram · <a>YouTube</a>") under the line's label. The link's text counts too: "Follow the Fund on Facebook" is
  // one link.
  const item = before.split(ITEM_SEPARATOR).pop() ?? '';
  // Romanian's article after the noun, Vietnamese's "của" before the keeper (unit-keeper-ro-vi.ts).
  if (namesUnitRoVi(before)) return true;
  return UNIT_NAMED.test(foldText(`${/\p{L}/u.test(item) ? item : before}${text}`.replace(/[’`]/g, "'")));
}

/** First-person plural possessives a card's text may open with, in ten languages (folded). */
const CARD_OUR =
  '(?:our|notre|nos|unser|unsere|unserer|nuestro|nuestra|nuestros|nuestras|il nostro|la nostra|nostro|nostra|onze|ons|nosso|nossa|o nosso|a nossa|var|vart|vara|vores|nasz|nasza|nasze|nasi)';

/**
 * The brand's parts a card names as "ours" (folded, as a word starts): desks and services, shows, podcasts and series,
 * stages, workshops, imprints and publishing houses, clubs and programmes, its own restaurants and shops. Never a role:
 * "Nuestra periodista", "our reporter" name a person.
 */
const CARD_UNIT =
  '(?:sport desk|desk|news ?desk|newsroom|service|servicio|servizio|servico|dienst|podcast|show|series|serie|seria|seri[ae]|program(?!ist|mer|mier|ator)|weekend guide|newsletter|magazine|revista|magazyn|scen|stage|scene|escenario|buhne|teatr|pracowni|atelier|workshop|taller|werkstatt|laboratorio|wydawnictw|imprint|publishing|editorial|maison d.edition|verlag|uitgeverij|editora|casa editrice|klub|club|academ|akadem|school|szkol|escuela|ecole|schule|fondation|foundation|fundacion|fundacj|stiftung|festival|festiwal|barr?a\\b|bar\\b|restaurant|restauracj|taqueria|cafe|kawiarni|tienda|sklep|shop|boutique|ksiegarni|librer|buchhandlung|cantera|women|femenin|feminin|frauen|kobiec)';

/**
 * A card's text opening with the brand's possessive and one of its parts ("Our sport desk covers…", "Nasz podcast o
 * tym…", "Nuestra barra pequeña de Polanco"), after the card's heading and at most four capitalised or upper-case words
 * (a kicker: "Desk", "VIRGILIO 31, POLANCO", "Klub Czytelniczy Wisły"). The cards a page sets the brand's desks,
 * podcasts, imprints and branches out on beside its staff's (round 28: "Meet the newsroom", a bookshop's authors page)
 * are shaped like a list of people's, and only their text tells: a person's card opens with a role or a name ("Audio
 * producer. Jo produces and presents our weekly podcast").
 */
const CARD_OPENS = new RegExp(`^${CARD_OUR} (?:[\\w'-]+ ){0,2}?${CARD_UNIT}`);
const KICKER = /^(?:[\p{Lu}\d][\p{L}\d.,'’„”"-]*\s+){0,4}/u;

/** Whether the block around a link is a card (its heading, then its text) whose text opens with the brand's possessive and one of its parts. */
export function opensOwnCard(finding: { context?: string; heading?: string }): boolean {
  const { context, heading } = finding;
  if (!context || !heading || !context.startsWith(heading)) return false;
  const rest = context.slice(heading.length).trim();
  // Each of the kicker's words is tried as where the card's text starts: "Gazette Sport Desk Our sport desk…".
  const kicker = KICKER.exec(rest)?.[0] ?? '';
  const words = kicker.split(/\s+/).filter(Boolean);
  for (let n = 0; n <= words.length; n++) {
    const text = rest.split(/\s+/).slice(n).join(' ');
    const firstSentence = text.split(/[.!?:;]\s/)[0] ?? '';
    if (CARD_OPENS.test(foldText(firstSentence))) return true;
  }
  return false;
}

/**
 * Organisations that take the brand's name without being one of its parts (folded): a foundation or a charity, a union,
 * an association or a friends' society, a supporters' club, the group that owns it. "Carrigmore University Foundation"
 * and "Amigos de Los Aromos" are headed by the brand's name as its branches are, and are labelled someone else's.
 */
const APART =
  /\b(?:foundation|fondation|fundacion|fundacao|fondazione|fundacja|stiftung|stichting|trust|charity|union|association|asociacion|associacao|associazione|verein|vereniging|friends|amis|amigos|freunde|amici|vrienden|club|klub|fan|fans|supporters|pena|group|groupe|grupo|gruppe|gruppo|holding)\b/;

/** The least of a brand's name a heading must hold: a word of 5 characters or more among them. */
const CORE_LONGEST = 5;

/**
 * Whether the block around a link is a card headed by the brand's own name with a place or a part beside it: "La Milpa
 * Coyoacán", "El Comal de La Milpa", "Cerro Alumbre Export" (rounds 28 and 29) — the brand's branches and desks, set
 * out on a page of cards shaped like a list of people's, each with one account under a handle unlike the brand's. The
 * name is read without its first word where it has three or more ("La Milpa" of Taquería La Milpa: a type word often
 * leads), whole otherwise. Not a foundation, a union, an association or a club taking the name (APART); a franchise or
 * another operator in the card is read by saysOwnUnit.
 */
export function headsBrandCard(finding: { context?: string; heading?: string }, brandName: string): boolean {
  const { context, heading } = finding;
  if (!context || !heading || !context.startsWith(heading)) return false;
  const words = foldText(brandName).split(/[^a-z0-9]+/).filter(Boolean);
  const core = words.length >= 3 ? words.slice(1) : words;
  if (core.length < 2 || !core.some((w) => w.length >= CORE_LONGEST)) return false;
  const head = ` ${foldText(heading).replace(/[^a-z0-9]+/g, ' ').trim()} `;
  return head.includes(` ${core.join(' ')} `) && !APART.test(head);
}

/**
 * Whether the line or sentence holding a link names, before the link, a part of the brand with the definite article as
 * the account's keeper — wherever the block holds the link's text, so that a host's "(X)" after the show's "X" is not
 * read as the show's —, and introduces no person; the block and heading around it name no partner nor someone else
 * running the place. An office's title labelling the link ("International Office @…", desk-title.ts) names such a
 * part too, as does an office's title heading a card whose link is only a network's name (headsOfficeCard), a card
 * headed by the brand's own name (headsBrandCard), and a name the block calls the brand's own that the handle spells
 * (declared-part.ts).
 */
export function saysOwnUnit(finding: { snippet?: string; context?: string; heading?: string; handle?: string }, brandName = ''): boolean {
  if (!finding.snippet || !finding.context) return false;
  const leads = leadsTo(finding.context, finding.snippet);
  // A part the page calls its own by name, whose handle spells that name (declared-part.ts).
  if (
    !opensOwnCard(finding) &&
    !titlesOffice(finding) &&
    !headsOfficeCard(finding) &&
    !headsBrandCard(finding, brandName) &&
    !declaredOwnPart(finding) &&
    (leads.length === 0 || !leads.every((lead) => namesUnit(lead, finding.snippet!)))
  ) {
    return false;
  }
  const block = `${foldText(finding.context)} ${foldText(finding.heading ?? '')}`;
  return !OTHERS.test(block) && !OPERATED_BY.test(block) && !introducesPerson(finding);
}
