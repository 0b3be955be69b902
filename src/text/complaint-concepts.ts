// Concepts for the complaint model: a few kinds of trouble (a failure, a wait, money taken, something missing, no
// answer, a delay or cancellation, a bad state, a poor verdict, a price risen, the trouble blamed on the poster or on
// no one) and praise words, each a list of word
// starts in fr, en, de and es; the shapes of amounts, spans and reference numbers; and the faces a post carries
// (sarcasm's eye-roll, a joke's laughter).
// The model (complaint-model.ts) reads a concept as one feature whatever the language or word that says it, so what it
// learnt from "kaputt" also counts for "roto" and "fendu", and praise next to trouble ("Génial, le site bug", "Great,
// another delay") reads as sarcasm rather than praise.
import { literalIds, scanLiterals } from './regex-union.js';

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
    'surcharge', 'extra charge', 'admin fee', 'supplement', 'aufpreis', 'aufschlag', 'zuschlag', 'recargo', 'suplemento',
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
    'lukewarm', 'tepid', 'tiede', 'lauwarm', 'tibi', 'undercooked', 'pas cuit', 'roh$', 'crud', 'soggy', 'detrempe', 'matschig',
    'pappig', 'aguad', 'scratched', 'raye', 'zerkratzt', 'rayad', 'dented', 'cabosse', 'verbeult', 'eingedellt', 'abollad',
    'mould', 'moldy', 'moisi', 'schimmel', 'moho', 'expired', 'perime', 'abgelaufen', 'caducad',
  ],
  praise: [
    'great', 'brilliant', 'fantastic', 'wonderful', 'love how', 'lovely', 'genial', 'super$', 'bravo', 'top$', 'merci du', 'merci pour',
    'toll$', 'toller$', 'klasse', 'prima', 'danke fur', 'danke auch', 'wow$', 'enhorabuena', 'que bien', 'estupendo', 'gracias por',
    'fab$', 'wonderful', 'amazing', 'stellar', 'well done', 'nice one', 'magnifique', 'formidable', 'chapeau', 'du grand art',
    'merci infiniment', 'bien joue', 'wunderbar', 'herrlich', 'spitze', 'grosses kino', 'gut gemacht', 'maravill', 'fantastic',
    'menudo', 'de lujo', 'un regalazo',
  ],
  // A verdict of excellence given sincerely ("Un 10", "un crack", "hats off", "Hut ab", "au top"): unlike praise words, it
  // is seldom said in sarcasm, so it is no part of "praise+trouble" — a trouble told and solved, then praised.
  kudos: [
    '10/10', 'ten out of ten', 'five stars', '5 stars', 'hats off', 'lifesaver', 'life saver', 'legend$', 'legends$', 'hero$',
    'heroes', 'above and beyond', 'highly recommend', 'cant fault', 'can\'t fault', 'spot on', '5 etoiles', 'cinq etoiles',
    'au top', 'nickel$', 'je recommande', 'sauve la vie', 'rien a redire', 'hut ab', 'funf sterne', 'sehr zufrieden',
    'volle punktzahl', 'empfehlenswert', 'lebensretter', 'nichts auszusetzen', 'un 10$', 'un diez', 'de 10$', 'de diez',
    'un crack', 'unos cracks', 'un genio', 'unos genios', 'un sol$', 'da gusto', 'obra maestra', 'un lujo', 'heroe', 'cinco estrellas',
    'lo recomiendo', 'nada que decir',
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
    'cost$', 'costs$', 'charging', 'coute', 'coutent', 'kostet', 'kosten$', 'cuesta', 'cuestan', 'cobran',
  ],
  // Thanks, sincere or not ("thanks for nothing", "merci", "danke", "gracias").
  thanks: ['thank', 'cheers', 'merci', 'danke', 'dank$', 'gracias'],
  // A plain verdict of poor quality, no trouble word needed ("immonde", "a disaster", "unerträglich", "un asco").
  bad: [
    'awful', 'terrible', 'horrible', 'dreadful', 'useless', 'rubbish', 'disaster', 'trash', 'garbage', 'unbearable', 'pathetic',
    'disgusting', 'gross$', 'worst', 'joke$', 'a mess', 'shambles', 'appalling', 'shocking', 'rude', 'unacceptable', 'ridiculous',
    'insane$', 'nightmare', 'disgrace', 'shame', 'immonde', 'nul$', 'nulle', 'lamentable', 'honte', 'honteu', 'scandale', 'scandaleu',
    'inadmissible', 'inacceptable', 'insupportable', 'catastroph', 'pire', 'degueu', 'degout', 'impoli', 'minable', 'pitoyable',
    'n\'importe quoi', 'schrecklich', 'furchtbar', 'katastroph', 'unertraglich', 'frechheit', 'zumutung', 'mies', 'schlecht', 'ekelhaft',
    'eklig', 'unverschamt', 'armselig', 'lacherlich', 'skandal', 'unmoglich', 'peinlich', 'schande', 'unterirdisch', 'asco', 'fatal$',
    'pesim', 'desastre', 'insoportable', 'vergonz', 'verguenza', 'inaceptable', 'ridicul', 'estafa', 'timo', 'malisim', 'peor', 'penoso',
    'una mierda', 'mal ahi', 'cutre', 'impresentable', 'rip off', 'ripoff', 'rip-off', 'daylight robbery', 'scam$', 'arnaque',
    'escroquer', 'abzocke', 'abgezockt', 'wucher', 'nepp', 'clavada', 'atraco', 'robo$',
  ],
  // The trouble blamed on the poster or cleared from the brand ("mein Fehler", "culpa mía", "not your fault",
  // "nada que reprocharles"): a near miss, whatever trouble words it tells (complaint-own-fault.ts).
  blame: [
    'my fault', 'my bad', 'my mistake', 'my own fault', 'user error', 'silly me', 'by mistake', 'accidentally', 'ma faute',
    'mea culpa', 'mon erreur', 'par megarde', 'mein fehler', 'meine schuld', 'selber schuld', 'selbst schuld', 'ich depp',
    'ich idiot', 'aus versehen', 'culpa mia', 'mi culpa', 'error mio', 'soy un desastre', 'me equivoque', 'sin querer',
    'not your fault', 'not a complaint', 'pas votre faute', 'pas de votre faute', 'vous n\'y etes pour rien', 'nicht euer fehler',
    'nicht eure schuld', 'dafur konnt', 'dafur konnen sie', 'kein vorwurf', 'keine kritik', 'no es culpa', 'nada que reprochar',
    'no es queja', 'no es una queja',
  ],
  // Someone asked who chose a change ("who approved this", "qui a validé", "wer hat sich das ausgedacht", "¿a quién se le
  // ocurrió?"): a reproach of a decision, or, beside praise, a joke.
  chooser: [
    'who decided', 'who approved', 'who designed', 'who thought', 'who came up', 'whoever decided', 'whoever thought', 'whose idea',
    'who signed off', 'qui a valide', 'qui a decide', 'qui a dessine', 'qui a pense', 'qui a eu l\'idee', 'qui a concu', 'qui a choisi',
    'a decide de', 'ausgedacht', 'freigegeben', 'wer plant', 'wer entscheidet', 'wer hat entschieden', 'wer hat das', 'quien diseno',
    'quien decidio', 'quien aprobo', 'quien penso', 'se le ocurrio', 'se le ocurre', 'quien fue el genio',
  ],
  // A person asked for, or someone who reads ("a human", "un humain", "mit einem Menschen", "una persona real", "does
  // anyone read"): the poster cannot reach the brand.
  human: [
    'a human', 'real person', 'actual person', 'real human', 'actually read', 'anyone read', 'anybody read', 'un humain',
    'une vraie personne', 'un etre humain', 'lit vraiment', 'lisez vraiment', 'mensch$', 'menschen', 'irgendwer', 'un humano',
    'persona real', 'persona de verdad', 'lee las', 'lee los', 'lee estos', 'leen los', 'leen las',
  ],
  // A day or a month named ("since March", "seit Montag", "écrit en janvier", "iba para el martes"): beside a wait or
  // today's date, a wait told as dates.
  when: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi',
    'vendredi', 'samedi', 'dimanche', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'lunes',
    'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'january', 'february', 'march$', 'april', 'june$', 'july$',
    'august', 'september', 'october', 'november', 'december', 'janvier', 'fevrier', 'mars$', 'avril', 'mai$', 'juin$',
    'juillet', 'aout$', 'septembre', 'octobre', 'novembre', 'decembre', 'januar', 'februar', 'marz$', 'juni$', 'juli$',
    'oktober', 'dezember', 'enero', 'febrero', 'marzo', 'abril', 'mayo$', 'junio', 'julio', 'agosto', 'septiembre',
    'octubre', 'noviembre', 'diciembre',
  ],
  // Today's date set against another, or a date promised ("today is", "nous sommes", "heute ist", "hoy es", "was meant
  // to be", "devait", "sollte", "iba para").
  now: [
    'today is', 'today it', 'it\'s now', 'its now', 'it is now', 'now it\'s', 'we\'re now', 'by now', 'meant to be', 'supposed to',
    'was due', 'promised', 'nous sommes', 'on est le', 'on est en', 'on est lundi', 'on est mardi', 'on est mercredi',
    'on est jeudi', 'on est vendredi', 'on est samedi', 'on est dimanche', 'aujourd\'hui on', 'devait', 'prevu', 'promis',
    'heute ist', 'heute haben', 'wir haben jetzt', 'inzwischen', 'mittlerweile', 'sollte', 'versprochen', 'hoy es', 'hoy ya',
    'ya es', 'estamos a', 'estamos en', 'iba para', 'era para', 'prometi', 'previsto',
  ],
  // Disbelief thrown at the brand ("seriously", "come on", "voyons donc", "on est où là", "echt jetzt", "venga ya"):
  // beside a price, a price reproached.
  scoff: [
    'seriously', 'come on', 'are you kidding', 'you\'re kidding', 'having a laugh', 'taking the piss', 'who do you think',
    'you must be joking', 'are you serious', 'give me a break', 'you\'re joking', 'serieux', 'serieusement', 'voyons',
    'c\'est une blague', 'on est ou', 'abuse', 'vous foutez', 'se moque', 'vous moquez', 'sans rire', 'c\'est donne',
    'ernsthaft', 'im ernst', 'echt jetzt', 'wahnsinn', 'ein witz', 'geht\'s noch', 'gehts noch', 'spinnt ihr', 'noch zu retten',
    'nicht euer ernst', 'en serio', 'venga ya', 'me estas', 'me tomais', 'nos tomais', 'no puede ser', 'es broma', 'de broma',
    'vaya tela', 'manda narices', 'no me jodas', 'que cara',
  ],
  // Irony said without a trouble word ("cheers for that", "just what I needed", "so much for", "trop aimable", "als
  // ob", "qué detalle"): beside a price, sarcasm about it.
  irony: [
    'just what i needed', 'exactly what i needed', 'so much for', 'what a treat',
    'what could go wrong', 'surprise surprise', 'who knew', 'said no one', 'as if', 'love that', 'nice touch', 'trop aimable',
    'trop sympa', 'sympa$', 'quelle surprise', 'pile ce qu', 'comme si', 'c\'est beau', 'tant mieux', 'na super', 'na toll',
    'na klasse', 'lauft bei euch', 'gratuliere', 'applaus', 'als ob', 'so viel zu', 'wie nett', 'sehr nett', 'que detalle',
    'que detallazo', 'como si', 'justo lo que', 'que considerad', 'que amables', 'menos mal',
  ],
  // A letdown said softly or given up on ("expected more", "meh", "bof", "pas terrible", "naja", "ich geb auf",
  // "normalito", "pues nada", "prefer the old one").
  resigned: [
    'expected more', 'expected better', 'not impressed', 'meh$', 'not great', 'not the best', 'bit disappoint', 'underwhelm',
    'i give up', 'whatever$', 'preferred the old', 'prefer the old', 'used to be better', 'was better before', 'bof$', 'mouais',
    'pas terrible', 'pas top', 'decu', 'decevant', 'tant pis', 'j\'abandonne', 'laisse tomber', 'c\'etait mieux', 'je prefere l\'ancien',
    'je preferais', 'naja', 'geht so', 'enttausch', 'ich geb', 'gebe auf', 'war besser', 'fruher war', 'schade$', 'normalito',
    'no me convencio', 'esperaba mas', 'decepcion', 'pues nada', 'me rindo', 'prefiero el de antes', 'antes era mejor', 'una pena',
    'me quedo con el', 'ni fu ni fa',
  ],
  // More paid for less: prices up, portions smaller ("twice as much", "plus cher", "doppelt so hoch", "subió un 40%").
  rise: [
    'smaller', 'shrunk', 'shrink', 'more expensive', 'price hike', 'prices up', 'went up', 'gone up', 'up 0', 'doubled', 'tripled',
    'twice as', 'plus petit', 'plus cher', 'augment', 'hausse', 'a double', 'kleiner', 'teurer', 'gestiegen', 'erhoht', 'doppelt so',
    'verdoppelt', 'mas pequen', 'mas caro', 'subio', 'subieron', 'subida', 'aumento', 'el doble', 'el triple', 'triple$',
  ],
};

