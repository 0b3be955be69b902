// A care post counting how often the same status or failure came back (accent-folded; class posts after round 40):
// "4th 'delivery exception' this month", "third week running my delivery slot has been 'rescheduled'", "zum fünften Mal
// diesen Monat „Zustellung nicht möglich“", "3e fois ce mois-ci que mon colis repart en « adresse incomplète »", "por
// cuarta vez este mes 'destinatario ausente'". complaint-counts.ts reads a streak beside a word of something missing;
// here the thing repeated is a status quoted from the tracking page or a delivery changed ("rescheduled",
// "reprogrammé"), which names nothing missing. Not a visit or an order counted in praise ("4th order this month and
// every one arrived early", "3e fois ce mois-ci que je commande, toujours aussi bonne"): no status quoted nor changed,
// and no praise after. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { ORDINAL } from './complaint-timelines.js';
import { noPraiseLater } from './evaluation-words.js';

/** A status quoted, its opening mark after a space or the start (an apostrophe inside a word opens nothing). */
const QUOTED = String.raw`(?:(?:^|\s)'[^'.!?]{3,40}'|"[^".!?]{3,40}"|“[^”.!?]{3,40}”|‘[^’.!?]{3,40}’|«[^».!?]{3,40}»|„[^“.!?]{3,40}“)`;

/** A delivery or booking changed under the poster, named without a quote. */
const CHANGED: Record<Lang4, string> = {
  en: 'rescheduled|postponed|pushed back|bumped|cancell?ed|failed|missed|undeliverable|returned to sender',
  fr: 'reprogramme(?:e|s|es)?|reporte(?:e|s|es)?|decale(?:e|s|es)?|annule(?:e|s|es)?|echoue(?:e|s|es)?|retourne(?:e|s|es)? a l\'expediteur',
  de: 'verschoben|abgesagt|storniert|fehlgeschlagen|nicht moglich|zuruck an (?:den )?absender',
  es: 'reprogramad[oa]s?|aplazad[oa]s?|cancelad[oa]s?|fallid[oa]s?|devuelt[oa]s? al remitente',
};

/** The count: an ordinal time, week or day, this month or running. */
const COUNT: Record<Lang4, string> = {
  en: `\\b${ORDINAL.en} (?:time|week|day|weekend|month|delivery|attempt)s? (?:running|in a row|this (?:week|month|year)|in (?:a|one) (?:week|month))\\b|\\b${ORDINAL.en} ${QUOTED.replace('(?:^|\\s)', '')}`,
  fr: `\\b${ORDINAL.fr} (?:fois|semaine|jour|mois) (?:ce mois-ci|ce mois|cette semaine|cette annee|de suite|d'affilee|consecutive?)\\b`,
  de: `\\bzum (?:zweiten|dritten|vierten|funften|sechsten|zehnten|x-ten|zigsten|\\d+\\.) mal (?:diesen monat|diese woche|dieses jahr|in folge|hintereinander)\\b|\\b${ORDINAL.de} (?:woche|tag|monat) (?:in folge|hintereinander)\\b`,
  es: `\\bpor (?:segunda|tercera|cuarta|quinta|sexta|\\d+(?:a|ª)) vez (?:este mes|esta semana|este ano|seguida|consecutiva)\\b|\\b${ORDINAL.es} (?:semana|vez|dia) (?:seguid[oa]|consecutiv[oa]|este mes)\\b`,
};

const repeated = (l: Lang4): RegExp =>
  new RegExp(`^(?=[^]*(?:${QUOTED}|\\b(?:${CHANGED[l]})\\b))[^]*(?:${COUNT[l]})${noPraiseLater(l, 'finally|enfin|endlich|por fin|thanks|merci|danke|gracias')}`);

export const COUNTED_REPEATS: Record<Lang4, RegExp[]> = {
  en: [repeated('en')],
  fr: [repeated('fr')],
  de: [repeated('de')],
  es: [repeated('es')],
};
