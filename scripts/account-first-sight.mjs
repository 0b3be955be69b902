// Records how the account rules judged each labelled page set at first sight, before any change made for it: for each
// set (the main page set and rounds final, 9 to 41) the discovery code that first scored the set is built and
// run on the set's pages, and every account it found is written to fixtures/first-sight/accounts.json with its
// sightings and the verdict and reason of those rules. The account model (scripts/train-account-model.mjs) learns from
// these rows where rules err on pages they were not written for — today's rules were tuned on most of these sets, and
// on them their verdict is right by construction. Rounds still unseen (scripts/accounts-bench.mjs UNSEEN_ROUNDS) are
// never listed here.
//   node scripts/account-first-sight.mjs [--builds DIR]   (DIR keeps the old builds, one folder per set, for re-runs)
//   node scripts/account-first-sight.mjs --add main ID…   only the listed sites of one set (sites added to it since),
//                                                          the rest of the file kept as it is
//   node scripts/account-first-sight.mjs --add round31     every site of a set not recorded yet (a round read once the
//                                                          next one is written), the rest of the file kept as it is
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadPageSet } from './page-set.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Each set and the commit whose discovery code first scored it (that code had never seen it). */
export const FIRST_SIGHT_COMMITS = {
  main: '6f8d42c',
  final: 'cbd331a',
  round9: '90c1790',
  round10: '4ec437c',
  round11: '4dad594',
  round12: '204cc02',
  round13: '21dc19a',
  round14: '4f06fba',
  round15: 'a4c4ece',
  round16: '291fda9',
  round17: '1b97d82',
  // Round 18 was first scored on the code of the commit that added it; round 19 on the code before the account
  // model (cbdf7f8), as its first-sight figures were measured — the commit that added it already carried the model.
  round18: 'd8f1c60',
  round19: 'cbdf7f8',
  // Round 20 was first scored on the code with the first account model (trained without rounds 18 and 19), as its
  // first-sight figures were measured (accounts bench ROUND20_FIRST_SIGHT); its rows are that code's rules' verdicts,
  // before its model.
  round20: 'd1405b8',
  // Round 21 was first scored on the code round 20 was last scored on while unseen (accounts bench ROUND21_FIRST_SIGHT);
  // its rows are that code's rules' verdicts, before its model.
  round21: 'dc408f3',
  // Round 22 was first scored on the code at the end of the work round 21 judged (accounts bench ROUND22_FIRST_SIGHT);
  // its rows are that code's rules' verdicts, before its model.
  round22: '82d6c57',
  // Round 23 was first scored on the code round 22 was last scored on while unseen (accounts bench ROUND23_FIRST_SIGHT);
  // its rows are that code's rules' verdicts, before its model.
  round23: '0234423',
  // Round 24 was first scored on the code at the end of the work round 23 judged while unseen (accounts bench
  // ROUND24_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round24: '498e6ce',
  // Round 25 was first scored on the code at the end of the work round 24 judged while unseen (accounts bench
  // ROUND25_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round25: 'c300f22',
  // Round 26 was first scored on the code at the end of the work round 25 judged while unseen (accounts bench
  // ROUND26_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round26: '97329f3',
  // Round 27 was first scored on the code at the end of the work round 26 judged while unseen (accounts bench
  // ROUND27_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round27: '39200a5',
  // Round 28 was first scored on the code at the end of the work round 27 judged while unseen (accounts bench
  // ROUND28_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round28: '1720261',
  // Round 29 was first scored on the code at the end of the work round 28 judged while unseen (accounts bench
  // ROUND29_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round29: 'd47e709',
  // Round 30 was first scored on the code at the end of the work round 29 judged while unseen (accounts bench
  // ROUND30_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round30: 'e8b88e1',
  // Round 31 was first scored on the code at the end of the work round 30 judged while unseen (accounts bench
  // ROUND31_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round31: 'be90c8e',
  // Round 32 was first scored on the code at the end of the work round 31 judged while unseen (accounts bench
  // ROUND32_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round32: '76f9a18',
  // Round 33 was first scored on the code at the end of the work round 32 judged while unseen (accounts bench
  // ROUND33_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round33: '7040fca',
  // Round 34 was first scored on the code at the end of the work round 33 judged while unseen (accounts bench
  // ROUND34_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round34: 'b2055c3',
  // Round 35 was first scored on the code at the end of the work round 34 judged while unseen (accounts bench
  // ROUND35_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round35: '562e404',
  // Round 36 was first scored on the code at the end of the work round 35 judged while unseen (accounts bench
  // ROUND36_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round36: 'cb50a4b',
  // Round 37 was first scored on the code at the end of the work round 36 judged while unseen (accounts bench
  // ROUND37_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round37: 'ba7937a',
  // Round 38 was first scored on the code at the end of the work round 37 judged while unseen (accounts bench
  // ROUND38_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round38: '2edcfa3',
  // Round 39 was first scored on the code at the end of the work round 38 judged while unseen (accounts bench
  // ROUND39_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round39: '581e63d',
  // Round 40 was first scored on the code at the end of the work round 39 judged while unseen (accounts bench
  // ROUND40_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round40: '0079344',
  // Round 41 was first scored on the code at the end of the work round 40 judged while unseen (accounts bench
  // ROUND41_FIRST_SIGHT); its rows are that code's rules' verdicts, before its model.
  round41: '2c1cbde',
};

