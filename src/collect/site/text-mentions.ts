// Accounts named only in a page's running text, without a link: "Les journalistes peuvent aussi suivre nos annonces sur
// X : @Beaulac_Medias", "bereikbaar via een direct bericht op X: <strong>@KwelderService</strong>", "odpowiada także w
// wiadomościach na X: @NarewBank_Pomoc", "auf Instagram unter @lindner.holzspiel". A help, press or jobs desk is often
// given this way in a footer note or a contact page. Read only after a network's name a few words before the handle —
// a bare "@name" in a review or a reply ("Thank you @Brand", "— Sue (@sue_bbq)") names no network.
import type { AnyNode, Element, Text } from 'domhandler';
import { parseSocialUrl } from '../../platforms/social-url.js';
import type { SocialUrl } from '../../platforms/social-paths.js';
import { blockText, isElement } from './dom.js';

/** Elements whose text is never read for mentions: links (read as links), scripts, styles, form fields. */
const SKIP = new Set(['a', 'script', 'style', 'noscript', 'template', 'textarea', 'option', 'code', 'pre', 'button', 'head', 'title']);
/** Elements that hold a line or paragraph of text: the block a mention is read in. */
const BLOCK = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'div', 'section', 'footer', 'header', 'aside', 'article', 'main', 'blockquote', 'figcaption', 'address', 'body']);
/** Characters of a block read. */
const BLOCK_MAX = 600;
const TEXT_WALK = { spaceAt: BLOCK, linksApart: true, bounded: false } as const;

/**
 * A network's name, then at most 100 characters within the sentence (no other "@", no stop), then the handle:
 * "sur X : @…", "op TikTok als @…", "en el Instagram de la guía, @…", "Szybciej odpowiadamy na X – pytania o zamówienia
 * i dostawy kieruj do naszego zespołu obsługi klienta: @…" (round 28: 80 characters apart; 40 read it not). "X" only
 * as a capital letter standing alone. A network's name may open a longer word, as Czech and Dutch write it ("na
 * samostatném instagramovém účtu pivovaru @…", "ons Instagramaccount @…", "unser Twitterkonto @…"); "Insta" and "Threads"
 * only whole ("Instant", "threadsafe" name no network).
 */
const MENTION = /(?:\bX\b|\b(?:[Tt]witter|[Ii]nstagram|[Tt]ik[Tt]ok|[Yy]ou[Tt]ube)[A-Za-z\u00C0-\u024F]*|\b(?:[Ii]nsta|[Tt]hreads)\b)[^@.!?;\n]{0,100}?(?<![\w.@/])@([A-Za-z0-9_][A-Za-z0-9_.]{0,29})/g;

/**
 * The handle, then a preposition and a network's name: "skrive til @nlk_kundeserv på X", "@… on Instagram", "@… na
 * X", "@… no X" (pt), "@… στο X" (round 31: the Norwegian help desk given only so), "@… trên X" (vi:
 * round 34's coffee chain's help desk), "@… в X" (uk, ru, bg: round 38's "пишете ни на @rz_pomosht в X"), "@… у X" (uk, sr),
 * "@… á X" (is: round 35's "skilaboð á @hverabla_help á X"). The preposition is required: a handle followed by a
 * network's name alone is a list ("@brand Instagram").
 */
const MENTION_BEFORE =
  /(?<![\w.@/])@([A-Za-z0-9_][A-Za-z0-9_.]{0,29}?)\.? (?:on|auf|sur|en|na|no|a|på|pa|op|em|su|w|i|á|στο|trên|в|във|у|на) (X\b|[Tt]witter|[Ii]nstagram|[Tt]ik[Tt]ok|[Yy]ou[Tt]ube|[Tt]hreads\b)/gu;

/**
 * The same in Turkish, where the network comes after the handle and up to two words ("hesabımıza", "to our account"),
 * with a postposition or a case ending: "@KJetYardim hesabımıza X üzerinden", "@… hesabımıza X'ten ulaşın",
 * "Instagram'da" (round 32's help desk, given only so).
 */
