// A trouble asked at a post's start, then denied at once (the twelfth corpus's held-out errors): "Problem with my order?
// Nope, just wanted to say the packaging is gorgeous", "Problem? Welches Problem? Die Reparatur war in 20 Minuten
// erledigt.", "¿Problemas con el pedido? Ninguno, solo quería decir que llegó precioso", "Un souci ? Aucun, livraison
// parfaite". The poster asks no one: the question is a device to open praise. question-self-answers.ts takes a bare
// "Nope." as an answer; here the denial may go on ("Nope, just wanted to say…") or echo the trouble back ("Welches
// Problem?"). A trouble asked and then told ("Problem with my order: it says delivered but nothing came. Who do I
// contact?") is no such device, and a question after the denial still asks (questions.ts: only a post whose every
// question is denied so asks nothing). Read on the folded text (lower case, accents removed).

/** A short opening (five words at most) that names a trouble and ends in '?'. */
const TROUBLE_ASKED =
  /^(?:@\S+ )?(?:[¿]?(?:a |an |any |un |une |des |ein |eine |einen |algun |alguna |algunos )?)(?:problem|problems|issue|issues|trouble|complaint|complaints|probleme?s?|souci|soucis|reclamation|arger|arger mit|beschwerde|reklamation|problemas?|queja|quejas|reclamo)(?: [^?\s]+){0,4} ?\?+ */;

/** The denial right after it: a no that goes on, or the trouble echoed back in disbelief. */
const DENIED =
  /^(?:(?:nope|nah|no|none|not at all|not one|nothing|aucun|aucune|pas du tout|rien|que dalle|nein|keins?|keine[rns]?|ninguno|ninguna|nada|para nada)\b|(?:welche[rsn]?|what|quel|quelle|que|cual) (?:problem|arger|beschwerde|reklamation|stress|issue|trouble|souci|probleme|problema)\w*\?)/;

/** Whether the folded post opens on a trouble asked and denied at once, and asks nothing after the denial. */
export function deniesTroubleAsked(folded: string): boolean {
  const m = TROUBLE_ASKED.exec(folded);
  if (m === null) return false;
  const rest = folded.slice(m[0].length);
  const denial = DENIED.exec(rest);
  if (denial === null) return false;
  const after = rest.slice(denial[0].length);
  return !after.includes('?') && !after.includes('¿');
}
