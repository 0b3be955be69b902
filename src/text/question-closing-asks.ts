// A bare ask closing a trouble told (round 41's errors): "[captura: «pago rechazado»] tercera vez hoy con Banco Sol y
// tengo saldo. ¿Qué pasa?", "[capture : « Votre paiement a été refusé »] troisième fois ce matin chez Modea, ma carte
// marche partout ailleurs. Pourquoi ?", "📦❓ dos semanas y el seguimiento sigue en «en preparación». ¿Algún dato? 🙏".
// The last sentence holds nothing but why, what is going on or any news, with a '?': the question model weighs the
// trouble before it against asking (−0.3 to −1.9) and vetoes the mark. Every readable labelled post that closes so
// holds it as a question ("meter reading submitted 3 times, still getting estimated bills. why?", "… Nobody calls me
// back. What's going on?"). Near misses: the same words answered at once ("Warum? Weil es ihnen egal ist.", "¿Por qué?
// Porque…": the ask is not the last sentence), outrage mixed with '!' ("Why?! Just why?!"), a post of the ask alone
// (question-thread-nudges.ts reads "des nouvelles ?", "q pasa?"), and what happened to a thing once loved ("Used to
// love … but the last three visits the ribs have been dry. What happened?": a lament, as the labelled posts hold it).
// questions.ts counts them as questions whatever the model says, unless rhetorical (question-rhetoric.ts). Read on the
// folded text (lower case, accents removed).

/** The bare asks: why, what is going on, any news — in the four languages, folded. */
const BARE_ASK = new RegExp(
  '^(?:' +
    [
      String.raw`(?:but |so |and )?why|what(?:'s| is|s) (?:going on|happening)|any (?:news|updates?|info|word)`,
      String.raw`(?:mais |et )?pourquoi|il se passe quoi|qu'est-ce qui se passe|que se passe-t-il|des nouvelles|du nouveau|une info|des infos`,
      String.raw`(?:und )?(?:warum|wieso|weshalb)|was ist (?:da |denn |hier )*los|(?:schon |gibt'?s )?was neues|neuigkeiten|irgendwelche infos`,
      String.raw`(?:y |pero )?por que|que (?:pasa|esta pasando|sucede|ocurre)|alguna novedad|novedades|algun dato|alguna noticia|alguna info`,
    ].join('|') +
    ')$',
);

/** What may follow the closing marks: emoji, joiners and spaces. */
const TRAIL = /^[\s\p{Extended_Pictographic}\u200d\ufe0f]*$/u;

/**
 * Where a sentence stops: a '.', '!', '?', '…' or line break, and the closing bracket or quote of a described screenshot
 * ("[capture : « Votre paiement a été refusé »] … Pourquoi ?").
 */
const STOPS = '.!?…\n]»"“”';

/** The longest bare ask, in characters. */
const LONGEST = 32;

/**
 * Whether the folded post closes a trouble told on a bare why, what is going on or any news, asked with one '?' or
 * more (not mixed with '!'), only emoji after it. The last sentence is found by a backward scan from the closing marks:
 * every post with a mark that the model and the patterns leave without a question is read.
 */
export function asksClosingBare(folded: string): boolean {
  const mark = folded.lastIndexOf('?');
  if (mark === -1 || folded.length > 280 || !TRAIL.test(folded.slice(mark + 1))) return false;
  let end = mark;
  while (end > 0 && folded.charCodeAt(end - 1) === 63) end--;
  let start = end;
  while (start > 0 && end - start <= LONGEST && !STOPS.includes(folded[start - 1])) start--;
  if (start === 0 || end - start > LONGEST) return false;
  if (!BARE_ASK.test(folded.slice(start, end).replace(/^[\s¿]+/u, '').trimEnd())) return false;
  // Something told before the ask: at least three words.
  return folded.slice(0, start).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3;
}
