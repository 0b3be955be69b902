// German complaints told as plain facts, with no complaint word (accent-folded): a room not cleaned ("Zimmer bei
// Anreise nicht gereinigt"), money kept or taken anyway or twice ("35 € wurden trotzdem einbehalten", "trotzdem
// nochmal abgebucht"), one item of a pair in the parcel ("nur ein Schuh. Einer."), a machine that takes no cards any
// more ("nimmt keine Scheine mehr an"), a function gone since a change ("kann ich keine Daueraufträge mehr anlegen"),
// damage done while working ("und dabei die Fliesen zerkratzt"), and the wrong dish or item brought ("Statt der
// bestellten Pizza kam…"). The held-out models read no trouble word in them. Not when the rest of the post praises or
// thanks ("doppelt abgebucht, Rückbuchung kam nach 2 Tagen. Toll."), nor asked ahead ("wird der Abschlag trotzdem
// abgebucht?"). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';

const fact = (re: string): RegExp => new RegExp(`(?:${re})${noPraiseLater('de', 'endlich|danke|erstattet|zuruckgebucht|gutgeschrieben|ruckbuchung|glatt|problemlos', '😍|❤|😊')}`);

const DE: RegExp[] = [
  // A room or a flat handed over unclean.
  fact('\\b(?:zimmer|wohnung|bad|kabine|abteil|ferienwohnung|apartment)\\b[^.!?]{0,40}\\bnicht (?:gereinigt|geputzt|sauber gemacht|gesaubert|bezogen)\\b'),
  // Money kept or taken anyway, or taken twice.
  // Not asked ahead ("wird der Abschlag trotzdem abgebucht?"), nor told of a former provider.
  fact('(?<!\\b(?:alte|alter|fruhere|fruherer|vorherige|vorheriger) anbieter hat (?:\\w+ )?)(?:\\btrotzdem (?:\\w+ )?(?:abgezogen|abgebucht|einbehalten|berechnet|kassiert|belastet)\\b|\\b(?:doppelt|zweimal|nochmal|noch einmal|erneut) (?:abgebucht|belastet|berechnet|abgezogen)\\b)(?![^.!?]*\\?)'),
  // One item of a pair, stressed: "nur ein Schuh. Einer."
  fact('\\bnur (?:ein|eine|einen) [\\w-]+\\.\\s*(?:einer|eine|eins|ein|einen)\\b'),
  // A machine or a shop that takes no cards or notes any more.
  fact('\\b(?:nimmt|nehmen|akzeptiert|akzeptieren) (?:keine|kein) [\\w-]+ mehr(?: an)?\\b'),
  // A function gone since a change: "kann ich keine Daueraufträge mehr anlegen".
  fact('\\bkann (?:ich|man) (?:seit\\b[^.!?]{0,30} )?(?:keine|keinen|kein) [\\w-]+ mehr (?:anlegen|freigeben|abschliessen|buchen|bezahlen|uberweisen|offnen|herunterladen|sehen|abrufen|einlosen|hochladen|andern)\\b'),
  // Damage done while working: praise after it is sarcasm ("…den Flur verkratzt. Super Arbeit."), unless the damage
  // was made good ("…aber sofort ersetzt").
  new RegExp('\\b(?:und|aber) dabei (?:den|die|das|meine?n?|unsere?n?)\\b[^.!?]{0,40}\\b(?:verkratzt|zerkratzt|beschadigt|kaputt gemacht|ruiniert|abgebrochen|verschmutzt|eingedellt)\\b(?![^]*\\b(?:ersetzt|ubernommen|erstattet|bezahlt|wieder gut gemacht|kostenlos)\\b)'),
  // The wrong dish or item brought.
  fact('\\bstatt (?:der|des|dem|den) (?:bestellten|gebuchten)\\b[^.!?]{0,40}\\b(?:kam|kamen|gab es|bekam|bekamen|geliefert|gebracht)\\b|\\bbestellt (?:war|hatte ich)\\b[^.!?]{0,60}\\b(?:geliefert wurde|gekommen ist|kam)\\b'),
];

export const GERMAN_REPORTS: Record<Lang4, RegExp[]> = { en: [], fr: [], de: DE, es: [] };
