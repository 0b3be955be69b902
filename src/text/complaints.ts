// Complaint detection: problem phrases and plain failure reports in four languages, weaker signs that need company,
// sarcasm, and angry punctuation.
import { COMPLAINT_CUES } from './complaint-cues.js';
import { COMPLAINT_PATTERNS } from './complaint-patterns.js';
import { langsFor, type Lang4 } from './stopwords.js';
import { detectLanguage, type TextLang } from './language.js';
import { postText, type PostText } from './post-text.js';
import { groupedRunner, literalCheck, patternSource, remover, union, unionTester, type GroupedRun, type PatternSource, type UnionTester } from './regex-union.js';
import { modelSaysComplaint } from './complaint-model.js';
import { perLanguage } from './per-language.js';
import { REPROACH_COMPLAINTS } from './question-reproaches.js';
import { namesIdea, PRAISED_CREDIT } from './question-agreement.js';
import { IRONY } from './complaint-irony.js';
import { MOCKED_PRICE } from './question-mock-replies.js';
import { LEAVING } from './complaint-leaving.js';
import { waitToldAsDates } from './complaint-dates.js';
import { waitToldAsDayNumbers } from './complaint-day-numbers.js';
import { durationShouted } from './complaint-shouted-durations.js';
import { FAULTS } from './complaint-faults.js';
import { UNDERSTATEMENT } from './complaint-understatement.js';
import { MOCK_DELIGHT } from './complaint-mock-delight.js';
import { RHETORIC } from './complaint-rhetoric.js';
import { JUST_ME } from './complaint-just-me.js';
import { mockClosing } from './complaint-mock-closing.js';
import { COUNTS } from './complaint-counts.js';
import { WORSE_NOW } from './complaint-worse-now.js';
import { STAFF } from './complaint-staff.js';
import { REGIONAL } from './complaint-regional.js';
import { quotesStatusOverdue } from './complaint-quoted-status.js';
import { toldAsTimeline } from './complaint-timelines.js';
import { withoutTroublesElsewhere } from './complaint-elsewhere.js';
import { NOT_OURS } from './complaint-not-ours.js';
import { blamesNotTheBrand, gladFace, solvedAndPraised } from './complaint-own-fault.js';
import { HEARSAY } from './complaint-hearsay.js';
import { HYPOTHETICALS } from './complaint-hypotheticals.js';
import { OWN_LOSSES } from './complaint-own-losses.js';
import { TOO_MUCH_TO_ASK } from './complaint-too-much-to-ask.js';
import { SWALLOWED_CARDS } from './complaint-swallowed-cards.js';
import { LUGGAGE_APART } from './complaint-luggage-apart.js';
import { ORDERS_IGNORED } from './complaint-orders-ignored.js';
import { FIGURATIVE } from './complaint-figurative.js';
import { ON_THE_WAY } from './complaint-on-the-way.js';
import { warnsOfScam } from './complaint-scam-warnings.js';
import { asksAboutFee } from './complaint-fee-enquiries.js';
import { FRENCH_REPORTS } from './complaint-french-reports.js';
import { GERMAN_REPORTS } from './complaint-german-reports.js';
import { SHORT_LIVED } from './complaint-short-lived.js';
import { CHASING } from './complaint-chasing.js';
import { NO_TROUBLE } from './complaint-no-trouble.js';
import { MOCK_ASIDES } from './complaint-mock-asides.js';
import { clearsBrand } from './complaint-cleared.js';
import { WARNING_LIGHTS } from './complaint-warning-lights.js';
import { DUMPED_PARCELS } from './complaint-dumped-parcels.js';
import { ARRIVED_SPOILT } from './complaint-arrived-spoilt.js';
import { EARLY_FAILURES } from './complaint-early-failures.js';
import { TAP_WATER } from './complaint-tap-water.js';
import { OUTAGE_FACTS } from './complaint-outage-facts.js';
import { speedMet, speedShortfall } from './complaint-speed-shortfall.js';
import { SPEECHLESS } from './complaint-speechless.js';
import { WEATHER } from './complaint-weather.js';
import { withoutBadWeek } from './complaint-bright-spot.js';
import { COVER_QUESTIONS } from './complaint-cover-questions.js';
import { PAID_ADS } from './complaint-paid-ads.js';
import { NON_EXISTENT } from './complaint-non-existent.js';
import { AFTER_WARRANTY } from './complaint-after-warranty.js';
import { NOTHING_BETTER } from './complaint-nothing-better.js';
import { FAULT_DENIED } from './complaint-fault-denied.js';
import { falseAlarm } from './complaint-false-alarms.js';
import { allClear } from './complaint-all-clear.js';
import { SKIN_REACTIONS } from './complaint-skin-reactions.js';
import { FOREIGN_BODIES } from './complaint-foreign-bodies.js';
import { solvedThenAsked } from './complaint-solved-then-asked.js';
import { sympathisesElsewhere } from './complaint-sympathy.js';
import { ARRIVED_OPEN } from './complaint-arrived-open.js';
import { UNDERCOOKED } from './complaint-undercooked.js';
import { MISSED_CONNECTIONS } from './complaint-missed-connections.js';
import { DEADPAN_BILLS } from './complaint-deadpan-bills.js';
import { SOLD_OUT_AGAIN } from './complaint-sold-out-again.js';
import { PAID_NOT_GIVEN } from './complaint-paid-not-given.js';
import { SWITCH_AHEAD } from './complaint-switch-ahead.js';
import { pastedLetterOfThanksOrRequest } from './complaint-pasted-letters.js';
import { sharedArticlePraised } from './complaint-shared-articles.js';
import { troubleTakenBack } from './complaint-taken-back.js';
import { whoMadeThis } from './complaint-who-made-this.js';
import { praiseOnly } from './complaint-praise-only.js';
import { surveyAnsweredWithPraise } from './complaint-survey-answered.js';
import { grievanceHashtag } from './complaint-grievance-hashtags.js';
import { notRenewingAfterRise } from './complaint-not-renewing.js';
import { NO_LONGER_WORKS } from './complaint-no-longer-works.js';
import { FED_UP } from './complaint-fed-up.js';
import { TROUBLE_GONE } from './complaint-trouble-gone.js';
import { reportsBackPutRight } from './complaint-report-back.js';
import { bracedForTrouble } from './complaint-braced.js';
import { comingOver } from './complaint-coming-over.js';
import { PERK_NOW_CHARGED } from './complaint-perk-now-charged.js';
import { TIME_IN_USE } from './complaint-time-in-use.js';
import { REPLACED } from './complaint-replaced.js';
import { FRENCH_WAITS } from './complaint-french-waits.js';
import { SPANISH_FACTS } from './complaint-spanish-facts.js';
import { thankedForQuickHelp } from './complaint-quick-help.js';
import { calmEnquiry } from './complaint-calm-enquiries.js';
import { chargeEnquiry } from './complaint-charge-enquiries.js';
import { mockOutrage } from './complaint-mock-outrage.js';
import { VIEW_PROMISED } from './complaint-view-promised.js';
import { CHARGED_AFTER_CANCELLING } from './complaint-charged-after-cancelling.js';
import { soonerRegret } from './complaint-sooner-regret.js';
import { SLOW_CONNECTION } from './complaint-slow-connection.js';
import { COLD_FOOD } from './complaint-cold-food.js';
import { BILLS_NOT_OWED } from './complaint-bills-not-owed.js';
import { DAYS_WITHOUT } from './complaint-days-without.js';
import { WHO_NEEDS } from './complaint-who-needs.js';
import { OTHER_CUSTOMERS } from './complaint-other-customers.js';
import { replacementSent } from './complaint-replacement-sent.js';
import { echoedSpan } from './complaint-echoed-span.js';
import { quotedApologyAccepted } from './complaint-quoted-apology.js';
import { ratedAndMadeGood } from './complaint-rated-mixed.js';
import { quotedHandoffMocked } from './complaint-quoted-handoff.js';
import { MISSED_VISITS } from './complaint-missed-visits.js';
import { DELIVERED_NOT_HERE } from './complaint-delivered-not-here.js';
import { REPEAT_BILLS } from './complaint-repeat-bills.js';
import { FORCED_LOGOUTS } from './complaint-forced-logouts.js';
import { quotedCheckAnswered } from './complaint-quoted-check-answered.js';
import { SHORT_CHASES } from './complaint-short-chases.js';
import { UNANSWERED_MESSAGES, answeredAtOnce } from './complaint-counted-messages.js';
import { DEAD_LINKS } from './complaint-dead-links.js';
import { ARRIVAL_CAPTIONS } from './complaint-arrival-captions.js';
import { NEVER_AGAIN_SLANG } from './complaint-never-again-slang.js';
import { FLAGGED_FAULTS } from './complaint-flagged-faults.js';
import { LEFT_BEHIND, LOST_AFTER_HANDED_IN } from './complaint-left-behind.js';
import { earlierPostSettled } from './complaint-earlier-post-settled.js';
import { stormOutageThanked } from './complaint-storm-outages.js';
import { withoutSupposedTroubles } from './complaint-supposed-troubles.js';
import { noRegrets } from './complaint-no-regrets.js';
import { disclaimed } from './complaint-disclaimed.js';
import { LOW_STARS_RATED } from './complaint-low-stars.js';
import { NOT_FOR_THE_BETTER } from './complaint-not-for-the-better.js';
import { AGAIN_THANKED } from './complaint-again-thanked.js';
import { threadEndsFixed } from './complaint-thread-fixed.js';
import { asksWhichIsRight } from './complaint-which-is-right.js';
import { mockGripe } from './complaint-mock-gripe.js';
import { PRAISED_MAKERS } from './complaint-praised-makers.js';
import { DROPPING_LINES } from './complaint-dropping-lines.js';
import { RETURNS_REFUSED } from './complaint-returns-refused.js';
import { ownSlip } from './complaint-own-slips.js';
import { swiftReplacementThanked } from './complaint-swift-replacements.js';
import { NEVER_ELSEWHERE } from './complaint-never-elsewhere.js';
import { NEGATED_FAULTS } from './complaint-negated-faults.js';
import { quotedLineAgreed, quotedLineAnswered } from './complaint-quoted-line-answered.js';
import { contentList } from './complaint-content-lists.js';
import { longThanks } from './complaint-long-thanks.js';
import { RUDE_COURIERS } from './complaint-rude-couriers.js';
import { NEGATED_PRAISE } from './complaint-negated-praise.js';
import { COUNTED_REPEATS } from './complaint-counted-repeats.js';
import { thirdPartySettled } from './complaint-third-party-settled.js';
import { HARD_CANCELLATION, cancelledWithEase } from './complaint-hard-cancellation.js';
import { TRIAL_TURNED_PAID } from './complaint-trial-turned-paid.js';
import { loyaltyCut } from './complaint-loyalty-cut.js';
import { HOW_HARD } from './complaint-how-hard.js';
import { SCARE_QUOTED_PRAISE } from './complaint-scare-quoted-praise.js';
import { CHARGED_WRONGLY } from './complaint-charged-wrongly.js';
import { finedAnyway } from './complaint-fined-anyway.js';
import { STUCK_IN_TRANSIT } from './complaint-stuck-in-transit.js';
import { pleadingHands } from './complaint-plea-hands.js';
import { keptUpPraise } from './complaint-kept-up-praise.js';

