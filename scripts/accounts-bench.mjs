// Account-discovery bench: which accounts the crawler calls the brand's own on the labelled page set (fixtures/pages,
// synthetic sites modelled on the error classes seen on real pages, plus the four demo brands), against the labels.
// `--errors` lists, per site, the accounts missed, wrongly called official, and found where there is none.
import { loadPageSet } from './page-set.mjs';

const { scorePageSet } = await import('../dist/collect/site/accuracy.js');

/**
 * The page set scored at first sight, before account discovery was changed for it (issue 11): every error class
 * reproduced — staff and writer blocks, bylines in the entry's header, "Follow <person>" bios, class names containing
 * "nav", embedded posts' authors, non-fediverse /@name pages, hash-bang X links, article:publisher / fb:pages,
 * "Official links" sidebars, subscription_center channel ids — and no closed-network link recognised.
 */
const FIRST_SIGHT = { precision: 0.7, recall: 0.83, peopleAsOfficial: 27, spurious: 6, deadRecall: 0 };

/**
 * The final round (fixtures/pages-final), written after that tuning and scored once before any change made for it:
 * every official account found (22 of 22) and both closed-network links, but a guests' reviews widget with German
 * class names ("bewertungen", "stimme") on every page put two guests among the official accounts.
 */
const FINAL_FIRST_SIGHT = { precision: 0.92, recall: 1, peopleAsOfficial: 2, spurious: 0, deadRecall: 1 };

/**
 * Round 9 (fixtures/pages-round9), written after all the tuning above and scored once, never tuned on: a team column
 * beside the follow-us icons, contributors and an embedded post, a byline in the entry header and a "Sigue a…" bio,
 * fediverse and non-fediverse /@name, legacy and closed-network links, publisher meta and an editors' box.
 */
const ROUND9_FIRST_SIGHT = { precision: 1, recall: 1, peopleAsOfficial: 0, spurious: 0, deadRecall: 1 };

/**
 * Round 10 (fixtures/pages-round10), written before the round-9 text tuning and scored once, never tuned on: a
 * newsroom sidebar and a byline in the article header, a percent-encoded hash-bang, Periscope, a rel="me" Mastodon
 * server, Flipboard and the site's own /@name pages, an "Enlaces oficiales" box unlike the domain, fb:pages and a
 * subscription link. Its one error is the fixture's: the YouTube id written there has 23 characters, not a channel
 * id's 24, so it was read as a legacy user name — the account was found, under another form than the label's. The
 * fixture was corrected afterwards (a 24-character channel id); these figures stay as they were first measured.
 */
const ROUND10_FIRST_SIGHT = { precision: 0.91, recall: 0.91, peopleAsOfficial: 0, spurious: 1, deadRecall: 1 };

/**
 * Round 11 (fixtures/pages-round11), written and labelled by a hand that never read the discovery code, scored once
 * before any change made for it: two people listed as official, four official accounts missed.
 */
const ROUND11_FIRST_SIGHT = { precision: 0.9, recall: 0.83, peopleAsOfficial: 2, spurious: 0, deadRecall: 1 };

/**
 * Round 12 (fixtures/pages-round12), written and labelled by a hand that never read the discovery code, scored once
 * after the round-10 work and before any change made for round 11: every official account found, no person listed;
 * the same after the round-11 work, never tuned on.
 */
const ROUND12_FIRST_SIGHT = { precision: 1, recall: 1, peopleAsOfficial: 0, spurious: 0, deadRecall: 1 };

/**
 * Rounds 13 and 14 (fixtures/pages-round13, fixtures/pages-round14), each written and labelled by a separate hand that
 * never read the discovery code, scored once before any change made for them. Round 14 was then tuned on (agencies'
 * profiles after their credit, store-locator entries, help desks named in running text, country accounts built on the
 * brand's handle). Round 13 was then tuned on too (its "now" is in-sample): a desk claimed in an article's own text,
 * the brand's handle repeated on another network, its name joined to a desk, country or job word without a separator
 * ("brandstatus", "brandhowto", "werkenbijbrand"), and an employee's LinkedIn /in/ or "Follow <name>" account named
 * after the firm. One of its errors was the fixture's: the outage desk's X handle had 18 characters, more than X allows
 * (15), so no reader could take it for a profile; it was shortened afterwards. These figures stay as first measured.
 */
const ROUND13_FIRST_SIGHT = { precision: 0.98, recall: 0.87, peopleAsOfficial: 1, spurious: 0, deadRecall: 1 };
const ROUND14_FIRST_SIGHT = { precision: 0.84, recall: 0.9, peopleAsOfficial: 9, spurious: 0, deadRecall: 1 };
/**
 * Round 15 (fixtures/pages-round15), written and labelled by another hand that never read the discovery code, scored
 * once after the round-14 work and before any change made for round 13. Both of its misses were the fixture's: two X
 * handles had 16 and 19 characters, more than X allows (15), so no reader could take them for profiles; they were
 * shortened afterwards (the ticket desk was then found, the live-updates account still missed). These figures stay as
 * first measured. It was then tuned on (in-sample since): credits lines by role and colon, member associations,
 * labels, parent groups, sponsors and suppliers, desks named in a notice or a line of the page — each class first
 * written as the page set's affiliations-en/-fr/-de/-es sites — after which it scored ROUND15_TUNED.
 */
const ROUND15_FIRST_SIGHT = { precision: 0.87, recall: 0.93, peopleAsOfficial: 4, spurious: 0, deadRecall: 1 };
const ROUND15_TUNED = { precision: 1, recall: 1, peopleAsOfficial: 0, spurious: 0, deadRecall: 1 };
/**
 * Round 16 (fixtures/pages-round16), written and labelled by a fifth hand that never read the discovery code, scored
 * once before any change made for round 15 (its Google+ labels were written with capitals, as the site shows them;
 * they were lower-cased as the tool and every other round write them, which changes no official-account figure).
 */
