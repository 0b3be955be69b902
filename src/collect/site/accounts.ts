// Merges the social sightings of all pages into accounts, and decides which ones the brand presents as its own.
import { getDomainWithoutSuffix } from 'tldts';
import type { Account, AccountEvidence, Note, PageRecord, Placement, SocialFinding } from '../../snapshot/types.js';
import { CLOSED_NETWORKS, isClosedNetwork, PLATFORMS } from '../../snapshot/types.js';
import { storeIn } from '../../bounded-cache.js';
import { note } from '../codes.js';
import { editDistance, foldText, handleUser, squash } from './text.js';
import { DESK_LABEL_SNIPPET } from './block-words.js';
import { namedByShop, overrule, type Candidate, type Sighting, type SiteContext } from './account-model.js';
import { saysOwnAccount } from './own-account.js';
import { saysOwnDesk } from './own-desk.js';
import { saysOwnUnit } from './own-unit.js';
import { titledByBrandCompound } from './camel-title.js';
import { camelShortWords } from './camel-short-word.js';
import { namesSubBrandBy } from './by-brand-title.js';
import { namesOwnSubBrand } from './own-sub-brand.js';
import { onOwnTitleCard } from './own-title-card.js';
import { brandWords, domainLabel } from './brand-words.js';
import { fanHandle } from './fan-handle.js';
import { namedByStore, titledByUnit } from './unit-title.js';
import { namesFormerSelf } from './former-name.js';
import { builtOnOtherName, siteOtherNames } from './other-names.js';
import { saysOtherOrg } from './other-org.js';
import { namesOtherBody } from './named-body.js';
import { followsShownName, onNamedPersonCard, spellsShownName } from './person-name.js';
import { onPersonsCard } from './person-card.js';
import { onLineupCard } from './lineup-card.js';
import { onMakerCard } from './maker-card.js';
import { onMascotCard, onPersonaCard } from './persona-card.js';
import { namedByParentNode, namedByPlaceNode } from './scripts.js';
import { runByBrand } from './run-branch.js';
import { unmarkedBranch } from './marked-franchise.js';
import { titledByJapaneseUnit } from './unit-title-ja.js';
import { listedAsGroupCompany } from './group-list.js';
import { namesSisterCompany } from './sister-company.js';
import { titledByPlant } from './plant-title.js';
import { linksBrandCareersPage } from './careers-page.js';
import { distinctFindings, everyFinding, someFinding } from './distinct-findings.js';
import { presentsRecruitingAccount } from './recruiting-handle.js';
import { namesPressDesk } from './press-handle.js';
import { namesStemProgramme, stemProgramme } from './stem-programme.js';
import { namesTradeDesk } from './trade-desk.js';
import { namesServiceDesk } from './service-handle.js';
import { initialsTradeDesk, namesInitialsTradeDesk } from './initials-trade-desk.js';
import { brandShowcase } from './showcase-page.js';
import { brandMascot } from './mascot-ja.js';
import { creditedOnlyOnWall } from './hashtag-wall.js';
import { namesGroupHandle } from './group-handle.js';
import { labelsPartner } from './partner-label.js';
import { channelsAmongOthers } from './channel-siblings.js';
import { namesInitialsDesk } from './initials-desk.js';
import { spellsTaggedUnit } from './tagged-unit.js';
import { namesOwnLine } from './own-line-card.js';

/**
 * The rules' verdicts that an account is someone else's which no later reading of its sightings (presented by the page,
 * a desk's sentence) reopens: a fan's or impostor's handle, another organisation said to stand apart, a link naming
 * another body.
 */
const SETTLED_OTHERS: ReadonlySet<string> = new Set(['site.account.fan-handle', 'site.account.other-org', 'site.account.named-body', 'site.account.parent-org']);

/** Page chrome where brands put their own accounts (REFERENCE.md: header, footer, "follow us" block). */
const BRAND_PLACEMENTS: Placement[] = ['follow-block', 'footer', 'header', 'nav'];
// Shortest name accepted for a contains / contained-in match: "sncf" in "sncf_voyageurs" counts, "fr" in "fnacfr" not.
const MIN_CONTAIN = 4;
// A repeated account must be on at least this share of analysed pages once a site has several (a footer recurs
// on every page; an author's account is on their few articles).
const REPEAT_SHARE = 0.5;
const REPEAT_MIN_PAGES = 2;

/** What the merge needs to know besides the pages. */
export interface MergeOptions {
  /**
   * Servers found to be fediverse servers (they answered NodeInfo during collection): their /@name and /users/name
   * links are Mastodon profiles. Candidates on any other server are not accounts.
   */
  fediverseServers?: ReadonlySet<string>;
}

/**
 * A link whose text follows a named person rather than "us": "Follow Anna on Twitter", "Folgen Sie Anna auf
 * Twitter", "Suivez Marie sur X", "Sigue a Lucía en Instagram". Group 1 is the name.
 */
