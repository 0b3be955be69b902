// Trains the question model shipped in src/text/question-model.data.ts: logistic regression (scripts/logistic.mjs,
// shared with the complaint model; 2,000 full-batch steps: at the complaint model's 600 the question model underfit,
// held-out errors 62 against 52) on the labelled posts of fixtures/text, with features from src/text/question-model.ts.
// Run after a build:
//   npm run build && node scripts/train-question-model.mjs
// The model overrides the patterns of questions.ts only when confident (questions.ts questionIn): it vetoes their
// "question" below log-odds -vetoMarkAlone when the post asks by its mark alone, below -vetoOwnWords when it asks in its
// own words with a mark, below -vetoUnmarked when it has no '?' or '¿', and adds a question to a post without a mark
// above add. The thresholds are chosen on posts neither the model nor the patterns had seen: each blind round from 8 to
// 23, and the second to fifth corpora (fan and care posts together), is left out in turn and scored by the model trained
// on every other set — without the class posts written after it (git blame dates each line of class-posts.json and
// question-class-posts.json), which were written for its errors — and the patterns' verdicts are those of their first
// sight (fixtures/first-sight/questions.json; today's patterns were tuned on rounds 8 to 14). The thresholds kept, at or
// above the floors below, make the fewest errors over all those posts; of equally good ones, those where the model
// speaks least. Today's patterns are scored beside them for reference. `--grid` prints every choice tried, `--errors`
// each held-out post the model changed and each it left wrong; MIN_VETO_MARK_ALONE, MIN_VETO, MIN_VETO_OWN_WORDS and
// MIN_VETO_UNMARKED in the environment try other floors; QF_DROP (features, comma-separated) trains without them, and
// `--dry` writes no weights: to measure what a feature adds held out; `--refit` refits the shipped model on every row
// with its thresholds kept, skipping the held-out folds.
// Round 20 joined training and the held-out folds once round 21 was written as the estimate on unseen posts (its
// patterns' first-sight verdicts recorded on dc408f3: the patterns had not changed since it was first scored, on
// 2319a0e). The third variety corpus joined the held-out folds like the second (its patterns' first-sight verdicts
// recorded on dc408f3, the code it was first scored on). Held-out figures are printed per fold, for fan and care posts,
// and per language of the fan posts. Round 21 joined training and the held-out folds once round 22 was written as the
// estimate on unseen posts (its patterns' first-sight verdicts recorded on dc408f3, the code it was first scored on),
// and the fourth corpus (aimed at question-shaped posts that ask nothing) with it (its patterns' first-sight verdicts
// recorded on 82d6c57, the code it was first scored on). Round 22 joined them once round 23 was written as the estimate
// on unseen posts (its patterns' first-sight verdicts recorded on 82d6c57, the code it was first scored on).
// The fifth corpus (aimed at question-shaped posts that ask nothing, and plain, understated complaints) joined them next
// (its patterns' first-sight verdicts recorded on 0234423, the code it was first scored on). Round 23 joined them once
// round 24 was written as the estimate on unseen posts (its patterns' first-sight verdicts recorded on 0234423, the code
// it was first scored on).
// Question-shaped posts whose every question is withdrawn at once or rhetorical by a class of question-rhetoric.ts are no
// question in questions.ts questionIn whatever the model says: the held-out verdicts apply the same gate. So do the
// questions asked in a form whatever the model says (question-indirect.ts, question-shared-faults.ts,
// question-recourse.ts, question-run-on-tails.ts, question-care-requests.ts, question-in-situ.ts, question-things-asked.ts,
// question-confirmations.ts): they ask, unless rhetorical; a friend greeted before plans (question-friend-plans.ts) is
// asked nothing, and so is one pointed at what the brand did (question-friend-pointers.ts, through questions.ts
// asksFriends), and an unmarked silence reported (question-nobody-tells.ts) is no question by the model. Round 30
// joined the folds once round 31 was written as the estimate on unseen posts (its patterns' first-sight verdicts
// recorded on e8b88e1, the code it was first scored on).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fit, keptWeights, precisionRecall, score, setsOfRows } from './logistic.mjs';
import { HELD_OUT_FOLDS, TRAINING_SETS } from './text-sets.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { detectLanguage } = await import('../dist/text/language.js');
const { postText } = await import('../dist/text/post-text.js');
const { asksTwice, questionFeatures } = await import('../dist/text/question-model.js');
// asksFriends and asksBesidesModel: gates questions.ts questionIn applies around the model, called as it calls them.
const { asksBesidesModel, asksFriends, asksInOwnWords, patternsAsk } = await import('../dist/text/questions.js');
const { countsAttempts } = await import('../dist/text/question-unanswered.js');
const { asksNothing } = await import('../dist/text/question-rhetoric.js');
const { asksForService } = await import('../dist/text/question-service-requests.js');
const { toldNoOneTells } = await import('../dist/text/question-nobody-tells.js');
const { concedesEitherWay } = await import('../dist/text/question-concessions.js');
const { wishesAloud } = await import('../dist/text/question-wishes.js');
const { setsUltimatum } = await import('../dist/text/question-ultimatums.js');
const { setsDeadline } = await import('../dist/text/question-deadlines.js');
const { quotesSurveyOnly } = await import('../dist/text/question-survey-quotes.js');

