// Paid for something that was not then given (accent-folded): "j'ai payé le pass saison et les skins sont pas
// débloqués, c normal ou faut attendre", "paid for the season pass and the skins still aren't unlocked", "Saisonpass
// bezahlt und die Skins sind nicht freigeschaltet", "pagué el pase y las skins no se desbloquean" (round 34's replies).
// Asked as "is that normal", the held-out models read a question. Not a purchase that unlocked at once ("…unlocked
// straight away, love it"), nor a question of when it will ("les bonus se débloquent quand ?"): only the negated
// unlocking. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const PAID_NOT_GIVEN: Record<Lang4, RegExp[]> = {
  en: [/\b(?:paid|bought|purchased) (?:for )?[^.!?]{1,40}\band (?:the |my )?[^.!?]{0,30}\b(?:still )?(?:aren'?t|isn'?t|are not|is not|haven'?t been|hasn'?t been|won'?t|don'?t|doesn'?t|never) (?:been )?(?:unlocked|unlock|activated|activate|showing|show up|credited|delivered|available)\b/],
  fr: [/\b(?:j'ai|on a|nous avons) (?:paye|achete|pris) [^.!?]{1,40}\bet [^.!?]{0,30}\b(?:ne )?(?:sont|est|se sont|s'est) (?:toujours )?pas (?:\w+ )?(?:debloquee?s?|activee?s?|disponibles?|arrivee?s?|credite(?:e|s|es)?)\b/],
  de: [/\b(?:bezahlt|gekauft) und [^.!?]{0,30}\b(?:sind|ist|wurden|wurde) (?:immer noch |noch immer |noch )?(?:nicht|nie) (?:\w+ )?(?:freigeschaltet|aktiviert|verfugbar|gutgeschrieben|da)\b/],
  es: [/\b(?:pague|compre|pagamos|compramos) [^.!?]{1,40}\by [^.!?]{0,30}\bno (?:se )?(?:desbloquean|desbloquea|activan|activa|aparecen|aparece|llegan|llega|estan (?:desbloquead|activad|disponibles))\w*/],
};
