// Trains the complaint model shipped in src/text/complaint-model.data.ts: logistic regression (L2, full-batch gradient
// descent: scripts/logistic.mjs, shared with the question model) on the labelled posts of fixtures/text, with features
// from src/text/complaint-model.ts. Run after a build:
//   npm run build && node scripts/train-complaint-model.mjs
// The model only speaks where the patterns fall short (complaints.ts): with no sign at all, above `threshold`; beside
// one weak sign (a refund, "again", sarcasm…), above the lower `weakThreshold`. The pair is chosen on posts of blind
// rounds the model was not trained on: the pair that brings the whole detector (patterns, then model) closest to both
// of the issue's goals, TARGET_PRECISION and TARGET_RECALL, on every held-out post (see HELD_OUT_ROUNDS). `--check SET`
// trains without a round and scores it; each round's first-sight figures are kept in scripts/text-bench.mjs.
// The rule used to pick one threshold, the lowest at which the model alone, on every held-out post, kept a precision
// of 0.965 (above the goal, because the patterns' false positives add to the model's; round 10 at first sight gave a
// complaint precision of 0.84 with a model chosen at 0.95):
// Round 11, written by a hand that never read the detectors, joined the held-out rounds: the model trained without it
// scored it at precision 0.91 at log-odds 1, so the chosen threshold rose from 0.75 to 1.5.
// Round 12 joined training and the held-out rounds once it had been scored unseen, with the posts written for its error
// classes (sarcasm without a trouble word, everyday failure words, complaints asked as questions, threats to leave, and
// their near misses — many of them "why…?" questions and quick refunds the model used to call complaints): the model
// trained without round 12 keeps a precision of 1.00 on it down to log-odds 0.5, and over the six held-out rounds the
// rule now picks 1 (P 0.969, R 0.75).
// Round 14 (written blind by another hand, scored at first sight, then tuned on) joined training and the held-out rounds
// in turn, with the posts written for its classes and round 12's question classes: the model trained without it
// scores round 14 far less cleanly (regional wordings, praise and enquiries read as trouble), and over the seven
// held-out rounds the rule now picks 2.5 (P 0.966, R 0.50) — the model speaks less and the patterns carry more.
// Round 13 joined them once tuned on (the rule still picks 2.5: held-out P 0.965, R 0.49). Rounds 15, 16 and 17 are in
// no list (scripts/text-sets.mjs): they are the estimates on unseen posts (scripts/text-bench.mjs).
// Then, to make the model carry from round to round rather than fit one: five-letter slices instead of four (the held-
// out rounds' complaints ranked better: average precision 0.927 -> 0.932, and 0.900 -> 0.910 on the posts the patterns
// leave undecided; slices of 3, 3+4, 4+5 letters, no word pairs, negation marks, a language feature, stronger L2, a
// higher minimum count and class weights were measured too and did not win); concepts for outages, repeats ("again",
// "third time"), "why", the price paid and thanks (0.910 -> 0.915; a concept for another party's trouble gained nothing
// and was dropped); the rule above, with a lower threshold beside one weak sign (undecided held-out posts: P 0.951,
// R 0.58 at 2.5 and 1, where the old rule's 2.5 alone gave P 0.97, R 0.53). Then the variety corpus (corpus-posts,
// corpus-care-posts: 900 posts written for variety, not for any round's errors) joined training: on the undecided
// held-out posts average precision 0.915 -> 0.930, and the rule picks 1.75 and 0.75 (P 0.951, R 0.66). Posts no
// pattern was tuned on say the model's additions are less sure than that: on the corpus scored before training on it,
// lowering the threshold from 2.5 to 1.5 added 28 complaints and 19 false alarms; round 15 (unseen) moved from fan
// P 0.91 R 0.70, care P 0.90 R 0.86 to fan P 0.89 R 0.69, care P 0.90 R 0.90.
// Rounds 15, 16 and 17 and corpus2 then joined training and the held-out rounds; concepts for a poor verdict and a
// price risen, the shapes of amounts, spans and reference numbers, and faces read on the post as written (on the
// undecided held-out posts average precision 0.868 -> 0.885); and the threshold rule above (1.25 / 1). Measured and not
// kept (docs/rules.md): concepts for others asked, leaving, redress and explanations, L2 1e-3 and 3e-5, 300 and 1500
// epochs, a minimum count of 3, punctuation features, the patterns' points as a feature, training on the undecided
// posts alone, a veto of the patterns on glad posts, thresholds of their own for posts addressed to an account. Weights below MIN_WEIGHT 0.02 are left out of the shipped tables (the same totals on round 18; 0.05
// changed some).
// Rounds 18 and 19 then joined training and the held-out rounds once round 20 was written as the estimate on unseen
// posts: the rule picks 1.25 / 1.25 (every held-out post, fan P 0.925 R 0.818, care P 0.953 R 0.891), with eight class
// posts for a near miss the retrained model tipped over (a device switching itself off, praised as handy).
// The third variety corpus (corpus3-posts, corpus3-care-posts: 900 posts, never tuned on) then joined training and the
// held-out folds (1.25 / 1; fan P 0.920 R 0.806, care P 0.941 R 0.891 over fifteen folds), then round 20, once round 21
// was written as the estimate on unseen posts (1.25 / 0.75; fan P 0.918 R 0.807, care P 0.941 R 0.876 over sixteen).
// Round 21 (once round 22 was written as the estimate on unseen posts) and the fourth corpus (corpus4-posts,
// corpus4-care-posts: 900 posts aimed at plain, polite and colloquial complaints and their near misses, never tuned on)
// then joined training and the held-out folds: the rule picked 1.25 / 0.5, and the retrained model called praise of a
// figure risen again a complaint ("Your reviews have gone up again, well deserved", which the tests hold as none); six
// class posts of that near miss in four languages, and the rule picks 1 / 1 (eighteen folds: fan P 0.911 R 0.817,
// care P 0.938 R 0.901).
// Then trouble the poster blames on themselves or clears the brand of (complaint-own-fault.ts: one weak sign at most,
// and a concept of the same phrases): still 1 / 1, fan P 0.921 R 0.817 (de P 0.911 -> 0.930, es 0.921 -> 0.934), care
// P 0.940 R 0.901. Measured and not kept (docs/rules.md): German compound heads found inside words, and a veto of the
// patterns where the held-out model is sure of the contrary (+0.007 precision, -0.005 recall, ~7 % of the speed).
// Round 22 then joined training and the held-out folds once round 23 was written as the estimate on unseen posts: still
// 1 / 1 (nineteen folds: fan P 0.923 R 0.819, care P 0.935 R 0.897; round 22 left out P 0.917 R 0.892).
// Then concepts of sincere verdicts of excellence, more bad states (lukewarm, soggy, dented…) and rip-offs, written
// after reading the folds' errors: still 1 / 1, fan P 0.926 R 0.822 (es 0.944 / 0.815, de 0.935 / 0.793), care P 0.937
// R 0.895. Not kept: a concept of plain requests for how to do something (fan P 0.925, es P 0.941 R 0.819).
// The fifth corpus (corpus5-posts, corpus5-care-posts: 660 posts aimed at plain, understated complaints and question-
// shaped posts, never tuned on) then joined training and the folds: still 1 / 1 (twenty folds: fan P 0.918 R 0.819,
// care P 0.940 R 0.890; the corpus left out P 0.848 R 0.801, the earlier folds within a post or two).
// Round 23 then joined training and the held-out folds once round 24 was written as the estimate on unseen posts: still
// 1 / 1 (twenty-one folds: fan P 0.920 R 0.823, care P 0.943 R 0.893; round 23 left out P 0.924 R 0.965; the twenty
// folds before fan 0.918 / 0.819 -> 0.920 / 0.818, care 0.940 / 0.890 -> 0.942 / 0.888).
// Then trouble words that tell no trouble cancelled (trouble denied, a match lost, praise heightened, the lost-property
// office, a policy's cover asked, a problem solved in a bare participle) and concepts of a decision reproached and of a
// person out of reach, written after reading the twenty folds' errors: still 1 / 1, fan P 0.927 R 0.822, care P 0.949
// R 0.892. Not kept: a concept of a short closing sentence of praise or thanks (fan P 0.923 R 0.820 with it).
// Then, from the twenty-four folds' errors, concepts of dates, disbelief, irony and resigned letdowns, three pairs of
// concepts (complaint-concepts.ts COMBOS), a wait told as dates and a cap on trouble told with a glad face, with 84
// class posts: still 1 / 1, fan P 0.933 R 0.830, care P 0.955 R 0.880. Not kept: a concept of trouble told as over
// (fan 0.929 / 0.829), an amount shape reading "12 €" before a word (fan 0.928 / 0.828).
// Round 26 and the ninth corpus then joined training and the folds (twenty-eight folds, 1 / 1: fan P 0.925 R 0.822,
// care P 0.952 R 0.865). Then, from their errors, sarcasm closing on bare praise, a wish told after the fact and a
// trouble solved then praised kept from the model (rows' `solved`, as complaints.ts says), with 29 class posts: the
// rule picks 1 / 0.75, fan P 0.927 R 0.825, care P 0.954 R 0.870. Not kept: the same with the eight class posts of a
// trouble solved then praised (care recall 0.863), or without keeping those posts from the model (care 0.953 / 0.863).
// Round 27 and the tenth corpus then joined training and the folds (thirty folds, 1 / 0.5: fan P 0.922 R 0.821, care
// P 0.952 R 0.863). Then, from their errors, five classes of complaints with no complaint word enough alone
// (understatement, thanks and delight at a harm, reproachful rhetorical questions, timelines, a trouble asked of
// others), with 88 class posts: the rule picks 1 / 1, fan P 0.926 R 0.826, care P 0.953 R 0.871.
// Round 28 and the eleventh corpus then joined training and the folds (thirty-two folds, 1 / 1: fan P 0.923 R 0.821,
// care P 0.954 R 0.864). Then, from their errors, seven classes of complaints with no complaint word (mock praise
// closing a trouble, attempts counted, a status quoted overdue, understatement, worse now, staff conduct, regional
// speech), with 78 class posts: still 1 / 1, fan P 0.924 R 0.835 (de 0.930 / 0.841, es 0.937 / 0.832), care P 0.955
// R 0.864.
// Beside them, from their false alarms: others' complaints denied, a trouble supposed, trouble words in praise and a
// trouble on the way removed, scam warnings and fee enquiries read as no complaint, with 61 class posts (alone: the
// rule picks 1 / 0.75, fan P 0.930 R 0.829, care P 0.957 R 0.867). Both together, retrained on the merge: 1 / 1, fan
// P 0.932 R 0.836, care P 0.958 R 0.867.
// Round 29 and the twelfth corpus then joined training and the folds (thirty-four folds, 1 / 1: fan P 0.933 R 0.833,
// care P 0.956 R 0.868). Then, from their errors, French and German plain facts, a product lasting only till a small
// moment, customer-care chases and false alarms (a trouble counted as none, asked and denied, supposed, others'
// denied; more own-fault wordings), with 76 class posts: still 1 / 1, fan P 0.935 R 0.839 (fr 0.930 / 0.821, de 0.935
// / 0.849), care P 0.961 R 0.879.
// Then, from the same folds' errors, a service asked as too much to ask, a bill thanked with its amount, French
// failures told again and visits that never came, cards kept by a machine, luggage apart and an order's wish ignored
// (enough alone), the poster's own loss removed and "rdv" spelt out, with 77 class posts: still 1 / 1, fan P 0.935
// R 0.839 -> P 0.937 R 0.843 (fr 0.931 / 0.835, en 0.926 / 0.848, de 0.939 / 0.849, es 0.952 / 0.840), care
// P 0.959 R 0.876 -> P 0.963 R 0.877.
// Then round 30 joined the folds (its classes written first: a brand cleared of the trouble, sarcastic asides, testers
// asked back, Australian slang), the trouble cleared from the brand kept from the model here as in complaints.ts: still
// 1 / 1, fan P 0.938 R 0.846 (fr 0.933 / 0.838, en 0.927 / 0.851, de 0.939 / 0.852, es 0.953 / 0.842), care P 0.962
// R 0.881.
// Round 31 then joined the folds (thirty-six, still 1 / 1: fan P 0.938 R 0.848, care P 0.964 R 0.883). Its classes in
// the patterns (docs/rules.md), retrained: the rule picks 1.25 / 0.5 (fan P 0.941 R 0.838, care 0.963 / 0.871; at
// 1 / 0.5 every held-out post P 0.941 R 0.863; at 1 / 1, AT=1,1, fan P 0.939 R 0.852, care 0.963 / 0.884), and that
// model was not kept (the merge retrains it).
// Round 32 then joined the folds (thirty-seven: 1.25 / 0.5, fan P 0.941 R 0.840, care 0.963 / 0.869); its classes in
// the patterns (plain failure facts, a speed shortfall, the weather, a bad week, a cover asked about; docs/rules.md)
// with 76 class posts, retrained: the rule picks 1.25 / 0.75 (fan P 0.944 R 0.841, care 0.964 / 0.872), kept.
// Then, from those folds' errors, a product that hurt the skin, a foreign body in food and troubles told as context
// (own mistake, solved then asked, sympathy for another fan, cleared in passing), with 77 class posts: still 1.25 / 0.75,
// fan P 0.945 R 0.841, care 0.966 / 0.873.
// Measured on the fifteen folds and not kept (docs/rules.md): concepts for complaints told as plain facts or polite
// requests (an order and time gone by, a status unchanged, a request beside a trouble, the writer's mood, a complaint
// named, a promise belied, "how many times", being blocked, something changed for the worse, and pairs of them):
// average precision 0.907 -> 0.909 on the undecided held-out posts, fan P 0.920 R 0.806 -> 0.918 R 0.809; naive-Bayes-
// scaled feature values (fan P 0.920 R 0.809, care P 0.934 R 0.896).
// Printed: the held-out figures per fold and per language, and the average precision of the held-out models on the
// posts the patterns leave undecided; `--errors` lists each held-out post the whole detector gets wrong; DROP (below)
// leaves features out to measure them.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fit, keptWeights, precisionRecall, score, setsOfRows } from './logistic.mjs';
import { HELD_OUT_FOLDS, TRAINING_SETS } from './text-sets.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { detectLanguage } = await import('../dist/text/language.js');
const { postText } = await import('../dist/text/post-text.js');
const { complaintText, patternPoints, settledElsewhere } = await import('../dist/text/complaints.js');
const { complaintFeatures: featuresOf } = await import('../dist/text/complaint-model.js');
const { withoutTroublesElsewhere } = await import('../dist/text/complaint-elsewhere.js');

