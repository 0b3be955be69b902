// A card or teaser titled by one of the brand's units, whose handle spells that title: "Elternschule Wilerau" over
// facebook.com/elternschulewilerau, "Glenarroch Visitor Centre" over @glenarroch.visitorcentre, "Výčep Hřebenec" over
// hrebenec_vycep, "Spital Wilerau" over "Spital Wilerau auf Facebook" (round 30). Brands set their schools, clinics,
// cafés, branches and orchestras out in the same card markup as their staff ("Team & Kanäle", "Kdo vás u nás přivítá",
// "Follow the glen"), where the rules read a list of people and the person-name veto reads a two-word title as a name.
// What sets the unit's card apart is its title: it names the brand or a kind of unit (a school, a clinic, a café, a
// base), which a person's name does not, and the handle is that title spelt out. Not where the card says someone else
// runs the place (a franchise, a partner, an independent association): the brand's word is on their titles too.
import { abbreviatesBranch } from './branch-abbreviation.js';
import { plainWords, spellsBaseByInitials } from './base-initials.js';
import { brandTags, brandWords } from './brand-words.js';
import { initialsTitle } from './initials-title.js';
import { BODY } from './named-body.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { namesRole } from './unit-role.js';
import { foldText, handleUser, spellUmlauts, squash } from './text.js';

/**
 * Kinds of unit a title names (folded), as a whole word: schools, clinics and care units, restaurants, cafés and
 * taprooms, shops, ensembles, academies, centres, libraries and museums, bases and lodges, stages, podcasts; a group's
 * hotels, suites and spa, a toy library, an office or a branch ("Lost Property Office", "Biuro Rzeczy Znalezionych",
 * "Annexe de Brévine", "Oddział Borki": round 31, where a franchised hotel's card says who runs it), a base in the
 * Slavic languages ("Baza Dubrovnik": round 37's charter bases). Never a club, a foundation, an association or a
 * group: those are as often another organisation named after the brand (round 30's foundation, friends' association
 * and parent group, round 26's supporters' club), nor a studio or a radio: agencies and broadcasters in a credits line
 * are named so.
 */
const UNIT_WORD =
  /^(?:school|skole|skola|escola|escuela|ecole|scuola|szkola|clinic|clinique|clinica|kliniek|spital|hospital|hopital|ospedale|soins|restaurant|restaurante|ristorante|cafe|caffe|bistro|bar|kitchen|cantina|taproom|vycep|shop|store|tienda|loja|winkel|butik|boutique|botiga|orchestra|orchestre|orquesta|choir|coro|academy|akademie|academia|academie|accademia|centre|center|centro|library|biblioteca|bibliotheque|ludotheque|ludoteca|museum|museo|musee|base|baza|lodge|stage|podcast|hotel|hotell|suites|spa|office|bureau|biuro|annexe|oddzial)$/;

/** The same kinds closing a compound word, in German, Dutch and the Scandinavian languages ("Elternschule", "Rehaklinik"). */
const UNIT_COMPOUND = /\w(?:schule|skole|skola|klinik|kliniek|spital|zentrum|centrum|bibliothek|bibliotek|orchester|orkest|orkester)$/;

/** Kinds of organisation that are someone else as often as the brand's (folded): a title naming one is not a unit's. */
export const ORG_WORD =
  /^(?:club|klub|clube|peña|pena|circolo|verein|vereniging|forening|association|associazione|asociacion|associacao|foundation|fondation|fundacion|fondazione|fundacao|stiftung|stichting|stiftelse|trust|charity|group|groupe|grupo|gruppo|gruppe|holding|resorts|federation|federazione|federacion|verband|union)$/;

/**
 * Someone else's place in the card's text, beyond own-unit.ts's words (folded): "Selvstændig forening" (da, no),
 * "självständig" (sv), and a fans' club the page calls unofficial ("neoficiální fanklub", round 30).
 */
export const APART = /(?:\bcommandit|\bselvst\S*ndig|\bsjalvstandig|\beigenstandig|\bneoficial|\bunofficial|\binoffiziell|\bno oficial|\bnon ufficial|\bniet officieel|\bofficieu)/;

/** A title naming fans or friends (folded): a supporters' club or a friends' association carries the brand's word too. */
const FANS = /^(?:fan|fans|fanklub|fanclub|supporter|supporters|ultras|friends|amici|amis|freunde|freundeskreis|amigos|vrienden|venner|vanner)$/;

