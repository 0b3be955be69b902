// A part of the brand said to have an account of its own, in the very sentence that links to it: "La boutique a son
// propre compte, avec les arrivages du jour : Ti ar Chistr", "Nuestra línea joven… Tiene su propia cuenta:
// @cuestadelcondor.vino", "Il nostro progetto… ha un profilo dedicato: @conticiaro.educa, e un podcast… su YouTube".
// Such accounts (a shop's, a range's, a podcast's, a youth side's) often share nothing with the brand's name, so no
// handle rule finds them. Read in the third person only: "unseren eigenen Kanälen", "our own page" is a brand — or a
// partner, or a franchisee — speaking of itself, which says nothing about whose the account is. A person never: the
// sentence must not name one ("Notre chef a son propre compte", "Marta Ruiz tiene su propia cuenta").
import { foldText, NAME_SHAPE } from './text.js';

/** Networks' names, which a sentence may put in place of "account" ("a sa propre page Facebook", "een eigen Instagram"). */
const NET = '(?:instagram|facebook|tiktok|youtube|twitter|x|threads|bluesky|mastodon|linkedin|pinterest)';

/** "has its own account" in the third person, in fr, es, en, de, it, nl, pt (folded text). */
const OWN_ACCOUNT = new RegExp(
  '\\b(?:' +
    [
      `(?:a|ont)(?: desormais| aussi| maintenant| egalement)? (?:son|sa|leur) propre (?:compte|page|chaine|profil|${NET})`,
      `(?:tiene|tienen)(?: ya| tambien| ahora)? (?:su|sus) propi[ao]s? (?:cuenta|perfil|canal|pagina|${NET})`,
      `(?:has|have)(?: now| also)? (?:its|their) own (?:account|page|channel|feed|profile|${NET})`,
      `(?:hat|haben)(?: jetzt| auch| inzwischen)? (?:einen|ein|eine) eigene[ns]? (?:${NET}[- ]?)?(?:kanal|account|profil|seite)`,
      `(?:hat|haben)(?: jetzt| auch| inzwischen)? (?:einen|ein|eine) eigene[ns]? ${NET}`,
      '(?:und|–|-) (?:einen|ein) eigenen? (?:kanal|account|profil)',
      '(?:ha|hanno)(?: ora| anche)? (?:un|il suo|il proprio) (?:profilo|account|canale)(?: \\w+)? dedicato',
      `(?:heeft|hebben)(?: nu| ook)? (?:een )?(?:eigen|haar eigen|zijn eigen|hun eigen) (?:${NET}[- ]?)?(?:account|kanaal|pagina)`,
      `(?:heeft|hebben)(?: nu| ook)? (?:een )?(?:eigen|haar eigen|zijn eigen|hun eigen) ${NET}`,
      '(?:tem|teem)(?: agora| tambem| ja)? (?:(?:a sua|o seu|uma|um) )?(?:propria|proprio) (?:conta|pagina|perfil|canal)',
      '(?:tem|teem)(?: agora| tambem| ja)? (?:(?:uma|um) )?(?:conta|pagina|perfil|canal) propri[ao]',
    ].join('|') +
    ')\\b',
);

/**
 * The parts of a brand that keep accounts of their own, as a sentence names them (folded): its shops and branches,
 * ranges and editions, teams and sides, youth and education programmes, foundations, podcasts and events.
 */
