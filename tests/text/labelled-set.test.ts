// The detectors against fixtures/text/labelled-posts.json: behaviour thresholds on a fixed, labelled set.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreLabelledSet, type LabelledPost } from '../../src/text/metrics.js';

const posts: LabelledPost[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/text/labelled-posts.json', import.meta.url)), 'utf8'),
);
const groups = scoreLabelledSet(posts);
const overall = groups.find((g) => g.group === 'all')!;

describe('labelled posts', () => {
  it('has at least 200 posts, 50 per language, with the hard cases the task lists', () => {
    expect(posts.length).toBeGreaterThanOrEqual(200);
    for (const lang of ['fr', 'en', 'de', 'es']) expect(posts.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(50);
    const texts = posts.map((p) => p.text);
    expect(texts.some((t) => t.includes('\u00a0?'))).toBe(true);
    expect(texts.some((t) => t.includes('\u202f?'))).toBe(true);
    expect(posts.some((p) => /https?:\/\/\S*\?/.test(p.text) && !p.question)).toBe(true);
    expect(posts.some((p) => p.question && !/[?¿]/.test(p.text))).toBe(true);
    expect(posts.some((p) => p.text.length <= 8)).toBe(true);
    for (const p of posts) {
      expect(typeof p.text).toBe('string');
      expect(['fr', 'en', 'de', 'es', 'und']).toContain(p.lang);
      expect(typeof p.question).toBe('boolean');
      expect(typeof p.complaint).toBe('boolean');
    }
  });

  it('detects questions with precision and recall ≥ 0.9', () => {
    expect(overall.question.precision).toBeGreaterThanOrEqual(0.9);
    expect(overall.question.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('detects the language with accuracy ≥ 0.9', () => {
    expect(overall.languageAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('detects complaints with F1 ≥ 0.8', () => {
    expect(overall.complaint.f1).toBeGreaterThanOrEqual(0.8);
  });
});

describe('scoreLabelledSet', () => {
  it('computes precision, recall and F1 per group and overall', () => {
    const scores = scoreLabelledSet([
      { text: 'Vous livrez en Belgique ?', lang: 'fr', question: true, complaint: false },
      { text: 'Colis perdu, inadmissible', lang: 'fr', question: false, complaint: true },
      { text: 'Bonsoir, les bougies sont fabriquées en France', lang: 'fr', question: true, complaint: false },
      { text: 'Love it', lang: 'en', question: true, complaint: true },
    ]);
    expect(scores.map((s) => s.group)).toEqual(['fr', 'en', 'all']);
    const fr = scores[0];
    // "Les bougies sont fabriquées en France", labelled a question, asks without a mark: the question model reads it.
    expect(fr.question).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(fr.complaint).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    const all = scores[2];
    expect(all.posts).toBe(4);
    expect(all.question).toMatchObject({ tp: 2, fp: 0, fn: 1, precision: 1 });
    expect(all.question.recall).toBeCloseTo(2 / 3, 5);
    expect(all.question.f1).toBeCloseTo(0.8, 5);
    expect(all.complaint).toMatchObject({ tp: 1, fn: 1, recall: 0.5 });
    expect(all.errors.filter((e) => e.detector === 'question').map((e) => e.text)).toEqual(['Love it']);
  });

  it('scores language on posts with words only, and still counts every post with words detected wrong', () => {
    const [fr, all] = scoreLabelledSet([
      { text: '💖💖', lang: 'fr', question: false, complaint: false },
      { text: '#teamcroquettes 🐾🐾', lang: 'fr', question: false, complaint: false },
      { text: 'Merci beaucoup pour la livraison rapide', lang: 'fr', question: false, complaint: false },
      { text: 'Thank you so much for the quick delivery', lang: 'fr', question: false, complaint: false },
      { text: 'ok', lang: 'fr', question: false, complaint: false },
    ]);
    expect(fr.group).toBe('fr');
    expect(fr.wordless).toBe(2);
    expect(fr.languageAccuracy).toBeCloseTo(1 / 3, 5);
    expect(all.errors.filter((e) => e.detector === 'language')).toEqual([
      { text: 'Thank you so much for the quick delivery', detector: 'language', expected: 'fr', got: 'en' },
      { text: 'ok', detector: 'language', expected: 'fr', got: 'und' },
    ]);
  });

  it('counts a group with no post with words as fully right, having nothing to decide', () => {
    const [es] = scoreLabelledSet([{ text: '🙌🙌', lang: 'es', question: false, complaint: false }]);
    expect(es).toMatchObject({ wordless: 1, languageAccuracy: 1 });
  });
});