/**
 * Shapes of the folded text that no word says: a percentage, an amount of money, a span of time, a long reference
 * number (an order, a ticket) — what a report of a price rise, a charge or a wait is written with.
 */
const SHAPES: ReadonlyArray<[string, RegExp]> = [
  ['percent', /\d\s?%/],
  ['amount', /[€$£]\s?\d|\d\s?(?:€|\$|£|eur|euro|dollar|pesos?|chf)\b/],
  [
    'span',
    /\b\d+\s?(?:h|hrs?|hours?|min|mins|minutes?|days?|weeks?|months?|jours?|heures?|semaines?|mois|std|stunden?|tagen?|wochen?|monaten?|minuten?|dias?|horas?|semanas?|meses|minutos?)\b/,
  ],
  ['reference', /\b[a-z]{0,4}\d{5,}\b/],
];

/**
 * Faces the folded text has lost, read on the post as written: eye-rolls, anger and mock applause (sarcasm's mark),
 * laughter, hearts and thumbs (a joke or thanks), sadness — each mood with its code points.
 */
const MOODS: ReadonlyArray<[string, readonly number[]]> = [
  ['annoyed', [0x1f644, 0x1f612, 0x1f620, 0x1f621, 0x1f624, 0x1f92c, 0x1f611, 0x1f643, 0x1f44f]],
  [
    'happy',
    [0x1f602, 0x1f923, 0x1f605, 0x1f606, 0x1f60d, 0x2764, 0x1f970, 0x1f64f, 0x1f389, 0x1f44d, 0x1f60a, 0x1f618, 0x1f49a, 0x1f499, 0x1f49b, 0x1f9e1, 0x1f49c],
  ],
  ['sad', [0x1f622, 0x1f62d, 0x1f61e, 0x1f61f, 0x1f629, 0x1f62b, 0x1f614, 0x1f615, 0x2639, 0x1f641]],
];

