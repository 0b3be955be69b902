// Trains the account model shipped in src/collect/site/account-model.data.ts: logistic regression (scripts/logistic.mjs)
// over the features of src/collect/site/account-model.ts, one row per account a labelled site links to (the page set
// of fixtures/pages with the demo brands, and the rounds final, 9 to 30), labelled 1 when the site's case lists it as
// the brand's own. Each row carries the verdict of the rules as they stood when the set was first scored
// (fixtures/first-sight/accounts.json, scripts/account-first-sight.mjs): today's rules were tuned on most sets and are
// right on them by construction, so only first-sight verdicts show the model where rules err on pages they were not
// written for. Run after a build:
//   npm run build && node scripts/train-account-model.mjs
// The model overrules the rules' verdict only where it is confident, in both directions: an account the rules do not
// call official becomes official above `ownAbove`, an official one stops being so below `otherBelow`. The pair is
// chosen by leave-one-round-out cross-validation — each round folder is a fold, the main set is split into MAIN_FOLDS
// folds by site — never in-sample. A round kept unseen (scripts/accounts-bench.mjs UNSEEN_ROUNDS) is never listed here.
//   --check         print the held-out figures only, write nothing
//   --errors        with --check: each held-out account the model alone gets wrong, each one wrong at the chosen pair,
//                   and each labelled official account the first-sight rules never found
//   --no-rules      the model reads no verdict or reason of the rules (to compare)
//   --without-own-account  first-sight verdicts without the own-account rule added since (to compare)
//   --without-own-desk     first-sight verdicts without the own-desk rule added since (to compare)
//   --without-own-unit     first-sight verdicts without the own-unit rule added since (to compare)
//   --without-mentions     without the accounts named in the pages' text, read since (to compare)
//   --without-fan-handle   first-sight verdicts without the fan-handle veto added since (to compare)
//   --without-disowned     first-sight verdicts without today's reading of the pages' disclaimers (to compare)
//   --without-person-name  first-sight verdicts without today's reading of handles spelling a shown name (to compare)
//   --without-person-card  first-sight verdicts without today's reading of a person's card by another handle on it spelling its heading
//   --without-persons-card  first-sight verdicts without today's reading of a card headed by a name whose bio speaks of that person
//   --without-personal-profile  first-sight verdicts without the personal LinkedIn profile veto added since (to compare)
//   --without-shop-named  first-sight verdicts without today's reading of accounts a shop's own JSON-LD names (to compare)
//   --without-other-org   first-sight verdicts without today's reading of another organisation said to stand apart (to compare)
//   --without-named-body  first-sight verdicts without today's reading of a link naming a town hall, federation or board (to compare)
//   --without-unit-title  first-sight verdicts without today's reading of a card titled by one of the brand's units (to compare)
//   --without-parent-org  first-sight verdicts without today's reading of the brand's JSON-LD parentOrganization node (to compare)
//   --without-place-node  first-sight verdicts without today's disowning of an account only a place's JSON-LD node names (to compare)
//   --without-later-units  first-sight verdicts without today's readings of a unit's card by its role mailbox, of a place
//                          the brand says it runs, and of an account kept from a former name (to compare)
//   --without-round34-readings  first-sight verdicts without today's readings written for round 34's sites: a Japanese
//                          unit's card, a plant's card, a careers page, a showcase page, a mascot (the brand's), a group
//                          companies' list and a sister company (others') (to compare)
//   --without-careers  first-sight verdicts without today's careers readings: a careers page named by the brand's words
//                      and a jobs word, its recruiting handle (recruiting-handle.ts), official and kept from the model
//   --without-press-desk  first-sight verdicts without today's reading of a press desk named to journalists by the
//                         brand's short name and a press word (press-handle.ts)
//   --without-service-desk  first-sight verdicts without today's reading of a help, booking or status desk given by the
//                           brand's short name and a desk word (service-handle.ts)
//   --without-hashtag-wall  first-sight verdicts without today's reading of a customer's post credited by its handle on
//                           the brand's hashtag wall (hashtag-wall.ts)
//   --without-group-handle  first-sight verdicts without today's reading of a handle naming a group or holding the
//                           brand's name does not (group-handle.ts)
//   --without-provided-node  first-sight verdicts without today's reading of a place's JSON-LD node the site's own organisation provides (to compare)
//   --without-partner-label  first-sight verdicts without today's reading of a partner's icon labelled with its name in a
//                            block about partners (partner-label.ts)
//   --without-sub-brand  first-sight verdicts without today's reading of a sub-brand its section names as the brand's
//                        (own-sub-brand.ts)
//   --today         rows carry today's verdicts instead of first-sight ones (in-sample: to compare)
//   DROP=<regexp>   (environment) features matching it are dropped from every row: to measure what a feature adds
//   L2=<number>     (environment) the L2 penalty (default 3e-4: held out on the blind rounds, 1e-3 cost 3 more misses at
//                   the same precision, 3e-3 and 1e-2 both more misses and more wrongly official accounts)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fit, keptWeights, score } from './logistic.mjs';
import { loadPageSet } from './page-set.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { accountCandidates, deskSightings, personalProfile, readSightings, unitSightings } = await import('../dist/collect/site/accounts.js');
const { squash } = await import('../dist/collect/site/text.js');
const { brandWords } = await import('../dist/collect/site/brand-words.js');
const { accountFeatures, heard, namedByShop, onPersonsCards, personIntroduced } = await import('../dist/collect/site/account-model.js');
const { analyzePage } = await import('../dist/collect/site/analyze.js');
const { saysOwnAccount } = await import('../dist/collect/site/own-account.js');
const { saysOwnDesk } = await import('../dist/collect/site/own-desk.js');
const { saysOwnUnit } = await import('../dist/collect/site/own-unit.js');
const { fanHandle } = await import('../dist/collect/site/fan-handle.js');
const { saysOtherOrg } = await import('../dist/collect/site/other-org.js');
const { namedByStore, titledByUnit } = await import('../dist/collect/site/unit-title.js');
const { namesOtherBody } = await import('../dist/collect/site/named-body.js');
const { labelsPartner } = await import('../dist/collect/site/partner-label.js');
const { namesOwnSubBrand } = await import('../dist/collect/site/own-sub-brand.js');
const { namedByParentNode, namedByPlaceNode } = await import('../dist/collect/site/scripts.js');
const { followsShownName, onNamedPersonCard, spellsShownName } = await import('../dist/collect/site/person-name.js');
const { onPersonsCard } = await import('../dist/collect/site/person-card.js');
const { runByBrand } = await import('../dist/collect/site/run-branch.js');
const { namesFormerSelf } = await import('../dist/collect/site/former-name.js');
const { titledByJapaneseUnit } = await import('../dist/collect/site/unit-title-ja.js');
const { listedAsGroupCompany } = await import('../dist/collect/site/group-list.js');
const { namesSisterCompany } = await import('../dist/collect/site/sister-company.js');
const { titledByPlant } = await import('../dist/collect/site/plant-title.js');
const { linksBrandCareersPage } = await import('../dist/collect/site/careers-page.js');
const { brandShowcase } = await import('../dist/collect/site/showcase-page.js');
const { brandMascot } = await import('../dist/collect/site/mascot-ja.js');
const { presentsRecruitingAccount } = await import('../dist/collect/site/recruiting-handle.js');
const { namesPressDesk } = await import('../dist/collect/site/press-handle.js');
const { namesServiceDesk } = await import('../dist/collect/site/service-handle.js');
const { creditedOnlyOnWall } = await import('../dist/collect/site/hashtag-wall.js');
const { namesGroupHandle } = await import('../dist/collect/site/group-handle.js');
const OWN_ACCOUNT = !process.argv.includes('--without-own-account');
const OWN_DESK = !process.argv.includes('--without-own-desk');
const OWN_UNIT = !process.argv.includes('--without-own-unit');
const MENTIONS = !process.argv.includes('--without-mentions');
const FAN_HANDLE = !process.argv.includes('--without-fan-handle');
const DISOWNED = !process.argv.includes('--without-disowned');
const PERSON_NAME = !process.argv.includes('--without-person-name');
const FOLLOWS_NAMED = !process.argv.includes('--without-follows-named');
const PERSON_CARD = !process.argv.includes('--without-person-card');
const PERSONS_CARD = !process.argv.includes('--without-persons-card');
const PROFILES = !process.argv.includes('--without-personal-profile');
const SHOP_NAMED = !process.argv.includes('--without-shop-named');
const OTHER_ORG = !process.argv.includes('--without-other-org');
const UNIT_TITLE = !process.argv.includes('--without-unit-title');
const PARENT_ORG = !process.argv.includes('--without-parent-org');
const PLACE_NODE = !process.argv.includes('--without-place-node');
const PROVIDED_NODE = !process.argv.includes('--without-provided-node');
const LATER_UNITS = !process.argv.includes('--without-later-units');
const ROUND34_READINGS = !process.argv.includes('--without-round34-readings');
const CAREERS = !process.argv.includes('--without-careers');
const PRESS_DESK = !process.argv.includes('--without-press-desk');
const SERVICE_DESK = !process.argv.includes('--without-service-desk');
const HASHTAG_WALL = !process.argv.includes('--without-hashtag-wall');
const GROUP_HANDLE = !process.argv.includes('--without-group-handle');
/** The rules' verdicts no later reading reopens (accounts.ts SETTLED_OTHERS). */
const SETTLED = new Set(['site.account.fan-handle', 'site.account.other-org', 'site.account.named-body']);
const NAMED_BODY = !process.argv.includes('--without-named-body');
const PARTNER_LABEL = !process.argv.includes('--without-partner-label');
const SUB_BRAND = !process.argv.includes('--without-sub-brand');
const SKIP_FAN = !process.env.KEEP_FAN;
/** Reasons the fan-handle veto comes after at run time (accounts.ts judge): the site's own metadata naming the account. */
const SITE_NAMED = new Set(['site.account.twitter-site', 'site.account.json-ld', 'site.account.publisher-meta']);

