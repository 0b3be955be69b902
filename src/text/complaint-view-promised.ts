// A view booked and the view got (accent-folded): "Zimmer laut Buchung mit Seeblick. Seeblick = Parkplatz", "Das
// 'Meerblick-Zimmer' hatte Blick auf die Mülltonnen", "Paid an extra $60 a night for 'reef view' and the view is the car
// park", "la chambre « vue mer » donnait sur le parking", "nos cobraron habitación con vista al mar y nos dieron una con
// vista al muro del parking". Twelve held-out misses over the folds, in all four languages: no trouble word, often told
// with a joke ("Zumindest konnte ich mein Auto im Auge behalten"), so the model reads a hotel review. Only a promised
// view then a view onto a car park, bins, a wall or a yard; not both named apart ("Sea view room was stunning, and the
// car park out back was free too"), nor a quiet courtyard asked for, nor a question ("Gibt es Zimmer mit Seeblick, oder
// gehen alle auf den Parkplatz?"). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** The view the room was sold with, then within a few sentences the view it had, not asked in the same clause. */
const viewGot = (promised: string, got: string): RegExp => new RegExp(`(?:${promised})[^]{0,160}?(?:${got})(?![^.!?,]*\\?)`);

const EN = viewGot(
  "\\b(?:sea|ocean|lake|reef|river|mountain|garden|harbou?r|beach|bay|marina)[ -]views?\\b",
  "\\b(?:views? (?:is|was) (?:of )?|views? (?:of|onto) |looks? (?:straight |right |directly )?(?:on ?to|out on|at) |looked (?:straight |right )?(?:on ?to|out on|at) |overlook(?:s|ed|ing)? |fac(?:es|ed|ing) |view: )(?:the |a |an |some )?(?:[\\w-]+ ){0,2}?(?:car ?park|parking(?: lot| garage)?|bins?|dumpsters?|wall|building site|construction site|motorway|highway|alley|air ?con units?|roofs?)\\b",
);

const FR = viewGot(
  "\\bvue (?:sur (?:la |le |l')?)?(?:mer|lac|ocean|montagnes?|port|plage|riviere|fleuve)\\b",
  "(?:\\bvue sur|\\bdonn(?:e|ait|ent|aient) sur|\\bface (?:au|a la|aux))(?: le| la| les| l'| un| une| des)? ?(?:[\\w'-]+ ){0,2}?(?:parking|stationnement|murs?|poubelles|chantier|autoroute|rocade|arriere-cour|voie ferree|toits?)\\b",
);

const DE = viewGot(
  '(?:\\b|-)(?:see|meer|berg|alpen|fluss|hafen|strand)blick\\b|\\bblick (?:auf|aufs) (?:den |das |die )?(?:see|meer|berge|alpen)\\b',
  '(?:\\bblick (?:auf|aufs)|\\baussicht auf|= ?|\\bgeht (?:direkt |nur )?(?:auf|zum|zur))(?: den| die| das| einen| eine| ein)? ?(?:[\\w-]+ ){0,2}?(?:parkplatz|parkplatze|parkhaus|hinterhof|hauswand|wand|mauer|mulltonnen|mullcontainer|baustelle|autobahn|gleise|lichtschacht|dach)\\b',
);

const ES = viewGot(
  '\\bvistas? (?:al|a la|a las|a los|del|de la) (?:mar|lago|montana|montanas|playa|rio|puerto|sierra|bahia)\\b',
  '(?:\\bvistas? (?:al|a la|a las|a los|a un|a una)|\\bque da(?:ba|n)? (?:al|a la|a las|a los|a un|a una)|\\bdaba (?:al|a la|a un|a una)|\\bvista:)(?: el| la| los| las| un| una)? ?(?:[\\w-]+ ){0,3}?(?:parking|estacionamiento|aparcamiento|muro|pared|patio interior|autopista|obras?|contenedores|basura|azotea|callejon)\\b',
);

export const VIEW_PROMISED: Record<Lang4, RegExp[]> = { en: [EN], fr: [FR], de: [DE], es: [ES] };
