// Concepts for the complaint model: a few kinds of trouble (a failure, a wait, money taken, something missing, no
// answer, a delay or cancellation, a bad state) and praise words, each a list of word starts in fr, en, de and es.
// The model (complaint-model.ts) reads a concept as one feature whatever the language or word that says it, so what it
// learnt from "kaputt" also counts for "roto" and "fendu", and praise next to trouble ("Génial, le site bug", "Great,
// another delay") reads as sarcasm rather than praise.

/** Word starts of each concept, on folded text (lower case, accents removed); "$" at the end: the whole word only. */
const CONCEPTS: Record<string, readonly string[]> = {
  fail: [
    'broke', 'crash', 'bug', 'faulty', 'defect', 'not working', 'stopped working', 'doesn\'t work', 'won\'t', 'falls over', 'keeps ',
    'leak', 'crack', 'froze', 'freez', 'error', 'casse', 'en panne', 'plantage', 'ca plante', 'qui plante', 'site plante', 'appli plante', 'application plante', 'plante encore', 'plante tout', 'ne marche', 'marche pas', 'fendu',
    'fissur', 'fuit', 'bloque', 'kaputt', 'sturzt', 'absturz', 'funktioniert nicht', 'gebroch', 'undicht',
    'hangt', 'roto$', 'rota$', 'estropead', 'averia', 'no funciona', 'se cae', 'se cierra', 'pierde agua', 'gotea',
  ],
  wait: [
    'still', 'waiting', 'been waiting', 'on hold', 'toujours pas', 'toujours aucun', 'toujours rien', 'attends', 'attente', 'ca fait',
    'depuis', 'immer noch', 'noch immer', 'nach wie vor', 'warte', 'seit$', 'todavia', 'sigo sin', 'sigue sin', 'esperando', 'llevo',
    'desde',
  ],
  money: [
    'charged', 'overcharg', 'billed', 'debit', 'refund', 'fee$', 'fees$', 'rembours', 'preleve', 'prelev', 'factur', 'frais', 'abgebucht',
    'erstattung', 'gebuhr', 'cobr', 'reembols', 'cargo', 'comision', 
  ],
  missing: [
    'missing', 'lost', 'never arrived', 'never came', 'never turned up', 'manque', 'perdu', 'jamais recu', 'jamais venu', 'fehlt',
    'fehlen', 'verloren', 'nie angekommen', 'nicht angekommen', 'falta', 'perdid', 'nunca llego', 'nunca vino', 'no ha llegado',
  ],
  silence: [
    'nobody', 'no one', 'no reply', 'no replies', 'no answer', 'no response', 'ignor', 'personne', 'aucune reponse',
    'sans reponse', 'aucune nouvelle', 'niemand', 'keine antwort', 'keine info', 'keine reaktion', 'nadie', 'sin respuesta',
    'ni caso', 'no contestan', 'aucune info',
  ],
  late: [
    'late$', 'later than', 'delay', 'cancel', 'retard', 'annul', 'verspat', 'storn', 'gestrichen', 'ausgefallen', 'retras', 'suspend',
  ],
  state: [
    'cold', 'damaged', 'dirty', 'wrong', 'rash', 'froid', 'abime', 'mauvais', 'rougeur', 'kalt', 'beschadig', 'falsch', 'flecken',
    'ausschlag', 'fria', 'frio', 'danad', 'equivocad', 'ronchas',
  ],
  praise: [
    'great', 'brilliant', 'fantastic', 'wonderful', 'love how', 'lovely', 'genial', 'super$', 'bravo', 'top$', 'merci du', 'merci pour',
    'toll$', 'toller$', 'klasse', 'prima', 'danke fur', 'danke auch', 'wow$', 'enhorabuena', 'que bien', 'estupendo', 'gracias por',
  ],
};

const TROUBLE = Object.keys(CONCEPTS).filter((c) => c !== 'praise');
const NAMES = Object.keys(CONCEPTS);
/** A word start as a pattern; a trailing "$" asks for the whole word ("top" but not "topic"). */
const escape = (s: string): string => {
  const whole = s.endsWith('$');
  const body = (whole ? s.slice(0, -1) : s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return whole ? `${body}(?![a-z])` : body;
};
/** One scan for every concept: each concept is a capturing group, found at the start of a word. */
const SCAN = new RegExp(`\\b(?:${NAMES.map((n) => `(${CONCEPTS[n].map(escape).join('|')})`).join('|')})`, 'g');

/**
 * The concept features of a folded post, once each: "k:<concept>" for each kind of trouble or praise found, and
 * "k:praise+trouble" when praise comes with trouble.
 */
export function conceptFeatures(folded: string): string[] {
  const found = new Set<string>();
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(folded); m; m = SCAN.exec(folded)) {
    for (let g = 1; g <= NAMES.length; g++) {
      if (m[g] !== undefined) {
        found.add(NAMES[g - 1]);
        break;
      }
    }
  }
  const out = [...found].map((c) => `k:${c}`);
  if (found.has('praise') && TROUBLE.some((t) => found.has(t))) out.push('k:praise+trouble');
  return out;
}

/** The concept names in scan order, for conceptsFound's indices. */
export const CONCEPT_NAMES: readonly string[] = NAMES;

/** Index of "praise" in CONCEPT_NAMES; every other concept is a kind of trouble. */
export const PRAISE_CONCEPT = NAMES.indexOf('praise');

/**
 * The concepts of a folded post as indices into CONCEPT_NAMES, once each, in the order conceptFeatures lists them
 * (its "k:praise+trouble" aside): the model scores them without building feature names. `into` is cleared first.
 */
export function conceptsFound(folded: string, into: number[]): number[] {
  into.length = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(folded); m; m = SCAN.exec(folded)) {
    for (let g = 1; g <= NAMES.length; g++) {
      if (m[g] !== undefined) {
        if (!into.includes(g - 1)) into.push(g - 1);
        break;
      }
    }
  }
  return into;
}
