// A part of the brand the page names and calls its own in the first person ("VTK Online is our live online learning
// platform", "The Stack Talk, our weekly podcast", "The Commit — our newsletter", "Unsere Straßenbahn „Bimmel“"), whose
// account's handle spells that name.
import { handleUser, squash } from './text.js';

/** First-person plural possessives, as written (their first letter either case). */
const OUR = ['our', 'notre', 'nos', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'il nostro', 'la nostra', 'nostro', 'nostra', 'onze', 'ons', 'nosso', 'nossa', 'o nosso', 'a nossa']
  .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');

/** "is", "are" and their like in the languages of OUR. */
const IS = '(?:is|are|is now|est|sont|ist|sind|es|son|è|é|e|zijn)';

/**
 * A title: capitalised words (a digit or an upper-case word allowed: "VTK Online"), joined by the small words titles
 * hold, and an edition's year or number after it ("Magenon Summit 2025 — our own user conference", round 36).
 */
const NAME = "\\p{Lu}[\\p{L}\\d'’&.+-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d'’&.+-]*|de|del|della|delle|di|du|des|la|le|of|the|and|&))*(?:\\s+\\d{1,4})?";

/**
 * A name then the possessive: "N is our …" (A), "N, our …", "N — our …", "N: our …" (B); the possessive, a few words,
 * then the name in quotes (C: "Our study mascot “Quillby”", "Unsere Straßenbahn „Bimmel“").
 */
const DECLARED = [
  new RegExp(`(${NAME})\\s+${IS}\\s+(?:${OUR})\\s`, 'gu'),
  new RegExp(`(${NAME})\\s*(?:,|—|–| - |:)\\s*(?:${OUR})\\s`, 'gu'),
  new RegExp(`(?:${OUR})\\s+(?:[\\p{L}-]+\\s+){0,3}[„"«“‚‹]\\s*(\\p{Lu}[\\p{L}\\d'’ -]{1,40}?)\\s*[“”"»‘’›]`, 'gu'),
];

/** Articles a title may open with, which a handle drops ("The Night Shift" as @nightshiftpod). */
const ARTICLE = /^(?:the|le|la|les|el|los|las|il|lo|der|die|das|de|het|o|a)$/i;

/**
 * Whether a name has a person's shape: two to four words each capitalised and then in lower case ("Priya Raman", "Code
 * Club Kochi" too), not opening with an article. "Priya Raman, our head of curriculum" names a person as ours as
 * readily as a show; a title holding an upper-case word ("VTK Online") or an article ("The Night Shift") is none.
 */
function personShaped(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 4 && !ARTICLE.test(words[0]) && words.every((w) => /^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u.test(w));
}

/** The least a name must spell in the handle: a shorter run of letters is found in handles by chance. */
const MIN_SPELLED = 5;

/** Whether the handle spells the name, or the name without its leading words (an article, a capitalised sentence opener). */
function spells(handle: string, words: readonly string[]): boolean {
  const flat = squash(handle);
  for (let i = 0; i < words.length; i++) {
    const part = squash(words.slice(i).join(' '));
    if (part.length >= MIN_SPELLED && flat.includes(part)) return true;
  }
  return false;
}

/**
 * Whether the heading or the block around a link declares a name the brand's own, in the first person, and the link's
 * handle spells that name: a podcast, a platform, a newsletter, a mascot the brand runs under a handle unlike its own,
 * set in running text beside other people's links, which the rules and the model read as a person's or someone else's
 * (round 33's "Follow VTK Online on X at @vtkonline" beside a trainer's channel, round 25's "The Current — our podcast"
 * over "@thecurrentpod.au"). A name said to be ours in the pattern "N, our …" or "N is our …" must be a title of two
 * words or more without a person's shape ("Ravi, our founder", "Priya Raman, our head of curriculum" are people); one in
 * quotes after the possessive may be one word. The caller reads the block for partners and people (own-unit.ts).
 */
export function declaredOwnPart(finding: { handle?: string; context?: string; heading?: string }): boolean {
  const { handle } = finding;
  if (!handle) return false;
  const text = [finding.heading, finding.context].filter(Boolean).join(' \n ');
  for (const [n, re] of DECLARED.entries()) {
    for (const m of text.matchAll(re)) {
      const words = m[1].trim().split(/\s+/);
      // A name with an edition's year or number is an event's, not a person's; the handle names the event without it
      // ("Magenon Summit 2025" as "@mgnsummit").
      if (n < 2 && (words.length < 2 || personShaped(words))) continue;
      if (spells(handleUser(handle), /^\d+$/.test(words[words.length - 1]) ? words.slice(0, -1) : words)) return true;
    }
  }
  return false;
}
