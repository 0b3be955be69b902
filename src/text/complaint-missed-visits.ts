// A visit booked and nobody came, told as a bare fact (accent-folded): "Engineer booked for 8–12 today, nobody
// showed.", "Technicien attendu ce matin, personne.", "Techniker für 8–12 Uhr angekündigt, keiner gekommen.", "Técnico
// citado de 8 a 12, no vino nadie.", and the same told in three words ("engineer didn't show", "2nd engineer visit
// missed"). Customers write these to care accounts as a timeline with no trouble word, and the
// held-out model reads a booking. Not the visit that came ("Engineer booked for 8-12, turned up at 10 and sorted it")
// nor a booking asked about ahead ("will they ring before coming?"). complaints.ts adds them to the patterns enough
// alone.
import type { Lang4 } from './stopwords.js';

/** The one who was to come, then within the sentence the word that says the visit was booked or awaited. */
const booked = (who: string, when: string): string => `\\b(?:${who})s?\\b[^.!?]{0,50}\\b(?:${when})\\b`;

/** The booking, then within a few words the visit that never happened. */
const missed = (who: string, when: string, nobody: string): RegExp => new RegExp(`${booked(who, when)}[^]{0,60}?\\b(?:${nobody})`);

/** The visit told as not made, without the booking: said of the one who was to come, not of a customer who missed it. */
const NO_SHOW_EN = /\b(?:engineer|technician|installer|fitter)s?(?: (?:visit|appointment))? (?:didn't|did not|never|failed to) (?:show|turn up|come|arrive)\b(?! (?:me|us|how)\b)|\b(?:engineer|technician)(?:'s)? (?:visit|appointment) missed\b/;

export const MISSED_VISITS: Record<Lang4, RegExp[]> = {
  en: [NO_SHOW_EN, missed('engineer|technician|installer|fitter|plumber|electrician', 'booked|due|scheduled|expected|arranged|coming|confirmed',
    "(?:nobody|no one|no-one|noone)(?: (?:showed|came|turned up|arrived|rang|called)\\b|\\s*(?:[.!,]|$))|no show\\b|never (?:came|showed|turned up|arrived)\\b")],
  fr: [missed('technicien|installateur|plombier|electricien|depanneur', 'attendu|prevu|programme|annonce|confirme|cense venir|devait venir|rdv|rendez-vous',
    "personne(?:\\s*(?:[.!,]|$)| n'(?:est|a) (?:venu|passe|appele|sonne)\\b| ne s'est (?:presente|deplace)\\b)|(?:jamais|pas) (?:venu|passe)\\b")],
  de: [missed('techniker|monteur|handwerker|installateur|elektriker', 'angekundigt|angemeldet|gebucht|bestellt|erwartet|termin|bestatigt|kommen sollte|sollte kommen',
    '(?:keiner|niemand) (?:gekommen|da|erschienen|aufgetaucht|hier)\\b|(?:keiner|niemand)\\s*(?:[.!,]|$)|nie (?:gekommen|erschienen|aufgetaucht)\\b')],
  es: [missed('tecnico|instalador|fontanero|electricista', 'citado|cita|programado|previsto|agendado|confirmado|tenia que venir|iba a venir|esperando',
    'no (?:vino|ha venido|aparecio|se presento|llego) nadie\\b|nadie (?:vino|ha venido|aparecio|se presento)\\b|nadie\\s*(?:[.!,]|$)|ni rastro\\b')],
};
