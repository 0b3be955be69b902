// A trade desk named to the brand's trade customers by a handle made of the brand's short name and a trade word:
// "Existing partners with menu or payout questions can tweet @DGMerchantDesk" (round 36), "Schools and studios on a
// trade account can … tweet @HKTradeDesk". The sentence's subject is the customers who write, and it names them partners,
// stockists or trade accounts: the readings of a desk the brand calls its own (own-desk.ts, press-handle.ts) take a
// sentence naming a partner as someone else's and leave it. The handle says whose desk it is: a partner's own account,
// a guild's or a carrier's help desk named in the same shape of sentence spells its own name ("@swiftvanhelp",
// "@northbakersguild"), never the brand's initials with a trade word.
import { namesBrandShort } from './brand-short-name.js';
import { sentenceHolding } from './own-account.js';
import { foldText, handleUser, squash } from './text.js';

/** Trade words a trade desk's handle closes with, after the brand's short name (squashed). */
const TRADE_HANDLE =
  /^(?:trade|tradedesk|merchant|merchants|merchantdesk|partnerdesk|wholesale|wholesaledesk|b2b|pro|stockists|sellerdesk|sellers|retail|retaildesk)$/;

/** Words of a sentence naming the brand's trade customers (folded). */
const TO_TRADE =
  /\b(?:trade|partners?|merchants?|stockists?|retailers?|resellers?|wholesale|sellers?|stallholders?|b2b|revendeurs?|partenaires|professionnels|handler|handelspartner|distribuidores|revendedores)\b/;

/** Verbs telling them to write to the handle (folded). */
const WRITE_TO =
  /\b(?:tweet|dm|message|write to|reach|contact|ecrire a|contacter|schreiben|escribir a|escribe a|contactar)\b/;

/** The brand name's capitals ("dg" of "DabaoGo"): a name written as one word keeps its parts' initials there. */
function capitals(brandName: string): string {
  return brandName.replace(/[^A-Z]/g, '').toLowerCase();
}

/** Whether the handle is the brand's short name, then a trade word (a country code after it kept apart). */
export function tradeDeskHandle(handle: string, target: { domain: string; brandName: string }): boolean {
  const user = handleUser(handle).toLowerCase().replace(/[._-](?:[a-z]{2})$/, '');
  const name = squash(user);
  const caps = capitals(target.brandName);
  for (let cut = 2; cut < name.length - 1; cut++) {
    const [short, word] = [name.slice(0, cut), name.slice(cut)];
    if (TRADE_HANDLE.test(word) && ((caps.length >= 2 && short === caps) || namesBrandShort(short, target))) return true;
  }
  return false;
}

/**
 * Whether the sighting gives a trade desk's handle (tradeDeskHandle) in a sentence naming the brand's trade customers
 * and telling them to write to it, outside the handle.
 */
export function namesTradeDesk(finding: { snippet?: string; context?: string }, handle: string, target: { domain: string; brandName: string }): boolean {
  if (!tradeDeskHandle(handle, target) || !finding.context) return false;
  const sentence = (finding.snippet ? sentenceHolding(finding.context, finding.snippet) : null) ?? finding.context;
  const said = foldText(sentence).split(handleUser(handle).toLowerCase()).join(' ');
  return TO_TRADE.test(said) && WRITE_TO.test(said);
}