const TARGET_PRECISION = 0.95;
const TARGET_RECALL = 0.85;
const L2 = 1e-4;
const EPOCHS = 600;
const RATE = 1;
const MIN_COUNT = 2;
const MIN_WEIGHT = 0.02;

const posts = TRAINING_SETS.flatMap((set) => JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'text', `${set}.json`), 'utf8')));
// Each row also holds what complaints.ts complaintIn reads beside the model: the patterns' points on the post, and
// the post without troubles that are not the brand's ("own") with its features and points, read again when it differs.
// DROP=k:stuck,k:ago…: leaves those features (or, ending in '*', those starting so) out of every row, to measure what
// they bring.
const dropped = (process.env.DROP ?? '').split(',').filter(Boolean);
const dropping = (f) => dropped.some((d) => (d.endsWith('*') ? f.startsWith(d.slice(0, -1)) : f === d));
const complaintFeatures = dropped.length ? (...a) => featuresOf(...a).filter((f) => !dropping(f)) : featuresOf;
const rows = posts.map((p) => {
  const lang = detectLanguage(p.text);
  const known = lang === 'und' ? 'und' : lang;
  const prepared = postText(p.text, known);
  const folded = complaintText(prepared, known);
  const features = complaintFeatures(folded, prepared.original);
  const points = folded ? patternPoints(prepared, folded, known) : 0;
  // A trouble settled or not the brand's is no complaint by the model (complaints.ts settledElsewhere).
  const solved = Boolean(folded) && settledElsewhere(folded, prepared.original);
  const own = folded ? withoutTroublesElsewhere(folded) : '';
  if (own === folded) return { y: p.complaint ? 1 : 0, lang: p.lang, text: p.text, empty: !folded, features, points, solved };
  return { y: p.complaint ? 1 : 0, lang: p.lang, text: p.text, empty: !folded, features, points, solved, own: { empty: !own, features: complaintFeatures(own, prepared.original), points: own ? patternPoints(prepared, own, known) : 0, solved: Boolean(own) && settledElsewhere(own, prepared.original) } };
});

