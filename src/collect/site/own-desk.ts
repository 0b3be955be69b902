// The brand naming one of its own desks or parts as the account's keeper, in the first person, in the very sentence that
// links to it: "Notre service après-vente répond sur X : @Cassagne_SAV", "Nuestro equipo de comunicación también
// responde en X desde @BLA_prensa", "veröffentlichen wir zusätzlich auf unserem Presse-Account auf X, @kgpresse",
// "publicados pela nossa equipa … na conta @avisosdorio", "som drivs av vår HR-avdelning", "Nasz zespół obsługi klienta
// odpowiada na X". Such accounts (a help desk's, a press office's, a jobs page's, an alerts feed's) carry handles unlike
// the brand's name, in body text no placement rule trusts. Not a person's: a sentence introducing someone by their role
// before the link ("Notre chef publie sur…") or naming a partner is left alone.
import { foldText } from './text.js';
import { introducesPerson, sentenceHolding } from './own-account.js';
import { namesUnitDesk } from './unit-desk.js';
import { ownClaim } from './crowds.js';
import { asksToBeWritten, namesDeskSubject } from './desk-subject.js';
import { ownedAfterHandle } from './own-handle-after.js';

/** First-person plural possessives of en, fr, de, es, it, nl, pt, sv, da, pl (folded). */
const OUR =
  '(?:our|notre|nos|unser|unsere|unserem|unseren|unserer|unseres|nuestro|nuestra|nuestros|nuestras|nostro|nostra|nostri|nostre|il nostro|la nostra|onze|ons|nosso|nossa|nossos|nossas|vart|vara|vores|nasz|nasza|nasze|nasi|naszego|naszej|naszym)';

/**
 * The brand's desks and parts, and its accounts themselves ("unserem Presse-Account", "notre compte"), as a word may
 * start (folded): a help or press desk, a team, a department, a programme, a school or foundation, a channel.
 */
const DESK =
  '(?:service|sav|kundenservice|klantenservice|kundendienst|support|help|assistance|atencion|atendimento|servizio|assistenza|obs[lł]ug|team|equipe|equipo|equipa|squadra|zesp[oó][lł]|staff|desk|office|bureau|oficina|ufficio|kantoor|department|departement|departamento|dipartimento|abteilung|afdeling|avdelning|dzia[lł]|press|presse|prensa|stampa|imprensa|pers(?:dienst|afdeling|team)?\\b|redaction|redaktion|redaccion|redazione|redactie|redacao|newsroom|communication|comunicacion|comunicacao|comunicazione|kommunikation|communicatie|podcast|programm|programa|program|festival|fondation|foundation|fundacion|fundacao|fondazione|stiftung|stichting|fundacj|school|ecole|escuela|escola|scuola|schule|skol|academ|akadem|shop|boutique|tienda|loja|negozio|winkel|laden|sklep|butik|account|compte|cuenta|conta|konto|kanal|kana[lł]|channel|chaine|canal|canale|kanaal|profil|profile|perfil|profilo|page|pagina|seite|sida|strona|kasa|kasy|kasie|bilet|billett|bigliett|taquill|box office|ticket office|doradcy|conseillers|conseilleres|asesores|consulenti|adviseurs|advisors|advisers)';

/** A possessive, at most two words, then a desk word: "notre service", "nossa equipa do Centro", "vår HR-avdelning". */
const OUR_DESK = new RegExp(`\\b${OUR} (?:[\\w'-]+ ){0,2}?[\\w-]*?${DESK}`);
/** The same after the link, as its keeper: "run by our HR department", "som drivs av vår HR-avdelning". */
const BY_OUR_DESK = new RegExp(`\\b(?:by|par|von|por|da|door|av|przez|pela|pelo) (?:${OUR}|var) (?:[\\w'-]+ ){0,2}?[\\w-]*?${DESK}`);

/** Separators of items set side by side in one line: a middle dot, a bar, a bullet. */
const ITEM_SEPARATOR = /\s[·|•]\s/;

/** "Run by us", in the same languages (folded): "drivs av oss", "géré par nous", "von uns betrieben". */
const BY_US =
  /(?<!\b(?:not|nicht|pas|no|niet|nao|inte|nie|non) )\b(?:(?:run|managed|operated|kept|written) by us|(?:gere|geree|geres|gerees|anime|animee|tenu|tenue) par nous|von uns (?:betrieben|gefuhrt|gepflegt)|(?:gestionad[ao]s?|llevad[ao]s?) por nosotros|(?:gestit[ao]|curat[ao]) da noi|(?:beheerd|gerund) door ons|(?:gerid[ao]|mantid[ao]) por nos|drivs av oss|prowadzon[aey]? przez nas)\b/;

