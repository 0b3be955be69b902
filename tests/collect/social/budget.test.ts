// The pager every paginated read goes through: the list ends without a cursor; it stops, with a note, at a cursor
// already used, at a page with nothing new, at the page budget, and when the account's time is spent.
import { describe, expect, it } from 'vitest';
import { Pager, SourceBudget } from '../../../src/collect/social/budget.js';

describe('Pager', () => {
  it('goes on while pages bring new items and new cursors; ends without a cursor', () => {
    const pager = new Pager(new SourceBudget(), 'feed');
    expect(pager.before()).toBeUndefined();
    expect(pager.after(['a', 'b'], 'c1')).toEqual({ next: true });
    expect(pager.before()).toBeUndefined();
    expect(pager.after(['c'], undefined)).toEqual({ next: false });
  });

  it('stops at a cursor already used, and at a page with nothing new (empty or repeated)', () => {
    const pager = new Pager(new SourceBudget(), 'feed');
    pager.before();
    pager.after(['a'], 'c1');
    pager.before();
    expect(pager.after(['b'], 'c1')).toEqual({ next: false, note: { code: 'limits.cursor-repeated', data: { endpoint: 'feed', pages: 2 } } });
    const empty = new Pager(new SourceBudget(), 'feed');
    empty.before();
    expect(empty.after([], 'c9')).toEqual({ next: false, note: { code: 'limits.no-progress', data: { endpoint: 'feed', pages: 1 } } });
  });

  it('stops at the page budget, shared by every listing of the account', () => {
    const budget = new SourceBudget({ pages: 3, seconds: 60 });
    const a = new Pager(budget, 'feed');
    const b = new Pager(budget, 'threads');
    expect([a.before(), a.before(), b.before()]).toEqual([undefined, undefined, undefined]);
    expect(b.before()).toEqual({ code: 'limits.pages', data: { endpoint: 'threads', pages: 3 } });
  });

  it('stops when the account is interrupted or its time is spent', async () => {
    const interrupt = new AbortController();
    const budget = new SourceBudget({ pages: 100, seconds: 60 }, interrupt.signal);
    interrupt.abort();
    expect(new Pager(budget, 'feed').before()).toEqual({ code: 'limits.interrupted' });
    expect(budget.signal.aborted).toBe(true);
    const quick = new SourceBudget({ pages: 100, seconds: 0.05 });
    await new Promise((r) => setTimeout(r, 100));
    expect(new Pager(quick, 'feed').before()).toEqual({ code: 'limits.time', data: { seconds: 0.05 } });
  });
});
