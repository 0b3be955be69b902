// Accounts whose handles spell the brand's name but which the page gives to someone else who shares it: a founder's or a
// relative's own profile, a fan club, a line sold or made under licence, a namesake firm, the group the brand belongs
// to (disowned.ts calls it). Round 41 listed eleven such accounts beside the brand's own, whose handles did not spell
// its name; the page set's lookalike-* sites hold the class.

/** A person's own account, as the sentence calls it (folded): "his own account", "sul suo profilo personale". */
const PERSONAL = [
  String.raw`\b(?:his|her) (?:own|personal|private) (?:account|profile|page|feed|channel|instagram)\b`,
  String.raw`\bpersonal (?:account|profile|instagram|page)\b`,
  String.raw`\b(?:profilo|account|pagina) personale\b`,
  String.raw`\b(?:compte|profil|page) (?:perso|personnel|personnelle)\b`,
  String.raw`\b(?:privat|personlich)(?:es|en|e)? (?:profil|konto|account|kanal)\b`,
  String.raw`\b(?:cuenta|perfil|pagina) personal\b`,
  String.raw`\b(?:conta|perfil|pagina) pessoal\b`,
  String.raw`\bpersoonlijke? (?:account|profiel|pagina)\b`,
];

/** A relative, by the speaker's possessive (folded): "mio padre Ettore", "my grandmother", "notre grand-mère". */
const RELATIVE =
  String.raw`\b(?:my|mio|mia|mon|ma|mein|meine|meinem|mi|meu|minha|mijn)\s+(?:father|mother|dad|mum|mom|grandfather|grandmother|grandad|grandma|son|daughter|brother|sister|wife|husband|padre|madre|papa|mamma|nonno|nonna|figlio|figlia|fratello|sorella|moglie|marito|pere|mere|grand-pere|grand-mere|fils|fille|frere|soeur|femme|mari|vater|mutter|opa|oma|sohn|tochter|bruder|schwester|frau|mann|abuelo|abuela|hijo|hija|hermano|hermana|esposa|esposo|pai|mae|avo|filho|filha|irmao|irma|vader|moeder|zoon|dochter|broer|zus)\b` +
  // Or a descendant of the founder: "petite-fille du fondateur", "granddaughter of the founder", "nipote del fondatore".
  String.raw`|\b(?:(?:grand)?(?:daughter|son|child)|(?:petite?-)?(?:fille|fils)|(?:enkel|tochter|sohn)(?:in)?|nipote|figli[oa]|niet[oa]|hij[oa]|net[oa]|filh[oa]|kleindochter|kleinzoon) (?:of the|du|des|del|de la|dello|do|da) (?:founder|fondateur|fondatrice|grunders|grunderin|fondatore|fondatrice|fundador|fundadora|oprichter)\b`;

/**
 * A third person's own account (folded): "ha un suo profilo", "sa page", "seine Seite", "su cuenta", or a named one's:
 * "la page de Maïwenn", "the account of".
 */
const THEIR_ACCOUNT = String.raw`\b(?:la page|le compte|le profil|the page|the account|the profile|il profilo|la pagina|el perfil|la cuenta|o perfil|a conta|das profil|die seite|het profiel) (?:de|of|di|del|do|da|von|van)\b|\b(?:his|her|suo|sua|son|sa|sein|seine|seinem|seinen|ihr|ihre|ihrem|ihren|su|seu|zijn|haar) (?:own |proprio |propria |propre |eigenes |eigene |eigenen |propia |propio )?(?:account|profile|profilo|page|pagina|compte|profil|konto|kanal|seite|cuenta|perfil|conta|channel|canale|chaine|canal)\b`;