const ROUND16_FIRST_SIGHT = { precision: 0.79, recall: 0.9, peopleAsOfficial: 10, spurious: 0, deadRecall: 1 };
/** Round 16 after the round-15 work (before any change made for it: precision 0.83, recall 0.90), then tuned on. */
const ROUND16_TUNED = { precision: 1, recall: 0.98, peopleAsOfficial: 0, spurious: 0, deadRecall: 1 };
/**
 * Round 17 (fixtures/pages-round17), written and labelled by a sixth hand that never read the discovery code, scored
 * once after the round-15 work and before any change made for round 16. Its "spurious" account is a Facebook page id
 * in the newspaper's `fb:pages` meta, which its writer left unlabelled; kept as written.
 */
const ROUND17_FIRST_SIGHT = { precision: 0.83, recall: 0.87, peopleAsOfficial: 6, spurious: 1, deadRecall: 1 };
/**
 * Round 18 (fixtures/pages-round18), written and labelled by a seventh hand that never read the discovery code, scored
 * once on the code round 17 was scored on after the round-16 work (kept unseen until round 20 was written).
 */
const ROUND18_FIRST_SIGHT = { precision: 0.83, recall: 0.84, peopleAsOfficial: 8, spurious: 0, deadRecall: 1 };
// The account model (account-model.ts, scripts/train-account-model.mjs) was first trained and its thresholds chosen
// without reading round 18; with it, round 18 scored precision 0.91, recall 0.87. Rounds 18 and 19 then joined the
// model's training sets (their first-sight verdicts, fixtures/first-sight/accounts.json), and their impostors'
// disclaimers were taught to the disowned-account reader (disowned.ts): in-sample since.
/**
 * Round 19 (fixtures/pages-round19), written and labelled by an eighth hand that never read the discovery code, scored
 * once before the account model (on the code round 18 was first scored on): the round neither the rules nor the model
 * was tuned on then. Its "spurious" account is a newspaper's WhatsApp channel, a network its writer left unlabelled.
 * With the account model it scored precision 0.94, recall 0.87 (8 -> 3 wrongly official, 5 -> 7 missed).
 */
const ROUND19_FIRST_SIGHT = { precision: 0.86, recall: 0.91, peopleAsOfficial: 7, spurious: 1, deadRecall: 0.83 };
/**
 * Round 20 (fixtures/pages-round20), written and labelled by a ninth hand that never read the discovery code, scored
 * once on the code with the first account model (trained without rounds 18 and 19): every account it listed was the
 * brand's, 5 of 45 missed. The session's starting code (before the model) scored it precision 0.95, recall 0.91. Never
 * read or tuned on: the estimate on unseen pages.
 */
const ROUND20_FIRST_SIGHT = { precision: 1, recall: 0.89, peopleAsOfficial: 0, spurious: 0, deadRecall: 1 };
// Round 20 then joined the account model's training sets (its first-sight verdicts, on d1405b8), and two of its misses
// were taught to the rules (a club's store built on its word, a status desk in a footer of links set side by side):
// in-sample since.
/**
 * Round 20 scored once more before it was read or trained on, on the code with the model's desk, initials and
 * network-name features (trained on rounds final and 9 to 19) and the Dutch and Italian follow-us phrases: one more
 * account missed than with the model it was first scored beside (1.00 / 0.96).
 */
const ROUND20_BEFORE_TRAINING = { precision: 1, recall: 0.93, peopleAsOfficial: 0, spurious: 0, deadRecall: 1 };
/**
 * Round 21 (fixtures/pages-round21), written and labelled by a tenth hand that never read the discovery code, scored
 * once on the code round 20 was last scored on while it was unseen (dc408f3): every account it listed was the brand's,
 * 3 of 54 missed.
 */
const ROUND21_FIRST_SIGHT = { precision: 1, recall: 0.94, peopleAsOfficial: 0, spurious: 0, deadRecall: 1 };
/**
 * Round 21 scored once more before it was read or trained on, on the code at the end of the work round 20 judged
 * (82d6c57, the code round 22 was first scored on): 1 of 54 missed, none wrongly official.
 */
const ROUND21_BEFORE_TRAINING = { precision: 1, recall: 0.98, peopleAsOfficial: 0, spurious: 0, deadRecall: 1 };
// Round 21 then joined the account model's training sets (its first-sight verdicts: the rules of dc408f3, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 22 (fixtures/pages-round22), written and labelled by an eleventh hand that never read the discovery code,
 * scored once on the code at the end of the work round 21 judged (82d6c57): 2 of the 38 accounts it listed as official
 * were people's, 4 of 40 missed. On that code round 21, still unseen, scored precision 1.00, recall 0.98.
 */
const ROUND22_FIRST_SIGHT = { precision: 0.95, recall: 0.9, peopleAsOfficial: 2, spurious: 2, deadRecall: 0.88 };
/**
 * Round 22 scored last while it was unseen, on the code at the end of the work round 22 was first scored beside
 * (0234423): 1 of the 37 accounts it listed as official was a person's, 4 of 40 missed.
 */
const ROUND22_BEFORE_TRAINING = { precision: 0.97, recall: 0.9, peopleAsOfficial: 1, spurious: 2, deadRecall: 0.88 };
// Round 22 then joined the account model's training sets (its first-sight verdicts: the rules of 82d6c57, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 23 (fixtures/pages-round23), written and labelled by a twelfth hand that never read the discovery code, scored
 * once on the code at the end of the work round 22 judged while unseen (0234423): 2 of the 44 accounts it listed as
 * official were people's, 7 of 49 missed. On that code round 22, still unseen, scored precision 0.97, recall 0.90 (1
 * person official).
 */