const HELD_OUT_ROUNDS = HELD_OUT_FOLDS;
/**
 * Once round 21 and the fourth corpus joined the folds (seventeen), a lighter penalty won on every language held out:
 * 3e-5 makes 253 held-out errors against 267 at 1e-4 (fan posts P 0.914 -> 0.919, R 0.964 unchanged; care 0.953 / 0.964
 * -> 0.955 / 0.967); 1e-5 made 250 but lost recall (fan R 0.960, care 0.962), 3e-4 292, and 3e-5 over 3,000 steps 251
 * (fan R 0.963).
 */
const L2 = 3e-5;
const EPOCHS = 2000;
const RATE = 4;
const MIN_COUNT = 2;
const MIN_WEIGHT = 0.005;
/**
 * The least confidence a veto needs, whatever the held-out rounds prefer. They favour vetoing any post that asks by its
 * mark alone as soon as the model leans to "no" (held-out errors 113 at veto 0, 124 at this floor, against 162 at the
 * former floors of 2 for a mark alone and 3.5 for a question in one's own words), but the model then overrules classes
 * written into tests/text as questions, near misses of the classes it learnt to veto: a tag after a fact ("Das Angebot
 * gilt bis Sonntag, oder?", "Es mejor pedir una talla más, ¿verdad?"), a figure asked back plainly ("£9 for a
 * candle?"), which it scores between -1 and 0. The other vetoes need the confidence the held-out rounds choose, at
 * least MIN_VETO.
 * Once round 23 joined the twenty folds, the floors of a mark alone and of one's own words (1 and 1.5) cost 27 held-out
 * errors (329 against 302 without them: fan P 0.919 R 0.959 against 0.939 / 0.947): they are 0 now, and the near misses
 * the tests hold as questions are kept above the vetoes by class posts of their classes (question-class-posts.json: a
 * tag after a fact or advice, a figure asked back plainly, an announcement echoed before a delighted reply), which no
 * held-out model reads. The floor of a post without a mark stays (the folds choose it anyway).
 */
const MIN_VETO_MARK_ALONE = Number(process.env.MIN_VETO_MARK_ALONE ?? 0);
const MIN_VETO = Number(process.env.MIN_VETO ?? 0);
/**
 * Since rounds 18 and 19 joined the held-out folds, those folds prefer a veto below -1 for a question in one's own words
 * and below -1.5 for a post without a mark (153 held-out errors against 157 at these floors), but the model then
 * overrules two more classes the tests hold as questions: an announcement echoed before a delighted reply ("¿Abrís en
 * Nochebuena? ¡Genial, así compro allí!", scored -1.0) and a text-message question that drops its auxiliary ("ya
 * accept paypal", -1.8). These floors keep the vetoes where they were before.
 */
const MIN_VETO_OWN_WORDS = Number(process.env.MIN_VETO_OWN_WORDS ?? 0);
const MIN_VETO_UNMARKED = Number(process.env.MIN_VETO_UNMARKED ?? 2);
/** Thresholds tried, in log-odds; Infinity: the model never overrides the patterns that way. */
const STEPS = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, Infinity];

function fixture(set) {
  return path.join(ROOT, 'fixtures', 'text', `${set}.json`);
}
const read = (set) => JSON.parse(readFileSync(fixture(set), 'utf8'));
/**
 * Near misses of the question classes the tests name (a figure or a claim asked back plainly, a tag after a fact, a
 * question of one's own before a delighted reply, run-on and text-message questions without a mark), beside the
 * rhetorical shapes they border: read by this model only (the complaint model's training sets are TRAINING_SETS).
 * Written after every held-out round, so no held-out model reads them (dated by git blame, as the class posts).
 */
