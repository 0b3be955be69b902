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

/**
 * The post's last sentence and its closing marks, trailing emoji and spaces dropped: the words after the last stop
 * before it (a '.', '!', '?', '…' or line break; a closing bracket or quote of a described screenshot too), then one
 * '?' or more, not mixed with '!'.
 */
const LAST_ASK = /(?:^|[.!?…\n\]»"“”])\s*¿?([^.!?…\n\]»"“”¿]+?)\s*\?+[\s\p{Extended_Pictographic}\u200d\ufe0f]*$/u;

/** Whether the folded post closes a trouble told on a bare why, what is going on or any news, asked with '?'. */
export function asksClosingBare(folded: string): boolean {
  if (!folded.includes('?') || folded.length > 280) return false;
  const m = LAST_ASK.exec(folded);
  if (m === null || m.index === 0) return false;
  // Something told before the ask: at least three words.
  if (folded.slice(0, m.index).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3) return false;
  return BARE_ASK.test(m[1].trim());
}