/** Words of a text read for a title: its first few (a card's title comes first, before its line of text). */
const TITLE_WORDS = 6;
/** The shortest start of a title word a handle may use for it ("reha" for Rehaklinik). */
const PREFIX_MIN = 4;
/** Words of the brand's name from this many letters count as the brand's in a title. */
const BRAND_WORD_MIN = 4;

/**
 * The title words the handle spells out whole, each piece a word, the word without a final "s" or a start of it of
 * PREFIX_MIN letters or more ("reha" for Rehaklinik), every word used once, two pieces or more: the indexes used, or
 * null when it does not.
 */
function spelt(user: string, words: readonly string[]): number[] | null {
  let best: number[] | null = null;
  const walk = (at: number, used: number[]): void => {
    if (best) return;
    if (at === user.length) {
      if (used.length >= 2) best = used;
      return;
    }
    const rest = user.slice(at);
    words.forEach((w, i) => {
      if (used.includes(i)) return;
      const forms = new Set([w, w.replace(/s$/, '')]);
      for (let n = w.length - 1; n >= PREFIX_MIN; n--) forms.add(w.slice(0, n));
      for (const f of forms) if (f.length >= 2 && rest.startsWith(f)) walk(at + f.length, [...used, i]);
    });
  };
  walk(0, []);
  return best;
}

/** A word this long or longer is one a title's spelling may not skip more than once ("Soins palliatifs Montrevaux"). */
const LONG_WORD = 4;

/**
 * The title the handle spells, as its words: from the text's first word to the last one the handle uses, skipping at
 * most one long word ("Soins" before "palliatifs Montrevaux"); null when the handle does not spell the text's opening.
 * The opening of a block of several entries ("Jazz vocal · Nantes Margaux Lenoir…") is a kicker, not the title. A kind
 * of unit right after the words spelt belongs to the title: a hotel's handle drops it ("tobarbay" for "Tobar Bay
 * Hotel", "asteri.chora" for "Asteri Chora Suites": round 31).
 */
function titleSpelt(user: string, words: readonly string[]): string[] | null {
  const used = spelt(user, words);
  if (!used) return null;
  const end = Math.max(...used) + 1;
  // Not a kind of unit opening a role ("Maren Holt Academy Manager": unit-role.ts): the card's role line, not its title.
  const kind = end < words.length && UNIT_WORD.test(words[end]) && !namesRole(words[end + 1] ?? '');
  const title = words.slice(0, end + Number(kind));
  const skipped = title.slice(0, end).filter((w, i) => !used.includes(i) && w.length >= LONG_WORD);
  return skipped.length <= 1 ? title : null;
}

/** A handle this long or longer, once a tag of the brand's name is taken off its end, may still spell a title. */
const TAGGED_MIN = 6;

/**
 * The handle as a unit's title may spell it: whole, or without a short form of the brand's name closing it
 * ("selkiespa" of "selkiespacorran", "lostproperty" of "lostpropertyci": brand-words.ts brandTags).
 */
function untagged(user: string, brandName: string): string[] {
  const bare = brandTags(brandName)
    .filter((t) => user.length - t.length >= TAGGED_MIN && user.endsWith(t))
    .map((t) => user.slice(0, -t.length));
  return [user, ...bare];
}

/** The first words of a text, folded, letters and digits only, umlauts as handles spell them ("hohbuel") or dropped. */
function titleWords(text: string): string[][] {
  // Handles and addresses written in the text are the links themselves, not a title ("@gipfelglueck_shop").
  const split = (t: string): string[] =>
    foldText(t.replace(/@[\w.]+|\b[\w.-]+\.(?:com|net|social|app)\/\S*/g, ' ')).split(/[^a-z0-9]+/).filter(Boolean).slice(0, TITLE_WORDS);
  const plain = split(text);
  const umlauts = spellUmlauts(text);
  return umlauts === null ? [plain] : [plain, split(umlauts)];
}

/**
 * Whether the handle spells the title of the card or teaser holding the link — its heading, the first words of its block
 * or of the link's own text — and that title names the brand or a kind of unit, in a block saying no one else runs it.
 */
