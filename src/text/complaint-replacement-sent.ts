// Goods that came broken, already replaced and thanked for (accent-folded): "El paquete llegó roto pero ya me mandaron
// otro, gracias!!" (round 35's false alarm), "la taza llegó rota y ya me mandaron otra, gracias por la rapidez", "mug
// arrived cracked but they'd already sent a new one, thank you", "Tasse kam kaputt an, Ersatz war schon zwei Tage später
// da, danke", "ils m'en ont déjà renvoyé un, merci". The patterns count the broken goods as enough alone and the model
// reads a parcel broken; the replacement is the brand's answer, thanked. Not a replacement still awaited ("todavía no
// me mandaron otro", "still not sent"), nor one that came broken too. complaints.ts settledElsewhere reads it: one
// sign at most, and the model does not speak.

import { foldedAsWritten } from './folded-as-written.js';
import { gatedTest } from './gated-test.js';

/** The replacement told as sent or come. */
const SENT = new RegExp(
  [
    '\\bya me (?:mandaron|enviaron|mandasteis|enviasteis|han mandado|han enviado|cambiaron) (?:otr[oa]|un[oa] nuev[oa]|el cambio|la reposicion)\\b',
    "\\b(?:already|had|'d) (?:already )?(?:sent|shipped|posted) (?:me )?(?:a new one|another|a replacement)\\b",
    '\\bersatz (?:war|kam|ist) (?:schon|bereits)\\b',
    "\\b(?:m'en|m'ont) (?:ont )?deja (?:renvoye|envoye|expedie|remplace)\\b",
  ].join('|'),
);

const THANKS = /\b(?:gracias|thanks|thank you|cheers|danke|merci)\b/;

/** The replacement awaited, or broken in turn. */
const NOT_YET = /\b(?:todavia no|aun no|still (?:not|no|waiting)|noch (?:nicht|kein)|toujours pas|pas encore)\b|\b(?:tambien|too|auch|aussi) (?:rot[oa]|broken|kaputt|casse)/;

/**
 * Whether the post thanks the brand for a replacement already sent for goods that came broken. The thanks are read on
 * the post as written, folded here: the removals of the complaint text take "gracias por la rapidez" as praise of speed
 * and leave the replacement unthanked.
 */
export function replacementSent(folded: string, original: string): boolean {
  if (!sent(folded)) return false;
  const whole = foldedAsWritten(original);
  return THANKS.test(whole) && !NOT_YET.test(whole);
}

/** SENT tested only beside one of its required literals (gated-test.ts). */
const sent = gatedTest(SENT);