const at = process.argv.indexOf('--builds');
const builds = at > 0 ? path.resolve(process.argv[at + 1]) : mkdtempSync(path.join(tmpdir(), 'account-first-sight-'));

/** The folder holding the set's commit built (src compiled to dist), building it if absent. */
function build(set, commit) {
  const dir = path.join(builds, set);
  if (existsSync(path.join(dir, 'dist', 'collect', 'site', 'accounts.js'))) return dir;
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', commit, 'src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  if (!existsSync(path.join(dir, 'node_modules'))) symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

// The words around each link (context, heading) were not recorded then: today's analysis reads them from the same link.
const today = await import(pathToFileURL(path.join(ROOT, 'dist', 'collect', 'site', 'analyze.js')).href);
function contexts(html, url) {
  const byKey = new Map();
  for (const f of today.analyzePage(html, url).facts.socials) {
    const key = `${f.platform}:${f.handle}`;
    if (!byKey.has(key) && (f.context || f.heading)) byKey.set(key, { ...(f.context ? { context: f.context } : {}), ...(f.heading ? { heading: f.heading } : {}) });
  }
  return byKey;
}

const out = {};
const adding = process.argv.indexOf('--add');
const listed = adding > 0 ? process.argv.slice(adding + 2).filter((a) => !a.startsWith('--')) : [];
// No site listed: every site of the set.
const only = adding > 0 ? { set: process.argv[adding + 1], ids: listed.length ? new Set(listed) : null } : null;
for (const [set, commit] of Object.entries(FIRST_SIGHT_COMMITS)) {
  if (only && set !== only.set) continue;
  const dir = build(set, commit);
  const { analyzePage } = await import(pathToFileURL(path.join(dir, 'dist', 'collect', 'site', 'analyze.js')).href);
  const { mergeAccounts, accountCandidates } = await import(pathToFileURL(path.join(dir, 'dist', 'collect', 'site', 'accounts.js')).href);
  // The rows are the rules' verdicts, which the model overrules at run time: where the set's code already had an account
  // model (rounds 20 to 24), its verdicts before that model are read (accountCandidates), not the model's.
  const judge = accountCandidates ? (pages, brand) => accountCandidates(pages, brand).accounts.map((a) => a.account) : mergeAccounts;
  out[set] = loadPageSet(set).filter((c) => !only?.ids || only.ids.has(c.id)).map((c) => {
    const pages = c.pages.map(({ url, html }, i) => ({ url, status: 200, depth: i === 0 ? 0 : 1, fetchMs: 0, https: url.startsWith('https:'), kinds: [], facts: analyzePage(html, url).facts }));
    const accounts = judge(pages, c.brand);
    const sightings = pages.flatMap((p, i) => {
      const around = contexts(c.pages[i].html, p.url);
      return (p.facts?.socials ?? []).map((f) => ({
        pageUrl: p.url,
        finding: {
          ...Object.fromEntries(Object.entries(f).filter(([k]) => ['platform', 'handle', 'how', 'placement', 'snippet', 'crowd', 'relMe', 'disowned'].includes(k))),
          ...around.get(`${f.platform}:${f.handle}`),
        },
      }));
    });
    return {
      id: c.id,
      analysed: pages.length,
      accounts: accounts.filter((a) => !a.closed).map((a) => ({ key: `${a.platform}:${a.handle}`, official: a.official, reason: a.reason?.code ?? '' })),
      sightings,
    };
  });
  const n = out[set].reduce((s, c) => s + c.accounts.length, 0);
  console.log(`${set} (${commit}): ${out[set].length} sites, ${n} accounts`);
}
const file = path.join(ROOT, 'fixtures', 'first-sight', 'accounts.json');
if (only) {
  // Merge: the listed sites replace or join their set's rows, in the page set's order.
  const kept = JSON.parse(readFileSync(file, 'utf8'));
  const rows = new Map([...(kept.sets[only.set] ?? []), ...out[only.set]].map((r) => [r.id, r]));
  kept.sets[only.set] = loadPageSet(only.set).map((c) => rows.get(c.id)).filter(Boolean);
  kept.commits[only.set] = FIRST_SIGHT_COMMITS[only.set];
  writeFileSync(file, `${JSON.stringify(kept)}\n`);
} else writeFileSync(file, `${JSON.stringify({ commits: FIRST_SIGHT_COMMITS, sets: out })}\n`);
console.log(`${path.relative(ROOT, file)} written`);
