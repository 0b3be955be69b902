// A nudge in a thread: a reply of a few words chasing what the poster is owed or waiting on, without a verb and mostly
// without a mark ("et donc", "and my refund", "und meine Erstattung", "y mi reembolso", "so what now", "und jetzt",
// "alguna novedad", "schon was Neues wegen meiner Bestellung"). Under the brand's answer or the poster's own earlier
// post, such a reply can only ask where things stand, yet it holds no question word, no inversion and no request verb:
// the patterns see nothing, and the question model weighs the trouble words ("refund", "toujours rien") against asking,
// even vetoing the mark of "et donc ?? toujours rien". A short non-ask looks alike but says something instead ("same",
// "ok thx", "dito", "et donc voilà, commande reçue"), or tells that the thing came ("and my refund came through this
// morning", "y mi pedido llegó perfecto"), or shrugs ("und jetzt auch noch das"): so the nudge must be the whole post,
// or the whole of a first sentence closed by a mark ("et donc ?? toujours rien"). questions.ts counts them as questions
// whatever the model says, unless withdrawn or rhetorical (question-rhetoric.ts: "refund? what refund?"). Read on the
// folded text (lower case, accents removed, handles dropped).

/** A word in front: a greeting, or a spoken "so"/"well". */
const LEAD = String.raw`(?:(?:hi|hello|hey|bonjour|salut|hallo|hola|ok|okay|so|well|alors|bon|also|na|pues|bueno)[,!]? )?`;

/** What the poster waits on: a refund, an order, an answer, a technician… (folded, singular or plural). */
const OWED = String.raw`(?:remboursements?|commandes?|colis|argent|avoir|dossier|reclamation|reponse|rappel|technicien|refunds?|orders?|parcels?|packages?|money|replacement|compensation|reply|answer|call ?back|claim|ticket|case|credit|voucher|engineer|erstattung|ruckerstattung|bestellung|paket|geld|gutschrift|antwort|ruckruf|ersatz|entschadigung|techniker|reembolso|pedido|paquete|dinero|devolucion|respuesta|reclamacion|reclamo|compensacion|tecnico)`;

/** "and my refund", "et mon colis", "und meine Bestellung", "y mi reembolso": a conjunction, a possessive, the thing. */
const AND_MINE = String.raw`(?:and|et|und|y) (?:my|our|the|mon|ma|mes|notre|nos|le|la|les|mein|meine|meinen|unsere?|die|der|das|mi|mis|nuestro|nuestra|el|la) ${OWED}(?: (?:then|now|alors|donc|dann|jetzt|nun|entonces|pues|ahora))?`;

/** The bare nudges: "et donc", "et alors", "so what now", "now what", "und jetzt", "und nun", "y ahora (qué)". */
const BARE = String.raw`(?:et donc|et alors|et maintenant|and so|and then|so what now|what now|now what|und jetzt|und nun|und was jetzt|und dann|y ahora(?: que)?|y entonces|y que)`;

/** News asked in a word: "des nouvelles (de mon dossier)", "any news", "alguna novedad", "schon was Neues". */
const NEWS = String.raw`(?:des nouvelles|du nouveau|any news|any update|any word|alguna novedad|novedades|alguna noticia|hay novedades|schon was neues|gibt'?s was neues|was neues|neuigkeiten|schon neuigkeiten)(?: (?:de|du|des|sur|pour|on|about|re|for|wegen|zu|zur|zum|von|bei|sobre|del|con) [a-z0-9#'/-]+(?: [a-z0-9#'/-]+){0,3})?`;

/** Trailing emoji, symbols and spaces: what a reply may close with besides its words. */
const TRAIL = String.raw`[\s.!…\p{Extended_Pictographic}\u200d\ufe0f]*`;

/** The nudge alone, or a first sentence of it closed by a mark with anything after. */
const NUDGE = new RegExp(String.raw`^${LEAD}(?:${AND_MINE}|${BARE}|${NEWS})(?:${TRAIL}$|\s*\?)`, 'u');

/** Whether the folded post is a nudge chasing what the poster waits on (NUDGE), in a short reply. */
export function nudgesInThread(folded: string): boolean {
  const text = folded.trim();
  if (text.length > 80) return false;
  return NUDGE.test(text);
}