const ROUND23_FIRST_SIGHT = { precision: 0.95, recall: 0.86, peopleAsOfficial: 2, spurious: 0, deadRecall: 1 };
/**
 * Round 23 scored last while it was unseen, on the code at the end of the work round 23 was first scored beside
 * (498e6ce): 2 of the 43 accounts it listed as official were people's, 8 of 49 missed.
 */
const ROUND23_BEFORE_TRAINING = { precision: 0.95, recall: 0.84, peopleAsOfficial: 2, spurious: 0, deadRecall: 1 };
// Round 23 then joined the account model's training sets (its first-sight verdicts: the rules of 0234423, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 24 (fixtures/pages-round24), written and labelled by a thirteenth hand that never read the discovery code,
 * scored once on the code at the end of the work round 23 judged while unseen (498e6ce): 2 of the 50 accounts it listed
 * as official were people's, 6 of 54 missed. On that code round 23, still unseen, scored precision 0.95, recall 0.84 (2
 * people official).
 */
const ROUND24_FIRST_SIGHT = { precision: 0.96, recall: 0.89, peopleAsOfficial: 2, spurious: 0, deadRecall: 1 };
/**
 * Round 24 scored last while it was unseen, on the code at the end of the work round 24 was first scored beside
 * (c300f22): 2 of the 50 accounts it listed as official were people's, 6 of 54 missed.
 */
const ROUND24_BEFORE_TRAINING = { precision: 0.96, recall: 0.89, peopleAsOfficial: 2, spurious: 0, deadRecall: 1 };
// Round 24 then joined the account model's training sets (its first-sight verdicts: the rules of 498e6ce, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 25 (fixtures/pages-round25), written and labelled by a fourteenth hand that never read the discovery code,
 * scored once on the code at the end of the work round 24 judged while unseen (c300f22): 4 of the 49 accounts it listed
 * as official were people's, 14 of 59 missed. On that code round 24, still unseen, scored precision 0.96, recall 0.89 (2
 * people official).
 */
const ROUND25_FIRST_SIGHT = { precision: 0.92, recall: 0.76, peopleAsOfficial: 4, spurious: 0, deadRecall: 1 };
/**
 * Round 25 scored last while it was unseen, on the code at the end of the work round 25 was first scored beside
 * (97329f3): 4 of the 51 accounts it listed as official were people's, 12 of 59 missed.
 */
const ROUND25_BEFORE_TRAINING = { precision: 0.92, recall: 0.8, peopleAsOfficial: 4, spurious: 0, deadRecall: 1 };
// Round 25 then joined the account model's training sets (its first-sight verdicts: the rules of c300f22, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 26 (fixtures/pages-round26), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 25 judged while unseen (97329f3): 12 of the 69 accounts it listed as
 * official were people's (players, journalists, ambassadors, founders), 7 of 64 missed. On that code round 25, still
 * unseen, scored precision 0.92, recall 0.80 (4 people official).
 */
const ROUND26_FIRST_SIGHT = { precision: 0.83, recall: 0.89, peopleAsOfficial: 12, spurious: 0, deadRecall: 1 };
/**
 * Round 26 scored last while it was unseen, on the code at the end of the work round 26 was first scored beside
 * (39200a5): 12 of the 69 accounts it listed as official were people's, 7 of 64 missed — as at first sight.
 */
const ROUND26_BEFORE_TRAINING = { precision: 0.83, recall: 0.89, peopleAsOfficial: 12, spurious: 0, deadRecall: 1 };
// Round 26 then joined the account model's training sets (its first-sight verdicts: the rules of 97329f3, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 27 (fixtures/pages-round27), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 26 judged while unseen (39200a5): 14 of the 92 accounts it listed as
 * official were people's (artists, hosts, spokespeople, professors, athletes), 14 of 92 missed. On that code round 26,
 * still unseen, scored precision 0.83, recall 0.89 (12 people official).
 */
const ROUND27_FIRST_SIGHT = { precision: 0.85, recall: 0.85, peopleAsOfficial: 14, spurious: 0, deadRecall: 1 };
/**
 * Round 27 scored last while it was unseen, on the code at the end of the work round 27 was first scored beside
 * (1720261): 14 of the 89 accounts it listed as official were people's, 17 of 92 missed.
 */
const ROUND27_BEFORE_TRAINING = { precision: 0.84, recall: 0.82, peopleAsOfficial: 14, spurious: 0, deadRecall: 1 };
// Round 27 then joined the account model's training sets (its first-sight verdicts: the rules of 39200a5, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 28 (fixtures/pages-round28), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 27 judged while unseen (1720261): 3 of the 56 accounts it listed as
 * official were people's, 23 of 76 missed (sub-accounts with handles unlike the brand's, named in sentences or set
 * out beside people's). On that code round 27, still unseen, scored precision 0.84, recall 0.82 (14 people official).
 */
const ROUND28_FIRST_SIGHT = { precision: 0.95, recall: 0.7, peopleAsOfficial: 3, spurious: 0, deadRecall: 1 };
/**
 * Round 28 scored last while it was unseen, on the code at the end of the work round 28 was first scored beside
 * (d47e709): 3 of the 53 accounts it listed as official were people's, 26 of 76 missed.
 */