const MENTION_POSTPOSITION =
  /(?<![\w.@/])@([A-Za-z0-9_][A-Za-z0-9_.]{0,29}?)\.?(?: [\p{L}]+){0,2} (X|[Tt]witter|[Ii]nstagram|[Tt]ik[Tt]ok|[Yy]ou[Tt]ube|[Tt]hreads)(?:['’](?:te|ta|ten|tan|de|da|den|dan)\b| üzerinden\b| üzerinde\b)/gu;

/**
 * A verb naming the network, asking the reader to write to the handle there: "can tweet @DGMerchantDesk, which replies
 * within two working hours" (round 36's merchant desk, given only so), "tweet us at @…", "tweetez-nous à @…", "tuitéanos
 * a @…". Only the verb's plain form right before the handle: "tweeted @someone" tells of a past post, "a tweet by @…"
 * credits its author, and neither gives a desk.
 */
const MENTION_TWEET = /\b(?:[Tt]weet|[Tt]weetez|[Tt]weetez-nous|[Tt]uitea|[Tt]uit[eé]anos)(?: us)?(?: (?:at|to|à|a))? (?<![\w.@/])@([A-Za-z0-9_]{1,15})\b/gu;

/**
 * A handle after a preposition whose sentence names no network before it: "Planned works and outages are posted on
 * @PennairStatus.", "het laatste nieuws staat op @RijnstreekInfo." (round 37's status desk, the network named only in
 * the sentence before: "Follow the Accra team on X at @owolinkgh. Service status … is posted on @OwoLinkStatus.").
 */
const MENTION_BARE = /\b(?:on|at|op|auf|bei|sur|en|na|em|no|su|via)\s+(?<![\w.@/])@([A-Za-z0-9_][A-Za-z0-9_.]{0,29})/g;
/**
 * A handle the reader is asked to write to by direct message, no network named: "escriban a @ArrabalPrensa por mensaje
 * directo" (round 40's press desk), "write to @… by DM", "écrivez à @… en message privé". A bare handle written to so is
 * X's idiom: read as X, a guess the merge keeps only for the brand's desks (as MENTION_BARE's).
 */
const MENTION_DM =
  /\b(?:escriban|escribinos|escríbannos|escribe|escribí|escríbenos|write|message|écrivez|écris|schreiben Sie|schreibt|scrivete|scrivi|escreva|escrevam)(?: (?:to|à|a|an|al))? (?<![\w.@/])@([A-Za-z0-9_]{1,15})\b[^.!?;\n]{0,40}?\b(?:por|by|par|per|via|in|en|em|über|tramite) (?:(?:un|a|une|ein|einen|uma|una) )?(?:mensaje directo|mensaje privado|MD|DM|direct message|private message|message privé|message direct|Direktnachricht|Privatnachricht|messaggio diretto|messaggio privato|mensagem direta|mensagem privada)\b/gu;
/** A network's name, as MENTION reads it at its start. */
const NETWORK = /(?:\bX\b|\b(?:[Tt]witter|[Ii]nstagram|[Tt]ik[Tt]ok|[Yy]ou[Tt]ube)[A-Za-z\u00C0-\u024F]*|\b(?:[Ii]nsta|[Tt]hreads)\b)/g;
/** How far before the handle's sentence the network may be named: the sentence just before, in one block. */
const CARRY_MAX = 200;

/**
 * The network a bare handle's block names in the sentence before the handle's own (the last one named there), when the
 * handle's own sentence names none before it; null otherwise.
 */
function carriedNetwork(text: string, at: number): string | null {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('! ', at), text.lastIndexOf('? ', at), text.lastIndexOf('; ', at));
  if (start < 0) return null;
  const own = text.slice(start + 1, at);
  if (own.match(NETWORK) || own.includes('@')) return null;
  const before = text.slice(Math.max(0, start - CARRY_MAX), start);
  // Only the sentence just before: a stop there closes it.
  const previous = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1);
  const named = previous.match(NETWORK);
  return named ? named[named.length - 1] : null;
}

/** The network a mention's leading word names. */
function networkOf(word: string): 'x' | 'instagram' | 'tiktok' | 'threads' | 'youtube' {
  const w = word.toLowerCase();
  if (w.startsWith('insta')) return 'instagram';
  if (w.startsWith('tik')) return 'tiktok';
  if (w.startsWith('threads')) return 'threads';
  if (w.startsWith('you')) return 'youtube';
  return 'x';
}

/** The profile a mention names, through the same parser as links (so the handle is normalised alike); null if none. */
function profileOf(network: ReturnType<typeof networkOf>, name: string): SocialUrl | null {
  if (network === 'x' && !/^\w{1,15}$/.test(name)) return null;
  const url = {
    x: `https://x.com/${name}`,
    instagram: `https://www.instagram.com/${name}/`,
    tiktok: `https://www.tiktok.com/@${name}`,
    threads: `https://www.threads.net/@${name}`,
    youtube: `https://www.youtube.com/@${name}`,
  }[network];
  const parsed = parseSocialUrl(url);
  return parsed && !parsed.how ? parsed : null;
}