const train = (rows) => fit(rows, { l2: L2, epochs: EPOCHS, rate: RATE, minCount: MIN_COUNT });

// The thresholds are chosen on posts of rounds the model never saw: each of the last blind rounds is left out in turn,
// and the model trained on the rest scores it. (A 5-fold split of all posts mixes each round's near-duplicates into
// training and overstates precision.) Of every pair (threshold, weakThreshold ≤ threshold), the one with the smallest
// shortfall max(TARGET_PRECISION − P, TARGET_RECALL − R) of the whole detector over every held-out post, fan and care.
// The rule before kept only the posts the patterns leave undecided and picked the pair finding the most complaints
// there at TARGET_PRECISION; once rounds 15–17 and corpus2 (never tuned on by the patterns) were held out it rose to
// 3.25 / 1.5 and halved what the model adds: held out, on those four folds, fan posts P 0.914 R 0.605 against P 0.897
// R 0.755 with this rule (the figures per fold are printed below).
// The final round, then the folds the question trainer holds out too (text-sets.mjs): the blind rounds, then the
// corpora written by hands that never read the detectors (for variety; the fourth to sixth aimed at the open goals),
// never tuned on — the patterns are unseen there too.
const HELD_OUT_ROUNDS = [['final-posts', 'final-care-posts'], ...HELD_OUT_FOLDS];
const setSizes = TRAINING_SETS.map((set) => JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'text', `${set}.json`), 'utf8')).length);
const setOf = setsOfRows(TRAINING_SETS, setSizes, rows.length);

