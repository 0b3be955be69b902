// The per-account social figures both document formats show (src/report/document/social.ts): labels and values in
// the rendering language, percentages rather than ratios, durations through Intl, dashes where nothing was measured.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/locale/translator.js';
import { socialFigures } from '../../src/report/document/social.js';
import { sampleSocialReport } from './sample-report.js';

const account = (i: number) => sampleSocialReport().social!.accounts[i];
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('socialFigures', () => {
  it('gives the six figures in table order, in English', () => {
    expect(socialFigures(translator('en'), account(0))).toEqual([
      { label: 'Posts read', value: '214' },
      { label: 'Brand posts', value: '61' },
      { label: 'Fans’ posts', value: '153' },
      { label: 'Questions', value: '40' },
      { label: 'Unanswered', value: '14 (35%)' },
      { label: 'Median response time', value: '3 hr 5 min' },
    ]);
  });

  it('writes French labels, French percentages and durations', () => {
    const figures = socialFigures(translator('fr'), account(0));
    expect(figures.map((f) => f.label)).toEqual([
      'Messages lus',
      'Messages de la marque',
      'Messages des internautes',
      'Questions',
      'Sans réponse',
      'Délai de réponse médian',
    ]);
    expect(figures.slice(4).map((f) => plain(f.value))).toEqual(['14 (35 %)', '3 h 5 min']);
  });

  it('rounds an unrounded share only when writing it, and groups thousands the language’s way', () => {
    const s = { ...account(0), postsRead: 12345, questions: 3, unanswered: 1, unansweredRatio: 1 / 3, medianResponseMinutes: 3 * 24 * 60 + 65 };
    const en = socialFigures(translator('en'), s);
    expect(en[0].value).toBe('12,345');
    expect(en[4].value).toBe('1 (33%)');
    expect(en[5].value).toBe('3 days 1 hr');
    const fr = socialFigures(translator('fr'), s);
    expect(plain(fr[0].value)).toBe('12 345');
    expect(plain(fr[4].value)).toBe('1 (33 %)');
    expect(plain(fr[5].value)).toBe('3 j 1 h');
  });

  it('shows a dash where nothing was measured', () => {
    const figures = socialFigures(translator('en'), account(2));
    expect(figures.map((f) => f.value)).toEqual(['3', '0', '3', '0', '—', '—']);
  });
});
