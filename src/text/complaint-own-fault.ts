// Trouble the poster blames on themselves or clears the brand of (accent-folded): "mein Fehler 🙈", "selbst schuld",
// "culpa mía", "soy un desastre", "my bad", "c'est ma faute" — a wrong size ordered, a PIN typed wrong three times —,
// and "not your fault", "nada que reprocharles", "dafür könnt ihr nix", "no es queja", a trouble put on someone else in
// passing ("landlord's job, not yours", "not blaming Fibrenet", "pas votre problème", "nicht euer Problem", "no es
// problema vuestro") before a plain ask. The trouble words around them
// ("falsche Größe", "gesperrt", "retrasado") are real, but the complaint is not the brand's: with one of these phrases
// the patterns' verdict counts as one weak sign only (complaints.ts), and the model, which reads the same phrases as
// concepts (complaint-concepts.ts "blame"), decides — "my fault for trusting you" still complains when it says more.
import { literalCheck } from './regex-union.js';

/**
 * The writer's own fault. Not after a negation: "not my fault", "nicht meine Schuld", "no es culpa mía" complain.
 * Also owned without the word fault, in long posts that then ask something plain: "entirely on me", "liegt komplett
 * an mir", "c'est moi qui me suis trompée", "fue despiste mío" (a wrong house number typed, the parcel sent back).
 * The word boundary comes before the negation's look-behind (both only assert where a match starts, so the same
 * matches): V8 then looks behind at word starts only, not at every character (SOLVED likewise).
 */
const SELF_BLAME = String.raw`\b(?<!\b(?:not|no|nicht|pas|ni|isn't|wasn't|n'est) (?:\w+ )?)(?:my (?:own )?(?:fault|bad|mistake|error)|user error|silly me|stupid me|(?:de )?ma (?:faute|bourde)|mea culpa|mon erreur|erreur de ma part|je suis (?:trop )?(?:bete|nulle?|tete en l'air)|mein (?:fehler|versehen)|meine schuld|selbe?r? schuld|selbst schuld|ich (?:depp|idiot|trottel|dussel|schussel)|ich bin (?:echt |so |einfach |halt )*(?:zu )?(?:blod|doof|dumm|verpeilt)|ich lerne? es nie|culpa mia|mi culpa|error mio|soy (?:un desastre|una desastre|un despiste|muy despistad[oa]|un torpe)|no aprendo|que verguenza lo mio|i never learn|i'll never learn|like a (?:genius|champ|pro)|i'?m (?:hopeless|a lost cause|an idiot)|it was my (?:own )?(?:vpn|router|phone|laptop|wifi|settings|typo|ad ?blocker)|ignore my last (?:post|tweet|message)|bravo moi|bien joue moi|bien fait pour moi|je m'en veux|(?:je suis )?un cas desespere|comme un(?:e)? grand(?:e)?|(?:entirely|totally|completely|all|that'?s|that was|this one'?s) on me|(?:liegt|lag) (?:komplett |ganz |voll |allein |nur )?an mir|c'est moi qui (?:me suis trompee?|ai fait l'erreur)|(?:fue )?(?:un )?despiste mio)\b`;

/** The brand cleared: the trouble is someone else's or no one's, or the post says it is no complaint. */
const NO_FAULT = String.raw`\b(?:(?:it'?s |it is |that'?s )?not your fault|no fault of (?:yours|your)|not a complaint|pas (?:de )?votre faute|vous n'y etes pour rien|pas une (?:critique|plainte|reclamation)|(?:nicht|kein) (?:euer|eure|ihr|ihre) (?:fehler|schuld)|dafur (?:konnt ihr|konnen sie|kann (?:ja )?(?:der|die|das) \w+) (?:aber )?(?:ja )?(?:naturlich )?(?:nix|nichts)|keine (?:kritik|beschwerde)|kein vorwurf|no es culpa (?:vuestra|suya|de ustedes|vuestro|de nadie)|nada que reprochar\w*|nada que ver con (?:ustedes|vosotros|vuestro|vuestra)|nothing to do with you|rien a voir avec vous|nichts mit euch zu tun|no es (?:una )?queja|no complaints? (?:here|from me|at all)|'s (?:job|problem|fault|issue),? not (?:yours|you)|not blaming (?:you|\w+)(?![^.!?]{0,25}\bbut\b)|pas votre probleme|(?:ist )?(?:aber )?nicht euer problem|nicht eure baustelle|no es (?:problema|cosa) (?:vuestr[oa]|suy[oa]|de ustedes)|no es vuestro problema)\b`;

/**
 * The trouble caused by the weather or a strike ("delayed because of the fog", "annulé à cause de la tempête", "wegen
 * dem Sturm", "por la tormenta"): no one's fault, most often told beside thanks. Not a time ("since the storm").
 */