/**
 * Points needed to call a post a complaint. A strong phrase ("colis perdu", "still waiting") or a plain failure
 * report ("my internet is down", "Karte abgelehnt") is enough alone; a weak word ("refund", "Rückerstattung"), a sign
 * ("again", "depuis hier"), sarcasm ("Great, …") or angry punctuation scores 1, so one of them alone is not enough:
 * "remboursement reçu en 48 h" and "J'adore !!!" stay praise, "Great, another delay…" adds up to a complaint.
 */
const THRESHOLD = 2;

/** One language's cues, compiled once: a single scan for everything that is enough alone, for the cancels… */
interface Compiled {
  alone: UnionTester;
  /**
   * The weak words and signs as one global alternation, each in its own capturing group (a point per group), run with
   * only the alternatives a text holds the literals of (regex-union.ts groupedRunner); null: none can match.
   */
  weak: (text: string) => GroupedRun | null;
  /** The same patterns joined without groups (regex-union.ts): a cheap test whether `weak` can match at all. */
  anyWeak: RegExp[];
  sarcasm: UnionTester;
  cancel: Removals;
  /**
   * complaint-not-ours.ts's removals, run after every language's cancels, with the stretches that tell no complaint of
   * the brand: others' complaints denied (complaint-hearsay.ts), a trouble supposed (complaint-hypotheticals.ts), trouble
   * words said in praise (complaint-figurative.ts), a trouble on the way or cleared (complaint-on-the-way.ts), the
   * poster's own loss (complaint-own-losses.ts), the poster without an answer (complaint-speechless.ts), the weather and
   * the mood it leaves (complaint-weather.ts), a cover asked about for a mishap (complaint-cover-questions.ts), a trouble
   * told as absent or denied (complaint-no-trouble.ts), praise asked and answered (complaint-nothing-better.ts), a fault
   * denied (complaint-fault-denied.ts), a switch's downtime asked ahead (complaint-switch-ahead.ts), a failure told as
   * gone since a change (complaint-trouble-gone.ts), how long the poster has used the product, told beside praise
   * (complaint-time-in-use.ts), a former product's trouble (complaint-replaced.ts), another customer's rudeness
   * (complaint-other-customers.ts), the poster's own things left on board and the lost-property office
   * (complaint-left-behind.ts), a maker asked after and crowned in the next sentence (complaint-praised-makers.ts),
   * never again another one or the chore done oneself (complaint-never-elsewhere.ts), a fault word denied with "at all"
   * (complaint-negated-faults.ts).
   */
  notOurs: Removals;
  /** Per pattern of `anyWeak`: whether the text holds a literal it needs (regex-union.ts). */
  anyWeakMay: Array<(text: string) => boolean>;
}