const PERSON_FOLLOW =
  /^(?:follow|suivez|suivre|folgen sie|folge|folgt|sigue a|siga a|sigan a|seguir a)\s+(?!us\b|nous\b|uns\b|-nous\b|nos\b|nosotros\b)((?:\p{L}[\p{L}.'-]*\s+){0,3}?\p{L}[\p{L}.'-]*)\s+(?:on|sur|auf|en|bei)\s+\S+/u;

/** A byline kept by the page analysis as evidence: "by Élodie Marchand" (see findFollowPhrases). Group 1 is the name. */
const BYLINE = /^(?:by|par|von|por)\s+((?:\p{L}[\p{L}.'’-]*\s+){1,4}?\p{L}[\p{L}.'’-]*)$/u;

/** A personal LinkedIn profile (linkedin.com/in/…), a person's by the network's own design. */
export function personalProfile(f: { platform: string; url?: string }): boolean {
  return f.platform === 'linkedin' && f.url !== undefined && /\/in\//i.test(f.url);
}

/** True when `handle` looks like `name`: one contains the other (≥ 4 chars) or they differ by a typo or two. */
function resembles(handle: string, name: string): boolean {
  if (!handle || !name) return false;
  const [short, long] = handle.length <= name.length ? [handle, name] : [name, handle];
  if (short.length >= MIN_CONTAIN && long.includes(short)) return true;
  // One edit for short names, two from 8 characters: "decatlon" ~ "decathlon", but "orange" !~ "change".
  const allowed = short.length >= 8 ? 2 : short.length >= 5 ? 1 : 0;
  return allowed > 0 && Math.abs(handle.length - name.length) <= allowed && editDistance(handle, name) <= allowed;
}

/** Which of the brand's names a handle resembles, if any. */
function brandMatch(handle: string, target: { domain: string; brandName: string }): 'brand-name' | 'domain' | null {
  // The merge asks this of every sighting of every account, several times each (a footer account: once per page), for
  // one site's names: the answers are kept per handle while the names stay the same, the names squashed once.
  if (target.domain !== matchNames.domain || target.brandName !== matchNames.brandName) {
    matchNames = {
      domain: target.domain,
      brandName: target.brandName,
      brand: squash(target.brandName),
      label: squash(domainLabel(target.domain)),
    };
    matches.clear();
  }
  const known = matches.get(handle);
  if (known !== undefined) return known;
  return storeIn(matches, MATCHES_MAX, handle, matchUncached(handle, matchNames));
}

let matchNames = { domain: '', brandName: '', brand: '', label: '' };
// The answers for matchNames' site, at most MATCHES_MAX handles (a site has a few dozen accounts).
const matches = new Map<string, 'brand-name' | 'domain' | null>();
const MATCHES_MAX = 4096;

function matchUncached(handle: string, names: { brand: string; label: string }): 'brand-name' | 'domain' | null {
  // Mastodon handles are name@server; the server may be the brand's own (mastodon.brand.fr) — compare both parts.
  const [user, server] = handle.split('@');
  const squashed = [squash(user)];
  if (server) squashed.push(squash(getDomainWithoutSuffix(server) ?? ''));
  if (squashed.some((n) => resembles(n, names.brand))) return 'brand-name';
  if (squashed.some((n) => resembles(n, names.label))) return 'domain';
  return null;
}

/**
 * Sightings that show a person's account rather than the brand's, and so never count as the brand presenting it:
 * inside a person's block (placement 'article': author boxes, bylines, embedded posts), in a list of people (several
 * profiles of one network, one per entry, whose handles do not resemble the brand), whose handle spells a name shown
 * beside it that is not the brand's, or behind a "Follow <name> on…" link or a "By <name>" byline whose name is not the
 * brand's.
 */
function personal(s: Sighting, target: { domain: string; brandName: string }, handle: string): boolean {
  const f = s.finding;
  if (f.placement === 'article' || f.disowned || personalProfile(f)) return true;
  // A card calling its bearer the brand's mascot, assistant or chat desk ("Anna is our chat assistant" among a grid of
  // sponsored riders' cards, persona-card.ts) is the brand's, whatever says a person's below: the list's shape around
  // it, or a handle spelling its person-like heading ("askanna.chat" under "Ask Anna").
  if (f.how !== 'share-via' && onPersonaCard(f)) return false;
  if (f.crowd !== undefined && !brandMatch(handle, target)) return true;
  // A handle spelling a name shown beside the link, not the brand's ("luciaferrer_per" under "Lucía Ferrer" on an author
  // page, "jkowalski" on "Jan Kowalski"'s team card): that person's, whatever block holds it (person-name.ts).
  if (f.how !== 'share-via' && !brandMatch(handle, target) && (spellsShownName(handle, f, target) || followsShownName(f, target))) return true;
  // A person's card whose text shows another handle spelling the name it is headed by: its other links are that person's
  // too ("samib.talks" on Threads beside "@samidowubriggs" under "Sam Idowu-Briggs", round 28; person-name.ts).
  if (f.how !== 'share-via' && f.how !== 'mention' && !brandMatch(handle, target) && onNamedPersonCard(handle, f, target)) return true;
  // A card headed by a person's name whose bio speaks of that person ("Mara Lindqvist" over "Mara won…", an athlete's,
  // an artist's, a staff member's): its links are hers, in the brand's desk-card markup (person-card.ts, rounds 27 to 35).
  if (f.how !== 'share-via' && f.how !== 'mention' && !brandMatch(handle, target) && onPersonsCard(f, target)) return true;
  // An act's card on a line-up, or a maker's "Name — Town" card in a shop's grid, whose handle spells the card's name:
  // that act's or maker's, even where the name shares the brand's word and so the handle resembles the brand's
  // (lineup-card.ts, maker-card.ts).
  if (f.how !== 'share-via' && f.how !== 'mention' && (onLineupCard(f, handle, target) || onMakerCard(f, handle, target))) return true;
  const said = foldText(f.snippet ?? '');
  // "Follow Sam on X" names a person: a handle built on the brand's name ("sam_brand") is that employee's own.
  const follow = PERSON_FOLLOW.exec(said);
  if (follow) return !brandMatch(follow[1], target);
  const byline = BYLINE.exec(said);
  return byline !== null && !brandMatch(byline[1], target) && !brandMatch(handle, target);
}

/** What the model reads of the rules' view of an account's sightings: which are a person's, and the handle's match. */
export function readSightings(sightings: readonly Sighting[], handle: string, target: { domain: string; brandName: string }): Pick<Candidate, 'personal' | 'match'> {
  // A person's or not by the finding alone (personal() reads nothing else): each distinct finding read once.
  const byFinding = new Map<SocialFinding, boolean>();
  const isPersonal = (s: Sighting): boolean => {
    let said = byFinding.get(s.finding);
    if (said === undefined) byFinding.set(s.finding, (said = personal(s, target, handle)));
    return said;
  };
  return { personal: sightings.map(isPersonal), match: brandMatch(handle, target) };
}

/**
 * The sightings by which the site presents the account as its own, not as a person's: not a share button, and not a
 * person's block, byline or "Follow <name>" link. A list's shape is not read here — several of the brand's country
 * accounts or sub-accounts side by side have the shape of a list of people — so a sighting that `isPersonal` (from
 * readSightings) counts as a person's only for sitting in such a list is read again without it.
 */
export function shownSightings(
  sightings: readonly Sighting[],
  isPersonal: readonly boolean[],
  handle: string,
  target: { domain: string; brandName: string },
): Sighting[] {
  return sightings.filter(
    (s, i) =>
      s.finding.how !== 'share-via' &&
      (!isPersonal[i] || (s.finding.crowd !== undefined && !personal({ ...s, finding: { ...s.finding, crowd: undefined } }, target, handle))),
  );
}

/**
 * The sightings in which the site may name the desk that keeps the account (own-desk.ts): those shown as the site's
 * (shownSightings), and those inside an article or a page's own text block read as a person's only for their place —
 * "Notre service après-vente répond sur X : @…" sits in an article as often as in a footer.
 */
export function deskSightings(sightings: readonly Sighting[], handle: string, target: { domain: string; brandName: string }): Sighting[] {
  // One copy per finding, as the crawl keeps one finding per sighting (distinct-findings.ts): the readings below test it once.
  const asBody = new Map<SocialFinding, SocialFinding>();
  const asText = sightings.map((s) => {
    if (s.finding.placement !== 'article') return s;
    let finding = asBody.get(s.finding);
    if (!finding) asBody.set(s.finding, (finding = { ...s.finding, placement: 'body' as Placement }));
    return { ...s, finding };
  });
  return shownSightings(asText, readSightings(asText, handle, target).personal, handle, target);
}

/**
 * The sightings in which the page may name one of its parts as the account's keeper (own-unit.ts): every link but a
 * share button, a disowned one or a personal LinkedIn profile. A show's card headed by its two-word title ("Dead
 * Reckoning" spelt by @deadreckoningpod) and "Follow the Fund on Facebook" read as a person's to the rules that spot
 * names; the sentence itself says whose the account is, and own-unit.ts reads it for a person first.
 */
export function unitSightings(sightings: readonly Sighting[]): Sighting[] {
  return sightings.filter((s) => s.finding.how !== 'share-via' && !s.finding.disowned && !personalProfile(s.finding));
}

/**
 * Decides whether an account is the brand's own, with the reason as a note (`site.account.*`). `isPersonal[i]` says
 * whether `sightings[i]` is a person's (readSightings).
 */
function judge(
  sightings: Sighting[],
  isPersonal: readonly boolean[],
  handle: string,
  analysed: number,
  target: { domain: string; brandName: string },
): { official: boolean; reason: Note } {
  const findings = sightings.map((s) => s.finding);
  // via= on a share button names whoever the button credits; it says nothing about where the link sits.
  const placed = sightings.filter((s) => s.finding.how !== 'share-via');
  // The page says the account is not the site's ("a fan account, not run by us", "no está gestionada por el club"):
  // its handle, built on the brand's name as such accounts' are, and its place on the page do not outweigh that
  // (round 16: a fan account in a line under "nuestros perfiles verificados", a residents' group "we fund but do not run").
  const disowned = placed.filter((s) => s.finding.disowned);
  if (findings.some((f) => f.how === 'twitter-site')) return { official: true, reason: note('site.account.twitter-site') };
  // A place's node (a Restaurant or Store of an ItemList, scripts.ts namedByPlaceNode) lists a franchised restaurant's
  // accounts as readily as a company-run one's: where the page says someone else operates it ("Betrieben von … (Franchisepartner)"
  // just above its line of links, round 32's "kazeki.hamburg"), that outweighs the node; an organisation's node does not yield.
  const named = findings.filter((f) => f.how === 'json-ld');
  if (named.length > 0 && !(disowned.length > 0 && named.every(namedByPlaceNode))) return { official: true, reason: note('site.account.json-ld') };
  if (findings.some((f) => f.how === 'publisher-meta')) return { official: true, reason: note('site.account.publisher-meta') };
  // The brand's own JSON-LD node names it as its parent group's (`parentOrganization`, scripts.ts namedByParentNode):
  // the group's icons sit beside the brand's in its footer ("forma parte de Grupo Lumbre", round 32's Grupo Cerrado and
  // Kazeki Holdings, round 17's Groupe Presse Sud-Massif), and neither that place nor the model makes them the brand's.
  if (findings.some(namedByParentNode)) return { official: false, reason: note('site.account.parent-org') };
  if (disowned.length > 0) return { official: false, reason: note('site.account.disowned', { pages: new Set(disowned.map((s) => s.pageUrl)).size }) };
  // A handle that says it is a fan's, a parody's or an impostor's ("marismacf_fans", "colmena.cowork.memes",
  // "notkahuoutdoor"): built on the brand's name and linked from its footer as often as not, where the page says
  // nothing of it; no rule below, nor the model, makes it the brand's.
  if (fanHandle(handle, target)) return { official: false, reason: note('site.account.fan-handle') };
  // A personal LinkedIn profile (linkedin.com/in/…) is a person's — a founder's, an officer's, a press officer's —
  // wherever it sits and whatever its handle ("claire-brand-morand"): a brand's page is /company/, /school/ or
  // /showcase/. Across the labelled sets (rounds final to 25, the page set) 58 such profiles, none the brand's.
  if (placed.length > 0 && everyFinding(placed, personalProfile)) return { official: false, reason: note('site.account.personal-profile') };
  // The page says the account is another organisation's, one that stands apart from the brand ("Carrigmore Students'
  // Union is an independent, student-led organisation" beside "Students' Union on X", "ente autonomo", "eigenständiges
  // Unternehmen", "op hun eigen kanalen": other-org.ts): its footer place and a handle built on the brand's name, as a
  // students' union's or foundation's are, do not outweigh that; nor does the model (rounds 26 to 29).
  if (someFinding(placed, saysOtherOrg)) return { official: false, reason: note('site.account.other-org') };
  // A list the page labels as its group's companies ("グループ会社" over the holding's and the sister bus company's X,
  // round 34): each is another company of the group, whatever its footer place and handle built on the brand's word.
  if (someFinding(placed, listedAsGroupCompany)) return { official: false, reason: note('site.account.other-org') };
  // A link naming a company the page calls its sister company ("Facebook Amane Voyages" in the footer, "Amane Voyages,
  // notre société sœur" in a page's text, round 34: sister-company.ts): the company's own account, whatever its place.
  if (namesSisterCompany(distinctFindings(sightings))) return { official: false, reason: note('site.account.other-org') };
  // A handle naming a group or holding the brand's name does not ("GroupePCB", "hanbit-beauty-group": group-handle.ts,
  // rounds 17 and 33): a parent group's icons sit in the brand's own list, labelled by its short name or the network.
  if (namesGroupHandle(handle, target)) return { official: false, reason: note('site.account.other-org') };
  // The link's own text names another body — a town hall, a federation, a tourism board, the brand's membership of one
  // ("Ayuntamiento de…", "Member of the National Federation of…": named-body.ts): a footer column or the town's name in
  // the handle does not make it the brand's (rounds 16 and 29).
  if (someFinding(placed, (f) => namesOtherBody(f, target.brandName))) return { official: false, reason: note('site.account.named-body') };
  // A partner's icon in a strip of partners' logos, labelled with the partner's name ("Valley Orchard Trust on Instagram")
  // under a heading about partners (partner-label.ts, round 38): a cell classed like a social block does not make it the
  // brand's; a handle built on the brand's name does.
  if (!brandMatch(handle, target) && someFinding(placed, (f) => labelsPartner(f, handle, target))) return { official: false, reason: note('site.account.other-org') };
  // A customer's post credited by its handle on the brand's hashtag wall and linked nowhere else by the brand
  // (hashtag-wall.ts, rounds 23 to 32): the poster's account, a fan's, whatever the wall's place; a handle built on the
  // brand's name is the brand's reposted tile.
  if (!brandMatch(handle, target) && creditedOnlyOnWall(distinctFindings(placed), handle)) return { official: false, reason: note('site.account.fan-handle') };
  // A handle named in the text without a link is not presented by its place on the page: a footer note may name a
  // partner's account as readily as the brand's desk. Only the handle itself and the words around it say whose it is.
  const own = sightings.filter((s, i) => s.finding.how !== 'share-via' && s.finding.how !== 'mention' && !isPersonal[i]);
  const pagesWith = (p: Placement): number => new Set(own.filter((s) => s.finding.placement === p).map((s) => s.pageUrl)).size;
  const chrome = BRAND_PLACEMENTS.map((p) => ({ p, n: pagesWith(p) })).filter((x) => x.n > 0);
  if (chrome.length > 0) {
    const best = chrome.reduce((a, b) => (b.n > a.n ? b : a));
    return { official: true, reason: note('site.account.placement', { placement: best.p, pages: best.n }) };
  }
  if (own.some((s) => (s.finding.placement === 'head' && s.finding.how === 'link') || s.finding.relMe)) return { official: true, reason: note('site.account.rel-me') };
  if (own.some((s) => s.finding.how === 'intent-follow')) return { official: true, reason: note('site.account.follow-button') };
  const pages = new Set(own.map((s) => s.pageUrl)).size;
  const needed = Math.max(REPEAT_MIN_PAGES, Math.ceil(analysed * REPEAT_SHARE));
  if (pages >= needed) return { official: true, reason: note('site.account.repeated', { pages, analysed }) };
  const match = brandMatch(handle, target);
  // Likewise "Follow Sam on X" beside "sam_brand": the employee the sentence names.
  const followed = own.length === 0 && placed.length > 0 && everyFinding(placed, (f) => PERSON_FOLLOW.test(foldText(f.snippet ?? '')));
  // A shop's own JSON-LD node names that shop's accounts ("valmoretlausanne" on a franchised shop's page): a handle
  // built on the brand's name is that shop's as often as the brand's, and the node alone does not say it is the brand's.
  // Its page links them in its text too ("Volg onze winkel op Facebook", a franchisee's store page, round 26): named by
  // the shop's node at all, the handle's likeness is not enough.
  const shopNamed = namedByShop(placed);
  if (match && !followed && !shopNamed) return { official: true, reason: note(match === 'brand-name' ? 'site.account.brand-name' : 'site.account.domain') };
  const allPages = new Set(sightings.map((s) => s.pageUrl)).size;
  if (placed.length === 0) return { official: false, reason: note('site.account.share-via') };
  const crowd = Math.max(0, ...placed.map((s) => s.finding.crowd ?? 0));
  if (crowd > 0 && own.length === 0) return { official: false, reason: note('site.account.people-list', { count: crowd, pages: allPages }) };
  const first = placed[0].finding;
  const reason =
    first.how === 'embedded-json'
      ? note('site.account.unrelated-json', { pages: allPages })
      : note('site.account.unrelated-link', { placement: first.placement, pages: allPages });
  return { official: false, reason };
}

/**
 * Words that end a brand's other accounts built on its own handle: a country or region ("savlac.suisse",
 * "fournil2ponts.france", "nwickco_au" — a country or language code), a language, or a desk ("_help", "_jobs").
 * A town's name is not among them: "brand_annecy" is as often a franchisee's or a customer's.
 */
const BRANCH_WORD = new RegExp(
  '^(?:fr|be|ch|uk|us|de|es|it|at|nl|ie|ca|qc|au|nz|mx|ar|cl|co|pe|br|pt|ma|jp|in|pl|se|no|dk|fi|lu|za|en|cn|kr|sg|hk|tr|gr|cz|ro|hu|eu|ae|' +
    [
      'france|belgique|belgie|belgium|belgien|suisse|schweiz|svizzera|switzerland|swiss|espana|spain|spanien|espagne|italia|italy|italie|italien',
      'deutschland|germany|allemagne|alemania|austria|osterreich|oesterreich|autriche|usa|canada|quebec|maroc|morocco|marruecos|mexico|chile',
      'argentina|colombia|peru|portugal|brasil|brazil|nederland|netherlands|holland|ireland|irlande|nordic|nordics|scandinavia|japan|australia',
      'aussie|india|europe|latam|international|intl|global|world|benelux|iberia|africa|asia|dach|polska|poland|english|francais|deutsch|espanol',
      // More languages a brand posts in (round 39's "@cvs_francais" beside an Italian or Dutch line).
      'italiano|nederlands|portugues|catala|cymraeg|gaeilge|euskara',
      'help|support|care|service|sav|kundenservice|atencion|info|news|jobs|careers|karriere|empleo|emploi|status|alerts|official|officiel|oficial|offiziell|ufficiale',
      // Help desks in the Nordic languages and Finnish ("@kvitfjord_hjelp", round 40; "brand_hjalp", "brand.kundeservice",
      // "brand_apua"), and the help words service-handle.ts reads after a brand's initials, here after its word.
      'hjelp|hjalp|hjaelp|kundeservice|kundservice|kundtjanst|kundesenter|asiakaspalvelu|apua|hilfe|ayuda|ajuda|apoio|aiuto|hulp|klantenservice|pomoc|podpora|destek',
      // Live-updates and ticket desks: "brandlive", "brand_tickets", "brand_taquilla" (round 15's "@BrackenfieldLive").
      'live|updates|infos|alertes|avisos|tickets|ticketing|boxoffice|billetterie|taquilla|entradas|kasse',
      // Outage desks and how-to channels: "brand_storing", "brandstatus", "brandhowto".
      'storing|storingen|stoerung|stoerungen|outage|outages|incidents|incidencias|pannes|averias|howto|tutorials|tutoriels|tutoriales|anleitungen|vacatures',
      // A club's or school's own sections: its women's team, youth academy, foundation ("marismafemenino",
      // "ribazul_frauen", "brand_academy" — round 16). A supporters' or fan club adds a town or a club word instead.
      'women|womens|ladies|femenino|femenina|femeni|feminas|feminines|feminine|feminin|frauen|damen|academy|academie|academia|cantera|youth|jugend|nachwuchs|juvenil|foundation|fondation|fundacion|stiftung',
      // Its own shop: "brandstore", "brand.shop", "brand_boutique" (round 20's "@castelmontestore" under "Store").
      'shop|store|boutique|tienda|negozio|winkel|webshop|onlineshop',
      // Its events desk: "brand.events", "brand_eventos" (round 29's "@kaltenstein.events", named in a sentence by the events team).
      'events|eventos|evenements|eventi|veranstaltungen',
      // Its press desk: "brand_presse", "brandprensa", "brand_medias" (round 24's "@Beaulac_Medias", named in a footer note).
      'press|presse|prensa|stampa|imprensa|medias|newsroom',
    ].join('|') +
    ')$',
);
// Shortest of the brand's handles that another of its accounts may extend: "savlac" yes, "bw" not.
const BRANCH_BASE_MIN = 5;

/**
 * The brand's own handle that `handle` extends by a separator and a branch word ("savlac" for "savlac.suisse"), if
 * any: one brand, one more account. The user part of a Mastodon handle is compared.
 */
function branchOf(handle: string, bases: ReadonlySet<string>): string | null {
  const user = handleUser(handle).toLowerCase();
  for (const base of bases) {
    if (user.length <= base.length + 1 || !user.startsWith(base) || !/[._-]/.test(user[base.length])) continue;
    if (BRANCH_WORD.test(user.slice(base.length + 1))) return base;
  }
  return null;
}

/**
 * Words that open a brand's recruitment account before its name, accent-folded, separators removed: "werkenbij…",
 * "joinus…", "arbeitenbei…", "travaillerchez…", "trabajaen…"; and a club's academy or foundation named first
 * ("canteramarisma", "academieribazul", round 16).
 */
const JOBS_PREFIX = /^(?:werkenbij|werkenbei|werkenvoor|jobsbij|joinus|workat|workwith|careersat|jobsat|arbeitenbei|jobsbei|karrierebei|travaillerchez|rejoindre|recrutement|trabajaen|trabajarcon|empleoen|unete|lavoraconnoi|cantera|academia|academie|academy|fundacion|fondation|foundation|stiftung)$/;
// Shortest desk word read without a separator: "kestrelhelp" yes, "kestrelco" (a two-letter code glued on) not.
const GLUED_MIN = 4;

/** The shortest CamelCase short word of the brand's name read as a stem of its desks' handles. */
const CAMEL_STEM_MIN = 5;

/**
 * The brand's words its own handles are built on: each word of the brand's name or domain label (accent-folded, ≥ 5 characters) that
 * one of its official handles starts with — "kestrel" for Kestrel Mobile (@kestrelmobile), not "fibre" for Harbor
 * Fibre (@harborfibre), a word another firm may start its handle with —, or starts with after its initials
 * ("castelmonte" for US Castelmonte 1921, @uscastelmonte).
 */
function brandStems(target: { domain: string; brandName: string }, official: readonly Account[]): string[] {
  const all = foldText(target.brandName).split(/[^a-z0-9]+/).filter(Boolean);
  // The domain label's words too: a brand named by an adjective of its mountain or town keeps the noun in its domain
  // and handles ("Kaltensteiner Bergbahnen", kaltenstein-bergbahnen, @kaltenstein.ski; round 29).
  const label = foldText(domainLabel(target.domain)).split(/[^a-z0-9]+/).filter((w) => w.length >= BRANCH_BASE_MIN);
  // And a CamelCase name's short word, which its desks' handles are built on instead ("sayapstatus" of SayapAsia,
  // round 37: camel-short-word.ts); from five letters, as a shorter start is many names' ("Owo" of OwoLink).
  const short = camelShortWords(target.brandName, CAMEL_STEM_MIN).map(foldText);
  const words = [...new Set([...all.filter((w) => w.length >= BRANCH_BASE_MIN), ...label, ...short])];
  const handles = official.map((a) => squash(handleUser(a.handle)));
  // Short words before the brand's word ("us", "fc", "ac"): a club's or firm's initials its handles may open with.
  const lead = all.filter((w) => w.length <= 3).join('');
  return words.filter((w) => handles.some((h) => h.startsWith(w) || (lead !== '' && h.startsWith(lead + w))));
}

/**
 * The brand word a handle joins to a desk, country or job word, with or without a separator ("kestrelstatus",
 * "salitre_mexico", "kestrelhowto", "werkenbijwindkracht"), if any.
 */
function deskOf(handle: string, stems: readonly string[]): string | null {
  const user = squash(handleUser(handle));
  for (const stem of stems) {
    if (user.startsWith(stem)) {
      const rest = user.slice(stem.length);
      if (rest.length >= GLUED_MIN && BRANCH_WORD.test(rest)) return stem;
    } else if (user.endsWith(stem) && JOBS_PREFIX.test(user.slice(0, -stem.length))) return stem;
  }
  return null;
}

/**
 * For an account named by a desk label of the page ("Live updates on X:", "Taquilla en X:", "For live disruption
 * news follow"), the word of the brand's name its handle carries, when one of the brand's official handles carries it
 * too ("tramontana" in "tramontana_taquilla" and "salatramontana"): such a line names the city's traffic desk or a
 * ticket seller's as readily, and only the handle says whose desk it is. The longest such word, if any.
 */
function labelledDesk(account: Account, labelled: ReadonlySet<Account>, words: readonly string[], official: readonly Account[]): string | null {
  if (!labelled.has(account)) return null;
  const user = squash(handleUser(account.handle));
  const handles = official.map((a) => squash(handleUser(a.handle)));
  const shared = words.filter((w) => user.includes(w) && handles.some((h) => h.includes(w)));
  return shared.length === 0 ? null : shared.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Ranks evidence so an account's URL comes from its strongest sighting. */
function strength(f: SocialFinding): number {
  if (f.how === 'twitter-site' || f.how === 'json-ld' || f.how === 'publisher-meta') return 0;
  if (BRAND_PLACEMENTS.includes(f.placement)) return 1;
  if (f.how === 'share-via') return 4;
  return f.placement === 'article' ? 3 : 2;
}

/**
 * Merges `facts.socials` of all analysed pages by platform and handle, with one evidence entry per page, way
 * found and placement, and decides `official`:
 * - official when named by twitter:site, JSON-LD sameAs or article:publisher / fb:pages; placed in a header, footer,
 *   navigation or "follow us" block; linked with rel=me or from a follow button; seen on at least 2 pages and at
 *   least half of the analysed pages; or when the handle resembles the brand's name or domain label, or extends one
 *   of the brand's official handles by a country, language or desk ("fournil2ponts.france", "nwickco_au", "x_help")
 *   where the site presents it (a person's block does not); likewise, where the site presents it, the same handle as
 *   an official account on another network ("brand.mexico" / "brandmexico"), or a word of the brand's name that an
 *   official handle starts with joined to a desk, country or job word without a separator ("kestrelstatus",
 *   "werkenbijwindkracht");
 * - never official (after the site's own metadata) when the page disowns it, or its handle says it is a fan's, a
 *   parody's or an impostor's ("brand_fans", "brand.memes", "notbrand": fan-handle.ts);
 * - a handle resembling the brand's is not enough for a LinkedIn /in/ page seen only in a person's block, nor behind
 *   "Follow <name> on…" (an employee named after the firm);
 * - sightings of a person's account never count for the brand (see `personal`): an author or quoted person linked
 *   from an article, a list of journalists or writers in the footer or sidebar, an embedded post's author, a
 *   "Follow Anna on Twitter" bio; an unrelated `via=` is not official either.
 * Fediverse candidates (a /@name page on a server not known to be one) count only on `fediverseServers`. Accounts on
 * closed networks (Google+, Vine, Periscope) carry the day the network closed, with that as their reason.
 * Sorted official first, then by PLATFORMS order, then handle.
 */
export function mergeAccounts(pages: PageRecord[], target: { domain: string; brandName: string }, options: MergeOptions = {}): Account[] {
  const { accounts, site } = accountCandidates(pages, target, options);
  // The model overrules the rules only where it is confident (account-model.ts); closed networks keep their reason.
  for (const { account, candidate } of accounts) {
    if (account.closed) continue;
    const said = overrule(candidate, site);
    if (!said) continue;
    Object.assign(account, {
      official: said.verdict === 'own',
      reason: note(said.verdict === 'own' ? 'site.account.model-own' : 'site.account.model-other', { chance: said.chance }),
    });
  }
  const order = (p: string): number => (PLATFORMS as readonly string[]).indexOf(p);
  return accounts
    .map((a) => a.account)
    .sort((a, b) => Number(b.official) - Number(a.official) || order(a.platform) - order(b.platform) || (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0));
}

/**
 * The accounts as the rules decide them, each with what the model reads of it (`candidate`, with the rules' verdict),
 * and the site as the model reads it: mergeAccounts before the model, and the training script's rows.
 */
export function accountCandidates(
  pages: PageRecord[],
  target: { domain: string; brandName: string },
  options: MergeOptions = {},
): { accounts: { account: Account; candidate: Candidate }[]; site: SiteContext } {
  const analysed = pages.filter((p) => p.facts).length;
  const groups = new Map<string, Sighting[]>();
  for (const page of pages) {
    const pageUrl = page.finalUrl ?? page.url;
    for (const seen of page.facts?.socials ?? []) {
      let finding = seen;
      if (finding.how === 'fediverse-candidate') {
        const server = finding.handle.split('@')[1] ?? '';
        if (!options.fediverseServers?.has(server)) continue;
        finding = { ...finding, how: 'link' };
      }
      const key = `${finding.platform}|${finding.handle}`;
      const list = groups.get(key) ?? [];
      list.push({ finding, pageUrl });
      groups.set(key, list);
    }
  }
  const accounts: Account[] = [];
  const seen = new Map<Account, Sighting[]>();
  const readings = new Map<Account, Pick<Candidate, 'personal' | 'match'>>();
  // Accounts not official but presented as the site's own at least once (not a person's sighting): candidates for a
  // branch of an official account.
  const presented = new Set<Account>();
  // …of which those named by a desk label of the page ("Live updates on X:", "Taquilla en X:").
  const labelled = new Set<Account>();
  for (const sightings of groups.values()) {
    const { platform, handle } = sightings[0].finding;
    const evidence: AccountEvidence[] = [];
    // One piece of evidence per page, way found and placement; a set, not a scan of the evidence so far: a footer
    // account is seen on every page, and scanning made a 3,000-page audit quadratic in it.
    const recorded = new Set<string>();
    for (const { finding, pageUrl } of sightings) {
      const key = `${pageUrl}\n${finding.how}\n${finding.placement}`;
      if (recorded.has(key)) continue;
      recorded.add(key);
      evidence.push({ pageUrl, how: finding.how, placement: finding.placement, ...(finding.snippet ? { snippet: finding.snippet } : {}) });
    }
    const best = sightings.map((s) => s.finding).reduce((a, b) => (strength(b) < strength(a) ? b : a));
    // Which sightings are a person's, read once for the account: judge(), the own-account reading below and the model's
    // candidate all use it.
    const read = readSightings(sightings, handle, target);
    const judged = judge(sightings, read.personal, handle, analysed, target);
    if (isClosedNetwork(platform)) {
      const closed = CLOSED_NETWORKS[platform];
      const account: Account = { platform, handle, url: best.url, official: judged.official, reason: note('site.account.closed-network', { closed }), closed, evidence };
      accounts.push(account);
      seen.set(account, sightings);
      readings.set(account, read);
    } else {
      const account: Account = { platform, handle, url: best.url, ...judged, evidence };
      accounts.push(account);
      seen.set(account, sightings);
      readings.set(account, read);
      // Read only for an account the rules leave to someone else, as most are: a footer account has many sightings.
      const shown = judged.official || SETTLED_OTHERS.has(judged.reason.code) ? [] : shownSightings(sightings, read.personal, handle, target);
      if (shown.length > 0) {
        presented.add(account);
        if (someFinding(shown, (f) => DESK_LABEL_SNIPPET().test(foldText(f.snippet ?? '')))) labelled.add(account);
      }
    }
  }
  // The brand's country, language or help accounts built on one of its own handles ("fournil2ponts.france" beside
  // "fournil2ponts"), linked once in the page's text: official, the handle they extend as the reason.
  const bases = new Set(accounts.filter((a) => a.official && !a.closed).map((a) => handleUser(a.handle).toLowerCase()).filter((h) => h.length >= BRANCH_BASE_MIN));
  for (const account of presented) {
    const base = branchOf(account.handle, bases);
    if (base) {
      Object.assign(account, { official: true, reason: note('site.account.branch-handle', { of: base }) });
      presented.delete(account);
    }
  }
  // The same handle as one of the brand's accounts on another network ("brand.mexico" on Instagram and "brandmexico" on
  // Facebook, "brand.bikes" on Instagram and Threads): one brand, one name everywhere.
  const official = accounts.filter((a) => a.official && !a.closed);
  const squashed = new Map<string, Account>();
  for (const a of official) {
    const user = squash(handleUser(a.handle));
    // The first (in PLATFORMS order) of several official accounts with one name is named as the reason.
    if (user.length >= BRANCH_BASE_MIN && !squashed.has(user)) squashed.set(user, a);
  }
  const stems = brandStems(target, official);
  const words = brandWords(target, BRANCH_BASE_MIN);
  for (const account of presented) {
    const twin = squashed.get(squash(handleUser(account.handle)));
    if (twin && twin.platform !== account.platform) {
      Object.assign(account, { official: true, reason: note('site.account.same-handle', { of: `${twin.platform}:${twin.handle}` }) });
      continue;
    }
    const stem = deskOf(account.handle, stems) ?? labelledDesk(account, labelled, words, official);
    if (stem) Object.assign(account, { official: true, reason: note('site.account.desk-handle', { of: stem }) });
  }
  // A desk named only in an article's text, after the network's name, by a handle built on the brand's word and a desk
  // word ("Real-time disruption updates are published on X at @sayapstatus" in an airline's news item, round 37): an
  // article's place reads as a person's, so the account is never presented, but the sentence names the network and
  // the handle the desk, as a footer note does. Not one the page disowns or a rule settled as someone else's.
  for (const account of accounts) {
    if (account.official || account.closed || presented.has(account) || SETTLED_OTHERS.has(account.reason?.code ?? '') || account.reason?.code === 'site.account.disowned') continue;
    const sightings = seen.get(account)!;
    if (!sightings.some((s) => s.finding.how === 'mention' && s.finding.placement === 'article' && !s.finding.disowned)) continue;
    const stem = deskOf(account.handle, stems);
    if (stem) Object.assign(account, { official: true, reason: note('site.account.desk-handle', { of: stem }) });
  }
  // A handle whose network only the sentence before names ("Follow us on X at @owolink. Service status … is posted on
  // @OwoLinkStatus.": text-mentions.ts, round 37) is a guess: kept only as a desk built on a word of the brand that one
  // of its official handles on that same network starts with, and not listed at all otherwise.
  for (let i = accounts.length - 1; i >= 0; i--) {
    const account = accounts[i];
    if (!seen.get(account)!.every((s) => s.finding.guessed)) continue;
    const stem = account.closed || SETTLED_OTHERS.has(account.reason?.code ?? '') ? null : deskOf(account.handle, stems);
    if (stem && official.some((a) => a.platform === account.platform && squash(handleUser(a.handle)).includes(stem))) {
      Object.assign(account, { official: true, reason: note('site.account.desk-handle', { of: stem }) });
    } else {
      accounts.splice(i, 1);
      presented.delete(account);
    }
  }
  // Last, a part of the brand said, in the sentence linking to it, to have its own account ("La boutique a son propre
  // compte : Ti ar Chistr"): a shop's, a range's, a podcast's account whose handle shares nothing with the brand's, which
  // no handle rule finds (own-account.ts); or one of the brand's desks said, in the first person, to keep it ("Notre
  // service après-vente répond sur X : @…", "som drivs av vår HR-avdelning": own-desk.ts). Read in the sightings that
  // present the account and in an article's text, where such sentences sit as often (deskSightings: a list of several
  // such accounts, "Tiene su propia cuenta: @…" among them, is not read as a list of people's).
  // The sightings the unit readings below take, filtered once for all of them and kept for the initials-desk reading
  // after the loop (the accounts this loop leaves others', no other).
  const unitsOf = new Map<Account, Sighting[]>();
  const otherNames = siteOtherNames(
    pages,
    (name) => squash(foldText(name)),
    (words) => brandMatch(squash(foldText(words)), target) !== null || brandWords(target, MIN_CONTAIN + 1).some((w) => foldText(words).split(/[^a-z0-9]+/).includes(w)),
    (name) => brandMatch(name, target) !== null,
  );
  for (const account of accounts) {
    if (account.official || account.closed || account.reason?.code === 'site.account.disowned' || SETTLED_OTHERS.has(account.reason?.code ?? '')) continue;
    const said = deskSightings(seen.get(account)!, account.handle, target);
    const units = unitSightings(seen.get(account)!);
    unitsOf.set(account, units);
    if (someFinding(said, saysOwnAccount)) Object.assign(account, { official: true, reason: note('site.account.own-account') });
    // A shop's own node naming it: the "our shop" is the shop's own voice (a franchisee's store page, round 26).
    else if (!namedByShop(seen.get(account)!) && someFinding(said, saysOwnDesk)) Object.assign(account, { official: true, reason: note('site.account.own-desk') });
    // One of the brand's parts named with the definite article as the keeper ("Follow the show:", "Instagram del hotel:",
    // "la cuenta del restaurante, @…": own-unit.ts), on a card the rules read as a person's as often as not. A shop's or
    // restaurant's own JSON-LD node naming it does not matter here, unlike for own-desk: the brand's own restaurant page
    // carries a Restaurant node too (round 27), and own-unit.ts reads a franchise or another operator in the block.
    else if (someFinding(units, (f) => saysOwnUnit(f, target.brandName))) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // A card or teaser titled by one of the brand's units whose handle spells the title ("Elternschule Wilerau",
    // "Glenarroch Visitor Centre": unit-title.ts), set out like its staff's cards; read outside the page's chrome, where
    // a footer column's first words are a partner's name as often. Not an account a shop's own JSON-LD node names: a
    // franchisee's store page titles it with the brand's word too (round 16); a hospital's or an orchestra's may.
    // Not a maker's "Name — Town" card whose name carries the brand's word ("Canting Mbah Sumi — Pekalongan" at Pasar
    // Canting, round 36): the name spelt by the handle is the maker's, the town after the dash no unit's (maker-card.ts).
    // Nor an act's line-up card titled by a unit's word ("Orquesta Los de la Barra", "Jueves 14 · 22 h", round 40): an
    // orchestra with a slot on the programme is a guest act (lineup-card.ts).
    else if (
      !namedByStore(seen.get(account)!) &&
      !(units.length > 0 && everyFinding(units, (f) => onMakerCard(f, account.handle, target) || onLineupCard(f, account.handle, target))) &&
      titledByUnit(seen.get(account)!, account.handle, target)
    ) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // A desk's or product's card titled by a CamelCase compound of the brand's short word ("AskSayap", "SayapCargo" on
    // SayapAsia's contact grid: camel-title.ts), the handle spelling it; not an account a shop's own JSON-LD node names.
    else if (!namedByStore(seen.get(account)!) && someFinding(units, (f) => titledByBrandCompound(f, account.handle, target))) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // A sub-brand named "<name> by <brand>" on its card, the handle spelling the name ("Dahabiya Nefertari by Nile Lotus —
    // @dahabiyanefertari": by-brand-title.ts).
    else if (someFinding(units, (f) => namesSubBrandBy(f, account.handle, target))) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // A sub-brand its section names as the brand's ("Clio Direct, l'assurance 100 % en ligne d'Alzette Assurances", "our
    // online brand Nimbus Go"), the handle spelling its name (own-sub-brand.ts, round 38): a "Follow <name> on Instagram
    // and Facebook" line the rules read as unrelated or as a list of people's.
    else if (someFinding(units, (f) => namesOwnSubBrand(f, account.handle, target))) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // One of the brand's units on a card saying it is the brand's own, the handle a short form of the brand's name and
    // the unit's name ("Stampede Ranch" over @cvs_ranch, "The Planter's Bungalow" over @mhg_bungalow: tagged-unit.ts);
    // outside the page's chrome, not an account a shop's own JSON-LD node names.
    else if (!namedByStore(seen.get(account)!) && someFinding(units, (f) => !['header', 'nav', 'footer'].includes(f.placement) && spellsTaggedUnit(account.handle, f, target))) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // One of the brand's ranges on a card headed by its name, the card calling it "our … line" ("Silver Mist" over "Our
    // single-estate white tea line…", @silvermistwhitetea: own-line-card.ts), the handle spelling the name.
    else if (someFinding(units, (f) => namesOwnLine(f, account.handle))) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // A card of one of the brand's own titles, headed by the title its handle spells and opening "Our first game",
    // "Naša prva igra" (own-title-card.ts, round 39): the person-name veto reads the two-word title as a name.
    else if (someFinding(units, (f) => onOwnTitleCard(f, account.handle))) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // A card titled in Japanese by one of the brand's units ("浜崎駅", "西部支社", "北灘鉄道 採用担当": unit-title-ja.ts),
    // whose romaji or initials handle no spelling of the title matches.
    else if (someFinding(units, (f) => titledByJapaneseUnit(f, target.brandName))) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // A card titled by one of the brand's plants and its town ("Planta Castro": plant-title.ts), its handle spelling no
    // title ("mf_ptomontt", a numeric page id).
    else if (someFinding(units, titledByPlant)) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // The brand's careers page linked by the brand's words and a jobs word in running text ("pagina Salvia Cariere",
    // "Sương Sớm – Tuyển dụng": careers-page.ts); not in a block naming a partner, a franchise or another operator.
    else if (someFinding(units, (f) => linksBrandCareersPage(f, target.brandName))) {
      Object.assign(account, { official: true, reason: note('site.account.own-desk') });
    }
    // A recruiting account whose handle is a jobs word and the brand's short name ("werkenbijsbl", "kzk_karriere":
    // recruiting-handle.ts), in a block speaking of jobs: a footer list or a line the rules read as people's.
    else if (someFinding(units, (f) => presentsRecruitingAccount(f, account.handle, target))) {
      Object.assign(account, { official: true, reason: note('site.account.own-desk') });
    }
    // A press desk named to journalists by a handle made of the brand's short name and a press word ("reach the press
    // team on X at @TawiPress", "Media … should DM @PCRugbyMedia": press-handle.ts), in a sentence naming no partner.
    else if (someFinding(units, (f) => namesPressDesk(f, account.handle, target))) {
      Object.assign(account, { official: true, reason: note('site.account.own-desk') });
    }
    // One of the brand's programmes, contests or desks in its own prose or news cards, the handle its distinctive word
    // and a programme word the block holds ("organizamos la Milonga del Arrabal (@arrabal.milonga)", "Novedades del
    // certamen en @certamenarrabal": stem-programme.ts), where the main handle opens with a type word.
    else if (someFinding(units, (f) => namesStemProgramme(f, account.handle, target))) {
      Object.assign(account, { official: true, reason: note('site.account.desk-handle', { of: stemProgramme(account.handle, target)!.word }) });
    }
    // A trade desk named to the brand's trade customers by a handle made of its short name and a trade word ("Existing
    // partners … can tweet @DGMerchantDesk": trade-desk.ts), in a sentence naming the partners who write to it.
    else if (someFinding(units, (f) => namesTradeDesk(f, account.handle, target))) {
      Object.assign(account, { official: true, reason: note('site.account.own-desk') });
    }
    // A help, booking or status desk given to customers by a handle made of the brand's short name and a desk word ("you
    // can also DM @nlc_bookings on X", "tweet to @vtk_support": service-handle.ts), in a sentence asking to be written
    // to there or speaking of questions or bookings, naming no partner.
    else if (someFinding(units, (f) => namesServiceDesk(f, account.handle, target))) {
      Object.assign(account, { official: true, reason: note('site.account.own-desk') });
    }
    // A desk whose handle is the brand's initials, its trade word and a desk word ("follow @KSSurfReport on X" at Kaimana
    // Surf School, round 39: initials-trade-desk.ts), in a sentence naming no partner or other operator.
    else if (someFinding(units, (f) => namesInitialsTradeDesk(f, account.handle, target.brandName))) {
      Object.assign(account, { official: true, reason: note('site.account.desk-handle', { of: initialsTradeDesk(account.handle, target.brandName) }) });
    }
    // A LinkedIn showcase page whose name opens with the brand's word ("lindenhof-ticino": showcase-page.ts), one of its
    // parts by the network's design, on a card the rules read as a person's.
    else if (someFinding(units, (f) => brandShowcase(f, target))) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // A mascot the page calls the brand's official character, or whose accounts one of its departments runs, in Japanese
    // ("北灘鉄道の公式マスコット", "アカウントは広報部が運営しています": mascot-ja.ts).
    else if (someFinding(units, (f) => brandMascot(f, target.brandName))) {
      Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    }
    // A card calling its bearer the brand's mascot ("Náš maskot Rysík…", "Naša maskota Mila…": persona-card.ts), in a
    // grid the rules read as people's; the mascot's handle spells its own name, not the brand's (round 41's bear).
    else if (someFinding(units, onMascotCard)) Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    // A unit's card known by its role mailbox on the site's domain ("rekry@…" above the card's links: unit-mailbox.ts).
    else if (units.some((s) => s.finding.unitCard)) Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    // A place's card the brand says it runs itself ("Eigene Filiale", "직영점", or a finder saying every campus is its own
    // where a branch's JSON-LD node names the account: run-branch.ts), set out like a franchisee's or a manager's card.
    else if (runByBrand(units)) Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    // A place's card left unmarked in a finder that marks its franchised or licensed places ("Magasin franchisé",
    // "Licensed partner" beside cards tagged only by the brand: marked-franchise.ts), the handle opening with the
    // brand's word or the link naming the brand; a manager's card in the same markup links neither (round 39).
    else if (unmarkedBranch(units, account.handle, target)) Object.assign(account, { official: true, reason: note('site.account.own-unit') });
    // An account kept from one of the brand's former names, the block saying so in the first person ("from our Bushwalk
    // Supply Co. days", "da época em que nos chamávamos Ipê Pagamentos": former-name.ts): its handle spells the old
    // name, unlike the brand's, in body text.
    else if (someFinding(units, (f) => namesFormerSelf(f, account.handle))) {
      Object.assign(account, { official: true, reason: note('site.account.former-name') });
    }
    // An account built on another name the site gives itself: its own JSON-LD node's `alternateName` or `legalName`,
    // its og:site_name, a line's "Harrow & Finch — formerly known as Northgate Tack Supply" (other-names.ts; round
    // 39's `pixelkovac` of Vučjak Games, alternateName "Pixel Kovač"), presented anywhere but in a share button.
    else if (units.length > 0 && builtOnOtherName(squash(handleUser(account.handle)), otherNames, editDistance)) {
      Object.assign(account, { official: true, reason: note('site.account.other-name') });
    }
  }
  // A language or desk account on the brand's initials named in the brand's voice ("suivez nos nouvelles en français sur
  // X : @cvs_francais" beside the official @cvs_rodeo: initials-desk.ts), read once the readings above have settled
  // which of the brand's desks are official.
  const officialUsers = accounts.filter((a) => a.official && !a.closed).map((a) => handleUser(a.handle).toLowerCase());
  for (const [account, units] of unitsOf) {
    if (account.official) continue;
    if (namesInitialsDesk(account.handle, distinctFindings(units), officialUsers, target.brandName, (rest) => BRANCH_WORD.test(rest))) {
      Object.assign(account, { official: true, reason: note('site.account.desk-handle', { of: account.handle.split(/[._-]/)[0] }) });
    }
  }
  // Last of all, a channel known only by its id, in blocks of someone else's accounts, goes with them (channel-siblings.ts).
  for (const [channel, beside] of channelsAmongOthers(accounts, seen)) {
    Object.assign(channel, { official: false, reason: note('site.account.channel-among-others', { of: `${beside.platform}:${beside.handle}` }) });
  }
  const candidates = accounts.map((account) => {
    const sightings = seen.get(account)!;
    // An account official by another rule that the page also names as one of its parts' ("Canais oficiais da Faculdade:
    // X · LinkedIn" in a faculty's card, "Follow the show:" on a show's card, placed in a follow block), its handle unlike
    // the brand's name: the model, reading a list's shape, took such accounts away (round 27's faculties and shows); it
    // never does now. A handle opening with the brand's word, a place after it ("marbrisa.lanzarote" under "Redes del
    // hotel:"), is a franchised hotel's or shop's as often as the brand's, and the card alone need not say so: the model
    // still reads it. A unit's word before the brand's ("ests-ipsado", "fdireito-uatlantica") is a department's naming.
    // So is one on a unit's card known by its role mailbox (unit-mailbox.ts, which reads a franchise or partner there).
    const units = account.official && !account.closed ? unitSightings(sightings) : [];
    const unitNamed =
      (!words.some((w) => squash(handleUser(account.handle)).startsWith(w)) && someFinding(units, (f) => saysOwnUnit(f, target.brandName))) ||
      units.some((s) => s.finding.unitCard === true) ||
      // So is one on a place's card saying the brand runs it ("géré par Dyar Amane", "Eigene Filiale": run-branch.ts),
      // placed in the card's own row of icons or named by the place's JSON-LD node: the card says whose it is, and
      // the model, reading a list of places shaped like a list of people, took two such riads away (round 34).
      units.some((s) => s.finding.ownBranch === 'card') ||
      // So is the brand's careers page named by its words and a jobs word ("Carrières Beaulac" in a footer note: the
      // model, reading a link in running text, took it away, round 24), or its recruiting handle (recruiting-handle.ts).
      someFinding(units, (f) => linksBrandCareersPage(f, target.brandName) || presentsRecruitingAccount(f, account.handle, target));
    return {
      account,
      candidate: {
        platform: account.platform,
        handle: account.handle,
        sightings,
        ...readings.get(account)!,
        official: account.official,
        reason: account.reason?.code ?? '',
        ...(unitNamed ? { unitNamed } : {}),
      },
    };
  });
  return { accounts: candidates, site: { analysed, target, candidates: candidates.map((c) => c.candidate) } };
}