/**
 * A row's verdict as complaintIn gives it, from the model's scores of the post and of its own troubles (`s`, `so`):
 * patterns or model, and again on the post without troubles elsewhere.
 */
function verdict(r, s, so, threshold, weakThreshold) {
  const says = (x, score) => !x.empty && (x.points >= 2 || (!x.solved && score > (x.points > 0 ? weakThreshold : threshold)));
  return says(r, s) && (!r.own || says(r.own, so));
}
const scores = (m, r) => [score(m, r), r.own ? score(m, r.own) : 0];

const held = [];
// Every post of the held-out rounds, with its round: the whole detector's verdict on them (the patterns' are in-sample).
const heldAll = [];
for (const round of HELD_OUT_ROUNDS) {
  const m = train(rows.filter((_, i) => !round.includes(setOf[i])));
  rows.forEach((r, i) => {
    if (!round.includes(setOf[i])) return;
    const s = scores(m, r);
    heldAll.push({ r, s, round: round[0], care: setOf[i].includes('care') });
    if (r.points < 2) held.push({ r, s });
  });
}
const measure = (t, weak) => precisionRecall(held.map(({ r, s }) => ({ said: verdict(r, ...s, t, weak), y: r.y })));
// Every held-out post, fan and care: the whole detector's verdicts at a pair of thresholds.
const measureAll = (t, weak) => precisionRecall(heldAll.map(({ r, s }) => ({ said: verdict(r, ...s, t, weak), y: r.y })));
/** How far the whole detector falls short of the issue's goals (precision TARGET_PRECISION, recall TARGET_RECALL). */
const shortfall = (m) => Math.max(TARGET_PRECISION - m.precision, TARGET_RECALL - m.recall);
const thresholds = Array.from({ length: 21 }, (_, i) => i * 0.25);
let threshold = thresholds[thresholds.length - 1];
let weakThreshold = threshold;
let best = Infinity;
for (const t of thresholds) {
  for (const weak of thresholds.filter((x) => x <= t)) {
    const gap = shortfall(measureAll(t, weak));
    if (gap < best - 1e-9) [threshold, weakThreshold, best] = [t, weak, gap];
  }
}
for (const t of thresholds.filter((x) => x >= threshold - 1 && x <= threshold + 1)) {
  const m = measure(t, Math.min(t, weakThreshold));
  const a = measureAll(t, Math.min(t, weakThreshold));
  console.log(
    `threshold ${t.toFixed(2)}, weakThreshold ${Math.min(t, weakThreshold)}: held-out posts the patterns leave undecided P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}; ` +
      `every held-out post P ${a.precision.toFixed(3)} R ${a.recall.toFixed(3)}${t === threshold ? '  <- chosen' : ''}`,
  );
}
const whole = (keep) => {
  const m = precisionRecall(heldAll.filter(keep).map(({ r, s }) => ({ said: verdict(r, ...s, threshold, weakThreshold), y: r.y })));
  return `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}`;
};
console.log(
  `whole detector on the held-out rounds (model held out, patterns in-sample): fan posts ${whole((x) => !x.care)}, care ${whole((x) => x.care)}; ` +
    HELD_OUT_ROUNDS.map(([name]) => `${name.replace('-posts', '')} ${whole((x) => x.round === name)}`).join(', '),
);
console.log(
  `whole detector on the held-out fan posts per language: ${['fr', 'en', 'de', 'es'].map((l) => `${l} ${whole((x) => !x.care && x.r.lang === l)}`).join(', ')}`,
);
// AT=t,weak: the same held-out figures at another pair too, to compare two trainings at one pair when the rule picks
// different ones (the model written is still the rule's).
if (process.env.AT) {
  const [t, weak] = process.env.AT.split(',').map(Number);
  const at = (keep) => {
    const m = precisionRecall(heldAll.filter(keep).map(({ r, s }) => ({ said: verdict(r, ...s, t, weak), y: r.y })));
    return `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}`;
  };
  console.log(
    `at ${t} / ${weak}: fan posts ${at((x) => !x.care)}, care ${at((x) => x.care)}; ` +
      ['fr', 'en', 'de', 'es'].map((l) => `${l} ${at((x) => !x.care && x.r.lang === l)}`).join(', ') +
      `; round31 ${at((x) => x.round === 'round31-posts')}`,
  );
}
// --errors: each held-out post the whole detector gets wrong at the chosen pair, with the held-out model's score.
if (process.argv.includes('--errors')) {
  for (const { r, s, round } of heldAll) {
    const said = verdict(r, ...s, threshold, weakThreshold);
    if (said !== Boolean(r.y)) console.log(`${said ? 'false' : 'missed'} ${round} ${r.lang} points ${r.points} score ${s[0].toFixed(2)} ${JSON.stringify(r.text)}`);
  }
}
// How well the held-out models rank the posts the patterns leave undecided (average precision: 1 when every complaint
// scores above every other post), the measure new features are judged by before any threshold.
{
  const ranked = held.map(({ r, s }) => ({ y: r.y, s: s[0] })).sort((a, b) => b.s - a.s);
  let found = 0;
  let sum = 0;
  ranked.forEach((x, i) => x.y && (sum += ++found / (i + 1)));
  console.log(`average precision of the held-out model on the posts the patterns leave undecided: ${(sum / Math.max(1, found)).toFixed(3)} (${found} complaints of ${ranked.length})`);
}
console.log(`held-out rounds: ${HELD_OUT_ROUNDS.map((r) => r[0]).join(', ')} (and their care sets)`);