/** Removals from the complaint text, in order, each run only where it can match (regex-union.ts remover). */
type Removals = Array<(text: string) => string>;

function removals(res: RegExp[]): Removals {
  return res.map(remover);
}

function removeFrom(text: string, removals: Removals): string {
  for (let i = 0; i < removals.length; i++) text = removals[i](text);
  return text;
}

function cancels(p: { cancel: RegExp[] }, c: { cancel: RegExp[] }): RegExp[] {
  return [...p.cancel, ...c.cancel];
}

/** A removal that starts at a sentence's start (complaint-cues.ts solvedSentence). */
function isWholeSentence(re: RegExp): boolean {
  return re.source.startsWith('(?:^|(?<=');
}

function wholeSentence(list: RegExp[]): RegExp[] {
  return list.filter(isWholeSentence);
}

/** One list of patterns per language (PatternSource: regex-union.ts). */
type PerLanguage = Readonly<Record<Lang4, readonly PatternSource[]>>;

/**
 * The lists enough alone, after complaint-patterns.ts's strong phrases and complaint-cues.ts's plain reports, joined per
 * language into one union in this order: kept as it was, since a union tries its alternatives in order.
 */
const ALONE_TABLES: readonly PerLanguage[] = [
  REPROACH_COMPLAINTS, IRONY, MOCKED_PRICE, LEAVING, FAULTS, UNDERSTATEMENT, MOCK_DELIGHT, RHETORIC, JUST_ME, COUNTS,
  WORSE_NOW, STAFF, REGIONAL, FRENCH_REPORTS, GERMAN_REPORTS, SHORT_LIVED, CHASING, MOCK_ASIDES, TOO_MUCH_TO_ASK,
  SWALLOWED_CARDS, LUGGAGE_APART, ORDERS_IGNORED, WARNING_LIGHTS, DUMPED_PARCELS, ARRIVED_SPOILT, EARLY_FAILURES,
  TAP_WATER, OUTAGE_FACTS, PAID_ADS, NON_EXISTENT, AFTER_WARRANTY, SKIN_REACTIONS, FOREIGN_BODIES, ARRIVED_OPEN,
  UNDERCOOKED, MISSED_CONNECTIONS, DEADPAN_BILLS, SOLD_OUT_AGAIN, PAID_NOT_GIVEN, NO_LONGER_WORKS, FED_UP, FRENCH_WAITS,
  SPANISH_FACTS, VIEW_PROMISED, CHARGED_AFTER_CANCELLING, SLOW_CONNECTION, COLD_FOOD, BILLS_NOT_OWED, DAYS_WITHOUT,
  WHO_NEEDS, PERK_NOW_CHARGED,
  // Care complaints told as bare facts: a visit missed, a parcel marked delivered, a bill repeated, logouts.
  MISSED_VISITS, DELIVERED_NOT_HERE, REPEAT_BILLS, FORCED_LOGOUTS,
  // Round 37's thread replies and pasted forms: a bare chase of the poster's money or parcel, messages counted and left
  // unanswered, a link or account e-mail leading nowhere, a photo captioned with the state things arrived in, never
  // again in slang, a fault flagged politely, a thing handed in to lost property and lost again.
  SHORT_CHASES, UNANSWERED_MESSAGES, DEAD_LINKS, ARRIVAL_CAPTIONS, NEVER_AGAIN_SLANG, FLAGGED_FAULTS, LOST_AFTER_HANDED_IN,
  // Round 39's reviews and short posts: a low rating drawn in stars, a change 'not in a good way', a bare failure with
  // 'again' and thanks.
  LOW_STARS_RATED, NOT_FOR_THE_BETTER, AGAIN_THANKED,
  // Round 39's care misses: calls or a line dropping for weeks or again, a return refused inside its window.
  DROPPING_LINES, RETURNS_REFUSED,
  // Round 40's grievances about delivery partners: a rider rude to the poster or throwing their order.
  RUDE_COURIERS,
  // Class posts after round 40: a quality of service denied with 'at all' ('pas du tout aimable', 'nada amable').
  NEGATED_PRAISE,
  // Class posts after round 40: a quoted status or a changed delivery counted ('4th \'delivery exception\' this month').
  COUNTED_REPEATS,
  // Round 41's subscriptions, threads and rhetoric: a cancellation made hard, a free trial turned into a paid plan, "how
  // hard can it be", praise in scare quotes and its cost, money taken twice or for a free thing told to another fan, a
  // parcel on the way for days in Swiss German (a fare penalty for a shut office or broken machine: rawPoints).
  HARD_CANCELLATION, TRIAL_TURNED_PAID, HOW_HARD, SCARE_QUOTED_PRAISE, CHARGED_WRONGLY, STUCK_IN_TRANSIT,
];