/** A club of fans, or an account run by fans (folded): "Fã-clube …, mantido por fãs", "run by fans", "tenu par des fans". */
const FANS = [
  String.raw`(?<!\b(?:our|official|oficial|officiel|offizieller?|ufficiale|notre|nuestro|nosso|unser) )\bfan-? ?clubs?\b(?! (?:oficial|officiel|official|ufficiale|offiziell))`,
  String.raw`\bfa-? ?clubes?\b(?! oficial)`,
  String.raw`\b(?:run|made|kept|maintained|started) by (?:the |its )?fans\b`,
  String.raw`\b(?:feito|mantido|criado|gerido|feita|mantida|criada|gerida)s? (?:pel[oa]s|por) fas\b`,
  String.raw`\b(?:tenue?|geree?|animee?|creee?)s? par (?:des|les|ses) fans\b`,
  String.raw`\bvon fans (?:betrieben|gefuhrt|gegrundet)\b`,
  String.raw`\b(?:llevad|gestionad|cread)[oa]s? por (?:los |sus )?(?:fans|aficionados|seguidores)\b`,
  String.raw`\b(?:gestit|curat|creat)[oa] da(?:i|gli)? (?:fan|tifosi)\b`,
];

/** A line or place the brand sold (folded): "we sold The Penhallow Café to", "an die Vantura GmbH verkauft". */
const SOLD = [
  String.raw`\b(?:we|they|was|were|been) sold (?!out\b)[^.!?;:]{0,60}\bto\b`,
  String.raw`\bverkauft an\b|\ban (?:die|den|das|eine|einen) [^.!?;:]{1,50} verkauft\b`,
  String.raw`\b(?:vendimos|traspasamos)\b[^.!?;:]{0,60}\ba (?!domicilio\b)|\b(?:fue|fueron|ha sido) (?:vendid|traspasad)[oa]s? a\b`,
  String.raw`\b(?:a ete|ont ete) (?:vendue?s?|cedee?s?) a\b|\bavons (?:vendu|cede)e?s? [^.!?;:]{0,60}\ba (?:la|le|l|un|une|son|sa|ses|des|notre)\b`,
  String.raw`\b(?:abbiamo|e stat[oa]) (?:venduto|ceduto|venduta|ceduta)\b[^.!?;:]{0,60}\b(?:a|al|alla|ai|alle)\b`,
  String.raw`\b(?:foi vendid[oa]|foram vendid[oa]s|vendemos [^.!?;:]{0,40}\bem (?:19|20)\d\d) (?:a|ao|para)\b`,
  String.raw`\bverkocht aan\b`,
];

/** A name used under licence by someone else (folded): "usa il nostro nome in licenza", "in Lizenz gefertigt von". */
const LICENCE = String.raw`\bin licenza\b|\bunder licen[cs]e\b|\bsous licence\b|\bin lizenz\b|\bbajo licencia\b|\bsob licenca\b|\bonder licentie\b`;

/**
 * Another firm of the same name, or no tie at all (folded): "un'altra azienda, omonima, con cui non abbiamo alcun
 * legame", "a different business — no relation", "une autre entreprise", "sans lien avec l'entreprise".
 */
const NAMESAKE = [
  String.raw`\b(?:un ?altra|another|a different|a separate|une autre|ein anderes|eine andere|otra|outra|een ander(?:e)?) (?:azienda|societa|impresa|company|business|firm|entreprise|societe|unternehmen|firma|empresa|bedrijf)\b`,
  String.raw`\b(?:no relation|aucun lien|sans lien|nessun legame|alcun legame|sin relacion|sin vinculo|ningun vinculo|sem relacao|sem ligacao|nenhuma relacao|keine (?:verbindung|beziehung)|keinen bezug|geen relatie|geen band)\b`,
];

/**
 * An independent seller or franchisee keeping the name (folded): "distribuidor independiente", "ein unabhängiges
 * Reisebüro und kein Teil von", "independent retailer", "revendeur indépendant".
 */
const SELLER = String.raw`\b(?:independent (?:retailer|reseller|stockist|dealer|distributor)|(?:distribuidor|revendedor|minorista|agente) independiente|(?:revendeur|distributeur|detaillant) independant|unabhangige[rs]? (?:handler|handlerin|reiseburo|fachhandler|vertriebspartner)|(?:rivenditore|distributore) indipendente|(?:revendedor|distribuidor) independente|onafhankelijke (?:dealer|verkoper|winkel))\b|\bkein teil (?:von|der|des)\b|\bnot part of\b|\bne fait pas partie\b|\bno forma parte\b|\bnon fa parte\b`;

