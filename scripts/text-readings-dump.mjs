// Dumps what the text detectors read of every readable labelled post, one JSON line a reading, from a build: the proof
// that a speed change of src/text changes no reading (dump before and after, then `cmp`). Each post is read three
// ways — with its detected language, its labelled one and 'und' — and each line holds the verdicts of readPostIn, the
// post's text forms (postText), the complaint text, the patterns' points and both models' scores, so a change that
// moves a score without flipping a verdict shows too.
//
//   node scripts/text-readings-dump.mjs [dist dir, default ./dist] > readings.jsonl
//
// The latest round of fixtures/text (the estimate on unseen posts) is never read: its files are skipped by name.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DIST = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const load = (file) => import(pathToFileURL(path.join(DIST, 'text', file)).href);
const { readPostIn, detectLanguage } = await load('index.js');
const { postText } = await load('post-text.js');
const { complaintText, patternPoints } = await load('complaints.js');
const { patternsAsk, asksInOwnWords } = await load('questions.js');
const { questionScore } = await load('question-model.js');
const { complaintScore } = await load('complaint-model.js');

const DIR = path.join(ROOT, 'fixtures', 'text');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const roundOf = (f) => Number(/^round(\d+)-/.exec(f)?.[1] ?? 0);
const latest = Math.max(...files.map(roundOf));
const readable = files.filter((f) => roundOf(f) !== latest).sort();

const lines = [];
for (const file of readable) {
  for (const { text, lang: labelled } of JSON.parse(readFileSync(path.join(DIR, file), 'utf8'))) {
    for (const lang of [detectLanguage(text), labelled ?? 'und', 'und']) {
      const known = lang === 'und' ? 'und' : lang;
      const post = postText(text, known);
      const complaint = complaintText(post, known);
      lines.push(
        JSON.stringify([
          file,
          lang,
          readPostIn(text, lang),
          post.visible,
          post.lower,
          post.folded,
          complaint,
          complaint ? patternPoints(post, complaint, known) : null,
          questionScore(post.folded, text),
          complaint ? complaintScore(complaint, text) : null,
          patternsAsk(post, lang),
          asksInOwnWords(post, lang),
        ]),
      );
    }
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