/**
 * The stretches that tell no complaint of the brand (Compiled.notOurs), joined per language into one union in this
 * order, between complaint-not-ours.ts's removals and complaint-no-trouble.ts's: kept as it was, since a union tries its
 * alternatives in order.
 */
const NOT_OURS_TABLES: readonly PerLanguage[] = [
  HEARSAY, HYPOTHETICALS, FIGURATIVE, ON_THE_WAY, OWN_LOSSES, SPEECHLESS, WEATHER, COVER_QUESTIONS, NOTHING_BETTER,
  FAULT_DENIED, SWITCH_AHEAD, TROUBLE_GONE, TIME_IN_USE, REPLACED, OTHER_CUSTOMERS, LEFT_BEHIND, PRAISED_MAKERS,
  NEVER_ELSEWHERE, NEGATED_FAULTS,
];

/** Each language's cues, compiled when a post first needs them (per-language.ts). */
const COMPILED: Record<Lang4, Compiled> = perLanguage((lang) => {
  const p = COMPLAINT_PATTERNS[lang];
  const c = COMPLAINT_CUES[lang];
  const weak = [...p.weak, ...c.signs];
  const unicode = weak.some((re) => re.unicode);
  // Each pattern read with the flag the grouped alternation gives it, so both find the same matches.
  const anyWeak = union(weak.map((re) => patternSource(re.source, unicode ? 'u' : '')));
  // Whole-sentence removals first (a solved problem's sentence): joined with the word-led ones, a shorter
  // removal inside the sentence ("sorted it") would run first and leave the rest of it to the model.
  const cancel = [...wholeSentence(cancels(p, c)), ...union(cancels(p, c).filter((re) => !isWholeSentence(re)))];
  return {
    alone: unionTester([...p.strong, ...c.reports, ...ALONE_TABLES.flatMap((table) => table[lang])]),
    weak: groupedRunner(weak.map((re) => re.source), unicode ? 'gu' : 'g'),
    anyWeak,
    sarcasm: unionTester(c.sarcasm),
    cancel: removals(cancel),
    notOurs: removals([...NOT_OURS[lang], ...union(NOT_OURS_TABLES.flatMap((table) => table[lang])), ...NO_TROUBLE[lang]]),
    anyWeakMay: anyWeak.map(literalCheck),
  };
});

