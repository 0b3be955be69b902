// The models' scoring tables packed by the build (dist/text/*-model.prebuilt.cjs, written by scripts/build-config.mjs):
// they hold the shipped weights, so the built modules score from them, and they score as the tables built from the
// weights in src/ (tests/text/packed-tables.test.ts compares both forms on every labelled post).
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { complaintScore } from '../../src/text/complaint-model.js';
import { questionScore } from '../../src/text/question-model.js';
import { ROOT } from './run-cli.js';

/** A packed module's bytes (packed-tables.ts: base64 in a CommonJS module). */
const bytesOf = (file: string): Uint8Array => Buffer.from(createRequire(import.meta.url)(file) as string, 'base64');
const built = (file: string): string => pathToFileURL(path.join(ROOT, 'dist', 'text', file)).href;
const POSTS = ['est-ce que vous livrez en belgique ?', 'still waiting for my refund, 3 weeks now', 'colis toujours pas recu depuis 10 jours !!'];

describe('packed model tables', () => {
  it('hold the weights the built question model ships, and score as src/ does', async () => {
    const q = (await import(built('question-model.js'))) as typeof import('../../src/text/question-model.js');
    const scorer = q.packedQuestionScorer(bytesOf(q.QUESTION_MODEL_PACKED));
    expect(scorer).toBeDefined();
    for (const post of POSTS) expect(scorer!(post)).toBe(questionScore(post));
  });

  it('hold the weights the built complaint model ships, and score as src/ does', async () => {
    const c = (await import(built('complaint-model.js'))) as typeof import('../../src/text/complaint-model.js');
    const scorer = c.packedComplaintScorer(bytesOf(c.COMPLAINT_MODEL_PACKED));
    expect(scorer).toBeDefined();
    for (const post of POSTS) expect(scorer!(post)).toBe(complaintScore(post));
  });
});
