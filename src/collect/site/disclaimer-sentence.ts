// Which account a paragraph's disclaimer speaks of: the one in its own sentence, when it links one.
import type { AnyNode, Element } from 'domhandler';
import { isElement, textOf } from './dom.js';
import { foldText } from './text.js';

/** What a block's disclaimers speak of: the links in a disowning sentence, and whether one such sentence links none. */
export interface Disclaimed {
  links: Set<Element>;
  linkless: boolean;
}

/**
 * The links of `links` in a sentence of `block` that disowns (as `disowns` reads its folded text), and whether such a
 * sentence links none of the page's accounts: that one speaks of an account another sentence names ("…that we do not
 * run. You can find it on Facebook"). A disclaiming sentence that links an account of its own is about that account:
 * "the VTK Alumni Circle (not managed by VidyaTek) … instagram.com/vtk.alumni.circle" says nothing of the paragraph's
 * first sentence, "see what happens on campus on @lifeatvidyatek" (round 33: the brand's careers account read as
 * disowned by the next sentence).
 */
export function readDisclaimers(block: Element, links: ReadonlySet<Element>, disowns: (folded: string) => boolean): Disclaimed {
  const out: Disclaimed = { links: new Set(), linkless: false };
  for (const sentence of sentences(block, links)) {
    if (!disowns(foldText(sentence.text))) continue;
    if (sentence.links.length === 0) out.linkless = true;
    for (const l of sentence.links) out.links.add(l);
  }
  return out;
}

/** The sentences of `block` (a full stop, "!" or "?" before a space ends one), each with the links of `links` it holds. */
function sentences(block: Element, links: ReadonlySet<Element>): { text: string; links: Element[] }[] {
  const out: { text: string; links: Element[] }[] = [];
  let text = '';
  let held: Element[] = [];
  const flush = (): void => {
    if (text.trim()) out.push({ text: text.replace(/\s+/g, ' '), links: held });
    text = '';
    held = [];
  };
  const stack: AnyNode[] = [block];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isElement(n)) {
      // A link's own text is never split: "@brand.news" is one handle, not a sentence's end.
      if (links.has(n)) {
        held.push(n);
        text += textOf(n);
        continue;
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
      continue;
    }
    if (n.type !== 'text') continue;
    const parts = n.data.split(/(?<=[.!?])(?=\s)/);
    // Each boundary between parts is a sentence's end, a stop just after a link too ("…@lifeatvidyatek</a>. Graduates").
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) flush();
      text += parts[i];
    }
  }
  flush();
  return out;
}