/**
 * True when the post complains: a problem phrase (toujours pas reçu, colis perdu, still waiting, broken, immer noch
 * nicht, kaputt, todavía no, roto…), a plain report of a failure (internet down, card declined, locked out, Druckkopf
 * defekt), a reproach ("are you serious?", "maybe hire people who…"), or several weaker signs together (refund +
 * elapsed time, sarcasm + delay, shouting + "where is my order"). Negated satisfaction counts ("pas contente", "not
 * happy"); negated, solved and hypothetical problems do not ("jamais déçue", "no problem", "I had an issue but it was
 * sorted", "si la garantie couvre les taches"). Text-message shorthand is spelt out first. When the patterns fall
 * short, a small model trained on labelled posts (complaint-model.ts) may still say complaint if it is confident —
 * with a lower bar beside one weak sign of the patterns than with none. Without `lang` the post's language is detected
 * first; with 'und' all four vocabularies are used.
 */
export function isComplaint(text: string, lang: TextLang = detectLanguage(text)): boolean {
  return complaintIn(postText(text, lang === 'und' ? 'und' : lang), lang);
}

/** isComplaint on a post already prepared (readPost prepares each post once for both detectors). */
export function complaintIn(post: PostText, lang?: TextLang): boolean {
  const known = lang && lang !== 'und' ? lang : 'und';
  const folded = complaintText(post, known);
  if (!folded) return false;
  if (!says(post, folded, known)) return false;
  // A trouble that is not the brand's (a bad day, a former provider), or only supposed in a calm question
  // (complaint-supposed-troubles.ts), is looked for only in a post read as a complaint: most posts are not, and skip the
  // search. Without it the post must still complain.
  const own = withoutSupposedTroubles(withoutTroublesElsewhere(folded));
  return own === folded || (own !== '' && says(post, own, known));
}

/** The patterns' verdict, or the model's when the patterns fall short (listening more closely beside a weak sign). */
function says(post: PostText, folded: string, known: Lang4 | 'und'): boolean {
  const points = patternPoints(post, folded, known);
  if (points >= THRESHOLD) return true;
  // Asked only where the model says complaint.
  return modelSaysComplaint(folded, points, post.original) && !settledElsewhere(folded, post.original);
}