const ROUND28_BEFORE_TRAINING = { precision: 0.94, recall: 0.66, peopleAsOfficial: 3, spurious: 0, deadRecall: 1 };
// Round 28 then joined the account model's training sets (its first-sight verdicts: the rules of 1720261, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 29 (fixtures/pages-round29), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 28 judged while unseen (d47e709): 6 of the 67 accounts it listed as
 * official were people's or other organisations', 14 of 75 missed. On that code round 28, still unseen, scored
 * precision 0.94, recall 0.66 (3 people official).
 */
const ROUND29_FIRST_SIGHT = { precision: 0.91, recall: 0.81, peopleAsOfficial: 6, spurious: 0, deadRecall: 1 };
/**
 * Round 29 scored last while it was unseen, on the code at the end of the work round 29 was first scored beside
 * (e8b88e1): 5 of the 67 accounts it listed as official were people's or other organisations', 13 of 75 missed.
 */
const ROUND29_BEFORE_TRAINING = { precision: 0.93, recall: 0.83, peopleAsOfficial: 5, spurious: 0, deadRecall: 1 };
// Round 29 then joined the account model's training sets (its first-sight verdicts: the rules of d47e709, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 30 (fixtures/pages-round30), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 29 judged while unseen (e8b88e1): 7 of the 70 accounts it listed as
 * official were people's or other organisations', 24 of 87 missed. On that code round 29, still unseen, scored
 * precision 0.93, recall 0.83 (5 others official). Read and trained on since round 31 was written.
 */
const ROUND30_FIRST_SIGHT = { precision: 0.9, recall: 0.72, peopleAsOfficial: 7, spurious: 0, deadRecall: 1 };
/**
 * Round 30 scored last while it was unseen, on the code at the end of the work round 30 was first scored beside
 * (be90c8e): 5 of the 69 accounts it listed as official were people's or other organisations', 23 of 87 missed.
 */
const ROUND30_BEFORE_TRAINING = { precision: 0.93, recall: 0.74, peopleAsOfficial: 5, spurious: 0, deadRecall: 1 };
// Round 30 then joined the account model's training sets (its first-sight verdicts: the rules of e8b88e1, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 31 (fixtures/pages-round31), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 30 judged while unseen (be90c8e): 11 of the 82 accounts it listed as
 * official were people's or other organisations', 32 of 103 missed, one account found where the labels have none, 11
 * of 12 closed-network links recognised. On that code round 30, still unseen, scored precision 0.93, recall 0.74 (5
 * others official). Read and trained on since round 32 was written.
 */
const ROUND31_FIRST_SIGHT = { precision: 0.87, recall: 0.69, peopleAsOfficial: 11, spurious: 1, deadRecall: 0.92 };
/**
 * Round 31 scored last while it was unseen, on the code at the end of the work round 31 was first scored beside
 * (76f9a18): 13 of the 85 accounts it listed as official were people's or other organisations', 31 of 103 missed.
 */
const ROUND31_BEFORE_TRAINING = { precision: 0.85, recall: 0.7, peopleAsOfficial: 13, spurious: 1, deadRecall: 0.92 };
// Round 31 then joined the account model's training sets (its first-sight verdicts: the rules of be90c8e, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 32 (fixtures/pages-round32), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 31 judged while unseen (76f9a18): 8 of the 85 accounts it listed as
 * official were people's or other organisations', 29 of 106 missed, 7 of 7 closed-network links recognised. On that
 * code round 31, still unseen, scored precision 0.85, recall 0.70 (13 others official). Read and trained on since
 * round 33 was written.
 */
const ROUND32_FIRST_SIGHT = { precision: 0.91, recall: 0.73, peopleAsOfficial: 8, spurious: 0, deadRecall: 1 };
/**
 * Round 32 scored last while it was unseen, on the code at the end of the work round 32 was first scored beside
 * (7040fca): 9 of the 89 accounts it listed as official were people's or other organisations', 26 of 106 missed.
 */
const ROUND32_BEFORE_TRAINING = { precision: 0.9, recall: 0.75, peopleAsOfficial: 9, spurious: 0, deadRecall: 1 };
// Round 32 then joined the account model's training sets (its first-sight verdicts: the rules of 76f9a18, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 33 (fixtures/pages-round33), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 32 judged while unseen (7040fca): 14 of the 104 accounts it listed as
 * official were people's or other organisations' (16 wrongly official in all), 21 of 109 missed, three accounts found
 * where the labels have none, 7 of 8 closed-network links recognised. On that code round 32, still unseen, scored
 * precision 0.90, recall 0.75 (9 others official). Read and trained on since round 34 was written.
 */
const ROUND33_FIRST_SIGHT = { precision: 0.85, recall: 0.81, peopleAsOfficial: 14, spurious: 3, deadRecall: 0.88 };
/**
 * Round 33 scored last while it was unseen, on the code at the end of the work round 33 was first scored beside
 * (b2055c3): 10 of the 99 accounts it listed as official were people's or other organisations' (12 wrongly official in
 * all), 22 of 109 missed.
 */
const ROUND33_BEFORE_TRAINING = { precision: 0.88, recall: 0.8, peopleAsOfficial: 10, spurious: 3, deadRecall: 0.88 };
// Round 33 then joined the account model's training sets (its first-sight verdicts: the rules of 7040fca, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 34 (fixtures/pages-round34), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 33 judged while unseen (b2055c3): 3 of the 80 accounts it listed as
 * official were people's or other organisations', 25 of 102 missed, one account found where the labels have none, 10
 * of 11 closed-network links recognised. On that code round 33, still unseen, scored precision 0.88, recall 0.80 (10
 * others official). Read and trained on since round 35 was written.
 */
