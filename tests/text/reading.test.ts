// readPost and the audit's post readings: the language detected once per post, both detectors with it.
import { describe, expect, it } from 'vitest';
import { createPostReadings } from '../../src/computed/post-readings.js';
import { detectLanguage, isComplaint, isQuestion, readPost, readPostIn } from '../../src/text/index.js';
import type { Post } from '../../src/snapshot/types.js';

const post = (text: string): Post => ({ id: text, platform: 'bluesky', author: { id: 'f', handle: 'fan', role: 'fan' }, createdAt: '2026-01-01T00:00:00.000Z', text, metrics: { likes: 0, replies: 0, reposts: 0 } }) as Post;

describe('readPost', () => {
  it.each([
    'Why is my card being declined',
    'Vous livrez en Belgique ?',
    'Na toll, schon wieder Verspätung',
    '¿Me pueden llamar? Tengo un problema con la factura',
    'Love it',
  ])('gives what the detectors give with the detected language: %j', (text) => {
    const lang = detectLanguage(text);
    expect(readPost(text)).toEqual({ lang, question: isQuestion(text, lang), complaint: isComplaint(text, lang) });
    expect(readPostIn(text, lang)).toEqual(readPost(text));
  });
});

describe('createPostReadings', () => {
  it('reads each post once for the whole audit and hands the same reading to every caller', () => {
    const readings = createPostReadings();
    const p = post('Where is my parcel?? Tracking stuck since Friday');
    const first = readings.of(p);
    expect(first).toMatchObject({ lang: 'en', question: true, complaint: true });
    expect(readings.of(p)).toBe(first);
    expect(createPostReadings().of(p)).not.toBe(first);
  });
});