/** The mood (index in MOODS) of each face's code point. */
const MOOD_OF = new Map<number, number>(MOODS.flatMap(([, points], i) => points.map((p): [number, number] => [p, i])));

/** The concepts that name a trouble: praise beside one of them reads as sarcasm. */
const TROUBLE = ['fail', 'wait', 'money', 'missing', 'silence', 'late', 'state', 'outage', 'again'];
const WORD_CONCEPTS = Object.keys(CONCEPTS);
const NAMES = [...WORD_CONCEPTS, ...SHAPES.map(([name]) => name), ...MOODS.map(([name]) => name)];

/**
 * Concepts that mean more together than apart, each a feature of its own ("k:<name>") when one concept of the first
 * list and one of the second are both found: a wait told as dates ("seit März", "Lo contraté el jueves… Hoy es
 * martes"), a price mocked with praise or thanks ("Merci pour la petite augmentation de 18 %") or met with disbelief
 * ("$9 for a flat white? Who do you think you are?") or irony ("so much for fair pricing").
 */
const COMBO_LISTS: ReadonlyArray<[string, readonly string[], readonly string[]]> = [
  ['when+wait', ['when'], ['wait', 'now']],
  ['praise+price', ['praise', 'thanks', 'irony'], ['rise', 'amount', 'percent', 'money']],
  ['scoff+price', ['scoff'], ['rise', 'amount', 'percent', 'money', 'cost']],
];
/**
 * The concepts' word starts as literals of the scan the pattern groups share (regex-union.ts): the text the model scores
 * has been scanned for the complaint patterns already, so the starts it holds are known without a pass of their own.
 * Per literal (without its "$"): its text and, for each concept listing it, the concept's index and whether it asks for
 * the whole word. Registered on first use.
 */