const FORCE_MAJEURE = String.raw`\b(?:(?:because of|due to|caused by|from|in|(?:delayed|held up|slowed down|slowed) by) (?:the |a |an )?(?:storm|snowstorm|ice storm|fog|snow|weather|wind|strike|power cut)s?|(?:storm|fog|snow|strike) (?:took|knocked|cancelled|grounded)|(?:a|par) cause (?:de la|de l'|du|des) ?(?:orage|tempete|neige|greve|meteo|vent|brouillard|verglas|intemperies)|(?:wegen|durch) (?:de[mnrs] |eine[mns]? )?(?:sturm|sturmwarnung|unwetter|unwetters|nebel|schnee|schneechaos|streik|streiks|wind|gewitter|glatteis)|por (?:la |el |una |un )?(?:tormenta|temporal|niebla|nieve|huelga|granizada|viento|nevada|apagon general))\b`;

const OWN_FAULT = new RegExp(`${SELF_BLAME}|${NO_FAULT}|${FORCE_MAJEURE}`);

/** Cheap test first: without one of these words neither phrase can be there (most posts). */
const mayHold = literalCheck(
  /fault|bad|mistake|error|silly|on me|an mir|moi qui|despiste|not you|blaming|votre probleme|euer problem|eure baustelle|vuestr|problema suy|cosa suy|de ustedes|genius|champ|like a pro|hopeless|lost cause|idiot|it was my|ignore my|moi|je m'en veux|desespere|comme un|complaints|delayed by|held up by|slowed|stupid|faute|bourde|culpa|erreur|je suis|fehler|versehen|schuld|ich d|ich i|ich t|ich s|mi culpa|soy un|complaint|rien|critique|plainte|reclamation|dafur|kritik|beschwerde|vorwurf|reproch|queja|ich bin|lerne|aprendo|verguenza|learn|nada que ver|nothing to do|rien a voir|nichts mit|storm|fog|snow|weather|wind|strike|power cut|cause|wegen|durch|por /,
);

/** Whether the folded complaint text blames the poster, or clears the brand, of the trouble it tells. */
export function blamesNotTheBrand(folded: string): boolean {
  return mayHold(folded) && OWN_FAULT.test(folded);
}

/**
 * A trouble the brand solved, then praised or thanked for ("réparé samedi matin. Chapeau.", "me lo cambiaron en dos
 * días. Así da gusto", "alles läuft wieder. Top Service!", "refund came through already. Cheers!", "swapped it in two
 * days… Fits perfectly now", "le technicien a changé le routeur… Service impeccable", "nous a offert un bon… bravo",
 * "eine neue gebacken… Mega Service!", a parcel held up "but it's here now and the dress is gorgeous"): the trouble words are real, the complaint is not. Not a solution denied ("not fixed"), waited for ("finally", "por fin"), undone
 * ("repaired last week, leaking again"), nor thanks "for nothing". complaints.ts counts such a post one weak sign at
 * most, and does not let the model call it a complaint either (of the labelled posts it holds, 92 are no complaint).
 */
export const SOLVED = /\b(?<!\b(?:not|never|no|pas|jamais|nicht|nie|nunca|ni) (?:\w+ )?)(?:sorted|fixed|resolved|refunded|(?:but|and) (?:it'?s|it is|they'?re|they are) here now|rebooked|replaced|tracked it down|came through|had it back|back on|got it back|sent (?:me |us )?a (?:new|replacement)|reparee?s?|remboursee?s?|reglee?|resolue?|retablie?|reclassee?|remplacee?|echangee?|rentre dans l'ordre|behoben|repariert|geklart|erstattet|zuruckerstattet|umgebucht|lauft wieder|getauscht|ersetzt|arreglad[oa]s?|arreglo|arreglaron|resuelt[oa]|resolvieron|devolvio|devolvieron|reembolsaron|cambiaron|repuso|repusieron|solucionad[oa]|solucionaron|(?:lo|la|me lo|me la|nos lo) soluciono|nos pago|me pago|pagaron|refund (?:was|is|'s|came) (?:back|through)|refund (?:has |had )?(?:already )?landed|refund'?s? (?:back|through)|(?:replacement|new one) (?:arrived|came|shipped|sent|was sent|turned up)|upgraded us|moved us|rebooked us|(?:tout )?remarche|(?:tout )?refonctionne|erledigt|ruckbuchung kam|ersatz bekommen|nachgeliefert|umquartiert|devuelto|reembolsad[oa]|me lo cambiaron|me (?:la|lo|las|los) cambio|swapped (?:it|them|the \w+)|exchanged (?:it|them)|m'a (?:envoye|renvoye) (?:la|le|les) (?:bonne|bon|bons|bonnes)|m'en a (?:envoye|renvoye) (?:un|une) (?:neuf|neuve|nouveau|nouvelle|autre)|alles lief|lief alles|blocked it (?:straight away|in time|immediately)|(?:sofort |gleich )?gesperrt und (?:mir )?(?:direkt |gleich |sofort )?eine neue (?:losgeschickt|verschickt|geschickt|zugeschickt)|(?:is |are |was |all )?working (?:again|fine now|perfectly now)|(?:for )?sorting (?:it|this|that) (?:out )?(?:so )?(?:fast|quickly|out)|helped (?:me|us) (?:to )?sort (?:it|this|that|everything)(?: out)?|(?:a|ont) change (?:le|la|les|mon|ma|mes)|(?:m'|nous )(?:a|ont) offert|s'est excusee?|changed (?:it|them|the \w+)|(?:eine|einen|ein) neuen? (?:gebacken|geschickt|gebracht|vorbeigebracht))\b/;
const PRAISED = /\b(?:thank|cheers|merci|danke|gracias|top\b|chapeau|chapo|bravo|respect|respekt|legends?\b|hero|amazing|brilliant|great|lovely|super\b|genial|impeccable|impecable|unos genios|un (?:10|diez)\b|de 10\b|hats off|fair play|class\b|class act|can'?t fault|perfect|parfait|perfekt|so muss das|muy bien|da gusto|appreciat|over the moon|lifesaver|bien ahi|love it|superb|toll\b|klasse|spitze|wunderbar|magnifique|formidable|perfecto|estupendo|nice one|absolute star|(?:a|an|you'?re a) star\b|top work|cracking|shout ?out|mega service|asi si\b|flawless|(?:five|5) stars|gorgeous)/;
export const NOT_SOLVED = /\b(?:finally|enfin|endlich|por fin|for nothing|pour rien|fur (?:nichts|nix)|por nada|supposed|se supone|angeblich|soi-disant|again|de nouveau|a nouveau|schon wieder|erneut|otra vez|de nuevo)\b/;
/** Mock faces: a solution praised with an eye-roll is sarcasm. */
const MOCK_FACE = /[\u{1F644}\u{1F643}\u{1F612}]/u;

