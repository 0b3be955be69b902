// Trains the complaint model shipped in src/text/complaint-model.data.ts: logistic regression (L2, full-batch gradient
// descent: scripts/logistic.mjs, shared with the question model) on the labelled posts of fixtures/text, with features
// from src/text/complaint-model.ts. Run after a build:
//   npm run build && node scripts/train-complaint-model.mjs
// The decision threshold is the lowest at which the model alone, trained without one of the last blind rounds and
// scored on it, keeps a precision of TARGET_PRECISION — above the 0.95 for the whole detector, because the
// model's verdicts are added to the patterns' and their false positives add up (round 10 at first sight: complaint
// precision 0.84 with a model chosen at 0.95; the model alone cannot reach a recall of 0.85 at that precision anyway). `--check SET`
// trains without a round and scores it; each round's first-sight figures are kept in scripts/text-bench.mjs.
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
// Round 13 joined them once tuned on (the rule still picks 2.5: held-out P 0.965, R 0.49). Round 15 is in no list: it is
// the held-out estimate on unseen posts (scripts/text-bench.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fit, keptWeights, precisionRecall, score, setsOfRows } from './logistic.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { detectLanguage } = await import('../dist/text/language.js');
const { postText } = await import('../dist/text/post-text.js');
const { complaintText, patternsComplain } = await import('../dist/text/complaints.js');
const { complaintFeatures } = await import('../dist/text/complaint-model.js');

const TRAINING_SETS = [
  'labelled-posts',
  'holdout-posts',
  'blind-posts',
  'care-posts',
  'final-posts',
  'final-care-posts',
  'round8-posts',
  'round8-care-posts',
  'round9-posts',
  'round9-care-posts',
  'round10-posts',
  'round10-care-posts',
  'round11-posts',
  'round11-care-posts',
  'round12-posts',
  'round12-care-posts',
  'round13-posts',
  'round13-care-posts',
  'round14-posts',
  'round14-care-posts',
  'class-posts',
  'training-posts',
];
const TARGET_PRECISION = 0.965;
const L2 = 1e-4;
const EPOCHS = 600;
const RATE = 1;
const MIN_COUNT = 2;
const MIN_WEIGHT = 0.005;

const posts = TRAINING_SETS.flatMap((set) => JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'text', `${set}.json`), 'utf8')));
const rows = posts.map((p) => {
  const lang = detectLanguage(p.text);
  const prepared = postText(p.text, lang === 'und' ? 'und' : lang);
  const folded = complaintText(prepared, lang === 'und' ? 'und' : lang);
  return { y: p.complaint ? 1 : 0, features: complaintFeatures(folded), pattern: patternsComplain(prepared, folded, lang === 'und' ? 'und' : lang) };
});

const train = (rows) => fit(rows, { l2: L2, epochs: EPOCHS, rate: RATE, minCount: MIN_COUNT });

// The threshold is chosen on posts of rounds the model never saw: each of the last blind rounds is left out in turn, the
// model trained on the rest scores it, and the lowest threshold at which those held-out verdicts keep TARGET_PRECISION
// is kept. (A 5-fold split of all posts mixes each round's near-duplicates into training and overstates precision;
// the patterns are left out of this choice because they were tuned on every round.)
const HELD_OUT_ROUNDS = [
  ['final-posts', 'final-care-posts'],
  ['round8-posts', 'round8-care-posts'],
  ['round9-posts', 'round9-care-posts'],
  ['round10-posts', 'round10-care-posts'],
  ['round11-posts', 'round11-care-posts'],
  ['round12-posts', 'round12-care-posts'],
  ['round13-posts', 'round13-care-posts'],
  ['round14-posts', 'round14-care-posts'],
];
const setSizes = TRAINING_SETS.map((set) => JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'text', `${set}.json`), 'utf8')).length);
const setOf = setsOfRows(TRAINING_SETS, setSizes, rows.length);
const held = [];
for (const round of HELD_OUT_ROUNDS) {
  const m = train(rows.filter((_, i) => !round.includes(setOf[i])));
  rows.forEach((r, i) => {
    if (round.includes(setOf[i])) held.push({ y: r.y, score: score(m, r) });
  });
}
const measure = (t) => precisionRecall(held.map((h) => ({ said: h.score > t, y: h.y })));
const thresholds = Array.from({ length: 25 }, (_, i) => i * 0.25);
const threshold = thresholds.find((t) => measure(t).precision >= TARGET_PRECISION) ?? thresholds[thresholds.length - 1];
for (const t of thresholds.filter((x) => x <= threshold + 1)) {
  const m = measure(t);
  console.log(
    `threshold ${t.toFixed(2)}: model alone on held-out rounds (${HELD_OUT_ROUNDS.map((r) => r[0]).join(', ')}) P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}${t === threshold ? '  <- chosen' : ''}`,
  );
}

// --check SET[,SET]: train without those sets and report how the model alone and with the patterns does on them.
const check = process.argv.indexOf('--check');
if (check > 0) {
  const names = process.argv[check + 1].split(',');
  const m = train(rows.filter((_, i) => !names.includes(setOf[i])));
  const test = rows.filter((_, i) => names.includes(setOf[i]));
  for (const t of [0, 0.5, 1, 1.5, 2, 2.5, 3]) {
    const stat = (withPatterns) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const r of test) {
        const said = score(m, r) > t || (withPatterns && r.pattern);
        if (said && r.y) tp++;
        else if (said) fp++;
        else if (r.y) fn++;
      }
      return `P ${(tp / Math.max(1, tp + fp)).toFixed(2)} R ${(tp / Math.max(1, tp + fn)).toFixed(2)}`;
    };
    console.log(`check on ${names.join(',')} (not trained on), threshold ${t}: model ${stat(false)}; patterns or model ${stat(true)}`);
  }
  process.exit(0);
}

const model = train(rows);
const kept = keptWeights(model, MIN_WEIGHT);
const file = path.join(ROOT, 'src', 'text', 'complaint-model.data.ts');
writeFileSync(
  file,
  `// Generated by scripts/train-complaint-model.mjs from the labelled posts of fixtures/text: do not edit.
// Trained on ${rows.length} posts (${TRAINING_SETS.join(', ')}); ${kept.length} features; threshold ${threshold} (the lowest at
// which the model, scored on blind rounds it was not trained on, keeps a precision ≥ ${TARGET_PRECISION}).
/** Logistic-regression weights: bias, decision threshold, and features with their weights as parallel lists. */
export const COMPLAINT_MODEL: { bias: number; threshold: number; features: string; weights: string } = {
  bias: ${model.bias.toFixed(4)},
  threshold: ${threshold},
  features: ${JSON.stringify(kept.map(([f]) => f).join(' '))},
  weights: ${JSON.stringify(kept.map(([, v]) => v.toFixed(3)).join(' '))},
};
`,
);
console.log(`${path.relative(ROOT, file)}: ${kept.length} features, threshold ${threshold}, ${(readFileSync(file).length / 1024).toFixed(0)} KB`);
