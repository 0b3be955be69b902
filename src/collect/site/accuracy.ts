// Scores account discovery against a labelled page set (fixtures/pages): which accounts the crawler would call the
// brand's own, against what each synthetic site says they are. Used by the bench and by the page-set test.
import type { Account } from '../../snapshot/types.js';
import { mergeAccounts } from './accounts.js';
import { analyzePage } from './analyze.js';

/** One labelled site: its pages and what its accounts are ("platform:handle" keys). */
export interface PageSetCase {
  id: string;
  brand: { domain: string; brandName: string };
  pages: { url: string; html: string }[];
  /** The brand's own accounts. */
  official: string[];
  /** Accounts of someone else the pages link to (authors, staff, guests, quoted people, embedded posts' authors). */
  other: string[];
  /** Profiles on networks that no longer exist (Google+, Vine, Periscope), as "network:handle". */
  dead: string[];
  /** Keys that must not be read as accounts at all (a site's own member pages, non-fediverse /@name pages). */
  notAccounts?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); 1 when nothing was predicted. */
  precision: number;
  /** tp / (tp + fn); 1 when nothing was expected. */
  recall: number;
}

export interface CaseScore {
  id: string;
  official: Counts;
  dead: Counts;
  /** Accounts of people (the case's `other`) listed as official. */
  peopleAsOfficial: string[];
  /** Accounts found that the case does not list at all (or lists under notAccounts). */
  spurious: string[];
  missed: string[];
  wrongOfficial: string[];
  missedDead: string[];
}

export interface PageSetScore {
  cases: CaseScore[];
  official: Counts;
  dead: Counts;
  peopleAsOfficial: number;
  spurious: number;
  expectedOfficial: number;
}

/** The keys the tool reports, as "platform:handle", in the labels' form (`same`). */
function key(a: Pick<Account, 'platform' | 'handle'>): string {
  return same(`${a.platform}:${a.handle}`);
}

/**
 * One key for one profile whichever way it was written: the tool keys a Vine profile opened by its numeric id
 * (vine.co/u/<id>) as "vine:u/<id>", which the page set and round 11 label alike, while the hands that wrote rounds 22
 * and 31 to 35 labelled the same profile "vine:<id>". Both name the one closed profile; scored as one.
 */
function same(k: string): string {
  return k.startsWith('vine:u/') ? `vine:${k.slice(7)}` : k;
}

function counts(tp: number, fp: number, fn: number): Counts {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** What account discovery reports for one case: its accounts and the dead-network links it recognised. */
export interface Discovered {
  accounts: Account[];
  dead: string[];
}

/** Runs page analysis and the account merge on one case's pages, as the crawler would after reading them. */
export function discover(c: PageSetCase): Discovered {
  const pages = c.pages.map(({ url, html }, i) => ({
    url,
    status: 200,
    depth: i === 0 ? 0 : 1,
    fetchMs: 0,
    https: url.startsWith('https:'),
    kinds: [],
    facts: analyzePage(html, url).facts,
  }));
  const accounts = mergeAccounts(pages, c.brand);
  return { accounts, dead: accounts.filter((a) => a.closed).map(key) };
}

/** Scores one case. */
export function scoreCase(c: PageSetCase, found: Discovered = discover(c)): CaseScore {
  const labels = { official: c.official.map(same), other: c.other.map(same), dead: c.dead.map(same) };
  const official = new Set(labels.official);
  const people = new Set(labels.other);
  const known = new Set([...labels.official, ...labels.other, ...labels.dead]);
  const live = found.accounts.filter((a) => !a.closed);
  const predicted = new Set(live.filter((a) => a.official).map(key));
  const dead = new Set(found.dead.map(same));
  const wrongOfficial = [...predicted].filter((k) => !official.has(k));
  const missed = labels.official.filter((k) => !predicted.has(k));
  const missedDead = labels.dead.filter((k) => !dead.has(k));
  return {
    id: c.id,
    official: counts(predicted.size - wrongOfficial.length, wrongOfficial.length, missed.length),
    dead: counts(labels.dead.length - missedDead.length, [...dead].filter((k) => !labels.dead.includes(k)).length, missedDead.length),
    peopleAsOfficial: wrongOfficial.filter((k) => people.has(k)),
    spurious: found.accounts.map(key).filter((k) => !known.has(k)),
    missed,
    wrongOfficial,
    missedDead,
  };
}

/** Scores every case and sums the counts (micro-averaged precision and recall). */
export function scorePageSet(cases: PageSetCase[]): PageSetScore {
  const scores = cases.map((c) => scoreCase(c));
  const sum = (pick: (s: CaseScore) => Counts): Counts =>
    counts(
      scores.reduce((n, s) => n + pick(s).tp, 0),
      scores.reduce((n, s) => n + pick(s).fp, 0),
      scores.reduce((n, s) => n + pick(s).fn, 0),
    );
  return {
    cases: scores,
    official: sum((s) => s.official),
    dead: sum((s) => s.dead),
    peopleAsOfficial: scores.reduce((n, s) => n + s.peopleAsOfficial.length, 0),
    spurious: scores.reduce((n, s) => n + s.spurious.length, 0),
    expectedOfficial: cases.reduce((n, c) => n + c.official.length, 0),
  };
}