const ROUND34_FIRST_SIGHT = { precision: 0.96, recall: 0.75, peopleAsOfficial: 3, spurious: 1, deadRecall: 0.91 };
/**
 * Round 34 scored last while it was unseen, on the code at the end of the work round 34 was first scored beside
 * (562e404): 4 of the 83 accounts it listed as official were people's or other organisations', 23 of 102 missed.
 */
const ROUND34_BEFORE_TRAINING = { precision: 0.95, recall: 0.77, peopleAsOfficial: 4, spurious: 1, deadRecall: 0.91 };
// Round 34 then joined the account model's training sets (its first-sight verdicts: the rules of b2055c3, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 35 (fixtures/pages-round35), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 34 judged while unseen (562e404): 10 of the 86 accounts it listed as
 * official were people's or other organisations', 26 of 102 missed (the labels hold two official X handles longer
 * than the 15 characters X allows), one account found where the labels have none, 6 of 7 closed-network links
 * recognised. On that code round 34, still unseen, scored precision 0.95, recall 0.77 (4 others official). Read and
 * trained on since round 36 was written (its two over-long handles shortened then).
 */
const ROUND35_FIRST_SIGHT = { precision: 0.88, recall: 0.75, peopleAsOfficial: 10, spurious: 1, deadRecall: 0.86 };
/**
 * Round 35 scored last while it was unseen, on the code at the end of the work round 35 was first scored beside
 * (cb50a4b), its two over-long official X handles shortened: 9 of the 88 accounts it listed as official were people's
 * or other organisations', 23 of 102 missed (before the handles were shortened: 0.90 / 0.75, 25 missed).
 */
const ROUND35_BEFORE_TRAINING = { precision: 0.9, recall: 0.77, peopleAsOfficial: 9, spurious: 1, deadRecall: 0.86 };
// Round 35 then joined the account model's training sets (its first-sight verdicts: the rules of 562e404, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 36 (fixtures/pages-round36), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 35 judged while unseen (cb50a4b): 8 of the 106 accounts it listed as
 * official were people's or other organisations', 12 of 110 missed, two accounts found where the labels have none, 9
 * of 9 closed-network links recognised. On that code round 35, still unseen, scored precision 0.90, recall 0.75 (9
 * others official). Read and trained on since round 37 was written.
 */
const ROUND36_FIRST_SIGHT = { precision: 0.92, recall: 0.89, peopleAsOfficial: 8, spurious: 2, deadRecall: 1 };
/**
 * Round 36 scored last while it was unseen, on the code at the end of the work round 36 was first scored beside
 * (ba7937a): 9 of the 107 accounts it listed as official were people's or other organisations', 12 of 110 missed, two
 * accounts found where the labels have none.
 */
const ROUND36_BEFORE_TRAINING = { precision: 0.92, recall: 0.89, peopleAsOfficial: 9, spurious: 2, deadRecall: 1 };
// Round 36 then joined the account model's training sets (its first-sight verdicts: the rules of cb50a4b, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 37 (fixtures/pages-round37), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 36 judged while unseen (ba7937a): 3 of the 86 accounts it listed as
 * official were people's or other organisations', 21 of 104 missed, none found where the labels have none, 10 of 10
 * closed-network links recognised (the labels' two official X handles longer than the 15 characters X allows were
 * shortened before it was scored). On that code round 36, still unseen, scored precision 0.92, recall 0.89 (9 others
 * official). Never read or tuned on while it was the estimate on unseen pages.
 */
const ROUND37_FIRST_SIGHT = { precision: 0.97, recall: 0.8, peopleAsOfficial: 3, spurious: 0, deadRecall: 1 };
/**
 * Round 37 last scored while unseen, on the code at the end of the work round 37 judged (2edcfa3): 3 of the 86 accounts
 * it listed as official were people's or other organisations', 21 of 104 missed, none found where the labels have none.
 */
const ROUND37_BEFORE_TRAINING = { precision: 0.97, recall: 0.8, peopleAsOfficial: 3, spurious: 0, deadRecall: 1 };
// Round 37 then joined the account model's training sets (its first-sight verdicts: the rules of ba7937a, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 38 (fixtures/pages-round38), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 37 judged while unseen (2edcfa3): 6 of the 97 accounts it listed as
 * official were people's or other organisations', 10 of 100 missed, one found where the labels have none, 10 of 10
 * closed-network links recognised. On that code round 37, still unseen, scored precision 0.97, recall 0.80 (3 others
 * official). Never read or tuned on while it was the estimate on unseen pages.
 */
const ROUND38_FIRST_SIGHT = { precision: 0.93, recall: 0.9, peopleAsOfficial: 6, spurious: 1, deadRecall: 1 };
/**
 * Round 38 last scored while unseen, on the code at the end of the work round 38 judged (581e63d): 6 of the 96 accounts
 * it listed as official were people's or other organisations', 11 of 100 missed, one found where the labels have none.
 */
const ROUND38_BEFORE_TRAINING = { precision: 0.93, recall: 0.89, peopleAsOfficial: 6, spurious: 1, deadRecall: 1 };
// Round 38 then joined the account model's training sets (its first-sight verdicts: the rules of 2edcfa3, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 39 (fixtures/pages-round39), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 38 judged while unseen (581e63d): 1 of the 80 accounts it listed as
 * official was another organisation's, 27 of 106 missed, none found where the labels have none, 6 of 6 closed-network
 * links recognised. On that code round 38, still unseen, scored precision 0.93, recall 0.89 (6 others official). Never
 * read or tuned on: the estimate on unseen pages.
 */
const ROUND39_FIRST_SIGHT = { precision: 0.99, recall: 0.75, peopleAsOfficial: 1, spurious: 0, deadRecall: 1 };
/**
 * Round 39 last scored while unseen, on the code at the end of the work round 39 judged (0079344): the same as at first
 * sight — 1 of the 80 accounts it listed as official another organisation's, 27 of 106 missed.
 */