interface Starts {
  /** Per id of the shared scan: the literal's index below, or -1 (ids given later are past the end: none). */
  byId: Int32Array;
  texts: string[];
  /** Literal k's (concept, whole) pairs: concept[at[k]…at[k + 1]), whole likewise (1: the whole word only). */
  at: Int32Array;
  concept: Int32Array;
  whole: Uint8Array;
}

let starts: Starts | undefined;

function startsOf(): Starts {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const pairs: Array<Array<[number, number]>> = [];
  WORD_CONCEPTS.forEach((name, g) => {
    for (const start of CONCEPTS[name]) {
      const whole = start.endsWith('$');
      const text = whole ? start.slice(0, -1) : start;
      let k = index.get(text);
      if (k === undefined) {
        k = texts.length;
        index.set(text, k);
        texts.push(text);
        pairs.push([]);
      }
      pairs[k].push([g, whole ? 1 : 0]);
    }
  });
  const ids = literalIds(texts);
  const byId = new Int32Array(Math.max(0, ...ids) + 1).fill(-1);
  ids.forEach((id, k) => (byId[id] = k));
  const at = new Int32Array(texts.length + 1);
  pairs.forEach((list, k) => (at[k + 1] = at[k] + list.length));
  const flat = pairs.flat();
  return { byId, texts, at, concept: Int32Array.from(flat, ([g]) => g), whole: Uint8Array.from(flat, ([, w]) => w) };
}

