// A closing "or not" conceded rather than asked, without a mark (round 34's class posts, near misses of its missed
// "bin collection moving to friday this week … or no"): "I'm getting the 4 tomorrow whether it's on the diversion or
// not", "j'irai au marché lundi, que la ligne B roule ou pas", "ich fahr mit dem Rad, egal ob die Linie 6 fährt oder
// nicht", "voy a ir, quieras o no". The question model reads the tag at the post's end as a question (log-odds +1.5 to
// +3.4 on those); the clause before it says the poster does it either way. questions.ts keeps the model and the
// patterns from asking such a post; "est-ce que la ligne roule ou pas" and "Weiß jemand, ob die Linie fährt oder
// nicht" keep asking (no concession before the tag), and a post with a mark is read as usual. Read on the folded text.

const CONCEDED =
  /\bwhether\b[^.!?]*\bor (?:not|no)\b|(?<!\best-ce )\bque\b[^.!?]*\bou (?:pas|non)\b|\b(?:egal|gleich|einerlei),? ob\b[^.!?]*\boder (?:nicht|nein)\b|\b(?:quieras|quiera|queramos|querais|quieran|guste|gusten) o no\b/;

/** Whether the folded post concedes a closing "or not" (CONCEDED): it does something either way, it asks nothing. */
export function concedesEitherWay(folded: string): boolean {
  // Read on every post without a mark: the tags' words first, which few of them hold.
  for (let k = 0; k < TAGS.length; k++) if (folded.includes(TAGS[k])) return CONCEDED.test(folded);
  return false;
}

/** The closing tags CONCEDED needs, as plain text. */
const TAGS = [' or no', ' ou pas', ' ou non', ' oder nicht', ' oder nein', ' o no'];