const ROUND39_BEFORE_TRAINING = { precision: 0.99, recall: 0.75, peopleAsOfficial: 1, spurious: 0, deadRecall: 1 };
// Round 39 then joined the account model's training sets (its first-sight verdicts: the rules of 581e63d, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 40 (fixtures/pages-round40), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 39 judged while unseen (0079344): of the 88 accounts it listed as
 * official, 2 were people's or other organisations' and 1 a link the labels hold no account for; 21 of 106 missed, 14
 * of 14 closed-network links recognised. On that code round 39, still unseen, scored precision 0.99, recall 0.75 (1
 * other official). Never read or tuned on: the estimate on unseen pages.
 */
const ROUND40_FIRST_SIGHT = { precision: 0.97, recall: 0.8, peopleAsOfficial: 2, spurious: 1, deadRecall: 1 };
/**
 * Round 40 last scored while unseen, on the code at the end of the work round 40 judged (2c1cbde): 2 of the 87 accounts
 * it listed as official others' and 1 a link the labels hold no account for, 22 of 106 missed.
 */
const ROUND40_BEFORE_TRAINING = { precision: 0.97, recall: 0.79, peopleAsOfficial: 2, spurious: 1, deadRecall: 1 };
// Round 40 then joined the account model's training sets (its first-sight verdicts: the rules of 0079344, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 41 (fixtures/pages-round41), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 40 judged while unseen (2c1cbde): of the 111 accounts it listed as
 * official, 11 were people's or other organisations' and 1 a link the labels hold no account for; 21 of 120 missed, 15
 * of 15 closed-network links recognised. On that code round 40, still unseen, scored precision 0.97, recall 0.79 (2
 * others official). Never read or tuned on: the estimate on unseen pages.
 */
const ROUND41_FIRST_SIGHT = { precision: 0.89, recall: 0.82, peopleAsOfficial: 11, spurious: 1, deadRecall: 1 };
/**
 * Round 41 last scored while unseen, on the code at the end of the work round 41 judged (096cde3): 11 of the 116
 * accounts it listed as official others' and 1 a link the labels hold no account for, 16 of 120 missed.
 */
const ROUND41_BEFORE_TRAINING = { precision: 0.9, recall: 0.87, peopleAsOfficial: 11, spurious: 1, deadRecall: 1 };
// Round 41 then joined the account model's training sets (its first-sight verdicts: the rules of 2c1cbde, before its
// model) and its held-out folds, and was read: in-sample since.
/**
 * Round 42 (fixtures/pages-round42), written and labelled by two more hands that never read the discovery code, scored
 * once on the code at the end of the work round 41 judged while unseen (096cde3): of the 102 accounts it listed as
 * official, 2 were people's or other organisations' and 4 links the labels hold no account for; 11 of 107 missed, 14
 * of 14 closed-network links recognised. On that code round 41, still unseen, scored precision 0.90, recall 0.87 (11
 * others official). Never read or tuned on: the estimate on unseen pages.
 */
const ROUND42_FIRST_SIGHT = { precision: 0.94, recall: 0.9, peopleAsOfficial: 2, spurious: 4, deadRecall: 1 };

const cases = loadPageSet();
const score = scorePageSet(cases);
const pct = (x) => x.toFixed(2);
const pages = cases.reduce((n, c) => n + c.pages.length, 0);
console.log(`\naccount discovery on the page set: ${cases.length} sites, ${pages} pages, ${score.expectedOfficial} official accounts labelled (fixtures/pages)`);
console.log(
  `official accounts: precision ${pct(score.official.precision)} (${score.official.fp} wrongly official), recall ${pct(score.official.recall)} (${score.official.fn} missed); ` +
    `people (authors, staff, guests, embedded posts' authors) listed as official: ${score.peopleAsOfficial}; accounts found where there is none: ${score.spurious}; ` +
    `closed-network links recognised: ${score.dead.tp} of ${score.dead.tp + score.dead.fn}`,
);
console.log(
  `first sight -> now: precision ${pct(FIRST_SIGHT.precision)} -> ${pct(score.official.precision)}, recall ${pct(FIRST_SIGHT.recall)} -> ${pct(score.official.recall)}, ` +
    `people as official ${FIRST_SIGHT.peopleAsOfficial} -> ${score.peopleAsOfficial}, spurious ${FIRST_SIGHT.spurious} -> ${score.spurious}, ` +
    `closed-network recall ${pct(FIRST_SIGHT.deadRecall)} -> ${pct(score.dead.recall)} (the set was written with the issue's classes in view, so "now" is in-sample)`,
);
/**
 * The rounds kept unseen (none of the code or the model was tuned or trained on them): only their aggregate figures are
 * printed. Round 42 since round 41 was read.
 */
