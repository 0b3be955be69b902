// A free trial turned into a paid plan without the poster's say, told as a bare fact (accent-folded), as in round 41:
// "Mein Probeabo wurde einfach in ein Jahresabo umgewandelt", "Free trial 'ends' and suddenly I'm on a £14.99 annual
// plan I never chose", "mon essai gratuit s'est transformé tout seul en abonnement annuel", "terminó el mes de prueba y
// me renovaron automáticamente por un año". The trial and the plan or charge it became are the complaint; the model read
// a subscription told calmly. Not a trial asked about ("Free trial ends Friday, do I need to do anything to switch?")
// nor a plan chosen ("Essai gratuit terminé, je passe à l'abonnement annuel avec plaisir"): the plan must be told as
// imposed (turned into, renewed automatically, charged, 'I never chose'). complaints.ts adds them to the patterns
// enough alone.
import type { Lang4 } from './stopwords.js';

/** The trial named, then within the post (up to 90 characters on) what it became or took. */
const turned = (trial: string, became: string): RegExp => new RegExp(`\\b(?:${trial})\\b[^]{0,90}?\\b(?:${became})`);

export const TRIAL_TURNED_PAID: Record<Lang4, RegExp[]> = {
  en: [
    turned(
      'free trial|trial period|trial month|trial week|\\d+-day (?:free )?trial',
      "(?:rolled|turned|converted|switched|upgraded) (?:me )?(?:\\w+ )?(?:in)?to (?:a |an )?(?:paid|annual|yearly|monthly|full|premium)|auto-?renew\\w*|renewed (?:itself|automatically)|(?:charged|billed|took|debited)(?: me)? (?:£|\\$|€|\\d)|(?:plan|subscription) i (?:never|didn'?t) (?:chose|choose|agree|ask|sign)|never agreed to",
    ),
  ],
  fr: [
    turned(
      "essai gratuit|periode d'essai|mois d'essai|offre d'essai",
      "(?:s'est )?(?:transforme|converti|change)e? (?:tout seul |automatiquement )?en (?:un )?abonnement|renouvele\\w* (?:tout seul|automatiquement)|(?:preleve|debite|facture)s?\\b[^.!?]{0,25}\\bsans (?:aucun |prevenir|mon accord|rien demander)|\\d+(?:[.,]\\d+)? ?(?:€|euros?) (?:preleves?|debites?)",
    ),
  ],
  de: [
    turned(
      'probeabo|testabo|probemonat|testmonat|testphase|probezeit|gratis-?abo|kostenlose[nr]? test',
      '(?:in|zu) (?:ein(?:em)?|das) (?:jahres|voll|premium|bezahl)\\w*\\s?(?:umgewandelt|umgestellt|verlangert)|automatisch (?:verlangert|umgewandelt|umgestellt)|(?:umgewandelt|umgestellt) (?:in|zu) (?:ein(?:em)? )?(?:jahres|voll|bezahl)|\\d+(?:[.,]\\d+)? ?(?:€|euro)\\b[^.!?]{0,30}\\b(?:abgebucht|berechnet|eingezogen)|ohne (?:jede |eine |vorherige )?(?:erinnerung|vorwarnung|nachfrage)',
    ),
  ],
  es: [
    turned(
      'prueba gratis|prueba gratuita|periodo de prueba|mes de prueba|mes gratis',
      'se (?:convirtio|transformo|paso) (?:sola |solo |automaticamente )?en (?:una )?(?:suscripcion|plan|cuota)|me (?:renovaron|renueva|renovo) (?:automaticamente|sola|solo|sin avisar)|renovo (?:sola|automaticamente)|me (?:cobraron|cobro|cargaron|cargo)\\b[^.!?]{0,30}\\bsin (?:avisar|preguntar|permiso)',
    ),
  ],
};
