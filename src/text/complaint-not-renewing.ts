// A renewal price risen, told with the customer not renewing (accent-folded): "renewal quote up 62% with no claims. Not
// renewing.", "mon échéance augmente de 35 % sans sinistre. Je ne renouvelle pas.", "Beitrag um 40 % rauf, null
// Schäden. Ich verlängere nicht.", "la renovación sube un 30 %. No renuevo.". Round 38's customer care missed one: the
// rise is told as a bare figure, and the leaving as a renewal refused, which complaint-leaving.ts does not read. Only
// the renewal refused beside a rise; not a renewal kept ("happy to renew", "je renouvelle sans hésiter", "ich
// verlängere gern", "renuevo encantado"), nor a refusal alone ("not renewing my passport"). complaints.ts counts it
// enough alone.
import { literalCheck } from './regex-union.js';

/** The renewal refused. */
const NOT_RENEWING =
  /\b(?:not renewing|won'?t (?:be )?renew(?:ing)?|will not (?:be )?renew(?:ing)?|not going to renew|je ne (?:renouvelle|reconduis|renouvellerai|reconduirai) pas|je ne vais pas (?:renouveler|reconduire)|ich verlangere (?:nicht|sicher nicht|garantiert nicht)|ich werde (?:nicht|sicher nicht) verlangern|no (?:renuevo|renovare|voy a renovar|pienso renovar))\b/;

/** A price risen beside it. */
const RISEN =
  /\b(?:up|higher|more|increase[ds]?|rise|risen|hike[ds]?|augmente\w*|hausse|plus cher|rauf|hoch|teurer|erhoht|gestiegen|sube|subido|subida|mas cara?)\b|\d ?%/;

/** Cheap test first: a word every refusal holds. */
const mayRefuse = literalCheck(/renew|renouvel|reconduis|reconduirai|verlanger|renuevo|renovare|renovar/);

/** Whether the post refuses to renew beside a price risen. */
export function notRenewingAfterRise(folded: string): boolean {
  return mayRefuse(folded) && NOT_RENEWING.test(folded) && RISEN.test(folded);
}