/** A character of \b's words (ASCII letters, digits, '_'): a word start needs a boundary before it. */
function isBoundaryWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The word starts found at word boundaries of the post being read (reused: no list is made per post): position, concept,
 * length and whether the whole word is asked for, in the order found.
 */
let hitAt = new Int32Array(64);
let hitConcept = new Int32Array(64);
let hitLength = new Int32Array(64);
let hitWhole = new Uint8Array(64);
let hitOrder = new Int32Array(64);

function grow(): void {
  const more = <T extends Int32Array | Uint8Array>(a: T): T => {
    const b = new (a.constructor as new (n: number) => T)(a.length * 2);
    b.set(a);
    return b;
  };
  hitAt = more(hitAt);
  hitConcept = more(hitConcept);
  hitLength = more(hitLength);
  hitWhole = more(hitWhole);
  hitOrder = more(hitOrder);
}

/**
 * The word concepts of a folded text, into `into` in the order they are first found: what one scan with a capturing
 * group per concept, each concept's word starts written as a trie ("no (?:repl(?:y|ies)|answer)"), tried at every word
 * boundary from the start, would find (the same matches, on every post of fixtures/text and variants of them). At a
 * boundary the first concept (in CONCEPTS' order) with a start there wins, and the next search begins after its match:
 * a concept's match there is its shortest start that is not whole-word only, else its longest whole-word start followed
 * by no letter a–z. The starts are the shared scan's literals, so the text is not scanned again; each start the text
 * holds is located by indexOf.
 */
function wordConcepts(folded: string, into: number[]): void {
  const s = (starts ??= startsOf());
  const { byId, texts } = s;
  const { ids, count } = scanLiterals(folded);
  let hits = 0;
  for (let k = 0; k < count; k++) {
    const id = ids[k];
    const literal = id < byId.length ? byId[id] : -1;
    if (literal === -1) continue;
    const text = texts[literal];
    for (let at = folded.indexOf(text); at !== -1; at = folded.indexOf(text, at + 1)) {
      if (at > 0 && isBoundaryWordChar(folded.charCodeAt(at - 1))) continue;
      for (let j = s.at[literal]; j < s.at[literal + 1]; j++) {
        if (hits === hitAt.length) grow();
        hitAt[hits] = at;
        hitConcept[hits] = s.concept[j];
        hitLength[hits] = text.length;
        hitWhole[hits] = s.whole[j];
        hitOrder[hits] = hits;
        hits++;
      }
    }
  }
  if (hits === 0) return;
  // By position (insertion sort: a post holds a few starts).
  for (let i = 1; i < hits; i++) {
    const h = hitOrder[i];
    let j = i - 1;
    while (j >= 0 && hitAt[hitOrder[j]] > hitAt[h]) {
      hitOrder[j + 1] = hitOrder[j];
      j--;
    }
    hitOrder[j + 1] = h;
  }
  let next = 0;
  for (let i = 0; i < hits; ) {
    const at = hitAt[hitOrder[i]];
    let end = i;
    while (end < hits && hitAt[hitOrder[end]] === at) end++;
    if (at >= next) {
      // The first concept matching here, and its match's length.
      let best = -1;
      let bestLength = 0;
      for (let j = i; j < end; j++) {
        const g = hitConcept[hitOrder[j]];
        if (best !== -1 && g > best) continue;
        const length = matchLength(folded, at, g, hitOrder, i, end);
        if (length > 0 && (best === -1 || g < best)) {
          best = g;
          bestLength = length;
        }
      }
      if (best !== -1) {
        if (!into.includes(best)) into.push(best);
        next = at + bestLength;
      }
    }
    i = end;
  }
}