export function spellsUnitTitle(handle: string, finding: { snippet?: string; context?: string; heading?: string }, target: { domain: string; brandName: string }): boolean {
  const user = squash(handleUser(handle));
  if (user.length < 6) return false;
  const block = foldText(`${finding.heading ?? ''} ${finding.context ?? ''}`);
  // A town hall's, a tourism board's or a federation's card names the brand's town as its title (named-body.ts).
  if (OTHERS.test(block) || OPERATED_BY.test(block) || APART.test(block) || BODY.test(block)) return false;
  const brand = brandWords(target, BRAND_WORD_MIN);
  // The link's own text is not read: a sentence names a partner by its title as often ("The Crankset Café", "Nordfjäll
  // Resorts på LinkedIn"); a unit's teaser heads its link with its title.
  // A branch's handle of the brand's abbreviation and its town, as its card writes them ("GT Brisbane").
  if (abbreviatesBranch(handle, `${finding.heading ?? ''} ${finding.context ?? ''}`, target)) return true;
  // A base's handle of the brand's initials and the place its card's title names ("Baza Dubrovnik" over @pjdubrovnik:
  // base-initials.ts), a word of the card's line perhaps closing it.
  const title = plainWords(finding.heading ?? '').slice(0, TITLE_WORDS);
  const isKind = (w: string): boolean => UNIT_WORD.test(w) || UNIT_COMPOUND.test(w);
  if (!title.some((w) => FANS.test(w) || ORG_WORD.test(w)) && spellsBaseByInitials(user, title, plainWords(finding.context ?? ''), target.brandName, isKind)) return true;
  const users = untagged(user, target.brandName);
  for (const text of [finding.heading, finding.context]) {
    if (!text) continue;
    for (const words of titleWords(text)) {
      // Or the brand's words by their initials, then the unit's ("pckotuku": initials-title.ts).
      const title = users.map((u) => titleSpelt(u, words)).find((t) => t !== null) ?? initialsTitle(user, words, brand);
      if (!title || title.some((w) => FANS.test(w) || ORG_WORD.test(w))) continue;
      // The brand's word opens a unit's title ("Nopalia Bajío", "Glenarroch Visitor Centre"); after a first word it is
      // as often a family name ("Ingrid Kessler" at Kessler Architekten, "Peña Ribazul").
      const first = title.find((w) => w.length >= LONG_WORD) ?? '';
      if (title.some((w) => UNIT_WORD.test(w) || UNIT_COMPOUND.test(w)) || brand.some((b) => first === b || (first.length > b.length && first.startsWith(b)))) return true;
    }
  }
  return false;
}

/** A sameAs read from a branch's own JSON-LD node (scripts.ts), its type first. */
const BRANCH_NODE = /^(\S+) \(branch\) sameAs /;
/**
 * Branch types never franchised (schema.org): hospitals and clinics, schools and universities, libraries and museums,
 * ensembles; tourist attractions and landmarks (round 39's tea factory and visitor centre). A shop's, a bakery's or a restaurant's node is a franchisee's as often as the brand's (round 16's partner
 * bakeries, whose page heading is the brand's word and a town: accounts.ts leaves any account such a node names).
 */
const NOT_FRANCHISED = /^(?:Hospital|MedicalClinic|MedicalOrganization|Physician|School|\w*School|CollegeOrUniversity|EducationalOrganization|Library|Museum|MusicGroup|PerformingGroup|DanceGroup|TheaterGroup|SportsTeam|TouristAttraction|LandmarksOrHistoricalBuildings|Zoo|Aquarium)$/;

/** Whether a shop's or restaurant's own JSON-LD node (a branch of a kind that is franchised) names the account. */
export function namedByStore(sightings: readonly { finding: { how: string; snippet?: string } }[]): boolean {
  return sightings.some((s) => {
    const type = s.finding.how === 'embedded-json' ? BRANCH_NODE.exec(s.finding.snippet ?? '')?.[1] : undefined;
    return type !== undefined && !NOT_FRANCHISED.test(type);
  });
}

/** Placements of the page's chrome: a footer column's first words name a partner or a sister brand as often. */
const CHROME = new Set(['header', 'nav', 'footer']);

/**
 * Whether some sighting of the account, outside the page's chrome and not a share button, sits under a unit's title its
 * handle spells (spellsUnitTitle).
 */
export function titledByUnit(sightings: readonly { finding: { how: string; placement: string; snippet?: string; context?: string; heading?: string } }[], handle: string, target: { domain: string; brandName: string }): boolean {
  return sightings.some((s) => s.finding.how !== 'share-via' && !CHROME.has(s.finding.placement) && spellsUnitTitle(handle, s.finding, target));
}