const UNSEEN_ROUNDS = new Set(['round42']);
/** The rounds written after the page set, each with what its line says of it and its first-sight figures. */
const ROUNDS = [
  ['final', (n) => `final round (fixtures/pages-final, ${n.sites} sites written after tuning, ${n.official} official accounts)`, FINAL_FIRST_SIGHT],
  ['round9', (n) => `round 9 (fixtures/pages-round9, ${n.sites} sites written after all tuning, ${n.official} official accounts, never tuned on)`, ROUND9_FIRST_SIGHT],
  ['round10', (n) => `round 10 (fixtures/pages-round10, ${n.sites} sites, ${n.official} official accounts, never tuned on)`, ROUND10_FIRST_SIGHT],
  ['round11', (n) => `round 11 (fixtures/pages-round11, ${n.sites} sites, ${n.official} official accounts, written blind, then tuned on)`, ROUND11_FIRST_SIGHT],
  ['round12', (n) => `round 12 (fixtures/pages-round12, ${n.sites} sites, ${n.official} official accounts, written blind, never tuned on)`, ROUND12_FIRST_SIGHT],
  ['round13', (n) => `round 13 (fixtures/pages-round13, ${n.sites} sites, ${n.official} official accounts, written blind, then tuned on)`, ROUND13_FIRST_SIGHT],
  ['round14', (n) => `round 14 (fixtures/pages-round14, ${n.sites} sites, ${n.official} official accounts, written blind, then tuned on)`, ROUND14_FIRST_SIGHT],
  ['round15', (n) => `round 15 (fixtures/pages-round15, ${n.sites} sites, ${n.official} official accounts, written blind, then tuned on: in-sample; after tuning precision ${pct(ROUND15_TUNED.precision)}, recall ${pct(ROUND15_TUNED.recall)})`, ROUND15_FIRST_SIGHT],
  ['round16', (n) => `round 16 (fixtures/pages-round16, ${n.sites} sites, ${n.official} official accounts, written blind, then tuned on: in-sample; before tuning precision 0.83, recall 0.90; after tuning precision ${pct(ROUND16_TUNED.precision)}, recall ${pct(ROUND16_TUNED.recall)})`, ROUND16_FIRST_SIGHT],
  ['round17', (n) => `round 17 (fixtures/pages-round17, ${n.sites} sites, ${n.official} official accounts, written blind, never tuned on by the rules; trained on by the account model: in-sample)`, ROUND17_FIRST_SIGHT],
  ['round18', (n) => `round 18 (fixtures/pages-round18, ${n.sites} sites, ${n.official} official accounts, written blind, then read: its disclaimers taught to the rules, trained on by the account model: in-sample)`, ROUND18_FIRST_SIGHT],
  ['round19', (n) => `round 19 (fixtures/pages-round19, ${n.sites} sites, ${n.official} official accounts, written blind, then read: its disclaimers taught to the rules, trained on by the account model: in-sample)`, ROUND19_FIRST_SIGHT],
  ['round20', (n) => `round 20 (fixtures/pages-round20, ${n.sites} sites, ${n.official} official accounts, written blind, then read: a status desk and a club's store taught to the rules, trained on by the account model: in-sample; before it was read precision ${pct(ROUND20_BEFORE_TRAINING.precision)}, recall ${pct(ROUND20_BEFORE_TRAINING.recall)})`, ROUND20_FIRST_SIGHT],
  ['round21', (n) => `round 21 (fixtures/pages-round21, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; before it was read precision ${pct(ROUND21_BEFORE_TRAINING.precision)}, recall ${pct(ROUND21_BEFORE_TRAINING.recall)})`, ROUND21_FIRST_SIGHT],
  ['round22', (n) => `round 22 (fixtures/pages-round22, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND22_BEFORE_TRAINING.precision)}, recall ${pct(ROUND22_BEFORE_TRAINING.recall)}, people as official ${ROUND22_BEFORE_TRAINING.peopleAsOfficial})`, ROUND22_FIRST_SIGHT],
  ['round23', (n) => `round 23 (fixtures/pages-round23, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND23_BEFORE_TRAINING.precision)}, recall ${pct(ROUND23_BEFORE_TRAINING.recall)}, people as official ${ROUND23_BEFORE_TRAINING.peopleAsOfficial})`, ROUND23_FIRST_SIGHT],
  ['round24', (n) => `round 24 (fixtures/pages-round24, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND24_BEFORE_TRAINING.precision)}, recall ${pct(ROUND24_BEFORE_TRAINING.recall)}, people as official ${ROUND24_BEFORE_TRAINING.peopleAsOfficial})`, ROUND24_FIRST_SIGHT],
  ['round25', (n) => `round 25 (fixtures/pages-round25, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND25_BEFORE_TRAINING.precision)}, recall ${pct(ROUND25_BEFORE_TRAINING.recall)}, people as official ${ROUND25_BEFORE_TRAINING.peopleAsOfficial})`, ROUND25_FIRST_SIGHT],
  ['round26', (n) => `round 26 (fixtures/pages-round26, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND26_BEFORE_TRAINING.precision)}, recall ${pct(ROUND26_BEFORE_TRAINING.recall)}, people as official ${ROUND26_BEFORE_TRAINING.peopleAsOfficial})`, ROUND26_FIRST_SIGHT],
  ['round27', (n) => `round 27 (fixtures/pages-round27, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND27_BEFORE_TRAINING.precision)}, recall ${pct(ROUND27_BEFORE_TRAINING.recall)}, people as official ${ROUND27_BEFORE_TRAINING.peopleAsOfficial})`, ROUND27_FIRST_SIGHT],
  ['round28', (n) => `round 28 (fixtures/pages-round28, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND28_BEFORE_TRAINING.precision)}, recall ${pct(ROUND28_BEFORE_TRAINING.recall)}, people as official ${ROUND28_BEFORE_TRAINING.peopleAsOfficial})`, ROUND28_FIRST_SIGHT],
  ['round29', (n) => `round 29 (fixtures/pages-round29, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND29_BEFORE_TRAINING.precision)}, recall ${pct(ROUND29_BEFORE_TRAINING.recall)}, others as official ${ROUND29_BEFORE_TRAINING.peopleAsOfficial})`, ROUND29_FIRST_SIGHT],
  ['round30', (n) => `round 30 (fixtures/pages-round30, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND30_BEFORE_TRAINING.precision)}, recall ${pct(ROUND30_BEFORE_TRAINING.recall)}, others as official ${ROUND30_BEFORE_TRAINING.peopleAsOfficial})`, ROUND30_FIRST_SIGHT],
  ['round31', (n) => `round 31 (fixtures/pages-round31, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND31_BEFORE_TRAINING.precision)}, recall ${pct(ROUND31_BEFORE_TRAINING.recall)}, others as official ${ROUND31_BEFORE_TRAINING.peopleAsOfficial})`, ROUND31_FIRST_SIGHT],
  ['round32', (n) => `round 32 (fixtures/pages-round32, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND32_BEFORE_TRAINING.precision)}, recall ${pct(ROUND32_BEFORE_TRAINING.recall)}, others as official ${ROUND32_BEFORE_TRAINING.peopleAsOfficial})`, ROUND32_FIRST_SIGHT],
  ['round33', (n) => `round 33 (fixtures/pages-round33, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND33_BEFORE_TRAINING.precision)}, recall ${pct(ROUND33_BEFORE_TRAINING.recall)}, others as official ${ROUND33_BEFORE_TRAINING.peopleAsOfficial})`, ROUND33_FIRST_SIGHT],
  ['round34', (n) => `round 34 (fixtures/pages-round34, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND34_BEFORE_TRAINING.precision)}, recall ${pct(ROUND34_BEFORE_TRAINING.recall)}, others as official ${ROUND34_BEFORE_TRAINING.peopleAsOfficial})`, ROUND34_FIRST_SIGHT],
  ['round35', (n) => `round 35 (fixtures/pages-round35, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND35_BEFORE_TRAINING.precision)}, recall ${pct(ROUND35_BEFORE_TRAINING.recall)}, others as official ${ROUND35_BEFORE_TRAINING.peopleAsOfficial})`, ROUND35_FIRST_SIGHT],
  ['round36', (n) => `round 36 (fixtures/pages-round36, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND36_BEFORE_TRAINING.precision)}, recall ${pct(ROUND36_BEFORE_TRAINING.recall)}, others as official ${ROUND36_BEFORE_TRAINING.peopleAsOfficial})`, ROUND36_FIRST_SIGHT],
  ['round37', (n) => `round 37 (fixtures/pages-round37, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND37_BEFORE_TRAINING.precision)}, recall ${pct(ROUND37_BEFORE_TRAINING.recall)}, others as official ${ROUND37_BEFORE_TRAINING.peopleAsOfficial})`, ROUND37_FIRST_SIGHT],
  ['round38', (n) => `round 38 (fixtures/pages-round38, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND38_BEFORE_TRAINING.precision)}, recall ${pct(ROUND38_BEFORE_TRAINING.recall)}, others as official ${ROUND38_BEFORE_TRAINING.peopleAsOfficial})`, ROUND38_FIRST_SIGHT],
  ['round39', (n) => `round 39 (fixtures/pages-round39, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND39_BEFORE_TRAINING.precision)}, recall ${pct(ROUND39_BEFORE_TRAINING.recall)}, others as official ${ROUND39_BEFORE_TRAINING.peopleAsOfficial})`, ROUND39_FIRST_SIGHT],
  ['round40', (n) => `round 40 (fixtures/pages-round40, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND40_BEFORE_TRAINING.precision)}, recall ${pct(ROUND40_BEFORE_TRAINING.recall)}, others as official ${ROUND40_BEFORE_TRAINING.peopleAsOfficial})`, ROUND40_FIRST_SIGHT],
  ['round41', (n) => `round 41 (fixtures/pages-round41, ${n.sites} sites, ${n.official} official accounts, written blind, then read and trained on by the account model: in-sample; last scored while unseen precision ${pct(ROUND41_BEFORE_TRAINING.precision)}, recall ${pct(ROUND41_BEFORE_TRAINING.recall)}, others as official ${ROUND41_BEFORE_TRAINING.peopleAsOfficial})`, ROUND41_FIRST_SIGHT],
  ['round42', (n) => `round 42 (fixtures/pages-round42, ${n.sites} sites, ${n.official} official accounts, written blind, never tuned on or read)`, ROUND42_FIRST_SIGHT],
];
const rounds = ROUNDS.map(([set, title, first]) => {
  const round = scorePageSet(loadPageSet(set));
  console.log(
    `${title({ sites: round.cases.length, official: round.expectedOfficial })}: ` +
      `precision ${pct(round.official.precision)}, recall ${pct(round.official.recall)}, people as official ${round.peopleAsOfficial}, ` +
      `spurious ${round.spurious}, closed-network recall ${pct(round.dead.recall)}; first sight: precision ${pct(first.precision)}, ` +
      `recall ${pct(first.recall)}, people as official ${first.peopleAsOfficial}, spurious ${first.spurious}, ` +
      `closed-network recall ${pct(first.deadRecall)}`,
  );
  return round;
});
if (process.argv.includes('--errors')) {
  // The unseen rounds' per-site errors are not printed: they are the estimates of work not yet tuned on them.
  const listed = rounds.filter((_, i) => !UNSEEN_ROUNDS.has(ROUNDS[i][0]));
  for (const c of [...score.cases, ...listed.flatMap((r) => r.cases)]) {
    const parts = [
      c.missed.length ? `missed ${c.missed.join(', ')}` : '',
      c.wrongOfficial.length ? `wrongly official ${c.wrongOfficial.join(', ')}` : '',
      c.spurious.length ? `not accounts ${c.spurious.join(', ')}` : '',
      c.missedDead.length ? `closed networks missed ${c.missedDead.join(', ')}` : '',
    ].filter(Boolean);
    if (parts.length) console.log(`${c.id}: ${parts.join('; ')}`);
  }
}
