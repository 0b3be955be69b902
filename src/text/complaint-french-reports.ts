// French complaints told as plain facts, with no complaint word (accent-folded): the wrong item received ("reçu une
// taille 38 au lieu d'une 40"), a renewal or a charge after a cancellation ("renouvelé le 1er alors que j'avais
// résilié"), a charge taken twice ("deuxième prélèvement ce mois-ci", "prélevée deux fois"), a product gone off ("a
// tourné, il sent le vinaigre"), a line cut for no reason ("forfait coupé sans raison"), a parcel left soaked ("la boîte
// est toute trempe", Québec), one desk open for a queue ("un seul agent pour toute la file"), a failure told again
// ("Encore un train supprimé", "encore une collecte oubliée") and a visit that never came ("le technicien n'est jamais
// venu"). The held-out models read no trouble word in them. Not when the rest of the post praises ("reçu un pull bleu
// au lieu du vert, mais il me plaît encore plus", "remboursement du double prélèvement reçu en deux jours, merci",
// "encore un concert complet en dix minutes"). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';

/** Words that make the fact a pleasant surprise or a trouble solved, beyond the praise vocabulary. */
const GLAD = "plait|plaisir|je le garde|je la garde|encore mieux|rembourse|remboursee|remboursement|rectifie|corrige|nickel|merci|bravo|assurez|rentre dans l'ordre|au temps pour moi";

const fact = (re: string): RegExp => new RegExp(`(?:${re})${noPraiseLater('fr', GLAD, '😍|❤|😄|😊')}`);

const FR: RegExp[] = [
  // The wrong item: received or delivered, then "instead of" what was ordered.
  fact("\\b(?:recu|recue|recus|livre|livree|livres|envoye|envoyee|eu)\\b[^.!?]{0,60}\\bau lieu (?:d'une?|du|de la|des|de l')\\b"),
  // A renewal or a charge though the poster had cancelled.
  fact("\\b(?:renouvelee?s?|reconduite?s?|prelevee?s?|facturee?s?|debitee?s?)\\b[^.!?]{0,80}\\balors (?:que|qu')\\s?(?:j'avais|j'ai|nous avions|on avait|on a|je l'avais|je l'ai) (?:bien )?(?:resilie|annule|rendu|renvoye|retourne)\\b"),
  // A charge taken twice.
  fact('\\b(?:deuxieme|2e|second|double) prelevement\\b|\\b(?:prelevee?s?|debitee?s?|facturee?s?) deux fois\\b'),
  // A product gone off.
  fact("\\b(?:a|avait) (?:deja )?tourne\\b(?=[^.!?]{0,40}\\b(?:sent|odeur|gout|rance|aigre|vinaigre))|\\bsent (?:le |la )?(?:rance|vinaigre|moisi|l'egout|le renferme|le chien mouille)\\b"),
  // A line, an account or a card cut for no reason.
  fact('\\b(?:coupee?s?|suspendue?s?|bloquee?s?|desactivee?s?|resiliee?s?) sans (?:aucune )?(?:raison|prevenir|preavis|explication|motif)\\b'),
  // A parcel left soaked.
  fact("\\b(?:colis|boite|paquet|carton|livraison|courrier)\\b[^.!?]{0,60}\\b(?:toute? |tout )?(?:detrempee?s?|trempee?s?|trempe|mouillee?s?)\\b"),
  // A failure told again with "encore un…", and a visit or a delivery that never came.
  fact("\\bencore (?:un|une) (?:[\\w'-]+ ){1,4}(?:supprimee?|annulee?|oubliee?|loupee?|ratee?)\\b|\\b(?:n'est|ne sont|n'est toujours|ne sont toujours) jamais (?:venue?s?|arrivee?s?|passee?s?)\\b|\\b(?:technicien|livreur|plombier|installateur|electricien|expert|depanneur|chauffeur)s? (?:n'est |ne sont |est |sont )?(?:toujours |jamais )?pas (?:venue?s?|passee?s?)\\b"),
  // On hold, the wait counted (round 33's missed complaint: "Ça fait 40 min que je suis en attente au 3900").
  fact("\\b(?:ca fait|depuis) (?:\\d+|une|deux|trois) ?(?:min|mn|minutes|h|heures?)\\b[^.!?]{0,25}\\ben attente\\b|\\ben attente depuis (?:\\d+|une|deux|trois) ?(?:min|mn|minutes|h|heures?)\\b"),
  // One desk or till open for everyone.
  fact("\\bun(?:e)? seule? (?:caisse|guichet|agent|caissiere?|personne|vendeuse|vendeur|serveuse|serveur) (?:ouverte?s? )?pour (?:toute|tout|tous|toutes)\\b"),
];

export const FRENCH_REPORTS: Record<Lang4, RegExp[]> = { en: [], fr: FR, de: [], es: [] };
