// A customer of another provider coming over to the brand, telling the other's trouble (accent-folded): "Thinking of
// switching from BrightSky to you lot, their prices went up again. What's the deal on 500mb broadband?", "Estoy con
// TelcoMax y me subieron la tarifa otra vez. Qué ofrecen ustedes para fibra?", "Just spent 90 minutes on hold with my
// old energy supplier … Nightmare. Switched to you last month and the whole thing took ten minutes", "Hab grad 1,5
// Stunden mit meinem alten Stromanbieter telefoniert … eine Katastrophe. Bei euch hat der Wechsel 10 Minuten gedauert".
// Round 36 gave four such false alarms (en, de, es): the price risen, the wait and the "nightmare" are the other's,
// which complaint-elsewhere.ts cannot remove when the competitor goes by its own name or the verdict stands as a
// sentence of its own. Only a post that tells the move to the brand (done or weighed, or the brand's offer asked) and
// names the other side (its name after "from", "my old", "I'm with"); not one whose trouble came with the brand after
// the move ("switched to you … and the connection has dropped every evening since", "jetzt zahle ich doppelt", "desde
// entonces no tengo señal", "depuis la box redémarre") or that names the brand's own things ("your app", "eure
// Rechnung"); an offer asked ("your best deal") names none. complaints.ts settledElsewhere reads it: one sign at most,
// and the model does not speak.

import { gatedTest } from './gated-test.js';

/** The move to the brand, done or weighed, or the brand's offer asked by a customer of another. */
const COMING_OVER =
  /\b(?:switch(?:ed|ing)? (?:over )?(?:from [\w&.-]+ )?to you|mov(?:ed|ing) (?:over )?to you|(?:what|which) (?:deal|offer|plan|tariff)s? (?:do|have|can) you|what's the deal on|passer chez vous|(?:passe|passee) chez vous|vous proposez quoi|zu euch gewechselt|zu euch wechseln|bei euch hat der wechsel|(?:was|welche)\b[^.!?]{0,20}\bbei euch\b|(?:pasarme|me pase|cambiarme|me cambie) (?:a|con) ustedes|que (?:ofrecen|tienen|tarifas tienen) ustedes)\b/;

/** The other side named: a competitor after "from", a former provider, or the one the poster is still with. */
const OTHER_SIDE =
  /\b(?:from [A-Za-z][\w&.-]+ to you|my (?:old|previous|current) (?:\w+ )?(?:supplier|provider|bank|network|operator|company)|their (?:prices|bills?|price)|je suis (?:encore )?chez|mon (?:ancien|actuel) (?:operateur|fournisseur)|(?:meinem|mein|meine) (?:alten?|bisherigen?) (?:\w+)?anbieter|ich bin (?:noch )?bei|estoy con|mi (?:antigua|antiguo|actual) (?:compania|operador|proveedor|banco))\b/;

/** A trouble with the brand after the move, or the brand's own things: the post complains of the brand after all. */
const BRANDS_OWN =
  /\b(?:since|(?:and|but) now|regret\w*|your (?:app|bill|service|network|connection|staff|team|engineers?|router|box|line)|depuis|maintenant|je regrette|(?:vos|votre) (?:appli|factures?|service|reseau|box|conseillers?|ligne)|seitdem|jetzt|bereu\w*|(?:eure[mnrs]?|euer) (?:app|rechnung|service|netz|leitung|hotline|router)|desde entonces|ahora|me arrepiento|(?:vuestr[oa]s?|su|sus) (?:app|factura|servicio|red|linea|router))\b/;

/** Whether the post tells a move to the brand beside another provider's trouble, and none of the brand's own. */
export function comingOver(folded: string): boolean {
  return comesOver(folded) && OTHER_SIDE.test(folded) && !BRANDS_OWN.test(folded);
}

/** COMING_OVER tested only beside one of its required literals (gated-test.ts). */
const comesOver = gatedTest(COMING_OVER);