/** The labelled sets trained on; each round is one fold. */
const ROUNDS = ['final', 'round9', 'round10', 'round11', 'round12', 'round13', 'round14', 'round15', 'round16', 'round17', 'round18', 'round19', 'round20', 'round21', 'round22', 'round23', 'round24', 'round25', 'round26', 'round27', 'round28', 'round29', 'round30', 'round31', 'round32', 'round33', 'round34', 'round35', 'round36', 'round37', 'round38', 'round39', 'round40', 'round41'];
const MAIN_FOLDS = 4;
const L2 = Number(process.env.L2 ?? 3e-4);
const EPOCHS = 800;
const RATE = 1;
const MIN_COUNT = 3;
/** A word beside a link is a feature only when the links of this many different training sites hold it. */
const MIN_WORD_SITES = 3;
const MIN_WEIGHT = 0.01;
/** Cost of a wrongly official account against a missed one: the precision goal (0.99) is stricter than recall's (0.97). */
const FP_COST = 2;

/**
 * One row per live account of each case, as the rules judged it at first sight (fixtures/first-sight/accounts.json,
 * written by scripts/account-first-sight.mjs), with the labelled official accounts those rules never found.
 * --today: as today's rules judge it instead (tuned on most sets: in-sample).
 */
const TODAY = process.argv.includes('--today');
const FIRST_SIGHT = JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'first-sight', 'accounts.json'), 'utf8')).sets;
function rowsOf(set, fold, today = TODAY) {
  const rows = [];
  let unfound = 0;
  const seen = FIRST_SIGHT[set];
  loadPageSet(set).forEach((c, i) => {
    const official = new Set(c.official);
    const keys = new Set();
    const push = (key, candidate, site) => {
      keys.add(key);
      rows.push({ y: official.has(key) ? 1 : 0, rule: candidate.official, heard: heard(candidate), person: personIntroduced(candidate) || (PERSONS_CARD && onPersonsCards(candidate, site.target)) || (SHOP_NAMED && (candidate.shopNamed || namedByShop(candidate.sightings))), features: accountFeatures(candidate, site), site: `${set}/${c.id}`, fold: fold(i), key });
    };
    if (today) {
      const pages = c.pages.map(({ url, html }, n) => ({ url, status: 200, depth: n === 0 ? 0 : 1, fetchMs: 0, https: url.startsWith('https:'), kinds: [], facts: analyzePage(html, url).facts }));
      const { accounts, site } = accountCandidates(pages, c.brand);
      // An account the own-account, own-desk or own-unit rule calls official is never the model's to judge (account-model.ts `heard`): not a row.
      for (const { account, candidate } of accounts) {
        if (account.closed) continue;
        if (candidate.reason === 'site.account.own-account' || candidate.reason === 'site.account.own-desk' || candidate.reason === 'site.account.own-unit' || (SKIP_FAN && candidate.reason === 'site.account.fan-handle')) keys.add(`${account.platform}:${account.handle}`);
        else push(`${account.platform}:${account.handle}`, candidate, site);
      }
    } else {
      const then = seen.find((x) => x.id === c.id);
      // The accounts today's page analysis reads in a shop's or branch's own JSON-LD node only, never in the brand's
      // (scripts.ts, read since the first sights of rounds 16 and 24: "GroceryStore sameAs" on a partner market's or an
      // independent owner's page): not official by the site's metadata at run time, and never made so by the model.
      const shopNode = new Set();
      const brandNode = new Set();
      if (SHOP_NAMED) {
        for (const { url, html } of c.pages) {
          for (const f of analyzePage(html, url).facts.socials) {
            if (f.how === 'json-ld') brandNode.add(`${f.platform}:${f.handle}`);
            if (namedByShop([{ finding: f }])) shopNode.add(`${f.platform}:${f.handle}`);
          }
        }
      }
      const candidates = then.accounts.map((a) => {
        const sightings = then.sightings.filter((s) => `${s.finding.platform}:${s.finding.handle}` === a.key);
        const [platform, ...rest] = a.key.split(':');
        const handle = rest.join(':');
        // An account the own-desk rule of its first sight called official that today's reading of the sentence does
        // not (an employee's link after the shop's pages in one line, round 26): judged as the rules before that rule
        // judged such accounts, someone else's, and heard by the model as at run time.
        const undone = OWN_DESK && a.reason === 'site.account.own-desk' && (namedByShop(sightings) || !deskSightings(sightings, handle, c.brand).some((s) => saysOwnDesk(s.finding)));
        // Likewise an account official at first sight by its handle's likeness alone that a shop's own JSON-LD node names
        // (accounts.ts namedByShop, read since: a franchisee's store page, round 26): no longer official by the rules.
        const shopNamed = shopNode.has(a.key) && !brandNode.has(a.key);
        const shop = shopNamed && ['site.account.brand-name', 'site.account.domain', 'site.account.json-ld'].includes(a.reason);
        const [official, reason] = undone || shop ? [false, 'site.account.unrelated-link'] : [a.official, a.reason];
        return { platform, handle, sightings, ...readSightings(sightings, handle, c.brand), official, reason, ...(shopNamed ? { shopNamed } : {}) };
      });
      const site = { analysed: then.analysed, target: c.brand, candidates };
      // The accounts today's page analysis reads as disowned by the page ("a parody account, nothing to do with us"):
      // its disclaimers grew after most first sights, and a disowned account is final at run time (judge, before every
      // rule but the site's own metadata; the model never overrules it).
      const disowned = new Set();
      // Likewise the accounts linked only as personal LinkedIn profiles (linkedin.com/in/), read since every first
      // sight (accounts.ts personalProfile): never official at run time unless the site's own metadata names them. The
      // first-sight sightings kept no URL, so today's page analysis says which links were /in/ ones.
      const profiles = new Map();
      // Likewise the accounts the brand's own JSON-LD node names as its parent group's (scripts.ts namedByParentNode),
      // read since every first sight: never official at run time unless an organisation's node of the site, X's
      // twitter:site or publisher meta names them. And, per account, whether an organisation's node names it at all
      // (json-ld findings not all from a place's node, scripts.ts namedByPlaceNode): one a Restaurant or Store of an
      // ItemList names alone yields to the page's disowning it (accounts.ts judge).
      const parentNamed = new Set();
      const orgNamed = new Set();
      const placeNamed = new Set();
      // And the accounts today's analysis reads in a node the site's own organisation provides (provided-node.ts), once
      // read as a shop's node ("TouristAttraction (branch) sameAs …").
      const providedNamed = new Set();
      // And each account's sightings as today's page analysis makes them, with the marks the first sights kept no
      // field for (a unit's card, a place the brand runs).
      const todaySeen = new Map();
      if (DISOWNED || PROFILES || PARENT_ORG || PLACE_NODE || PROVIDED_NODE || LATER_UNITS || ROUND34_READINGS) {
        for (const { url, html } of c.pages) {
          for (const f of analyzePage(html, url).facts.socials) {
            const key = `${f.platform}:${f.handle}`;
            (todaySeen.get(key) ?? todaySeen.set(key, []).get(key)).push({ pageUrl: url, finding: f });
            if (DISOWNED && f.disowned && f.how !== 'share-via') disowned.add(key);
            if (f.how !== 'share-via') profiles.set(key, (profiles.get(key) ?? true) && personalProfile({ ...f }));
            if (namedByParentNode(f)) parentNamed.add(key);
            if (f.how === 'json-ld') (namedByPlaceNode(f) ? placeNamed : orgNamed).add(key);
            if (f.how === 'json-ld' && namedByPlaceNode(f)) providedNamed.add(key);
          }
        }
      }
      for (const candidate of candidates) {
        push(`${candidate.platform}:${candidate.handle}`, candidate, site);
        // The own-account rule (own-account.ts) came after every first sight: where it would call an account official
        // that the rules did not (nor disowned), it is final at run time (the model never overrules it), so the held-out
        // measure says official there. The row itself, features and verdict, stays as first seen: the model keeps
        // learning what it learnt. --without-own-account leaves the first-sight verdicts alone, to compare.
        // Read, as at run time, in the sightings that present the account and in an article's text (deskSightings).
        const shown = deskSightings(candidate.sightings, candidate.handle, c.brand);
        const said = shown.some((s) => saysOwnAccount(s.finding));
        if (OWN_ACCOUNT && said && !candidate.official && candidate.reason !== 'site.account.disowned') rows[rows.length - 1].final = 'own';
        // Likewise the own-desk rule (own-desk.ts), added after every first sight: one of the brand's desks said, in the
        // first person, to keep the account, read in an article's text too (deskSightings).
        const desk = !namedByShop(candidate.sightings) && shown.some((s) => saysOwnDesk(s.finding));
        if (OWN_DESK && desk && !candidate.official && candidate.reason !== 'site.account.disowned' && !fanHandle(candidate.handle, c.brand)) {
          rows[rows.length - 1].final = 'own';
        }
        // Likewise the fan-handle veto (fan-handle.ts), added after every first sight: a handle that says it is a fan's,
        // a parody's or an impostor's is never official at run time unless the site's own metadata names it.
        if (FAN_HANDLE && !SITE_NAMED.has(candidate.reason) && fanHandle(candidate.handle, c.brand)) rows[rows.length - 1].final = 'other';
        const named = `${candidate.platform}:${candidate.handle}`;
        if (disowned.has(named) && !SITE_NAMED.has(candidate.reason)) rows[rows.length - 1].final = 'other';
        if (PLACE_NODE && disowned.has(named) && candidate.reason === 'site.account.json-ld' && placeNamed.has(named) && !orgNamed.has(named)) rows[rows.length - 1].final = 'other';
        if (PROFILES && profiles.get(`${candidate.platform}:${candidate.handle}`) === true && !SITE_NAMED.has(candidate.reason)) rows[rows.length - 1].final = 'other';
        // Likewise a handle spelling a name shown beside its links, not the brand's (person-name.ts), added after every
        // first sight: such sightings are a person's (accounts.ts `personal`), and an account seen only in a person's
        // sightings is never official at run time unless the site's own metadata names it or its handle is the brand's.
        const people = candidate.sightings.filter((s) => s.finding.how !== 'share-via');
        if (
          PERSON_NAME &&
          candidate.official &&
          !SITE_NAMED.has(candidate.reason) &&
          !candidate.match &&
          people.length > 0 &&
          people.every((s) => candidate.personal[candidate.sightings.indexOf(s)]) &&
          people.some((s) => spellsShownName(candidate.handle, s.finding, c.brand) || (FOLLOWS_NAMED && followsShownName(s.finding, c.brand)) || (PERSON_CARD && s.finding.how !== 'mention' && onNamedPersonCard(candidate.handle, s.finding, c.brand)) || (PERSONS_CARD && s.finding.how !== 'mention' && onPersonsCard(s.finding, c.brand)))
        ) {
          rows[rows.length - 1].final = 'other';
        }
        // Likewise the own-unit rule (own-unit.ts), added after every first sight: one of the brand's parts named with the
        // definite article as the keeper ("Follow the show:", "Instagram del hotel:", "la cuenta del restaurante, @…"),
        // read in every sighting but a share button, a disowned link or a personal profile — after the person-name veto,
        // which reads a show's two-word title as a name. Final at run time either way: an account the rules call official
        // and the page names so is never taken away by the model, one they do not becomes official. Never where the page
        // disowns it or its handle is a fan's; a restaurant's or hotel's own JSON-LD node naming it does not matter here
        // ("la cuenta del restaurante, @salitre.nerja" beside a Restaurant node on the brand's own page, round 27): the
        // line says whose it is, and a franchise's card says who runs it.
        const key = `${candidate.platform}:${candidate.handle}`;
        const unit = unitSightings(candidate.sightings).some((s) => saysOwnUnit(s.finding, c.brand.brandName));
        // An official one is kept only where its handle does not open with one of the brand's words (accounts.ts `unitNamed`).
        const branded = brandWords(c.brand, 5).some((w) => squash(candidate.handle.split('@')[0]).startsWith(w));
        if (OWN_UNIT && unit && !(candidate.official && branded) && candidate.reason !== 'site.account.disowned' && !fanHandle(candidate.handle, c.brand) && !disowned.has(key) && profiles.get(key) !== true) {
          rows[rows.length - 1].final = 'own';
        }
        // What the unit-title rule and the readings after it (all added after every first sight) require alike: the rules
        // did not disown the account or settle it for good, and today's sightings do not disown it.
        const leftByRules = candidate.reason !== 'site.account.disowned' && !SETTLED.has(candidate.reason) && !disowned.has(key);
        // Likewise the unit-title rule (unit-title.ts), added after every first sight: a card or teaser titled by one of
        // the brand's units whose handle spells the title ("Elternschule Wilerau", "Glenarroch Visitor Centre"), read
        // outside the page's chrome for an account the rules leave to someone else; final at run time (own-unit's reason).
        if (
          UNIT_TITLE &&
          !candidate.official &&
          leftByRules &&
          !namedByStore(candidate.sightings) &&
          titledByUnit(candidate.sightings, candidate.handle, c.brand)
        ) {
          rows[rows.length - 1].final = 'own';
        }
        // Likewise the last readings of accounts.ts (after own-unit and unit-title there), added after every first
        // sight: a unit's card known by its role mailbox on the site's domain (unit-mailbox.ts), a place's card the brand
        // says it runs itself (run-branch.ts), an account kept from one of the brand's former names (former-name.ts).
        // Final at run time (the model never overrules them), as own-unit is.
        const todays = unitSightings(todaySeen.get(key) ?? []);
        if (
          LATER_UNITS &&
          !candidate.official &&
          leftByRules &&
          (todays.some((s) => s.finding.unitCard === true) || runByBrand(todays) || unitSightings(candidate.sightings).some((s) => namesFormerSelf(s.finding, candidate.handle)))
        ) {
          rows[rows.length - 1].final = 'own';
        }
        // Likewise the unit readings written for round 34's sites (accounts.ts, between unit-title and the role mailbox),
        // read in today's sightings, which carry the card's heading and block the first sights kept no field for: a card
        // titled in Japanese by one of the brand's units (unit-title-ja.ts) or by a plant (plant-title.ts), the brand's
        // careers page named by its words and a jobs word (careers-page.ts), a LinkedIn showcase page built on its word
        // (showcase-page.ts), a mascot it calls its own (mascot-ja.ts). Final at run time, as own-unit is.
        if (
          ROUND34_READINGS &&
          !candidate.official &&
          leftByRules &&
          todays.some((s) => titledByJapaneseUnit(s.finding, c.brand.brandName) || titledByPlant(s.finding) || linksBrandCareersPage(s.finding, c.brand.brandName) || brandShowcase(s.finding, c.brand) || brandMascot(s.finding, c.brand.brandName))
        ) {
          rows[rows.length - 1].final = 'own';
        }
        // Likewise the careers readings (careers-page.ts with a jobs word before the brand's words, recruiting-handle.ts),
        // added since: official at run time where the rules leave the account to someone else, and kept from the model
        // where they call it official (accounts.ts unitNamed).
        if (
          CAREERS &&
          leftByRules &&
          profiles.get(key) !== true &&
          todays.some((s) => linksBrandCareersPage(s.finding, c.brand.brandName) || presentsRecruitingAccount(s.finding, candidate.handle, c.brand))
        ) {
          rows[rows.length - 1].final = 'own';
        }
        // Likewise the press-desk reading (press-handle.ts), added since: official at run time where the rules leave the
        // account to someone else.
        if (
          PRESS_DESK &&
          !candidate.official &&
          leftByRules &&
          todays.some((s) => namesPressDesk(s.finding, candidate.handle, c.brand))
        ) {
          rows[rows.length - 1].final = 'own';
        }
        // Likewise the service-desk reading (service-handle.ts), added since: a help, booking or status desk given by the
        // brand's short name and a desk word ("DM @nlc_bookings on X"); official at run time where the rules leave the
        // account to someone else.
        if (SERVICE_DESK && !candidate.official && leftByRules && todays.some((s) => namesServiceDesk(s.finding, candidate.handle, c.brand))) {
          rows[rows.length - 1].final = 'own';
        }
        // Likewise the sub-brand reading (own-sub-brand.ts), added since: a section naming a sub-brand as the brand's
        // ("<name>, l'assurance en ligne de <brand>", "our online brand <name>") whose name the handle spells; official at
        // run time where the rules leave the account to someone else.
        if (SUB_BRAND && !candidate.official && leftByRules && todays.some((s) => namesOwnSubBrand(s.finding, candidate.handle, c.brand))) {
          rows[rows.length - 1].final = 'own';
        }
        // Likewise the other-org veto (other-org.ts), added after every first sight: a sentence of the block saying the
        // account's organisation stands apart from the brand ("an independent, student-led organisation", "ente
        // autonomo", "op hun eigen kanalen"). Never official at run time unless the site's own metadata names it, and
        // read before the own-* rules there, so it comes last here.
        if (OTHER_ORG && !SITE_NAMED.has(candidate.reason) && candidate.sightings.some((s) => s.finding.how !== 'share-via' && saysOtherOrg(s.finding))) {
          rows[rows.length - 1].final = 'other';
        }
        // Likewise the group-companies list (group-list.ts) and a sister company named so (sister-company.ts), read with
        // other-org at run time, written for round 34's sites: read in today's sightings (the block's text).
        const placedToday = (todaySeen.get(key) ?? []).filter((s) => s.finding.how !== 'share-via');
        if (ROUND34_READINGS && !SITE_NAMED.has(candidate.reason) && (placedToday.some((s) => listedAsGroupCompany(s.finding)) || namesSisterCompany((todaySeen.get(key) ?? []).map((s) => s.finding)))) {
          rows[rows.length - 1].final = 'other';
        }
        // Likewise a customer's post credited by its handle on the brand's hashtag wall and linked nowhere else by the
        // brand (hashtag-wall.ts), read since every first sight: a fan's at run time (settled, as the fan-handle veto)
        // unless the site's own metadata names it or its handle is the brand's.
        if (HASHTAG_WALL && !SITE_NAMED.has(candidate.reason) && !candidate.match && creditedOnlyOnWall(placedToday.map((s) => s.finding), candidate.handle)) {
          rows[rows.length - 1].final = 'other';
        }
        // Likewise a handle naming a group or holding the brand's name does not (group-handle.ts), read since every first
        // sight: another company's at run time (other-org) unless the site's own metadata names it.
        if (GROUP_HANDLE && !SITE_NAMED.has(candidate.reason) && namesGroupHandle(candidate.handle, c.brand)) {
          rows[rows.length - 1].final = 'other';
        }
        // Likewise the named-body veto (named-body.ts): the link's own text, or a card's heading over a bare network
        // name, names a town hall, a federation, a tourism board or the brand's membership of one.
        if (NAMED_BODY && !SITE_NAMED.has(candidate.reason) && candidate.sightings.some((s) => s.finding.how !== 'share-via' && namesOtherBody(s.finding, c.brand.brandName))) {
          rows[rows.length - 1].final = 'other';
        }
        // Likewise the partner-label veto (partner-label.ts), added since: a partner's icon labelled with the partner's
        // name in a block about partners; another organisation's at run time (other-org) unless the site's own metadata
        // names it or its handle is the brand's.
        if (PARTNER_LABEL && !SITE_NAMED.has(candidate.reason) && !candidate.match && placedToday.some((s) => labelsPartner(s.finding, candidate.handle, c.brand))) {
          rows[rows.length - 1].final = 'other';
        }
        // Likewise the parent-org veto (accounts.ts judge, scripts.ts namedByParentNode), added after every first sight:
        // the brand's own JSON-LD node names the account as its parent group's. Read right after the site's own
        // metadata at run time, before every other rule, so it comes last here.
        if (PARENT_ORG && parentNamed.has(named) && !orgNamed.has(named) && candidate.reason !== 'site.account.twitter-site' && candidate.reason !== 'site.account.publisher-meta') {
          rows[rows.length - 1].final = 'other';
        }
        // Likewise the provided-node reading (provided-node.ts), added after every first sight: a place's node that
        // names the site's own organisation as its provider is no shop's, and its sameAs are the site's metadata,
        // official at run time before every rule but a disowning of the place's account (accounts.ts judge).
        const asShop = candidate.sightings.some((s) => s.finding.how === 'embedded-json' && /^\S+ \(branch\) sameAs /.test(s.finding.snippet ?? ''));
        if (PROVIDED_NODE && asShop && providedNamed.has(named) && !candidate.official && !disowned.has(named)) rows[rows.length - 1].final = 'own';
      }
    }
    // Accounts the pages only name in their text ("sur X : @…", text-mentions.ts), read since every first sight: never
    // candidates then. Today's rules judge them and the model never speaks on them (account-model.ts `heard`), so their
    // rows carry today's verdict as final and train nothing. --without-mentions leaves them out, to compare.
    if (MENTIONS && !today) {
      const pages = c.pages.map(({ url, html }, n) => ({ url, status: 200, depth: n === 0 ? 0 : 1, fetchMs: 0, https: url.startsWith('https:'), kinds: [], facts: analyzePage(html, url).facts }));
      const { accounts, site } = accountCandidates(pages, c.brand);
      for (const { account, candidate } of accounts) {
        const key = `${account.platform}:${account.handle}`;
        if (account.closed || keys.has(key) || !candidate.sightings.every((s) => s.finding.how === 'mention')) continue;
        push(key, candidate, site);
        Object.assign(rows[rows.length - 1], { final: account.official ? 'own' : 'other', mention: true });
      }
    }
    const lost = c.official.filter((k) => !keys.has(k));
    if (process.argv.includes('--errors') && !today) for (const k of lost) console.log(`never a candidate at first sight: ${set}/${c.id} ${k}`);
    unfound += lost.length;
  });
  return { rows, unfound };
}

