// Whether an account's handle names a customer-care desk (brand_support, brandSAV, brandhilfe…): read by the rules
// that look for a dedicated care account (support-account) and that allow one beside the main handle
// (accounts-consistent), so both judge a handle the same way.
import type { BrandSnapshot } from '../../snapshot/types.js';
import { withoutWww } from '../../platforms/without-www.js';

/** Letters and digits only, lower-cased, for comparing a handle with the brand's name. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when the handle matches the rule's care-word pattern once the brand's own name and domain label are removed,
 * so a brand called "SkinCare" or "Servicenter" is not taken for a care account by its own name. A Mastodon handle's
 * server (`brand@mastodon.social`) is not part of the name.
 */
export function isSupportHandle(handle: string, pattern: RegExp, snapshot: BrandSnapshot): boolean {
  let rest = squash(handle.split('@')[0] ?? handle);
  const label = withoutWww(snapshot.target.domain.toLowerCase()).split('.')[0] ?? '';
  for (const token of [squash(snapshot.brand?.name ?? ''), squash(snapshot.target.brandName), squash(label)]) {
    if (token.length >= 3) rest = rest.replace(token, '');
  }
  return pattern.test(rest);
}