/** Everything above but the relative, read on a sentence (folded). */
const SAID = new RegExp([...PERSONAL, ...FANS, ...SOLD, LICENCE, ...NAMESAKE, SELLER].join('|'));
const RELATIVE_RE = new RegExp(RELATIVE);
const THEIR_ACCOUNT_RE = new RegExp(THEIR_ACCOUNT);

/**
 * The group the brand belongs to, named before the link (folded): "part of the Penhallow family's group of Cornish
 * businesses: @…", "miembro del grupo …", "membre du groupe …". Only what precedes the link, and with no separator
 * between (a legal line "…, part of the X Group · <a>Instagram</a>" goes on with the brand's own icons).
 */
const GROUP_BEFORE =
  /\b(?:part of the|a member of the|member of the|membre du|membre de|partie du|teil der|mitglied der|ein unternehmen der|parte del|miembro del|fa parte del|parte do|membro do)\b[^.!?·•|]{0,60}\b(?:group|groupe|gruppe|grupo|gruppo|groep|holding)\b[^.!?·•|]{0,80}$/;

/**
 * A first-person claim in the link's sentence: "follow us", "our account", "Our <a>Brightpath Malayalam</a> channel" —
 * the brand speaking of its own; not "our founder's account".
 */
const OWN_CLAIM =
  /\b(?:follow us|siguenos|suivez-nous|seguici|siga-nos|siga a gente|folgen sie uns|folgt uns|volg ons|(?:our|notre|nos|unser\w*|nuestr[oa]s?|nostr[oaie]|nosso|nossa|onze) (?:(?![^ ]*['’]s )[^ ]+ ){0,3}?(?:account|accounts|page|pages|profile|channel|compte|comptes|konto|kanal|seite|cuenta|cuentas|perfil|pagina|profilo|canale|conta|feed))\b/;

/**
 * Whether the link's own sentence (folded; `before` the part ahead of the link) gives the account to one who shares the
 * brand's name — and does not claim it for the brand.
 */
export function saysLookalike(sentence: string, before: string): boolean {
  if (claimsOwn(sentence)) return false;
  if (SAID.test(sentence)) return true;
  if (RELATIVE_RE.test(sentence) && THEIR_ACCOUNT_RE.test(sentence)) return true;
  return GROUP_BEFORE.test(before);
}

/** Whether the folded sentence claims an account for the brand ("follow us", "our account"). */
export function claimsOwn(sentence: string): boolean {
  return OWN_CLAIM.test(sentence);
}

/** Whether a sentence of a paragraph that links no account says such a thing of the paragraph's links (folded). */
export function saysLookalikeApart(sentence: string): boolean {
  return !claimsOwn(sentence) && (NAMESAKE_RE.test(sentence) || FANS_RE.test(sentence));
}
const NAMESAKE_RE = new RegExp(NAMESAKE.join('|'));
const FANS_RE = new RegExp(FANS.join('|'));

/** A word each reading above holds, on the text as written: a block without one is not read further. */
export const LOOKALIKE_HINT =
  /\b(?:his|her)\b|personal|personnel|perso\b|pessoal|persoonlijk|privat|pers[oö]nlich|fan|f[aã]s?\b|f[aã]-|sold|verkauf|verkocht|vend|ced|traspas|licen[cz]|lizenz|licen[çc]a|liz|relation|connection|lien|legame|relaci[oó]n|v[ií]nculo|rela[çc][aã]o|liga[çc][aã]o|verbindung|beziehung|bezug|relatie|\bband\b|altra|another|different|separate|autre|anderes?|otra|outra|ander|independ|ind[eé]pend|unabh[aä]ngig|indipendent|onafhankelijk|teil|part|parte|group|groupe|gruppe|grupo|gruppo|groep|holding|padre|madre|nonn|father|mother|grand|p[eè]re|m[eè]re|vater|mutter|abuel|av[oóô]|fondat|founder|fundador|gr[uü]nder|oprichter|\b(?:son|daughter|sister|brother|hij[oa]|figli[oa]|fils|fille|sohn|tochter|filh[oa])\b/i;
