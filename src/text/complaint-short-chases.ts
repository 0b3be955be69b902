// A thread reply that is nothing but a chase of the poster's own money or parcel (accent-folded, the whole post): "und
// mein Geld?", "y mi reembolso", "where's my refund tho", "et mon remboursement svp", "wo bleibt mein Geld", or asked
// with "at last" ("wann kommt endlich mein Paket", "when's my refund finally coming", "quand est-ce qu'il arrive enfin
// mon colis", "cuándo llega por fin mi reembolso"). Round 37 gave five such misses: a reply under the brand's post
// carries its whole complaint in three words, with no trouble word for the patterns and too little for the model. Only
// the poster's own money, refund, parcel or order, and only as the whole post or beside "at last": "y mi reembolso ya
// llegó, gracias" tells it came, "wann kommt endlich die neue Staffel" longs for the brand's next thing, and "and my
// replacement then" (a labelled question, no complaint) asks after goods owed for no told fault. complaints.ts adds them
// to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** The whole post, a chase: led by "and"/"where's" or closed by a question mark or a nudge (checked by lookahead). */
function wholeChase(lead: string, nudge: string, owner: string, things: string, tail: string): RegExp {
  return new RegExp(`^(?=.*(?:\\?|\\b(?:${nudge})\\b))(?:${lead})?(?:${owner}) (?:${things})(?: (?:${tail}))*\\s*[?!.]*$`);
}

const EN_THINGS = 'refund|money|cash|parcel|package|order|delivery';
const FR_THINGS = 'remboursement|argent|colis|commande|livraison|avoir';
const DE_THINGS = 'geld|erstattung|ruckerstattung|ruckzahlung|gutschrift|paket|bestellung|lieferung';
const ES_THINGS = 'reembolso|dinero|plata|pedido|paquete|envio|compra|reintegro|devolucion(?: de mi (?:plata|dinero|compra))?';

export const SHORT_CHASES: Record<Lang4, RegExp[]> = {
  en: [
    wholeChase("(?:(?:hi|hey|hello|ok|um|erm|so|and|well)[,.]? )*(?:where(?:'s| is| are) )?", 'and|so|where|tho|though|then|yet', 'my|our', EN_THINGS, 'tho|though|then|pls|please|mate|guys|yet|now'),
    new RegExp(`\\bwhen(?:'s| is| are| will)(?: i get)? (?:my|our) (?:${EN_THINGS}) (?:finally|ever)\\b`),
  ],
  fr: [
    wholeChase("(?:(?:cc|coucou|bonjour|bjr|slt|salut|et|alors|du coup|donc)[,.]? )*(?:(?:ou est|ou en est|ou sont) )?", 'et|alors|ou|donc|du coup|svp|stp', 'mon|ma|mes', FR_THINGS, 'svp|stp|alors|donc|du coup|toujours|quand'),
    new RegExp(`\\bquand\\b[^.!?]{0,30}\\benfin (?:mon|ma|mes) (?:${FR_THINGS})\\b`),
  ],
  de: [
    wholeChase('(?:(?:hallo|hi|und|also|na|naja)[,.]? )*(?:(?:wo bleibt|wo ist|wo sind) )?', 'und|wo|denn', 'mein|meine|unser|unsere', DE_THINGS, 'denn|jetzt|eigentlich|bitte|nun|endlich|mal'),
    new RegExp(`\\bwann\\b[^.!?]{0,25}\\bendlich (?:mein|meine|meinen|unser|unsere|unseren) (?:${DE_THINGS})\\b`),
  ],
  es: [
    wholeChase('(?:(?:hola|buenas|y|bueno|entonces)[,.]? )*(?:(?:donde esta|donde estan|que pasa con|y que pasa con) )?', 'y|donde|pues|entonces', 'mi|mis|la|el', ES_THINGS, 'pues|entonces|por favor|porfa|que|eh'),
    new RegExp(`\\bcuando\\b[^.!?]{0,25}\\bpor fin (?:mi|mis) (?:${ES_THINGS})\\b|\\bcuando (?:llega|me llega|me devuelven|me dan) (?:mi|mis) (?:${ES_THINGS}) por fin\\b`),
  ],
};
