// Cancellation made hard, told as a bare fact (accent-folded), as in round 41: a contract that can be ended only by a
// registered letter, by phone, or in person where no one is ("Kündigung nur per Einschreiben möglich", "solo en persona
// y nunca hay nadie", "uniquement par lettre recommandée", "can only be done by phone"), or a cancellation passed from
// one person or department to the next ("me pasaron con cinco personas distintas", "on m'a renvoyé vers trois services",
// "bounced between four departments"), or a cancel button going round in circles. No trouble word is written; the held-out
// model read a calm account of a process. Not a cancellation asked about ("Can I cancel online or only by phone?": no
// 'only' told as the rule) nor one done with ease ("Kündigung online in zwei Minuten erledigt"). complaints.ts adds them
// to the patterns enough alone, and settledElsewhere reads cancelledWithEase: the same cancellation told as done in a
// few clicks or minutes, with nothing turned ('cancelled in two clicks. Cheers': the 'Cheers' read as sarcasm).
import type { Lang4 } from './stopwords.js';

/**
 * The cancellation named, then within 80 characters ("kündigen? Geht nur per Fax") only one hard way to do it; or the
 * way first, then the cancellation within the sentence.
 */
const onlyWay = (cancel: string, only: string, way: string): RegExp =>
  new RegExp(`\\b(?:${cancel})\\w*\\b[^]{0,80}?\\b(?:${only}) (?:${way})\\b|\\b(?:${only}) (?:${way})\\b[^.!?]{0,30}\\b(?:${cancel})`);

/** A cancellation tried, then passed along a number of people or services. */
const passedAlong = (cancel: string, passed: string, people: string): RegExp =>
  new RegExp(`\\b(?:${cancel})\\w*\\b[^.!?]{0,60}\\b(?:${passed})\\b[^.!?]{0,20}\\b(?:\\d+|two|three|four|five|six|deux|trois|quatre|cinq|six|zwei|drei|vier|funf|sechs|dos|tres|cuatro|cinco|seis) (?:${people})\\b`);

export const HARD_CANCELLATION: Record<Lang4, RegExp[]> = {
  en: [
    onlyWay('cancel|cancell', "(?:can |could |may )?only(?: be)?(?: done| made)?|(?:is|are) only possible", 'by (?:phone|post|letter|registered (?:post|letter)|recorded delivery|fax)|in person|in (?:a|the) (?:store|branch|club)|at (?:my|your|the) (?:home )?(?:club|branch|store)'),
    passedAlong('cancel|cancell', 'bounced|passed|transferred|put through|sent', '(?:different )?(?:people|agents|departments|teams|advisors|numbers)'),
    /\bcancel\w*\b[^.!?]{0,30}\b(?:button|link|page)\b[^.!?]{0,30}\b(?:goes|leads|takes you|sends you) (?:round in circles|in circles|nowhere|back to)\b/,
  ],
  fr: [
    onlyWay('resili|desabonn|desinscri', "(?:possible |faisable )?(?:uniquement|seulement|que)", "par (?:lettre|courrier|telephone|recommande|fax)|en (?:agence|boutique|personne)|sur place"),
    passedAlong('resili|desabonn|annul', "renvoye|renvoyee|transfere|transferee|balade|baladee|passe|passee", '(?:services|personnes|conseillers|interlocuteurs|numeros)(?: differents)?'),
  ],
  de: [
    onlyWay('kundig|abmeld|austritt', '(?:ist )?(?:nur|ausschliesslich|lediglich)', "(?:per|mit|uber) (?:einschreiben|brief|post|fax|telefon)|(?:schriftlich|telefonisch|personlich)|(?:in|vor ort in) (?:der|einer) (?:filiale|geschaftsstelle)|vor ort"),
    passedAlong('kundig|abmeld', 'weitergeleitet|weiterverbunden|verbunden|geschickt', '(?:verschiedenen? )?(?:leute|personen|mitarbeiter\\w*|abteilungen|stellen|nummern)'),
    /\bkundigungs(?:button|knopf|link|seite)\b[^.!?]{0,40}\b(?:im kreis|ins leere|nirgendwo|zuruck (?:zur|auf die) startseite)\b/,
  ],
  es: [
    onlyWay('baja|cancel|anular|darme de baja|darse de baja', '(?:se puede |puedo |es posible )?(?:solo|solamente|unicamente)(?: se puede| es posible| puedes| podes)?', 'en persona|(?:por|con) (?:carta|correo postal|burofax|telefono)|en (?:la )?(?:oficina|tienda|sucursal|recepcion)|presencialmente'),
    passedAlong('baja|cancel|anular', 'pasaron|pasaron con|mandaron|derivaron|transfirieron|pasearon', '(?:personas|agentes|operadores|departamentos|numeros)(?: distint[oa]s| diferentes)?'),
  ],
};

/** A cancellation done, then how easily (within one sentence). */
const DONE_WITH_EASE =
  /\b(?:cancel+ed|cancel+ation|resilie|resiliation|desabonne|gekundigt|kundigung|di de baja|baja|cancele|cancelado)\b[^.!?]{0,40}\b(?:in (?:two|three|2|3|a few) clicks|in (?:under )?(?:a|one|two|2|\d+) minutes?|en (?:deux|trois|2|3|quelques) clics|en (?:\d+|deux|trois) minutes|in (?:zwei|drei|2|3|wenigen) (?:klicks|minuten)|en (?:dos|tres|2|3|un par de) (?:clics|minutos)|(?:super |really |so )?easy|problemlos|sans souci|sin problemas?)\b/;

/** What turns the ease around: a trouble after it, a charge, or a 'but'. */
const EASE_TURNED = /\b(?:but|still|charged|aber|trotzdem|immer noch|abgebucht|mais|toujours|preleve|pero|todavia|siguen|cobr\w+)\b/;

/** Whether the post tells its cancellation done with ease and nothing turned (complaints.ts settledElsewhere). */
export function cancelledWithEase(folded: string): boolean {
  return DONE_WITH_EASE.test(folded) && !EASE_TURNED.test(folded);
}