const QUESTION_CLASS_SETS = ['question-class-posts'];
const SETS = [...TRAINING_SETS, ...QUESTION_CLASS_SETS];
const setSizes = SETS.map((set) => read(set).length);
const posts = SETS.flatMap(read);
const setOf = setsOfRows(SETS, setSizes, posts.length);
const firstSight = JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'first-sight', 'questions.json'), 'utf8')).sets;

/** When each line of a fixture was written (seconds), from git blame: post i of a one-post-per-line array is line i + 2. */
function lineTimes(set) {
  const blame = execFileSync('git', ['blame', '--line-porcelain', path.relative(ROOT, fixture(set))], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  return [...blame.matchAll(/^author-time (\d+)$/gm)].map((m) => Number(m[1])).slice(1);
}
/** When a set was first committed (seconds). */
const writtenAt = (set) =>
  Number(execFileSync('git', ['log', '--diff-filter=A', '--format=%at', '--', path.relative(ROOT, fixture(set))], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop());
const classTimes = new Map(['class-posts', ...QUESTION_CLASS_SETS].map((set) => [set, lineTimes(set)]));

/** Features left out of training (QF_DROP, comma-separated; "qw:" leaves out every feature of that kind), to measure what each adds held out. */
const DROP = new Set((process.env.QF_DROP ?? '').split(',').filter(Boolean));
const offset = new Map();
setOf.forEach((set, i) => offset.has(set) || offset.set(set, i));
const rows = posts.map((p, i) => {
  const lang = detectLanguage(p.text);
  const post = postText(p.text, lang === 'und' ? 'und' : lang);
  const set = setOf[i];
  const at = i - offset.get(set);
  return {
    y: p.question ? 1 : 0,
    lang: p.lang,
    set,
    text: p.text,
    features: questionFeatures(post.folded, p.text).filter((f) => !DROP.has(f) && !DROP.has(f.slice(0, f.indexOf(':') + 1))),
    form: asksInOwnWords(post, lang),
    twice: asksTwice(post.folded),
    friend: asksFriends(p.text),
    silence: toldNoOneTells(post.folded),
    conceded: concedesEitherWay(post.folded),
    ultimatum: setsUltimatum(post.folded),
    deadline: setsDeadline(post.folded),
    survey: quotesSurveyOnly(post.folded),
    wish: wishesAloud(post.folded),
    attempts: countsAttempts(post.folded),
    rhetoric: asksNothing(post.folded, p.text),
    service: asksForService(post.folded),
    besides: asksBesidesModel(post.folded, p.text),
    now: patternsAsk(post, lang),
    first: firstSight[set] ? firstSight[set].verdicts[at] === '1' : undefined,
    written: classTimes.has(set) ? classTimes.get(set)[at] : 0,
  };
});
const train = (subset) => fit(subset, { l2: L2, epochs: EPOCHS, rate: RATE, minCount: MIN_COUNT });

// `--refit`: the shipped model refitted on every row with its thresholds kept, the held-out folds skipped (one fit
// instead of one per fold: for new class posts, which no fold model reads, on a host too loaded for a full run).
if (process.argv.includes('--refit')) {
  const { QUESTION_MODEL } = await import('../dist/text/question-model.data.js');
  const { vetoMarkAlone: bare, vetoOwnWords: form, vetoUnmarked: unmarked, add } = QUESTION_MODEL;
  writeModel(train(rows), { bare, form, unmarked, add });
  process.exit(0);
}

const held = [];
for (const round of HELD_OUT_ROUNDS) {
  const since = writtenAt(round[0]);
  const m = train(rows.filter((r) => !round.includes(r.set) && r.written <= since));
  for (const r of rows) if (round.includes(r.set)) held.push({ ...r, score: score(m, r) });
}

/**
 * Question verdicts of the first-sight patterns with the model overriding them at `t`, over `list`, as questions.ts
 * questionIn does: a veto below -t.bare of a post that asks only by its mark, below -t.form of one that asks in its own
 * words with a mark (never when it asks twice), below -t.unmarked of one without '?' or '¿'; an addition above t.add to
 * a post without a mark. A post opening with people's handles only, or counting the attempts it took to be heard, is no
 * question (questionIn), with the model or not; one asking to be called back or for a service on the poster's account
 * is one (question-service-requests.ts); one whose every question is withdrawn at once or rhetorical
 * (question-rhetoric.ts) is none, unless it asks for such a service; an indirect question (question-indirect.ts), a
 * fault checked with other users (question-shared-faults.ts) or a question of what the poster may get or whom to ask
 * (question-recourse.ts), a request to a help desk written as a statement (question-care-requests.ts), a French question
 * with its question word in place (question-in-situ.ts), a thing asked for or looked for (question-things-asked.ts) or a
 * fault, receipt or intention asked to be confirmed (question-confirmations.ts), a feature gone looked for
 * (question-features-gone.ts) or an elliptic ask, "and" with a delivery, price or size term alone
 * (question-elliptic-asks.ts), a nudge in a thread chasing what the poster waits on (question-thread-nudges.ts) or an
 * alternative closing a post without a mark (question-alternatives.ts) is one, unless rhetorical. An unmarked ultimatum
 * (question-ultimatums.ts) or an unmarked deadline set (question-deadlines.ts) is no question by the model or the
 * patterns, and a survey's question quoted back with none of the poster's own (question-survey-quotes.ts) none at all,
 * unless it asks for a service. A friend greeted
 * before plans (question-friend-plans.ts) is asked nothing; an unmarked silence reported (question-nobody-tells.ts) or a
 * closing "or not" conceded (question-concessions.ts) is no question by the model or the patterns; an unmarked wish
 * told (question-wishes.ts) is left to the patterns: the model adds no question to it nor vetoes one.
 */
const combined = (list, t, patterns = 'first') =>
  precisionRecall(
    list.map((h) => {
      const unmarked = h.features.includes('q:none');
      const veto = unmarked ? t.unmarked : h.form ? (h.twice ? Infinity : t.form) : t.bare;
      if (h.friend || h.attempts) return { said: false, y: h.y };
      if (h.service) return { said: true, y: h.y };
      // Rhetorical, or a survey's question quoted back with none of the poster's own (question-survey-quotes.ts).
      if (h.rhetoric || h.survey) return { said: false, y: h.y };
      if (h.besides) return { said: true, y: h.y };
      // An unmarked silence reported ("niemand kann mir sagen, wann…"): neither the model nor the patterns ask it.
      if (unmarked && h.silence) return { said: false, y: h.y };
      // An unmarked closing "or not" conceded ("…, whether it's on the diversion or not", question-concessions.ts): likewise.
      if (unmarked && h.conceded) return { said: false, y: h.y };
      // An unmarked ultimatum ("sort my bill out or I'm switching providers", question-ultimatums.ts): likewise.
      if (unmarked && h.ultimatum) return { said: false, y: h.y };
      // An unmarked deadline set in a letter ("Ich setze Ihnen eine Frist bis…", question-deadlines.ts): likewise.
      if (unmarked && h.deadline) return { said: false, y: h.y };
      // An unmarked wish told ("Ich wünschte ihr hättet auch ne Filiale in Graz", question-wishes.ts): the patterns alone.
      if (unmarked && h.wish) return { said: h[patterns], y: h.y };
      return { said: h.score < -veto ? false : unmarked && h.score > t.add ? true : h[patterns], y: h.y };
    }),
  );
const fmt = (m) => `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} (${m.fp + m.fn} errors)`;
let best;
for (const bare of STEPS.filter((b) => b >= MIN_VETO_MARK_ALONE)) {
  for (const form of STEPS.filter((f) => f >= Math.max(bare, MIN_VETO, MIN_VETO_OWN_WORDS))) {
    for (const unmarked of STEPS.filter((u) => u >= Math.max(MIN_VETO, MIN_VETO_UNMARKED))) {
      for (const add of STEPS) {
        const t = { bare, form, unmarked, add };
        const m = combined(held, t);
        const errors = m.fp + m.fn;
        // Ties go to the thresholds where the model speaks least: larger ones come later and win ties.
        if (!best || errors <= best.errors) best = { t, errors };
        if (process.argv.includes('--grid')) {
          console.log(`veto below -${bare} (mark alone), -${form} (own words), -${unmarked} (no mark); add above ${add}: ${fmt(m)}`);
        }
      }
    }
  }
}
const chosen = best.t;
const none = { bare: Infinity, form: Infinity, unmarked: Infinity, add: Infinity };
console.log(`held-out model alone (log-odds 0): ${fmt(precisionRecall(held.map((h) => ({ said: h.score > 0, y: h.y }))))}`);
for (const set of HELD_OUT_ROUNDS.flat()) {
  const list = held.filter((h) => h.set === set);
  console.log(
    `${set}: patterns at first sight ${fmt(combined(list, none))}, with the model ${fmt(combined(list, chosen))}; ` +
      `today's patterns ${fmt(combined(list, none, 'now'))}, with the model ${fmt(combined(list, chosen, 'now'))}`,
  );
}
console.log(
  `all held-out rounds: patterns at first sight ${fmt(combined(held, none))}, with the model ${fmt(combined(held, chosen))}; ` +
    `today's patterns ${fmt(combined(held, none, 'now'))}, with the model ${fmt(combined(held, chosen, 'now'))}; ` +
    `veto -${chosen.bare} / -${chosen.form} / -${chosen.unmarked}, add ${chosen.add}`,
);
const perLanguage = ['fr', 'en', 'de', 'es'].map((l) => [`fan posts in ${l}`, (h) => !h.set.includes('care') && h.lang === l]);
for (const [group, keep] of [['fan posts', (h) => !h.set.includes('care')], ['care', (h) => h.set.includes('care')], ...perLanguage]) {
  const list = held.filter(keep);
  console.log(`${group}, every held-out fold: patterns at first sight ${fmt(combined(list, none))}, with the model ${fmt(combined(list, chosen))}`);
}
// QF_REPORT_WITHOUT (sets, comma-separated): the same figures without those folds, to compare with the folds before a
// set joined them.
const without = (process.env.QF_REPORT_WITHOUT ?? '').split(',').filter(Boolean);
if (without.length > 0) {
  const rest = held.filter((h) => !without.includes(h.set));
  for (const [group, keep] of [['fan posts', (h) => !h.set.includes('care')], ['care', (h) => h.set.includes('care')], ...perLanguage]) {
    console.log(`${group}, without ${without.join(', ')}: with the model ${fmt(combined(rest.filter(keep), chosen))}`);
  }
  console.log(`all, without ${without.join(', ')}: with the model ${fmt(combined(rest, chosen))}`);
}
if (process.argv.includes('--errors')) {
  for (const h of held) {
    const { tp, fp } = combined([h], chosen);
    const said = tp + fp > 0;
    if (said !== h.first) console.log(`${said === Boolean(h.y) ? 'fixed' : 'broken'} ${h.score.toFixed(2)} ${JSON.stringify(h.text)}`);
    else if (said !== Boolean(h.y)) console.log(`wrong ${h.y ? 'missed' : 'false'} ${h.score.toFixed(2)} ${JSON.stringify(h.text)}`);
  }
}

if (process.argv.includes('--dry')) process.exit(0);
writeModel(train(rows), chosen);

/** Writes the model fitted on every row, with the thresholds `chosen`, to src/text/question-model.data.ts. */
function writeModel(model, chosen) {
  const kept = keptWeights(model, MIN_WEIGHT);
  const file = path.join(ROOT, 'src', 'text', 'question-model.data.ts');
  writeFileSync(
    file,
    `// Generated by scripts/train-question-model.mjs from the labelled posts of fixtures/text: do not edit.
  // Trained on ${rows.length} posts (${SETS.join(', ')}); ${kept.length} features. It vetoes the patterns' question
  // below log-odds -${chosen.bare} (a post asking by its mark alone), -${chosen.form} (one asking in its own words with a mark) or
  // -${chosen.unmarked} (one without a mark), and adds
  // one to a post without a mark above ${chosen.add}: at or above the floors of the training script, the thresholds that made
  // the fewest errors on blind rounds it was not trained on.
  /** Logistic-regression weights: bias, the decision thresholds, and features with their weights as parallel lists. */
  export const QUESTION_MODEL: {
    bias: number;
    vetoMarkAlone: number;
    vetoOwnWords: number;
    vetoUnmarked: number;
    add: number;
    features: string;
    weights: string;
  } = {
    bias: ${model.bias.toFixed(4)},
    vetoMarkAlone: ${chosen.bare},
    vetoOwnWords: ${chosen.form},
    vetoUnmarked: ${chosen.unmarked},
    add: ${chosen.add},
    features: ${JSON.stringify(kept.map(([f]) => f).join(' '))},
    weights: ${JSON.stringify(kept.map(([, v]) => v.toFixed(3)).join(' '))},
  };
  `,
  );
  console.log(
    `${path.relative(ROOT, file)}: ${kept.length} features, veto -${chosen.bare} / -${chosen.form} / -${chosen.unmarked}, add ${chosen.add}, ` +
      `${(readFileSync(file).length / 1024).toFixed(0)} KB`,
  );
}