/** Whether the folded complaint text tells a trouble solved and praises or thanks for it (`original`: as written). */
export function solvedAndPraised(folded: string, original: string): boolean {
  // SOLVED, whose look-behind V8 tries at every position of the text (~3 µs a post), runs last, and only on a text
  // holding one of its words; that check comes first, read from the scan the complaint patterns made of this text (most
  // texts hold none of its words, and skip PRAISED's scan too): the same answer, the tests being independent.
  // The praise is also read on the post as written: a closing "Fair play, sorted 👍" is itself cancelled as a trouble
  // solved (complaint-cues.ts) and gone from the complaint text (round 33's false complaint).
  const written = original.toLowerCase();
  // The praise, read once for both branches (undefined: not read yet).
  let praised: boolean | undefined;
  if (maySolve(folded) && (praised = PRAISED.test(folded) || PRAISED.test(written)) && !NOT_SOLVED.test(folded) && !MOCK_FACE.test(original) && SOLVED.test(folded)) return true;
  // The solution itself may be gone from the complaint text, cancelled as a trouble solved ("…but Sam on the phone fixed
  // it and it came the next day, thank you!": "fixed it" cancelled, the wrong address left): read it on the post as
  // written, beside the same praise and with nothing undone. The praise is asked first: the post as written is a text
  // no other reading scans, and most posts without praise then never scan it (every test here is pure, so the order
  // changes no answer).
  praised ??= PRAISED.test(folded) || PRAISED.test(written);
  return praised && maySolve(written) && SOLVED.test(written) && !NOT_SOLVED.test(folded) && !NOT_SOLVED.test(written) && !MOCK_FACE.test(original);
}

/** Whether the text holds a word SOLVED cannot match without (regex-union.ts literalCheck). */
const maySolve = literalCheck(SOLVED);

/**
 * A glad face (hands raised or joined, a flexed arm, fire, a tick, a party popper, hearts, a smile with hearts or
 * drooling) and no mocking one: the trouble words around it are a joke, a trouble solved or a praise heightened ("Le
 * vacherin … était juste indécent 🤤", "sans coupure 🔥", "vous y êtes pour rien 🙏"). A thumbs-up is left out: it is
 * as often sarcasm ("in the rain. lovely 👍").
 */
const GLAD_FACE = /[\u{1F64F}\u{1F64C}\u{1F4AA}\u{1F525}\u{2705}\u{1F389}\u{1F60D}\u{1F970}\u{1F924}\u{1F929}\u{1F60B}\u{1F60A}\u{1F618}\u{2764}\u{1F499}\u{1F49A}\u{1F49B}\u{1F9E1}\u{1F49C}]/u;
const MOCKING_FACE = /[\u{1F644}\u{1F643}\u{1F612}\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F611}\u{1F44F}\u{1F926}]/u;

/** Whether the post as written carries a glad face and no mocking or angry one. */
export function gladFace(original: string): boolean {
  return GLAD_FACE.test(original) && !MOCKING_FACE.test(original);
}
