// tagsAccount: how a fan's reply to another fan is recognised as addressed to the brand (docs/rules.md).
import { describe, expect, it } from 'vitest';
import { tagsAccount } from '../../src/computed/conversations.js';

describe('tagsAccount', () => {
  it('finds @handle as a whole word, in any case', () => {
    const x = { platform: 'x' as const, handle: 'maisonexemple' };
    expect(tagsAccount('@anna_k @MaisonExemple ils sont comment ?', x)).toBe(true);
    expect(tagsAccount('merci @maisonexemple.', x)).toBe(true);
    expect(tagsAccount('@maisonexemple_sav vous êtes là ?', x)).toBe(false);
    expect(tagsAccount('écrivez à contact@maisonexemple.fr', x)).toBe(false);
    expect(tagsAccount('maisonexemple sans arobase', x)).toBe(false);
  });

  it('knows Mastodon’s two forms and Bluesky’s dotted handles', () => {
    const masto = { platform: 'mastodon' as const, handle: 'maisonexemple@mastodon.social' };
    expect(tagsAccount('@claire @maisonexemple@mastodon.social une idée ?', masto)).toBe(true);
    expect(tagsAccount('@claire @maisonexemple une idée ?', masto)).toBe(true);
    expect(tagsAccount('@maisonexemple@autre.server une idée ?', masto)).toBe(false);
    const bsky = { platform: 'bluesky' as const, handle: 'maisonexemple.bsky.social' };
    expect(tagsAccount('@maisonexemple.bsky.social, une question', bsky)).toBe(true);
    expect(tagsAccount('@maisonexemple.bsky.social.fake', bsky)).toBe(false);
  });
});
