// A card in the brand's own grid whose text says its bearer is the brand's persona — "Anna is our chat assistant",
// "Pip is our mascot", "notre mascotte", "unser Chatbot", "nuestra asistente virtual", "our help desk". Such a grid
// holds the brand's desks beside the people around it (a sponsored racer, a designer, an ambassador), one profile of a
// network on each card: five Instagram links in one grid have a list of people's shape (crowds.ts) before any card is
// read, and the persona's account was read as one more person's (the page set's people-cards-en: "Ask Anna" and the
// mascot's card, found by the model alone). The brand's possessive before the persona word is what tells it: a
// person's bio says "an assistant coach" or "her bot" as often, never "our".
import { foldText } from './text.js';

/**
 * The brand's possessive (en, fr, de, es, it, pt, nl, sv, no, da; pl, cs, sk, hr, sr, sl since round 41's "Naš maskota
 * Kuzma"), folded, then at most three words, then what the
 * bearer is: a mascot, an assistant, a bot, a chat or help desk.
 */
const OUR_PERSONA =
  /\b(?:our|notre|nos|unser\w*|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|onze|ons|var|vart|vara|vores|vort|nasz\w*|nas|nasa|nase|nasi)\s+(?:[\p{L}-]+\s+){0,3}?(?:mascot\w*|maskottchen|mascotte|mascota|maskot\w*|assistant\w*|assistent\w*|asistente|assistente|chat ?bot\w*|bot|help ?desk|chat desk|chat)\b/u;

/** Whether the link's block opens with its heading and its text calls the card's bearer the brand's persona. */
export function onPersonaCard(finding: { context?: string; heading?: string }): boolean {
  const { context, heading } = finding;
  if (!context || !heading || !context.startsWith(heading)) return false;
  return OUR_PERSONA.test(foldText(context.slice(heading.length)));
}

/** The brand's possessive, then at most three words, then a mascot word (folded): "our mascot", "náš maskot". */
const MASCOT_OF_OURS =
  /\b(?:our|notre|nos|unser\w*|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|onze|ons|var|vart|vara|vores|vort|nasz\w*|nas|nasa|nase|nasi)\s+(?:[\p{L}-]+\s+){0,3}?(?:mascot\w*|maskottchen|mascotte|mascota|maskot\w*)\b/u;

/**
 * Whether the link sits on a card whose text calls its bearer the brand's mascot ("Náš maskot Rysík vítá děti",
 * "Naša maskota Mila", "Pip is our mascot"): a character the brand runs, whose handle spells its own name, not the
 * brand's — round 41's ski resort's bear ("Naš maskota Kuzma"), in a grid read as people's. A chat assistant's or a help
 * desk's card is left to the desk readings: "our assistant" is said of a person as often.
 */
export function onMascotCard(finding: { context?: string; heading?: string }): boolean {
  const { context, heading } = finding;
  if (!context || !heading) return false;
  // The card's block opening with its heading ("Pip is our mascot"), or its text under the heading opening with the
  // possessive ("Náš maskot Rysík…"): further into a text under a heading, a person's bio says "plays our mascot".
  if (context.startsWith(heading)) return MASCOT_OF_OURS.test(foldText(context.slice(heading.length)));
  const found = MASCOT_OF_OURS.exec(foldText(context).trim());
  return found !== null && found.index === 0;
}
