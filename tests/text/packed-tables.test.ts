// The models' tables as the build packs them (packed-tables.ts): the same score, to the last bit, as the tables built
// from the shipped weights, on every labelled post; and never read for other weights than those they were built from.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { complaintScore, packComplaintModel, packedComplaintScorer } from '../../src/text/complaint-model.js';
import { packQuestionModel, packedQuestionScorer, questionScore } from '../../src/text/question-model.js';
import { packTables, readPackedTablesFrom } from '../../src/text/packed-tables.js';
import { postText } from '../../src/text/post-text.js';

const dir = new URL('../../fixtures/text/', import.meta.url);
const posts = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Array<{ text: string }>).map(({ text }) => postText(text, 'und')));
const folded = posts.map((p) => p.folded);

describe('packed model tables', () => {
  it('score every labelled post exactly as the tables built from the weights (question model)', () => {
    const packed = packedQuestionScorer(packQuestionModel());
    expect(packed).toBeDefined();
    // The post as written too: the question model reads its emoji there.
    const differing = posts.filter((p) => !Object.is(packed!(p.folded, p.original), questionScore(p.folded, p.original)));
    expect(differing.map((p) => p.original)).toEqual([]);
  });

  it('score every labelled post exactly as the tables built from the weights (complaint model)', () => {
    const packed = packedComplaintScorer(packComplaintModel());
    expect(packed).toBeDefined();
    const differing = folded.filter((text) => !Object.is(packed!(text), complaintScore(text)));
    expect(differing).toEqual([]);
  });

  it('are not read for other weights than those they were packed from', () => {
    const bytes = packTables('other weights', { values: new Float64Array([0.5, -1.25]), count: 2, name: 'x' });
    expect(readPackedTablesFrom(bytes, 'these weights')).toBeUndefined();
    expect(packedQuestionScorer(bytes)).toBeUndefined();
    expect(packedComplaintScorer(bytes)).toBeUndefined();
  });

  it('give back the arrays, numbers and strings they were packed with, whatever the byte offset of the file', () => {
    const bytes = packTables('fp', { values: new Float64Array([0.5, -1.25]), keys: new Int32Array([-1, 7, 3]), flags: new Uint8Array([1, 0, 1]), count: 2, name: 'é?' });
    const shifted = new Uint8Array(bytes.length + 3).subarray(3);
    shifted.set(bytes);
    for (const b of [bytes, shifted]) {
      const out = readPackedTablesFrom(b, 'fp')!;
      expect([...(out.values as Float64Array)]).toEqual([0.5, -1.25]);
      expect([...(out.keys as Int32Array)]).toEqual([-1, 7, 3]);
      expect([...(out.flags as Uint8Array)]).toEqual([1, 0, 1]);
      expect([out.count, out.name]).toEqual([2, 'é?']);
    }
  });
});
