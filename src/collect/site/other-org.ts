// Another organisation's account, said so by the page: "Carrigmore Students' Union is an independent, student-led
// organisation" beside its "Students' Union on X" link, "la Fondazione Borgoterra ETS, ente autonomo" before "la pagina
// Facebook della Fondazione", "(eigenständiges Unternehmen, Inhaber …)" on a partner ski school's card, "het fonds … op
// hun eigen kanalen". Rounds 26 to 29 put such a students' union, foundations and a partner's school among the official
// accounts: a footer or "Follow" heading, a handle built on the brand's name and the words "foundation" or "union",
// which the brand's own sub-accounts carry too, said the brand's; only the sentence says the organisation stands
// apart. Read without a negation (disowned.ts reads "not run by us").
import { followsHeadedBody } from './headed-body-follow.js';
import { sentenceSpans } from './block-sentences.js';
import { foldText } from './text.js';

/** Kinds of organisation a sentence says stand apart, in en, fr, de, es, it, nl, pt, sv (folded). */
const ORG =
  'organi[sz]ation|organisme|organismo|organizacion|organizzazione|organisatie|charity|association|associacao|asociacion|associazione|' +
  'vereniging|verein|forening|group|groupe|grupo|company|entreprise|empresa|azienda|unternehmen|onderneming|foretag|firma|betrieb|' +
  'gesellschaft|societe|sociedad|societa|body|club|foundation|fondation|fundacion|fondazione|stiftung|stichting|fundacao|stiftelse|' +
  'trust|entity|entite|entidad|ente|entidade|soggetto|business|brewery|cerveceria|brasserie|brauerei|structure|' +
  // Hungarian, Finnish, Polish and Czech (round 39's "önálló közhasznú alapítványként"): foundation, association, club,
  // company, organisation.
  'alapitvany|egyesulet|tarsasag|szervezet|saatio|yhdistys|seura|yhtio|jarjesto|osuuskunta|fundacja|stowarzyszenie|spolka|' +
  'organizacja|nadace|spolek|spolecnost|sdruzeni|organizace';

/**
 * "Independent", "separate", "autonomous" in Hungarian, Finnish, Polish and Czech (folded), before the kind of
 * organisation, which those languages inflect ("önálló közhasznú alapítványként", "itsenäinen säätiö", "niezależna firma",
 * "samostatný spolek").
 */
const APART_BEFORE_INFLECTED = 'onallo|fuggetlen|kulonallo|itsenainen|erillinen|riippumaton|niezalezn[aey]|odrebn[aey]|samodzieln[aey]|samostatn[yae]|nezavisl[yae]';

/** Words saying it stands apart, after the organisation's kind ("association indépendante", "ente autonomo"). */
const APART_AFTER =
  'independant\\w*|independiente|indipendente|independente|autonom[oaie]s?|autonome|autonoma|distinct\\w*|eigenstandig\\w*|unabhangig\\w*|' +
  'zelfstandig\\w*|onafhankelijk\\w*|fristaende|sjalvstandig\\w*|' +
  // "Az alapítvány kuratóriuma független a fürdőtársaságtól" (round 39), "säätiö on itsenäinen", "spolek je samostatný".
  'fuggetlen|onallo|kulonallo|itsenainen|erillinen|riippumaton|niezalezn\\w*|odrebn\\w*|samostatn\\w*|nezavisl\\w*';

/**
 * An organisation said to stand apart: "an independent, student-led organisation", "a separate charity", "association
 * indépendante", "ente autonomo", "eigenständiges Unternehmen", "zelfstandige stichting" (folded). A kind of
 * organisation must be named: "independent advice", "a separate channel" (the brand's own how-to videos) are not.
 */
const APART = new RegExp(
  [
    `\\b(?:independent|separate|autonomous|self-governing)\\b,?(?: [\\w'-]+,?){0,3} (?:${ORG})\\b`,
    `\\b(?:${ORG})(?: [\\w'-]+){0,4} (?:${APART_AFTER})\\b`,
    `\\b(?:eigenstandig\\w*|unabhangig\\w*|zelfstandig\\w*|onafhankelijk\\w*|fristaende|sjalvstandig\\w*|autonom[oa]|independiente|independente|indipendente) (?:${ORG})\\b`,
    `\\b(?:${APART_BEFORE_INFLECTED})(?: [\\w-]+){0,2} (?:${ORG})\\w*`,
  ].join('|'),
);

/**
 * "On their own channels" in the third person plural, said of the organisation just named ("het fonds … op hun eigen
 * kanalen: Facebook, Instagram"): read in the link's own sentence only — the sentence before may give a foundation its
 * own channels and the next one the brand's academy's account (round 16).
 */
const THEIR_CHANNELS =
  /\b(?:hun eigen kanalen|their own (?:channels|accounts|pages|feeds)|leurs propres (?:pages|comptes|reseaux|canaux|chaines)|ihre eigenen (?:kanale|accounts|seiten)|sus propios (?:canales|perfiles|cuentas|redes)|i propri canali|os seus proprios canais|sina egna kanaler)\b/;

