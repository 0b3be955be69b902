// The one question of a long post, buried among its story (round 40's misses, posts of 600 to 900 characters: "Bonjour
// @BanqueAzur. Je suis cliente depuis 2009… aucune réponse depuis 9 jours. Est-ce que quelqu'un peut enfin me dire où est
// passé cet argent… ? Je ne demande pas la lune. Si rien ne bouge cette semaine, je transfère tous mes comptes
// ailleurs…", "… Does the guarantee actually cover a seller who disappears, and if so, who on your side is handling claim
// BG-99317? Because right now it feels like nobody is."). Read as one post, the story's trouble words outweigh the one
// question in the question model (−1.5 to −6.9, past its veto of a post with a mark), though the question alone asks
// plainly (0.3 to 11.3). questions.ts reads that sentence as a post of its own when the model is sure of it alone (above
// BURIED_SURE), or merely not against it and asking after a case by its reference ("claim BG-99317", "disputa
// MP-66120"). A long rant's one question in reproach scores lower alone ("Comment peut-on encore se dire cinq étoiles en
// traitant ses clients de la sorte ?" 0.5, "Wie kann man als Unternehmen so mit seinen Fahrgästen umgehen?" 1.2,
// "¿Así es como tratan a sus clientes…?" 0.6), and one doubting the brand's word in quotes asks nothing whatever its
// score ("What exactly is 'care' about any of this?" 3.7). Read on the folded text (lower case, accents removed).

/** Shortest post, in characters of the folded text, whose one question is read apart from the rest. */
const BURIED_MIN_CHARS = 400;

/** Log-odds the question model must give the sentence alone, without a case reference. */
export const BURIED_SURE = 2;

/** A case asked after by its reference: letters, a dash, four digits or more ("claim bg-99317", "sa-30417"). */
const CASE_REFERENCE = /\b[a-z]{1,4}-\d{4,}\b/;

/** A word of the brand's set in quotes, doubted ("what exactly is 'premium' about…", "« premium »"). */
const SCARE_QUOTED = /(?:^|[\s(])['"«“„][^'"«»“”„?]{2,25}['"»”“]/;

const SENTENCE = /[^.!?…]+[.!?…]*/g;

/** A sentence that ends in '?' or holds a '¿'. */
function isAsked(sentence: string): boolean {
  return sentence.includes('?') || sentence.includes('¿');
}

/** The one question of a long post and whether it names a case by reference, or undefined for any other post. */
export function buriedQuestion(folded: string): { sentence: string; namesCase: boolean } | undefined {
  // Cheap tests first: every post the model and the patterns leave without a question is read here.
  if (folded.length < BURIED_MIN_CHARS || !isAsked(folded)) return undefined;
  const asked = (folded.match(SENTENCE) ?? []).filter(isAsked);
  if (asked.length !== 1) return undefined;
  const sentence = asked[0].trim();
  if (SCARE_QUOTED.test(sentence)) return undefined;
  return { sentence, namesCase: CASE_REFERENCE.test(sentence) };
}