/**
 * The length of concept g's match at `at` among the hits order[from, to) (all at `at`): its shortest start that is not
 * whole-word only, else its longest whole-word start followed by no letter a–z; 0 when it has none.
 */
function matchLength(folded: string, at: number, g: number, order: Int32Array, from: number, to: number): number {
  let open = 0;
  let whole = 0;
  for (let j = from; j < to; j++) {
    const h = order[j];
    if (hitConcept[h] !== g) continue;
    const length = hitLength[h];
    if (hitWhole[h] === 0) {
      if (open === 0 || length < open) open = length;
    } else if (length > whole) {
      const c = folded.charCodeAt(at + length);
      if (!(c >= 97 && c <= 122)) whole = length;
    }
  }
  return open > 0 ? open : whole;
}

/**
 * The concept features of a folded post, once each: "k:<concept>" for each concept found, and "k:praise+trouble"
 * when praise comes with a kind of trouble.
 */
export function conceptFeatures(folded: string, original = ''): string[] {
  const found = conceptsFound(folded, [], original);
  const out = found.map((c) => `k:${NAMES[c]}`);
  if (found.includes(PRAISE_CONCEPT) && found.some((c) => IS_TROUBLE[c])) out.push('k:praise+trouble');
  COMBOS.forEach(([name], k) => comboFound(k, found) && out.push(`k:${name}`));
  return out;
}

/** The combinations of concepts, by index in CONCEPT_NAMES: [name, first list, second list]. */
export const COMBOS: ReadonlyArray<[string, readonly number[], readonly number[]]> = COMBO_LISTS.map(([name, a, b]) => [
  name,
  a.map((n) => NAMES.indexOf(n)),
  b.map((n) => NAMES.indexOf(n)),
]);

/** Whether combination k of COMBOS holds among the concepts found (indices into CONCEPT_NAMES). */
export function comboFound(k: number, found: readonly number[]): boolean {
  const [, a, b] = COMBOS[k];
  let first = false;
  let second = false;
  for (const c of found) {
    first ||= a.includes(c);
    second ||= b.includes(c);
  }
  return first && second;
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
export function conceptsFound(folded: string, into: number[], original = ''): number[] {
  into.length = 0;
  wordConcepts(folded, into);
  let at = WORD_CONCEPTS.length;
  // Every shape needs a digit: most posts skip their tests.
  const digits = longestDigitRun(folded);
  if (digits > 0) {
    for (let i = 0; i < SHAPES.length; i++) if (mayHaveShape(i, folded, digits) && SHAPES[i][1].test(folded)) into.push(at + i);
  }
  at += SHAPES.length;
  // Faces are found by their code points, one pass over the post (a regular expression per mood costs several passes):
  // only a symbol of U+2600–U+27BF or a high surrogate of the emoji planes is looked up.
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x2600 || (c > 0x27bf && (c < 0xd83c || c > 0xd83e))) continue;
    const mood = MOOD_OF.get(c >= 0xd800 ? (original.codePointAt(i) as number) : c);
    if (mood !== undefined && !into.includes(at + mood)) into.push(at + mood);
  }
  return into;
}

/** The length of the longest run of ASCII digits in the text (\d's digits): 0 when it has none. */
function longestDigitRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run > longest) longest = run;
    } else run = 0;
  }
  return longest;
}

/**
 * Whether SHAPES[i] can match a text whose longest run of digits is `digits` long, by what it cannot match without: a
 * percentage needs '%', a reference number five digits in a row (its pattern is the costliest of the four, tried at
 * every word start). The others are always tried.
 */
function mayHaveShape(i: number, text: string, digits: number): boolean {
  if (i === PERCENT) return text.includes('%');
  if (i === REFERENCE) return digits >= 5;
  return true;
}

const PERCENT = SHAPES.findIndex(([name]) => name === 'percent');
const REFERENCE = SHAPES.findIndex(([name]) => name === 'reference');