/**
 * Whether the trouble is settled or not the brand's, whatever the model reads in its trouble words: solved then praised
 * ("refund was back the same afternoon. Superb.", complaint-own-fault.ts), solved then a new question asked
 * (complaint-solved-then-asked.ts), flatly put on someone else (complaint-cleared.ts), another fan's, told with
 * sympathy by a writer whose own went fine (complaint-sympathy.ts), a false alarm (complaint-false-alarms.ts), a post
 * opening with no trouble at all (complaint-all-clear.ts), thanked for a quick intervention (complaint-quick-help.ts), or
 * asked about calmly as a normal process (complaint-calm-enquiries.ts), or a charge of a stated amount asked about
 * calmly (complaint-charge-enquiries.ts), or praise told as outrage
 * (complaint-mock-outrage.ts), or a wish to have come to the brand sooner (complaint-sooner-regret.ts), or broken goods
 * already replaced and thanked for (complaint-replacement-sent.ts), or the brand's apology quoted then told as answered
 * (complaint-quoted-apology.ts), or a review rated high whose one fault was made good (complaint-rated-mixed.ts), or
 * reported back as put right (complaint-report-back.ts), or dreaded before it came (complaint-braced.ts), or another
 * provider's, told by a customer coming over (complaint-coming-over.ts), or messages counted and answered at once
 * (complaint-counted-messages.ts), or the poster's earlier post taken back as settled (complaint-earlier-post-settled.ts),
 * or an outage put on a storm with the crews thanked (complaint-storm-outages.ts), or a cost the poster says they regret
 * nothing of (complaint-no-regrets.ts), or a complaint disclaimed with nothing turned after it (complaint-disclaimed.ts),
 * or taken back by the poster with an apology for the fuss or a fear found wrong (complaint-taken-back.ts), or a pasted
 * letter of thanks or of a document asked for (complaint-pasted-letters.ts), or an article about the brand shared with
 * praise (complaint-shared-articles.ts), or praise said to be all there is, no complaint (complaint-praise-only.ts), or
 * the brand's survey question quoted and answered with a yes (complaint-survey-answered.ts), or a thread in numbered
 * parts whose last part tells the trouble fixed and thanks (complaint-thread-fixed.ts), or two of the brand's sources
 * that disagree, asked calmly which is right (complaint-which-is-right.ts), or an only 'complaint' that is the
 * poster's own indulgence in what they praise (complaint-mock-gripe.ts), or answered within hours or by the next day
 * and thanked (complaint-swift-replacements.ts), or the brand's line quoted at the head of a reply and agreed with
 * (complaint-quoted-line-answered.ts), or a list post of pros with nothing against them or of numbered questions from a
 * content customer (complaint-content-lists.ts), or a long letter of thanks for a mishap put right, with no turn
 * (complaint-long-thanks.ts), or a marketplace seller's fault made good by the brand and praised, or whose part in a
 * seller's return is asked calmly (complaint-third-party-settled.ts), or a speed got of 90 % of the one paid or more
 * (complaint-speed-shortfall.ts), or punctuality praised and cheered on with nothing turned (complaint-kept-up-praise.ts), or a cancellation told as done with ease (complaint-hard-cancellation.ts). Exported for the complaint
 * model's trainer, whose held-out verdicts apply the same veto.
 */
export function settledElsewhere(folded: string, original: string): boolean {
  for (let i = 0; i < SETTLED_ELSEWHERE.length; i++) if (SETTLED_ELSEWHERE[i](folded, original)) return true;
  return false;
}

/**
 * settledElsewhere's vetoes, tried in this order until one holds (each reads the folded text, the original or both):
 * the order they were first chained in, kept so that a post runs the same vetoes as before.
 */
const SETTLED_ELSEWHERE: ReadonlyArray<(folded: string, original: string) => boolean> = [
  solvedAndPraised,
  clearsBrand,
  solvedThenAsked,
  sympathisesElsewhere,
  falseAlarm,
  (_folded, original) => allClear(original),
  thankedForQuickHelp,
  calmEnquiry,
  chargeEnquiry,
  mockOutrage,
  soonerRegret,
  replacementSent,
  (_folded, original) => quotedApologyAccepted(original),
  ratedAndMadeGood,
  reportsBackPutRight,
  bracedForTrouble,
  comingOver,
  answeredAtOnce,
  earlierPostSettled,
  stormOutageThanked,
  noRegrets,
  disclaimed,
  troubleTakenBack,
  pastedLetterOfThanksOrRequest,
  sharedArticlePraised,
  praiseOnly,
  surveyAnsweredWithPraise,
  threadEndsFixed,
  (folded) => asksWhichIsRight(folded),
  mockGripe,
  swiftReplacementThanked,
  quotedLineAgreed,
  contentList,
  longThanks,
  thirdPartySettled,
  speedMet,
  keptUpPraise,
  cancelledWithEase,
];

/**
 * The text the complaint cues and the model read: folded, hashtags and Spanish opening marks out, and the negated,
 * solved or hypothetical problems of `lang` (every language when 'und') cancelled ("no problem", "I had an issue but…").
 */
