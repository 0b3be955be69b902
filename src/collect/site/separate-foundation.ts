// A foundation, charity or other non-profit the page itself calls a separate body, whose accounts follow that saying:
// "Khanya Foundation NPC is a registered non-profit (NPO 204-117) and separate legal entity. khanyafoundation.test ·
// Facebook" in a footer note, "The foundation is a separate non-stock, non-profit organization …" two paragraphs
// before "the foundation's own Facebook page" (round 35). The footer place and a handle built on the brand's name said
// the brand's; only the page's words say the body stands apart. disowned.ts calls it; other-org.ts reads the link's own
// sentence, not a note before a footer's links nor a paragraph before the link's.
import type { AnyNode, Element } from 'domhandler';
import { boundedText, isElement } from './dom.js';
import { foldText } from './text.js';

/**
 * A body said to stand apart, in en, de, fr, es (folded): "a separate legal entity", "a separate non-stock, non-profit
 * organization", "a registered charity independent of …", "eine eigenständige Stiftung", "rechtlich selbstständig",
 * "une fondation indépendante", "entité juridique distincte", "una entidad independiente", "persona jurídica distinta".
 */
const SEPARATE = new RegExp(
  [
    String.raw`\b(?:separate|independent|distinct)(?: [\w'-]+,?){0,3} (?:entity|legal person|body|charity|organi[sz]ation|non-?profit|foundation|trust)\b`,
    String.raw`\b(?:charity|foundation|trust|non-?profit|organi[sz]ation)(?: [\w'-]+)?,? (?:independent|separate) (?:of|from)\b`,
    String.raw`\b(?:eigenstandig|selbststandig|unabhangig)\w* (?:stiftung|verein|organisation|rechtsperson|juristische person)\b|\brechtlich (?:eigenstandig|selbststandig|unabhangig)`,
    String.raw`\b(?:fondation|association|organisation|organisme) independante?\b|\b(?:entite juridique|personne morale) distincte\b`,
    String.raw`\b(?:entidad|fundacion|asociacion|organizacion)(?: juridica)? (?:independiente|distinta|separada)\b|\bpersona juridica (?:independiente|distinta)\b`,
  ].join('|'),
);

/**
 * A kind of charitable body named in the same sentence: "separate legal entity" of the brand's own Irish arm ("Corvane
 * Energy Ireland is a separate legal entity") is a firm of the group, left to other rules.
 */
const BODY =
  /\b(?:foundation|charity|charitable|trust|non-?profit|not-for-profit|npo|npc|ngo|stiftung|verein|gemeinnutzig\w*|fondation|association|but non lucratif|fundacion|asociacion|ong|sin animo de lucro)\b/;

/** The site speaking of the account as its own in the link's sentence: "Follow us on TikTok", "suivez-nous". */
const CLAIM = /\b(?:our|ours|us|we|notre|nos|nous|unser\w*|uns|wir|nuestr[oa]s?|siguenos|nosotros)\b/;

/** "The foundation's own Facebook page": the body's own account, named by the body's kind (folded). */
const BODY_OWN = /\bthe (foundation|charity|trust|fund)['’]s own\b/;

/** A word every form above holds, read on the text as written: a block without one is not folded. */
export const SEPARATE_HINT = /(?:separate|independ|distinct|eigenst|selbstst|unabh|['’]s own)/i;

/** Element siblings read before the link's block for the paragraph calling the body separate. */
const SIBLINGS = 3;
/** Most characters of such a paragraph. */
const PARAGRAPH_MAX = 600;

/** Where a sentence ends; not after a number's or a firm's abbreviation ("registered charity (no. 1190457) and …"). */
const SENTENCE_END = /(?<!\b(?:no|nr|reg|inc|ltd|co|corp))[.!?;](?:\s|$)/;

/** The sentences of folded text that call a charitable body separate. */
function separateSentences(folded: string): string[] {
  return folded.split(SENTENCE_END).filter((s) => SEPARATE.test(s) && BODY.test(s));
}

/**
 * Whether the page calls the body whose account `link` is a separate one: a sentence before the link in its block
 * (`raw`, its text) does so and the link's own sentence (`sentence`, folded) does not claim the account; or the link's
 * sentence says "the foundation's own …" and its block or one of the SIBLINGS elements before it calls that
 * foundation separate.
 */
export function saidSeparateFoundation(block: Element, link: Element, raw: string, sentence: () => string): boolean {
  if (!SEPARATE_HINT.test(raw)) return false;
  const own = sentence();
  if (CLAIM.test(own)) return false;
  const before = foldText(textBefore(block, link).replace(/\s+/g, ' '));
  if (separateSentences(before).length > 0) return true;
  const kind = BODY_OWN.exec(own)?.[1];
  if (!kind) return false;
  const named = new RegExp(`\\b${kind}\\b`);
  const said = (text: string | null): boolean => text !== null && separateSentences(foldText(text.replace(/\s+/g, ' '))).some((s) => named.test(s));
  if (said(raw)) return true;
  for (let sib = block.prev, seen = 0; sib && seen < SIBLINGS; sib = sib.prev) {
    if (!isElement(sib)) continue;
    seen++;
    if (said(boundedText(sib, PARAGRAPH_MAX))) return true;
  }
  return false;
}

/** The text of `block` before `link`. */
function textBefore(block: Element, link: Element): string {
  const out: string[] = [];
  const stack: AnyNode[] = [block];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === link) break;
    if (n.type === 'text') out.push(n.data);
    else if (isElement(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out.join('');
}
