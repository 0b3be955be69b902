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
    'stuck', 'blank$', 'restarts', 'reboot', 'bouncing', 'declined', 'rejected', 'dead$', 'flicker', 'noise', 'smell', 'stink',
    'coince', 'refuse', 'lache', 'clignot', 'bruit', 'odeur', 'abgelehnt', 'aufgegangen', 'flacker', 'gerausch', 'stinkt', 'geruch',
    'rechaz', 'denegad', 'se abrio', 'se rompio', 'atasc', 'parpade', 'ruido', 'olor', 'huele',
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
    'nothing back', 'no update', 'zero update', 'no news', 'no announcement', 'without any', 'without notice', 'hung up', 'no-show',
    'never showed', 'nobody showed', 'silence', 'sans explication', 'sans la moindre', 'sans prevenir', 'raccroch', 'ne repond',
    'repond pas', 'ohne ankundigung', 'ohne erklarung', 'ohne info', 'aufgelegt', 'meldet sich', 'sin explicacion', 'sin avisar',
    'sin aviso', 'colgo', 'no contesta', 'nadie contesta',
  ],
  late: [
    'late$', 'later than', 'delay', 'cancel', 'retard', 'annul', 'verspat', 'storn', 'gestrichen', 'ausgefallen', 'retras', 'suspend',
  ],
  state: [
    'cold', 'damaged', 'dirty', 'wrong', 'rash', 'froid', 'abime', 'mauvais', 'rougeur', 'kalt', 'beschadig', 'falsch', 'flecken',
    'ausschlag', 'fria', 'frio', 'danad', 'equivocad', 'ronchas',
    'itch', 'sick$', 'plaques', 'malade', 'krank', 'picor', 'intoxic', 'vomit', 'stale', 'rassis', 'altbacken', 'rancio',
  ],
  praise: [
    'great', 'brilliant', 'fantastic', 'wonderful', 'love how', 'lovely', 'genial', 'super$', 'bravo', 'top$', 'merci du', 'merci pour',
    'toll$', 'toller$', 'klasse', 'prima', 'danke fur', 'danke auch', 'wow$', 'enhorabuena', 'que bien', 'estupendo', 'gracias por',
    'fab$', 'wonderful', 'amazing', 'stellar', 'well done', 'nice one', 'magnifique', 'formidable', 'chapeau', 'du grand art',
    'merci infiniment', 'bien joue', 'wunderbar', 'herrlich', 'spitze', 'grosses kino', 'gut gemacht', 'maravill', 'fantastic',
    'menudo', 'de lujo', 'un regalazo',
  ],
  // An outage: the service itself gone ("servers down", "sin fibra", "kein Netz").
  outage: [
    'down$', 'outage', 'offline', 'no signal', 'no service', 'no internet', 'no wifi', 'no 4g', 'no 5g', 'cuts out', 'cutting out', 'dropping',
    'disconnect', 'coupure', 'hors service', 'hors ligne', 'pas de reseau', 'plus de reseau', 'plus d\'internet', 'ausfall', 'kein netz',
    'kein internet', 'kein empfang', 'sin fibra', 'sin internet', 'sin cobertura', 'sin senal', 'sin luz', 'caido', 'se desconecta',
    'se corta', 'desconect',
  ],
  // The same trouble over and over ("again", "third time", "schon wieder", "otra vez").
  again: [
    'again', 'yet another', 'once more', 'every time', 'each time', 'in a row', 'third', 'fourth', 'encore$', 'de nouveau', 'a nouveau',
    'une fois de plus', 'chaque fois', 'troisieme', 'quatrieme', 'wieder', 'erneut', 'jedes mal', 'dritte', 'vierte', 'otra vez',
    'de nuevo', 'una vez mas', 'cada vez', 'tercer', 'cuarta$', 'cuarto$',
  ],
  // A question asking for the reason ("why was I charged", "pourquoi", "warum", "por que"): beside trouble, a reproach.
  why: ['why$', 'how come', 'pourquoi', 'comment se fait', 'warum', 'wieso', 'weshalb', 'por que$', 'como es posible'],
  // The price paid, weighed against what came ("premium", "un produit de luxe", "da zahlt man").
  cost: [
    'price', 'paid', 'paying', 'expensive', 'premium', 'luxury', 'prix', 'paye', 'cher$', 'chere$', 'luxe', 'preis', 'bezahlt', 'zahlt',
    'teuer', 'luxus', 'precio', 'pague', 'pagado', 'pagando', 'caro$', 'cara$', 'lujo',
  ],
  // Thanks, sincere or not ("thanks for nothing", "merci", "danke", "gracias").
  thanks: ['thank', 'cheers', 'merci', 'danke', 'dank$', 'gracias'],
};

/** The concepts that name a trouble: praise beside one of them reads as sarcasm. */
const TROUBLE = ['fail', 'wait', 'money', 'missing', 'silence', 'late', 'state', 'outage', 'again'];
const NAMES = Object.keys(CONCEPTS);
interface Node {
  next: Map<string, Node>;
  /** A word start ends here ("bug" in "bugs"), or a whole word ("top" but not "topic"). */
  start: boolean;
  whole: boolean;
}

/** Characters a pattern reads as syntax, escaped in a word start (one character at a time: no pattern per character). */
const SPECIAL = '.*+?^${}()|[]\\';

/**
 * A concept's word starts as one pattern, their shared beginnings written once ("no reply|no replies|no answer" as
 * "no (?:repl(?:y|ies)|answer)"): each word of a post is tried against a few letters, not against every word start of
 * every concept in turn. A trailing "$" asks for the whole word.
 */
function alternation(starts: readonly string[]): string {
  const root: Node = { next: new Map(), start: false, whole: false };
  for (const s of starts) {
    const whole = s.endsWith('$');
    let node = root;
    for (const c of whole ? s.slice(0, -1) : s) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), start: false, whole: false }));
      node = child;
    }
    if (whole) node.whole = true;
    else node.start = true;
  }
  const source = (node: Node): string => {
    // A word start that ends here matches whatever follows: nothing after it needs trying.
    if (node.start) return '';
    const branches = [...node.next].map(([c, child]) => (SPECIAL.includes(c) ? `\\${c}` : c) + source(child));
    if (node.whole) branches.push('(?![a-z])');
    return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  };
  return source(root);
}

/** One scan for every concept: each concept is a capturing group, found at the start of a word. */
const SCAN = new RegExp(`\\b(?:${NAMES.map((n) => `(${alternation(CONCEPTS[n])})`).join('|')})`, 'g');

/**
 * The concept features of a folded post, once each: "k:<concept>" for each concept found, and "k:praise+trouble"
 * when praise comes with a kind of trouble.
 */
export function conceptFeatures(folded: string): string[] {
  const found = conceptsFound(folded, []);
  const out = found.map((c) => `k:${NAMES[c]}`);
  if (found.includes(PRAISE_CONCEPT) && found.some((c) => IS_TROUBLE[c])) out.push('k:praise+trouble');
  return out;
}

/** The concept names in scan order, for conceptsFound's indices. */
export const CONCEPT_NAMES: readonly string[] = NAMES;

/** Index of "praise" in CONCEPT_NAMES. */
export const PRAISE_CONCEPT = NAMES.indexOf('praise');

/** Per index of CONCEPT_NAMES: whether the concept names a trouble. */
export const IS_TROUBLE: readonly boolean[] = NAMES.map((n) => TROUBLE.includes(n));

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