/** --no-rules: the model reads no verdict of the rules (features naming one are dropped), to compare. */
const NO_RULES = process.argv.includes('--no-rules');
const sets = [['main', (i) => `main-${i % MAIN_FOLDS}`], ...ROUNDS.map((r) => [r, () => r])];
const rows = [];
const unfound = new Map();
for (const [set, fold] of sets) {
  const got = rowsOf(set, fold);
  rows.push(...got.rows);
  unfound.set(set, got.unfound);
}
// Today's verdicts on the main set join training too (never the held-out measure): they teach the model how far the
// reasons added since the main set's first sight are to be trusted (without them it overruled 7 of the main set's
// branch and desk accounts; held-out blind rounds P 0.958 R 0.964 without, P 0.958 R 0.961 with). --with-today-all
// adds every set's (held-out rounds P 0.967 R 0.939, and 6 of the main set's accounts lost), --first-sight-only none.
const WITH_TODAY = process.argv.includes('--first-sight-only') ? [] : process.argv.includes('--with-today-all') ? sets.map(([set]) => set) : ['main'];
for (const [set, fold] of sets.filter(([set]) => WITH_TODAY.includes(set))) rows.push(...rowsOf(set, fold, true).rows.map((r) => ({ ...r, extra: true })));
if (NO_RULES) for (const r of rows) r.features = r.features.filter((f) => !f.includes('ruled-'));
if (process.env.DROP) for (const r of rows) r.features = r.features.filter((f) => !new RegExp(process.env.DROP).test(f));
const folds = [...new Set(rows.map((r) => r.fold))];