/** A franchise or an independent owner or association (folded): "Franchisée", "independently owned", "unabhängig". */
const RUN_BY_OTHERS =
  /\b(?:franchis\w*|franquici\w*|franchisenehmer\w*|franchisepartner\w*|franchisenemer\w*|independ\w*|unabhangig\w*|eigenstandig\w*|selbststandig\w*|zelfstandig\w*|onafhankelijk\w*|indipendent\w*|proprietaires?|proprietari\w*|inhabergefuhrt\w*)\b/;

/**
 * Partners, sponsors, members, collaborators and agencies, whose desks a brand may name too ("notre partenaire… publie
 * sur", "la agencia que lleva nuestra comunicación, @…"); Romanian "partenerului nostru de plăți", Vietnamese "đối tác
 * ShipNhanh" (folded "doi tac").
 */
const PARTNER =
  /\b(?:partner\w*|partener\w*|doi tac|partenaire\w*|sponsor\w*|patrocin\w*|mecene\w*|parceir\w*|socio|socios|member|membre|mitglied|miembro|lid|colabor\w*|collabor\w*|samenwerk\w*|zusammenarb\w*|kooperation\w*|agen[cz]\w*|agence|agentur|bureau de|studio)\b/;

/**
 * Whether the sentence holding a link (its text within the block around it) says, in the first person, that one of
 * the brand's desks or parts keeps the account, and introduces no person; its block and heading name no partner, nor
 * someone else running a shop.
 */
export function saysOwnDesk(finding: { snippet?: string; context?: string; heading?: string; crowd?: number; how?: string }): boolean {
  // One of several profiles of a network side by side ("Nuestro equipo: Valeria Cruz · arte X, Diego…"): a list of people.
  if (!finding.snippet || !finding.context || finding.crowd !== undefined) return false;
  const sentence = sentenceHolding(finding.context, finding.snippet);
  if (!sentence) return false;
  const at = sentence.indexOf(finding.snippet);
  const said = foldText(sentence);
  // The desk named before the link, as the one speaking ("Notre service après-vente répond sur X : @…"), or after it as
  // its keeper ("…, som drivs av vår HR-avdelning"): a desk named after the link otherwise is where the account's owner
  // is ("Koersbar, het fietscafé naast onze winkel").
  // Read in the link's own item where the sentence sets several side by side (" · ", " | ", " • "): "Onze eigen
  // winkelpagina's: … · @klusvos.mechelen · onze vaste vakman Jens deelt klusfilmpjes op TikTok" names the shop's pages
  // first, then an employee's (round 26).
  // An item of the link alone ("Unsere Kanäle: Instagram · <a>Facebook</a>") is read under the line's label.
  const before = sentence.slice(0, at);
  const item = before.split(ITEM_SEPARATOR).pop() ?? '';
  // Or one of its parts keeps it, named without "our": "the Library's help desk answers on X at" (unit-desk.ts).
  const lead = item.trim() ? item : before;
  // A handle named without a link, given as the brand's own or its desk's in the words a link's would be read in
  // (crowds.ts ownClaim, which makes such a link the brand's): "on Instagram, follow us as @…", "las publicamos en
  // Instagram: síguenos como @mvl.canarias" (round 25).
  const claimed = finding.how === 'mention' && ownClaim(lead);
  // Or its desk is the sentence's subject, as Norwegian, Catalan, Greek and Polish name it without "our" (desk-subject.ts).
  const kept =
    claimed || OUR_DESK.test(foldText(lead)) || namesUnitDesk(lead) || namesDeskSubject(lead) || asksToBeWritten(sentence) || BY_OUR_DESK.test(said) || BY_US.test(said) ||
    // Or the words after the handle say whose it is: "@… hesabımıza X üzerinden", "é o perfil oficial do nosso atendimento".
    ownedAfterHandle(sentence.slice(at + finding.snippet.length));
  // Partners anywhere in the block ("Als Partnermarkt bieten wir…"), or a shop said to be run by someone else: the "we"
  // is theirs.
  const block = `${foldText(finding.context)} ${foldText(finding.heading ?? '')}`;
  return kept && !PARTNER.test(block) && !RUN_BY_OTHERS.test(block) && !introducesPerson(finding);
}