/**
 * An organisation with its own governing body or legal personality (folded): "una asociación civil sin fines de lucro
 * con consejo directivo propio" (round 36's foundation), "con personería jurídica y consejo de administración propios"
 * (round 37's), "with its own board of trustees", "doté de son propre conseil d'administration", "mit eigenem
 * Vorstand". Read with a kind of organisation named in the same sentence: the brand's own foundation followed in the
 * third person ("Suivez ses actions", round 20's, the brand's) says no such thing.
 */
const OWN_BODY =
  /\b(?:(?:its|their) own (?:board|trustees|governing body|legal (?:personality|entity))|own board of (?:trustees|directors)|(?:consejo|junta|patronato|personeria juridica|personalidad juridica)(?: [a-z]+){0,4} propi[oa]s?|propre conseil d'administration|conseil d'administration propre|personnalite juridique propre|eigene[mnr]? (?:vorstand|stiftungsrat|rechtspersonlichkeit)|(?:consiglio|personalita giuridica)(?: [a-z]+){0,3} propri[oa]|(?:conselho|personalidade juridica)(?: [a-z]+){0,3} propri[oa]s?)\b/;

/** A kind of organisation anywhere in a sentence (folded). */
const ORG_NAMED = new RegExp(`\\b(?:${ORG})\\b`);

/**
 * A place the sentence says is franchised and someone else's (folded): "una heladería franquiciada, propiedad de la
 * familia Montes", "la tienda franquiciada … propiedad de la familia Sosa" (round 37's), "a franchised shop owned by".
 * The franchise word alone is not enough: the brand's own franchise desk invites readers to open one ("¿Quieres abrir
 * una franquicia?").
 */
const FRANCHISED = /\b(?:franquiciad[oa]s?|franchised|franchise[e]?s? (?:store|shop|boutique|magasin)|franchisee|franchisenehmer|in franchising|affiliat[oa] in franchising)\b/;
const OWNED = /\b(?:propiedad de|owned by|(?:operated|run|managed) by|appartenant a|propriete de|im besitz von|di proprieta d|propriedade d)\b/;

/** A kind of organisation named in a link's own text ("Students' Union on X", "pagina Facebook della Fondazione"). */
const KIND = new RegExp(`^(?:${ORG}|union|fonds|fund)$`);

/** A word every form above holds, read on the text as written: a block without one is not folded for them. */
const HINT = /(?:önáll|független|különáll|itsenäi|erillinen|riippumat|niezależn|odrębn|samodzieln|samostatn|nezávisl|ind[eé]pend|separate|aut[oóô]nom|self-governing|distint|distinct|eigenst|unabh|zelfstandig|onafhankelijk|frist|sj[aä]lvst|eigen kanalen|own (?:channels|accounts|pages|feeds|board|trustees|governing|legal)|propres?\b|propi[oa]|propri|eigene|franqui|franchis)/i;

/** Placements whose block holds the site's chrome of links. */
const CHROME = new Set(['header', 'nav', 'footer', 'follow-block']);

/** A sentence of at most this many words holding the link is read with the one before it. */
const SHORT_WORDS = 8;

/**
 * Whether the block around a link says the account is another organisation's: a sentence of it says an organisation
 * stands apart, and either holds the link or names the kind of organisation the link's own text names (the footer's
 * "Students' Union on X" beside "… Students' Union is an independent … organisation"); or the link's sentence sends the
 * reader to "their own channels". The brand's links in the same footer, "Facebook", "X", name no kind and sit in no
 * such sentence.
 */
export function saysOtherOrg(finding: { snippet?: string; context?: string; heading?: string; placement?: string }): boolean {
  // A non-profit body's own section, its links followed in the third person (headed-body-follow.ts).
  if (followsHeadedBody(finding)) return true;
  const { snippet, context } = finding;
  if (!snippet || !context || !HINT.test(context)) return false;
  // A header's, footer's or follow block's text is the whole block of links: a bare "Instagram" icon's text is found
  // inside another link's ("Students' Union on Instagram"), so there only the kind its own text names is read.
  const at = CHROME.has(finding.placement ?? '') ? -1 : context.indexOf(snippet);
  const kinds = (foldText(snippet).match(/[a-z]{4,}/g) ?? []).filter((w) => KIND.test(w));
  if (at < 0 && kinds.length === 0) return false;
  const all = sentenceSpans(context);
  // A short sentence of the link alone ("Facebook", "You can find it on Facebook.") points back to the one before it.
  const mine = all.findIndex(([start, end]) => at >= start && at < end);
  const short = mine > 0 && context.slice(all[mine][0], all[mine][1]).trim().split(/\s+/).length <= SHORT_WORDS;
  for (const [i, [start, end]] of all.entries()) {
    const said = foldText(context.slice(start, end));
    const holds = i === mine || (short && i === mine - 1);
    if (i === mine && THEIR_CHANNELS.test(said)) return true;
    // An organisation with its own board, or a place franchised to someone else, in the link's sentence (or the one
    // before a short one: "… con consejo directivo propio … Puedes seguir su trabajo en @…").
    if (holds && ((OWN_BODY.test(said) && ORG_NAMED.test(said)) || (FRANCHISED.test(said) && OWNED.test(said)))) return true;
    if (APART.test(said) && (holds || kinds.some((w) => new RegExp(`\\b${w}\\b`).test(said)))) return true;
  }
  return false;
}