export function complaintText(post: PostText, lang: Lang4 | 'und'): string {
  let folded = post.folded;
  // Hashtags are names, not complaints ("#fail" aside, they name campaigns and places).
  if (folded.includes('#')) folded = folded.replace(/#[\p{L}\p{N}_.]+/gu, ' ').trim();
  // Spanish opening marks would hide a reproach that starts the post ("¿En serio?").
  if (folded.includes('¿') || folded.includes('¡')) folded = folded.replace(/[¿¡]/g, '').trim();
  const langs = langsFor(lang);
  for (const l of langs) folded = removeFrom(folded, COMPILED[l].cancel);
  for (const l of langs) {
    folded = removeFrom(folded, COMPILED[l].notOurs);
    // "Qui a eu l'idée de ce goût ? Donnez-lui une augmentation": only a post that names an idea is read for it.
    if (namesIdea(folded)) folded = folded.replace(PRAISED_CREDIT[l], ' ');
  }
  // A bad week of troubles not the brand's, before the brand named its one bright spot (complaint-bright-spot.ts).
  folded = withoutBadWeek(folded);
  // A warning of scams in the brand's name, or a plain enquiry about a fee or a usual wait, complains of nothing: the
  // patterns and the model read an empty text (complaint-scam-warnings.ts, complaint-fee-enquiries.ts).
  if (warnsOfScam(folded) || asksAboutFee(folded)) return '';
  return folded.trim();
}

/** The patterns' verdict (phrases, reports, signs, sarcasm, angry punctuation) on the complaint text. */
export function patternsComplain(post: PostText, folded: string, known: Lang4 | 'und'): boolean {
  return patternPoints(post, folded, known) >= THRESHOLD;
}

/**
 * The patterns' points on the complaint text, counted up to THRESHOLD (a phrase enough alone scores THRESHOLD): 0 when
 * no pattern speaks, 1 for a single weak sign — the model's cue to listen more closely (complaintIn).
 */
export function patternPoints(post: PostText, folded: string, known: Lang4 | 'und'): number {
  const points = rawPoints(post, folded, known);
  // Trouble the poster blames on themselves or clears the brand of ("mein Fehler", "not your fault"), or told with a glad
  // face ("sans coupure 🔥"), or flatly puts on someone else ("das war eindeutig der Paketdienst"): one sign at most, and
  // the model decides (complaint-own-fault.ts, complaint-cleared.ts); so does the poster's own slip ("aus Versehen die
  // falsche Größe bestellt": complaint-own-slips.ts).
  return points > OWN_FAULT_POINTS && (blamesNotTheBrand(folded) || ownSlip(folded) || settledElsewhere(folded, post.original) || gladOnlyFace(post.original))
    // A glad face in the brand's quoted line ("> Mir sind för öich da 💙") is the brand's, not the poster's.
    && !quotedLineAnswered(post.original)
    ? OWN_FAULT_POINTS
    : points;
}

/**
 * A glad face, unless a grievance hashtag tells it as mock ("me encanta pagar 300 megas para tener 12 😍 #NoFunciona":
 * complaint-grievance-hashtags.ts).
 */
function gladOnlyFace(original: string): boolean {
  // Nor folded hands begging after a question or a 'please' (complaint-plea-hands.ts).
  return gladFace(original) && !grievanceHashtag(original) && !pleadingHands(original);
}

/** The most a post blaming its own trouble on the poster (or on no one) scores. */
const OWN_FAULT_POINTS = 1;

function rawPoints(post: PostText, folded: string, known: Lang4 | 'und'): number {
  const { original: text, visible } = post;
  const langs = langsFor(known);
  for (const l of langs) {
    if (COMPILED[l].alone.test(folded) || waitToldAsDates(folded, l) || waitToldAsDayNumbers(folded, l) || toldAsTimeline(folded, l)) return THRESHOLD;
    if (quotesStatusOverdue(folded, l) || mockClosing(folded, l) || durationShouted(folded, text, l) || echoedSpan(folded, l)) return THRESHOLD;
  }
  // The brand's hand-off quoted back and mocked as going nowhere (complaint-quoted-handoff.ts): any language's words.
  if (quotedHandoffMocked(folded)) return THRESHOLD;
  // The brand's troubleshooting question quoted and answered with the fault still there (complaint-quoted-check-answered.ts):
  // read on the original, since a question quoted after "you asked" is blanked from the folded text.
  for (const l of langs) if (quotedCheckAnswered(text, l)) return THRESHOLD;
  // The brand's line quoted at the head of a reply and answered with the fact that belies it
  // (complaint-quoted-line-answered.ts): read on the original, whose lines folding joins.
  if (quotedLineAnswered(text)) return THRESHOLD;
  // A speed paid for beside a far lower one got (complaint-speed-shortfall.ts): only a post with figures can tell it.
  if (DIGIT.test(folded)) for (const l of langs) if (speedShortfall(folded, l)) return THRESHOLD;
  // The maker of an app or page asked after in outrage, "who designs these apps??" (complaint-who-made-this.ts): only a
  // post with a doubled mark can.
  if ((folded.includes('??') || folded.includes('?!') || folded.includes('!?')) && whoMadeThis(folded)) return THRESHOLD;
  // A grievance said in a hashtag (complaint-grievance-hashtags.ts), read on the post as written: the complaint text
  // has lost its hashtags.
  if (grievanceHashtag(text)) return THRESHOLD;
  // A renewal refused beside a price risen (complaint-not-renewing.ts).
  if (notRenewingAfterRise(folded)) return THRESHOLD;
  // A loyalty programme cut: points struck off, or more stamps or a shorter life for the same reward
  // (complaint-loyalty-cut.ts).
  if (loyaltyCut(folded)) return THRESHOLD;
  // A fare penalty beside the brand's shut office or broken machine (complaint-fined-anyway.ts).
  for (const l of langs) if (finedAnyway(folded, l)) return THRESHOLD;
  // Without a weak word or sign nothing else can reach the threshold (anger and sarcasm count beside one): most posts
  // stop here, after one plain scan, before the scan that tells the signs apart.
  if (!anyWeakSign(langs, folded)) return 0;

  let points = isAngry(visible) || ANNOYED_EMOJI.test(text) ? 1 : 0;
  // Sarcasm counts once whatever the language, and only beside a sign of a problem: "Super, merci !!!" is praise.
  let sarcastic = false;
  for (let k = 0; k < langs.length && !sarcastic; k++) sarcastic = COMPILED[langs[k]].sarcasm.test(folded);
  // A word two vocabularies share ("problem" in English and German) is one sign, not two: matches are counted once
  // per stretch of text.
  // One point per weak pattern that occurs (its group), whatever how often; a stretch of text counts once.
  // A stretch as one number (its start, then its length in the low 21 bits): no string made per match.
  const spans = new Set<number>();
  for (const l of langs) {
    const groups = new Set<number>();
    // The matches matchAll would give, found by exec from the start (matchAll makes a new regular expression per text).
    const run = COMPILED[l].weak(folded);
    if (run === null) continue;
    const { re: weak, alternativeOf } = run;
    weak.lastIndex = 0;
    for (let m = weak.exec(folded); m !== null; m = weak.exec(folded)) {
      if (m[0] === '') weak.lastIndex = nextIndex(folded, weak.lastIndex, weak.unicode);
      const group = alternativeOf[firstGroup(m)];
      const span = m.index * 0x200000 + m[0].length;
      if (groups.has(group) || spans.has(span)) continue;
      groups.add(group);
      spans.add(span);
      points += spans.size === 1 && sarcastic ? 2 : 1;
      if (points >= THRESHOLD) return THRESHOLD;
    }
  }
  return Math.min(points, THRESHOLD);
}

/** The first capture group a match of the weak alternation filled (its pattern), -1 for none: a loop, not a closure per match. */
function firstGroup(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i;
  return -1;
}

/** Whether a weak word or sign of `langs` can be in the text (rawPoints): loops, no closure made per post. */
function anyWeakSign(langs: readonly Lang4[], folded: string): boolean {
  for (const l of langs) {
    const { anyWeak, anyWeakMay } = COMPILED[l];
    for (let i = 0; i < anyWeak.length; i++) if (anyWeakMay[i](folded) && anyWeak[i].test(folded)) return true;
  }
  return false;
}

/** Where a global search goes on after an empty match at `at`: past one code unit, or one code point with the 'u' flag. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/**
 * Eye-roll, angry, unamused and upside-down faces: the marker that turns "Bravo pour le colis…" or "Merci pour la
 * livraison en avance…" into sarcasm. Worth one point, so praise with a stray 🙄 still needs a problem word.
 */
const ANNOYED_EMOJI = /[\u{1F644}\u{1F612}\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F611}\u{1F643}]/u;

/** A digit: the speed shortfall needs two figures. */
const DIGIT = /\d/;

/** A word of four letters or more in capitals. */
const SHOUTED = /(?<!\p{L})\p{Lu}{4,}(?!\p{L})/gu;

/** Repeated '!'/'?' ("!!!", "??") or shouting (two or more words of four letters or more in capitals). */
function isAngry(text: string): boolean {
  if (/[!?]{3,}|\?{2,}/u.test(text)) return true;
  // Two shouted words are enough: counted by exec up to two, not every match gathered in an array.
  SHOUTED.lastIndex = 0;
  return SHOUTED.exec(text) !== null && SHOUTED.exec(text) !== null;
}
