// What an account of a token platform (Facebook, Instagram, X) records when no token was found: the platform and
// the variable to set, so the report says exactly what would let the tool read it.
import type { Conversation, Note } from '../../snapshot/types.js';
import { note } from '../codes.js';
import { conversation } from './common.js';
import type { MissingToken, TokenPlatform } from './tokens.js';
import type { SocialTarget, SourceContext } from './types.js';

/**
 * The note for a missing token: `social.token-unset` when a brand file names a variable that is not set (a
 * mistake to fix), else `social.needs-token` naming the default variable (a choice the user may not know about).
 */
export function missingTokenNote(platform: TokenPlatform, missing: MissingToken): Note {
  return missing.named
    ? note('social.token-unset', { platform, variable: missing.variable })
    : note('social.needs-token', { platform, variable: missing.variable });
}

/** The conversation of an account that could not be read for want of a token: no source, the note says which. */
export function missingTokenConversation(target: SocialTarget, platform: TokenPlatform, missing: MissingToken, ctx: SourceContext): Conversation {
  return conversation(target, 'none', ctx.window, { status: 'no-source', notes: [missingTokenNote(platform, missing)] });
}