// --check SET[,SET]: train without those sets and report how the model alone and with the patterns does on them.
const check = process.argv.indexOf('--check');
if (check > 0) {
  const names = process.argv[check + 1].split(',');
  const m = train(rows.filter((_, i) => !names.includes(setOf[i])));
  const test = rows.filter((_, i) => names.includes(setOf[i]));
  for (const t of [0, 0.5, 1, 1.5, 2, 2.5, 3]) {
    const stat = (withPatterns) => {
      const m2 = precisionRecall(test.map((r) => ({ said: withPatterns ? verdict(r, ...scores(m, r), t, Math.min(t, weakThreshold)) : score(m, r) > t, y: r.y })));
      return `P ${m2.precision.toFixed(2)} R ${m2.recall.toFixed(2)}`;
    };
    console.log(`check on ${names.join(',')} (not trained on), threshold ${t}: model ${stat(false)}; patterns or model (weakThreshold ${Math.min(t, weakThreshold)}) ${stat(true)}`);
  }
  process.exit(0);
}

const model = train(rows);
const kept = keptWeights(model, MIN_WEIGHT);
const file = path.join(ROOT, 'src', 'text', 'complaint-model.data.ts');
writeFileSync(
  file,
  `// Generated by scripts/train-complaint-model.mjs from the labelled posts of fixtures/text: do not edit.
// Trained on ${rows.length} posts (${TRAINING_SETS.join(', ')}); ${kept.length} features; threshold ${threshold}, ${weakThreshold}
// beside a weak sign (the pair that brings the whole detector closest to precision ${TARGET_PRECISION} and recall ${TARGET_RECALL}
// on the posts of held-out rounds the model was not trained on).
/** Logistic-regression weights: bias, decision thresholds, and features with their weights as parallel lists. */
export const COMPLAINT_MODEL: { bias: number; threshold: number; weakThreshold: number; features: string; weights: string } = {
  bias: ${model.bias.toFixed(4)},
  threshold: ${threshold},
  weakThreshold: ${weakThreshold},
  features: ${JSON.stringify(kept.map(([f]) => f).join(' '))},
  weights: ${JSON.stringify(kept.map(([, v]) => v.toFixed(3)).join(' '))},
};
`,
);
console.log(`${path.relative(ROOT, file)}: ${kept.length} features, threshold ${threshold}, weakThreshold ${weakThreshold}, ${(readFileSync(file).length / 1024).toFixed(0)} KB`);