const UNIT =
  /\b(?:boutiques?|magasins?|shops?|stores?|tiendas?|laden|filialen?|winkels?|negozi|negozio|succursales?|sucursal(?:es)?|vestigingen|vestiging|branch(?:es)?|ligne|gamme|collection|line|range|linea|coleccion|kollektion|edition|edicion|ausgabe|edizione|editie|equipe|equipo|team|squad|mannschaft|squadra|section|seccion|sezione|abteilung|feminines|femenino|women'?s?|frauen|juniors?|jeunes|jugend|cantera|giovanili|academie|academy|academia|akademie|accademia|fondation|foundation|stiftung|fundacion|fondazione|stichting|podcast|programme|programa|programm|programma|progetto|projet|proyecto|project|projekt|festival|magazine|revista|rivista|atelier|restaurant|cafe|lijn|kinderlijn|linie|kinderlinie|linha|colecao|equipa|loja|fundacao|weingut|winery|domaine|bodega|cantina|quinta)\b/;

/** People the brand employs or works with, as a sentence's subject ("Notre chef", "our founder", "unser Braumeister"). */
const PERSON_ROLE =
  /\b(?:chef|cheffe|fondateur|fondatrice|founder|co-?founder|owner|ceo|directeur|directrice|director|directora|gerant|gerante|patron|patronne|winemaker|oenologue|enologo|enologa|photographe|photographer|fotografo|fotografa|fotograf|grunder|grunderin|inhaber|inhaberin|braumeister|koch|kochin|cuoco|cuoca|fondatore|fondatrice|titolare|oprichter|eigenaar|journaliste|journalist|periodista|giornalista|joueur|joueuse|player|jugador|jugadora|spieler|spielerin|giocatore|trainer|entraineur|entrenador|allenatore|presidente?|president|prasident|prasidentin|fromager|fromagere|boulanger|boulangere|patissier|patissiere|baker|brewer|brauer|barista|sommelier|sommeliere|vigneron|vigneronne|designer|designerin|disenador|disenadora|stylist|styliste|artist|artiste|kunstler|kunstlerin|coach|meister|meisterin|maitre)\b/;

/**
 * Determiners a subject opens with, capitalised at a sentence's start ("Das Weingut…", "Onze kinderlijn…") and so read
 * as a name's first word (folded).
 */
const DETERMINER =
  /^(?:the|a|an|its|their|our|le|la|les|l|un|une|sa|son|ses|notre|der|die|das|ein|eine|sein|seine|ihr|ihre|unser|unsere|el|los|las|su|sus|nuestro|nuestra|il|lo|gli|i|nostro|nostra|de|het|een|zijn|haar|hun|onze|o|os|as|um|uma|nosso|nossa)$/;

/**
 * Whether the subject names a person: two capitalised words in a row, neither a determiner nor a unit of the brand
 * ("Marta Ruiz tiene…" does; "Das Weingut Kupferschmid hat…", "La Boutique a…" do not).
 */
function namesPerson(subject: string): boolean {
  const words = subject.split(/[\s-]+/).map((w) => (DETERMINER.test(foldText(w)) || UNIT.test(foldText(w)) ? '·' : w));
  return NAME_SHAPE.test(words.join(' '));
}

/** Where a sentence ends: a stop, then a space. */
const SENTENCE_END = /[.!?;]\s/g;

/** Where the sentence of `context` holding `text` starts and ends, or null where the link's text is not in the block. */
function sentenceAround(context: string, text: string): { start: number; end: number } | null {
  const at = text ? context.indexOf(text) : -1;
  if (at < 0) return null;
  let start = 0;
  let end = context.length;
  for (const m of context.matchAll(SENTENCE_END)) {
    const stop = m.index + 1;
    if (stop <= at) start = stop;
    else if (stop >= at + text.length) {
      end = stop;
      break;
    }
  }
  return { start, end };
}

/** The last sentence of `text`. */
function lastSentence(text: string): string {
  let start = 0;
  for (const m of text.trimEnd().matchAll(SENTENCE_END)) start = m.index + 1;
  return text.slice(start).trim();
}

/** The sentence of `context` holding `text`, or null where the link's text is not in the block. */
export function sentenceHolding(context: string, text: string): string | null {
  const at = sentenceAround(context, text);
  return at ? context.slice(at.start, at.end).trim() : null;
}

/**
 * Whether the sentence holding a link (its text within the block around it) says that a part of the brand has an
 * account of its own, and names no person.
 */
export function saysOwnAccount(finding: { snippet?: string; context?: string }): boolean {
  if (!finding.snippet || !finding.context) return false;
  const at = sentenceAround(finding.context, finding.snippet);
  if (at === null) return false;
  // Folded word by word, so that the words before the phrase — its subject — are found again in the page's own text.
  const words = finding.context.slice(at.start, at.end).split(/\s+/).filter(Boolean);
  const said = words.map(foldText).join(' ');
  const phrase = OWN_ACCOUNT.exec(said);
  if (!phrase) return !PERSON_ROLE.test(said) && namesUnitsOwn(said);
  if (PERSON_ROLE.test(said)) return false;
  // The subject: the words before the phrase, or where the sentence opens on its verb ("Tiene su propia cuenta: …"),
  // the sentence before it. It must name a part of the brand, and no person: after the phrase come the account's own
  // name ("Ti ar Chistr") and a podcast's or range's ("un podcast, Soldi Chiari, su YouTube"), not read for a name.
  const opening = words.slice(0, said.slice(0, phrase.index).split(' ').length - 1).join(' ');
  const subject = opening || lastSentence(finding.context.slice(0, at.start));
  return UNIT.test(foldText(subject)) && !PERSON_ROLE.test(foldText(subject)) && !namesPerson(subject);
}

/**
 * "the shop's own Instagram", "the café's own account", "the squad's own page" (folded, English): the part of the brand
 * named in the genitive right before the words of its own account (round 39's surf school: "posted on the shop’s own
 * Instagram, @boardroom.hnl"). Group 1 is the word in the genitive.
 */
const UNITS_OWN = new RegExp(`(?:^|\\s)(?:the|its|our) ([a-z-]+)'s? own (?:(?:${NET}) )?(?:account|page|channel|feed|profile|${NET})\\b`);

/** Whether the folded sentence names one of the brand's parts in the genitive as the keeper of its own account. */
function namesUnitsOwn(said: string): boolean {
  const m = UNITS_OWN.exec(said);
  return m !== null && UNIT.test(m[1]);
}

/**
 * Whether the sentence holding a link introduces a person by their role before it ("Notre chef a son propre compte :
 * @chef.paul", "Our head brewer posts on @mara.brews"): such an account is that person's, whatever the words around it
 * say of the brand.
 */
export function introducesPerson(finding: { snippet?: string; context?: string }): boolean {
  if (!finding.snippet || !finding.context) return false;
  const at = sentenceAround(finding.context, finding.snippet);
  if (at === null) return false;
  const before = finding.context.slice(at.start, finding.context.indexOf(finding.snippet, at.start));
  return PERSON_ROLE.test(foldText(before)) || OUR_NAMED.test(before.split(/\s[·|•]\s/).pop() ?? '');
}

/**
 * The brand's possessive, one or two words (a role: "vaste vakman", "apprenti", "Konditor") and a first name, then the
 * verb ("onze vaste vakman Jens deelt…", "notre apprenti Hugo partage…", "unser Konditor Malte zeigt…", "our resident
 * carpenter Ole posts…"): a person whatever their role is called. Not across a preposition ("notre équipe de Lyon
 * publie"), nor a network's name ("our team on Instagram posts").
 */
const OUR_NAMED = new RegExp(
  '(?:^|[\\s(])(?:our|notre|nos|unser|unsere|unserem|unseren|nuestro|nuestra|nostro|nostra|onze|nosso|nossa|vår|vårt|nasz|nasza)\\s+' +
    "(?:(?!(?:of|in|at|on|for|de|du|des|d'|à|aux|von|vom|aus|bei|im|del|en|di|da|van|op|uit|do|na|no|för|på|z|w)\\s)[\\p{L}'-]+\\s+){1,2}?" +
    '(?!(?:Instagram|Facebook|TikTok|YouTube|Twitter|Threads|Bluesky|Mastodon|LinkedIn|Pinterest|X|Team|Service|Support|Shop|Store|Office|Desk|Kanal|Channel|Account|Konto|Presse|Press)\\b)\\p{Lu}\\p{Ll}+\\s+\\p{Ll}',
  'u',
);