/** One account named in a block's text: the profile, the block's text node holding it, and the words "@handle". */
export interface TextMention {
  parsed: SocialUrl;
  node: Text;
  text: string;
  /** The network is the one the sentence before names (MENTION_BARE), not the handle's own sentence's. */
  guessed?: true;
}

/**
 * Collects mentions while the page's elements are walked: `visit` is handed each element (and its lower-case name) in
 * document order, `mentions` returns what was found. Only text nodes holding an "@" are read further, and each block
 * once.
 */
export function mentionReader(): { visit: (el: Element, name: string) => void; mentions: () => TextMention[] } {
  const found: TextMention[] = [];
  const blocksRead = new Set<AnyNode>();
  const visit = (el: Element, name: string): void => {
    if (SKIP.has(name)) return;
    // An index loop: this runs for every element of every page, mostly before V8 optimises it, and a for…of loop
    // then made an iterator and a result object per element and per child.
    const children = el.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.type !== 'text' || !child.data.includes('@')) continue;
      if (skipped(el)) return;
      const block = blockOf(el);
      if (blocksRead.has(block)) return;
      blocksRead.add(block);
      const text = blockText(block, BLOCK_MAX, TEXT_WALK);
      const named = new Set<string>();
      const add = (network: string, handle: string, guessed = false): void => {
        // A sentence's stop after the handle is not part of it.
        const name = handle.replace(/\.+$/, '');
        const parsed = profileOf(networkOf(network), name);
        const node = parsed && !named.has(`${parsed.platform}:${parsed.handle}`) && textNodeHolding(block, `@${name}`);
        if (parsed && node) {
          named.add(`${parsed.platform}:${parsed.handle}`);
          found.push({ parsed, node, text: `@${name}`, ...(guessed ? { guessed: true as const } : {}) });
        }
      };
      // A handle the sentence gives its network after ("message us on Facebook or Instagram, or mention @brand_cs on
      // X", round 33) is that network's: the one named earlier in the sentence is another account's or none.
      const after = new Set<string>();
      for (const m of text.matchAll(MENTION_BEFORE)) after.add(m[1].replace(/\.+$/, ''));
      for (const m of text.matchAll(MENTION)) if (!after.has(m[1].replace(/\.+$/, ''))) add(m[0], m[1]);
      for (const m of text.matchAll(MENTION_BEFORE)) add(m[2], m[1]);
      for (const m of text.matchAll(MENTION_POSTPOSITION)) add(m[2], m[1]);
      for (const m of text.matchAll(MENTION_TWEET)) add('X', m[1]);
      // Last, a bare handle whose network only the sentence before names: a guess the merge keeps for the brand's desks.
      const read = new Set(found.map((f) => f.text.slice(1).toLowerCase()));
      for (const m of text.matchAll(MENTION_DM)) if (!read.has(m[1].toLowerCase())) add('X', m[1], true);
      for (const m of text.matchAll(MENTION_BARE)) {
        const name = m[1].replace(/\.+$/, '');
        if (read.has(name.toLowerCase())) continue;
        const network = carriedNetwork(text, m.index + m[0].indexOf('@'));
        if (network) add(network, name, true);
      }
      return;
    }
  };
  return { visit, mentions: () => found };
}

/** Whether an ancestor of `el` is one whose text is not read (a link's inner markup, a script). */
function skipped(el: Element): boolean {
  for (let n: AnyNode | null = el; n; n = n.parent) if (isElement(n) && SKIP.has(n.name.toLowerCase())) return true;
  return false;
}

/** The nearest block element holding `el` (itself included). */
function blockOf(el: Element): AnyNode {
  for (let n: AnyNode | null = el; n; n = n.parent) if (isElement(n) && BLOCK.has(n.name.toLowerCase())) return n;
  return el;
}

/** The first text node under `root` holding `needle`, outside links and scripts. */
function textNodeHolding(root: AnyNode, needle: string): Text | null {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if ((n as Text).data.includes(needle)) return n as Text;
      continue;
    }
    if (!isElement(n) || SKIP.has(n.name.toLowerCase())) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return null;
}