/** Trains on `train`, keeping only the words of link texts that several sites share (a person's name is one site's). */
function train(rows) {
  const train = rows.filter((r) => !r.mention);
  const sites = new Map();
  for (const r of train) for (const f of r.features) if (/^(?:w|c|hd):/.test(f)) (sites.get(f) ?? sites.set(f, new Set()).get(f)).add(r.site);
  const keep = (f) => !/^(?:w|c|hd):/.test(f) || (sites.get(f)?.size ?? 0) >= MIN_WORD_SITES;
  return fit(
    train.map((r) => ({ y: r.y, features: r.features.filter(keep) })),
    { l2: L2, epochs: EPOCHS, rate: RATE, minCount: MIN_COUNT },
  );
}

// Held-out scores: each fold scored by the model trained on all the others.
const held = [];
for (const fold of folds) {
  const m = train(rows.filter((r) => r.fold !== fold));
  for (const r of rows) if (r.fold === fold && !r.extra) held.push({ r, s: score(m, r) });
}

/** Verdicts of the rules overruled by the model at (ownAbove, otherBelow), with precision and recall. */
function measure(items, ownAbove, otherBelow, missedAnyway) {
  let tp = 0;
  let fp = 0;
  let fn = missedAnyway;
  for (const { r, s } of items) {
    const said = r.final ? r.final === 'own' : (!r.heard ? r.rule : r.rule ? s >= otherBelow : s > ownAbove && !r.person);
    if (said && r.y) tp++;
    else if (said) fp++;
    else if (r.y) fn++;
  }
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}
const allMissed = [...unfound.values()].reduce((a, b) => a + b, 0);
// The thresholds are chosen on the blind rounds' folds: the main set's first-sight rules (its first commit) were far
// weaker than any later round's, and its errors far more (P 0.57 at first sight), so its folds would pick a model that
// speaks too often for rules that have since learnt what it fixes.
const roundsHeld = held.filter((h) => !h.r.fold.startsWith('main'));
const roundsMissed = [...unfound].filter(([set]) => set !== 'main').reduce((a, [, n]) => a + n, 0);
const INF = Number.POSITIVE_INFINITY;
const ownGrid = [...Array.from({ length: 13 }, (_, i) => i * 0.5), INF];
const otherGrid = [-INF, ...Array.from({ length: 13 }, (_, i) => -i * 0.5)];
// The model shipped (trained on every row) must not undo what today's rules get right on the page set, which it has
// read (today's verdicts on it are training rows): a pair under which it loses one of the page set's accounts, or
// adds one, is not chosen. Without this guard the least-cost pair (own > 0, other < 0) took 6 of the page set's
// official accounts away (photo and workshop accounts unlike the brand, desks claimed as "we post there").
const model = train(rows);
const pageSet = rows.filter((r) => r.extra).map((r) => ({ r, s: score(model, r) }));
const pageSetErrors = (own, other) => {
  const m = measure(pageSet, own, other, 0);
  return m.fp + m.fn;
};
// The page-set accounts today's rules get right that the model would get wrong at a pair: a count of errors alone let a
// pair through that fixed one account of the page set and lost another (a desk claimed as "dort posten wir", lost at
// other < 0 once a namesake act's YouTube channel was fixed by the model).
const rightAt = (item, own, other) => {
  const m = measure([item], own, other, 0);
  return m.fp === 0 && m.fn === 0;
};
const pageSetLost = (own, other) => pageSet.filter((item) => rightAt(item, INF, -INF) && !rightAt(item, own, other)).length;
const pageSetFloor = pageSetErrors(INF, -INF);
let best = { own: INF, other: -INF, cost: INF };
for (const own of ownGrid) {
  for (const other of otherGrid) {
    if (pageSetErrors(own, other) > pageSetFloor || pageSetLost(own, other) > 0) continue;
    const m = measure(roundsHeld, own, other, roundsMissed);
    const cost = FP_COST * m.fp + m.fn;
    // Ties keep the model quieter (fewer overrulings): higher ownAbove, lower otherBelow, as the loops visit them.
    if (cost < best.cost || (cost === best.cost && own >= best.own && other <= best.other)) best = { own, other, cost };
  }
}
const fmt = (m) => `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;
const show = (x) => (Number.isFinite(x) ? String(x) : x > 0 ? 'never' : 'never');
console.log(`${rows.length} accounts on ${new Set(rows.map((r) => r.site)).size} sites (${rows.filter((r) => r.y).length} official; ${allMissed} labelled official accounts never found as candidates)`);
console.log(`page set (today's rules, in-sample, the shipped model): errors ${pageSetFloor} by the rules, ${pageSetErrors(best.own, best.other)} at the chosen pair`);
console.log(`held-out, rules alone:          ${fmt(measure(held, INF, -INF, allMissed))}`);
console.log(`held-out, model alone (> 0):    ${fmt(measure(held.map(({ r, s }) => ({ r: { ...r, rule: false }, s })), 0, 0, allMissed))}`);
console.log(`held-out, rules + model at own > ${show(best.own)}, other < ${show(best.other)}: ${fmt(measure(held, best.own, best.other, allMissed))}  <- chosen`);
console.log(`held-out blind rounds (final, 9 to ${ROUNDS.at(-1).slice(5)}), rules alone: ${fmt(measure(roundsHeld, INF, -INF, roundsMissed))}; model alone: ${fmt(measure(roundsHeld.map(({ r, s }) => ({ r: { ...r, rule: false }, s })), 0, 0, roundsMissed))}; rules + model: ${fmt(measure(roundsHeld, best.own, best.other, roundsMissed))}`);
for (const own of [0, 1, 2, 3, 4, INF]) console.log(`  own > ${show(own)}: ` + [0, -0.5, -1, -2, -3, -INF].map((other) => `other < ${show(other)} ${fmt(measure(roundsHeld, own, other, roundsMissed))}`).join('; '));
console.log('per fold (rules alone -> rules + model at the chosen pair):');
for (const fold of folds) {
  const items = held.filter((h) => h.r.fold === fold);
  const missed = fold.startsWith('main') ? 0 : unfound.get(fold) ?? 0;
  const alone = measure(items.map(({ r, s }) => ({ r: { ...r, rule: false }, s })), 0, 0, missed);
  console.log(`  ${fold}: ${fmt(measure(items, INF, -INF, missed))} -> ${fmt(measure(items, best.own, best.other, missed))}; model alone ${fmt(alone)}`);
  if (process.argv.includes('--errors')) for (const { r, s } of items) if ((s > 0) !== (r.y === 1)) console.log(`      model wrong ${r.site} ${r.key}: log-odds ${s.toFixed(2)}, rule ${r.rule ? 'own' : 'other'}, label ${r.y ? 'own' : 'other'}`);
  for (const { r, s } of items) {
    const said = r.final ? r.final === 'own' : (!r.heard ? r.rule : r.rule ? s >= best.other : s > best.own && !r.person);
    if (process.argv.includes('--errors') && said !== (r.y === 1)) console.log(`      wrong at the chosen pair ${r.site} ${r.key}: ${said ? 'official' : 'missed'} (log-odds ${s.toFixed(2)}, rule ${r.rule ? 'own' : 'other'})`);
    if (said !== r.rule) console.log(`      overruled ${r.site} ${r.key}: rule ${r.rule ? 'own' : 'other'} -> ${said ? 'own' : 'other'} (log-odds ${s.toFixed(2)}, label ${r.y ? 'own' : 'other'})`);
  }
}
if (TODAY) console.log('(every fold was read, and most were tuned on, by today\'s rules: there the rules are in-sample and any overruling looks wrong)');
if (process.argv.includes('--check')) process.exit(0);

const kept = keptWeights(model, MIN_WEIGHT);
const file = path.join(ROOT, 'src', 'collect', 'site', 'account-model.data.ts');
const num = (x) => (Number.isFinite(x) ? String(x) : x > 0 ? '99' : '-99');
writeFileSync(
  file,
  `// Generated by scripts/train-account-model.mjs from the labelled page sets (fixtures/pages with the demo brands, rounds
// final and 9 to ${ROUNDS.at(-1).slice(5)}): do not edit. Trained on ${rows.length} accounts; ${kept.length} features. The thresholds are the pair
// whose overrulings, on held-out folds (leave one round out), cost the least (${FP_COST} per wrongly official account, 1 per
// missed one); 99 and -99 mean the model never overrules in that direction.
/** Logistic-regression weights: bias, the two overruling thresholds (log-odds), features and weights as parallel lists. */
export const ACCOUNT_MODEL: { bias: number; ownAbove: number; otherBelow: number; features: string; weights: string } = {
  bias: ${model.bias.toFixed(4)},
  ownAbove: ${num(best.own)},
  otherBelow: ${num(best.other)},
  features: ${JSON.stringify(kept.map(([f]) => f).join(' '))},
  weights: ${JSON.stringify(kept.map(([, v]) => v.toFixed(3)).join(' '))},
};
`,
);
console.log(`${path.relative(ROOT, file)}: ${kept.length} features, ownAbove ${num(best.own)}, otherBelow ${num(best.other)}`);
