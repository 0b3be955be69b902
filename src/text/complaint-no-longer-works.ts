// German complaints of a machine that no longer does its one job, told with the verb of that job and, often, a
// separable particle at the clause's end (accent-folded): "springt seit Samstag nicht mehr an", "kühlt nicht mehr
// richtig", "hält keinen halben Tag mehr durch", an outage counted ("fällt alle fünf Minuten aus", "schaltet sich
// mitten im Programm dauernd ab", "bricht bei jeder Folge nach zehn Minuten ab", "alle zwei Minuten ausgeloggt"), nothing
// working any more ("Nichts funktioniert mehr"), a battery lasting half as long, and a machine keeping the change ("gibt kein Wechselgeld raus"). The patterns knew
// "funktioniert/geht/läuft nicht mehr" but not the verbs of each machine's job, nor a particle split from its verb by
// the rest of the clause. Not a trouble gone ("stürzt nicht mehr ab", complaint-trouble-gone.ts), nor an outage told
// once ("Das Training fällt wegen des Feiertags aus"), nor the job told as done ("springt sofort an"), nor when the rest
// of the post praises or thanks (the trouble mended). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';

const fact = (re: string): RegExp => new RegExp(`(?:${re})${noPraiseLater('de', 'endlich|danke|repariert|getauscht|ersetzt|behoben|problemlos', '😍|❤|😊|👍')}`);

/** The verbs of a machine's one job. */
const JOB = 'springt|springen|kuhlt|kuhlen|heizt|heizen|ladt|laden|druckt|drucken|spult|spulen|wascht|waschen|startet|starten|bootet|zundet|leuchtet|leuchten|saugt|schleudert|trocknet|pumpt|zieht|bremst|scannt|piept';
/** A stretch of up to four words that holds no negation (a trouble denied is no outage counted). */
const WORDS = '(?: (?!nicht\\b|nie\\b|kaum\\b|kein\\w*\\b)[\\w-]+){0,4}?';
/** How often an outage comes back. */
const OFTEN = 'alle \\S+ (?:minuten|stunden|sekunden|tage)|jeden (?:abend|tag|morgen|mittag|nachmittag)|jede nacht|standig|dauernd|andauernd|immer wieder|taglich|stundlich|mehrmals (?:am|pro|die) (?:tag|stunde|woche)';

const DE: RegExp[] = [
  fact(`\\b(?:${JOB})\\b(?: [\\w-]+){0,4}? (?:gar |uberhaupt )?(?:nicht|nie) mehr\\b`),
  fact('\\bhalt(?:en)?\\b(?: [\\w-]+){0,2}? (?:keinen|keine|kein) (?:halben |ganzen |einzigen )?(?:tag|stunde|woche|nacht|monat|vormittag)\\w* mehr\\b'),
  fact(`\\b(?:fallt|fallen|schaltet sich|schalten sich|bricht|brechen|bleibt|bleiben|friert|frieren|stellt sich|stellen sich)${WORDS} (?:${OFTEN}|bei jede[mrn]? [\\w-]+)${WORDS} (?:aus|ab|hangen|stehen|ein)\\b`),
  // Stuck again and again, told with the particle first: "wenn der Upload ständig hängen bleibt".
  fact(`\\b(?:${OFTEN})${WORDS} hangen (?:bleibt|bleiben|geblieben)\\b`),
  // The outage counted as the post's whole clause: "alle zwei Minuten ausgeloggt".
  fact(`\\b(?:${OFTEN}) (?:ausgeloggt|abgemeldet|abgesturzt|abgebrochen|rausgeflogen|getrennt)\\b`),
  // Nothing works any more ("Nichts funktioniert mehr", "Nix geht mehr"), not nothing beats it ("Nichts geht mehr über…").
  fact('\\b(?:nichts|nix|gar nichts|gar nix) (?:funktioniert|geht|lauft|klappt) (?:mehr|richtig)\\b(?! uber)'),
  // A battery or a part that lasts half as long now: not a price halved ("kostet nur noch halb so viel").
  fact('\\bnur noch (?:halb so lange?|die halfte der zeit)\\b|\\b(?:halt|halten|lauft|reicht)\\b(?: [\\w-]+){0,3}? nur noch (?:halb so lange?|halb so weit)\\b'),
  fact('\\bgibt (?:kein|keine|keinen) (?:wechselgeld|ruckgeld|geld|bon|beleg|quittung|ticket|fahrschein|karte)\\w*(?: mehr)? (?:raus|heraus|aus|zuruck)\\b'),
];

export const NO_LONGER_WORKS: Record<Lang4, RegExp[]> = { en: [], fr: [], de: DE, es: [] };
