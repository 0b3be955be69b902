// A price rise echoed as a question, then the poster leaving (round 34's Spanish false question, "otra subida? ya van
// 2 este año. Me doy de baja"; its class posts in four languages): "another price rise? that's two this year.
// cancelling", "encore une hausse ? c'est la deuxième cette année. Je résilie", "schon wieder eine Preiserhöhung? Die
// zweite dieses Jahr. Ich kündige". The question counts the rises in outrage; the poster has decided. A question about
// the rise ("¿otra subida en junio? ¿a cuánto queda la tarifa básica?", "another price rise? which plans does it hit?")
// still asks: only a post with no other question and a leaving told is read so. Read on the folded text.

/** A short question at the post's start (after handles) that names a rise again. */
const RISE_ECHOED =
  /^(?:@\S+ )*¿?(?:otra|una nueva|nueva) (?:subida|alza|suba|subida de precio|subida de precios)|^(?:@\S+ )*(?:another|yet another|a second|one more) (?:price )?(?:rise|hike|increase)|^(?:@\S+ )*(?:encore|re|nouvelle|une nouvelle|encore une) (?:hausse|augmentation)|^(?:@\S+ )*(?:schon wieder|wieder|noch) (?:eine )?(?:preiserhohung|erhohung|preissteigerung)/;

/** The poster leaving, told as a statement. */
const LEAVING =
  /\b(?:me doy de baja|me voy a otra|me cambio de|me borro|cancell?ing|i'?m cancell?ing|i'?m out|i'?m done|switching to|je resilie|je me desabonne|je pars chez|ich kundige|ich bin raus|ich wechsle|ich wechsel)\b|^(?:.*[.!,] )?(?:cancell?ing|cancel(?:led)?|kundige|resilie)[.!]*$/;

/** Whether the folded post echoes a rise again as its only question and tells the poster leaving. */
export function leavesOverRise(folded: string): boolean {
  const m = RISE_ECHOED.exec(folded);
  if (m === null) return false;
  const mark = folded.indexOf('?', m[0].length);
  if (mark === -1 || mark - m[0].length > 30) return false;
  const after = folded.slice(mark + 1);
  return !after.includes('?') && !after.includes('¿') && LEAVING.test(after);
}
