// Plain reports of a fault in words the complaint lexicon lacks (accent-folded): noises ("squealing", "grincent"),
// smells ("sentait le tabac", "roch nach Rauch", "olía a humo"), food that made a pet ill, tastes of cardboard, a
// chain that slips, a promise broken ("on m'avait promis…", "hat mir versprochen…"), a wait counted in a status
// ("lleva doce días en 'en revisión'"), a night without heating. And (round 31's missed complaints) a pair of shoes
// of one foot ("deux pieds gauches", "zwei linke bekommen", "dos del mismo pie"; not "zwei linke Hände", the poster's
// own clumsiness), a machine that flooded a room, a reset mail that never comes ("no me llega el correo").
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { PRAISE_WORDS } from './evaluation-words.js';

/**
 * A device that acts by itself (restarts, switches off, disconnects), unless its sentence praises it ("La lampe
 * s'éteint toute seule, trop pratique": a design, not a fault).
 */
const byItself = (fault: string, lang: Lang4): RegExp =>
  new RegExp(`\\b(?:${fault})\\b(?![^.!?]*(?:${PRAISE_WORDS[lang]}|\\b(?:${HANDY})\\b))`);

/** Words that call a self-acting device handy, beyond the praise vocabulary (which leaves out "super", often ironic). */
const HANDY = 'super|pratique|praktisch|handy|clever|smart|practico|comodo|me encanta|love it|j\'adore';

const NUMBER = '(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|funf|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince)';

/** An order's status, quoted: the words a tracking page shows while nothing moves. */
const STATUS = {
  fr: "en (?:cours|preparation|attente|traitement)|en cours de (?:traitement|preparation|livraison|validation)|expediee?s?|prise en charge",
  en: 'processing|pending|awaiting (?:dispatch|shipment|collection)|in transit|preparing|being prepared|order placed|dispatched',
  de: 'in bearbeitung|in vorbereitung|versandbereit|in zustellung|wird bearbeitet|unterwegs|bestellt',
  es: 'preparando|en (?:tramitacion|preparacion|proceso|revision|transito|camino)|pendiente|procesando|enviado',
};

/** A status that has not moved: "toujours « en préparation »", "still says "processing"", "sigue en «preparando»". */
const stuckStatus = (still: string, lang: keyof typeof STATUS): RegExp =>
  new RegExp(`\\b(?:${still})\\b[^.!?]{0,20}[«"“„']\\s*(?:${STATUS[lang]})\\b`);

/** Words of delight (the folded text has no emoji) that make a parcel shown off a present, not evidence. */
const DELIGHT = 'merci|thanks|thank you|danke|gracias|so happy|trop content\\w*|froh|feliz|precios[oa]';

/**
 * Damage shown to the brand: "regardez ce que j'ai reçu", "look how my sofa arrived", "so kam mein Schrank an", "mirad
 * lo que le pasa a la cafetera", unless the post delights ("So kam meine Torte an, danke!"). What merely arrived is
 * shown "instead of" what was ordered: "Look what arrived today" shows off.
 */
const shown = (look: string, lang: Lang4): RegExp => new RegExp(`\\b(?:${look})(?![^]*(?:${PRAISE_WORDS[lang]}|${DELIGHT}))`);

/**
 * A wish told after the fact, the reproach of something the brand did not do: "I'd have appreciated a heads-up",
 * "Hätte mir eine kurze Info gewünscht", "J'aurais aimé être prévenue", "Me hubiera gustado que me avisaran". Not when
 * the post goes on to ask how to get what was missed ("Wäre nett gewesen, wenn ich früher vom Treueprogramm erfahren
 * hätte – wie melde ich mich an?": an enquiry about a benefit), nor a regret of the poster's own plans ("j'aurais aimé
 * venir", "me habría gustado quedarme más": only what the brand could have given or told).
 */
const wishedAfter = (wish: string): RegExp => new RegExp(`\\b(?:${wish})(?![^]*\\b(?:${HOW_TO_JOIN})\\b)`);
const HOW_TO_JOIN = 'how (?:do|can) i|comment (?:je|on) (?:fait|peux|m\'inscri)|wie (?:melde|kann|bekomme) ich|como (?:me|puedo|hago)';

export const FAULTS: Record<Lang4, RegExp[]> = {
  fr: [
    wishedAfter("j'aurais (?:apprecie|aime|prefere|voulu) (?:etre (?:prevenue?s?|informee?s?|avertie?s?|rappelee?s?)|que |qu'|un |une |des |le |la |les |recevoir|savoir|avoir (?:un|une|des|le|la)\\b)|(?:ca|il) aurait ete (?:bien|sympa|correct|la moindre des choses) de"),
    /\b(?:grince|grincent|couine|couinent)\b/,
    /\bsentai(?:t|ent) (?:le tabac|la cigarette|la fumee|mauvais|l'humidite|le moisi|l'egout)\b/,
    /\bon (?:m'avait|nous avait|m'a|nous a) promis\b/,
    stuckStatus('toujours', 'fr'),
    byItself("(?:redemarre|s'eteint|se coupe|se deconnecte|s'arrete|se ferme|se reinitialise) tout(?:e|es)? seule?s?", 'fr'),
    // crashed over and over, already dead: "a planté trois fois", "ne charge déjà plus"
    shown("regardez (?:(?:ce que j'ai recu|ce qu'on m'a (?:livre|envoye)) (?:a la place|au lieu)|dans quel etat|comment (?:mon|ma|mes|le|la|les) \\w+ (?:est|sont) arrivee?s?)", 'fr'),
    /\bdeux (?:pieds |chaussures |baskets )?(?:gauches|droit(?:e)?s)\b|\b(?:les )?deux du meme pied\b/,
    // a SIM or card that will not activate
    /\bne s'active (?:pas|toujours pas|plus|jamais)\b|\bimpossible (?:de l'|d')activer\b/,
    /\b(?:a|ont) plante (?:\d+|deux|trois|quatre|cinq|plusieurs) fois\b|\bne (?:marche|fonctionne|charge|s'allume|demarre|chauffe|tient) deja plus\b/,
  ],
  en: [
    wishedAfter("(?:i'?d|i would|we'?d|we would) have (?:appreciated|preferred)|(?:i'?d|i would|we'?d|we would) have liked (?:a|an|some|more|the|to (?:know|be told|hear|have been))\\b|(?:it )?would(?: have|'ve) been (?:nice|good|helpful|courteous) (?:to (?:know|be told|hear|get|have)|if you)"),
    /\b(?:gave|made|making|left) (?:me|us|him|her|them|my \w+|our \w+) (?:an upset stomach|sick|ill|poorly)\b/,
    /\b(?:slips?|slipping|squeal\w*|grinding|rattl\w*)\b[^.!?]{0,30}\b(?:every time|constantly|all the time|like mad|already)\b/,
    // "doesn't taste like cardboard" praises
    /(?<!(?:n't|\bnot|\bnever) )\btasted? (?:of|like) (?:cardboard|soap|plastic|chemicals|nothing)\b/,
    stuckStatus('still', 'en'),
    /\b(?:flooded|leaked (?:all )?over) (?:my|the|our) (?:kitchen|bathroom|floor|flat|house|utility|hallway|basement|cellar|laundry)\b/,
    shown('look (?:at )?(?:what (?:turned up|arrived|came|i got|i received|you sent) instead|how my \\w+ (?:arrived|turned up|came))\\b', 'en'),
    // a price risen again, or by a sum over last year's: "has the broadband price gone up again?"
    /\b(?:price|prices|bill|tariff|plan|subscription|premium|quote|fee|fees|renewal)\b[^.!?]{0,30}\b(?:gone|go|went|going) up again\b|\b(?:quote|renewal|bill|premium|price|subscription)\b[^.!?]{0,30}(?:[£$€] ?\d+|\d+ ?(?:pounds|euros|dollars)) more than last (?:year|month|time)\b/,
    // a SIM or card that will not activate (round 33's missed care complaint)
    /\b(?:won'?t|will not|doesn'?t|does not|refuses to|still won'?t) activate\b/,
    byItself('(?:reboots|restarts|resets|shuts down|switches off|turns off|logs (?:me )?out|disconnects) (?:by )?(?:itself|on its own)', 'en'),
    // a function that stopped, a fix that made things worse
    // "a smart meter that's stopped sending them": a relative clause sets the scene of a how-to question
    /(?<!\b(?:that's|that has|which has|that|which) )\bstopped (?:sending|syncing|charging|connecting|updating|working|recording|heating|cooling|draining|printing|loading|showing|reading)\b|\b(?:made|has made|have made) (?:the |my |it |things )?(?:\w+ ){0,2}(?:even|much|way|so much) worse\b/,
  ],
  de: [
    wishedAfter('(?:hatte|hatten) (?:mir|uns) (?:[^.!?]{0,40} )?gewunscht|(?:ware|waere) (?:schon|nett|hilfreich|fair) gewesen'),
    /\b(?:hat|hatte|haben) (?:mir|uns) versprochen\b/,
    /\bzwei (?:linke|rechte)(?! hande)\b[^.!?]{0,25}\b(?:bekommen|geliefert|erhalten|geschickt|gekommen)\b|\bzwei (?:linke|rechte) (?:schuhe|stiefel|sneaker|turnschuhe)\b/,
    /\broch nach (?:rauch|zigarette\w*|tabak|schimmel|abfluss)\b/,
    /\bquietsch\w*\b/,
    stuckStatus('immer noch|noch immer', 'de'),
    shown('so kam (?:mein|meine|unser|unsere|der|die|das) \\w+ (?:heute |gestern |bei mir |bei uns )?an\\b', 'de'),
    /\b(?:tarif|preis|preise|beitrag|abo|rechnung|gebuhr\w*|abschlag|pramie)\b[^.!?]{0,30}\b(?:schon wieder|wieder mal|erneut) (?:teurer|erhoht|gestiegen|hoher)\b|\b(?:tarif|preis|beitrag|abo|rechnung|pramie)\b[^.!?]{0,30}\b\d+ ?(?:€|euro) (?:hoher|teurer|mehr) als (?:letztes|im letzten|voriges|im vorigen) jahr\b/,
    byItself('(?:schaltet|stellt) sich (?:\\w+ ){0,3}(?:von selbst|von alleine|einfach|standig|immer wieder) (?:aus|ab)|(?:startet|bootet) (?:sich )?(?:\\w+ ){0,3}(?:von selbst|von alleine|standig|immer wieder) neu', 'de'),
    // already dead ("pumpt schon nicht mehr ab"), a picture that stutters every evening
    // a SIM or card that will not activate (round 33's missed care complaint: "2nd new SIM that won't activate")
    /\blasst sich (?:\w+ ){0,2}nicht aktivieren\b|\bsich (?:\w+ ){0,2}nicht aktivieren lasst\b|\bnicht aktivierbar\b/,
    /\b\w+t schon nicht mehr\b|\b(?:ruckelt|stockt|hakt|laggt)\b[^.!?]{0,30}\b(?:jeden|jede|standig|immer|dauernd)\b/,
  ],
  es: [
    wishedAfter('(?:me|nos) (?:habria|hubiera|hubiese) gustado (?:que|saber|recibir|un aviso|una llamada)\\b|(?:habria|hubiera) (?:estado bien|sido un detalle) (?:que|avisar)'),
    /\bolia a (?:tabaco|humo|moho|humedad|alcantarilla)\b/,
    /\bdos del (?:mismo pie|pie (?:izquierdo|derecho))\b|\bdos (?:zapatos|zapatillas|botas) (?:izquierd|derech)\w+\b/,
    /\bno me (?:llega|llegan) (?:el|los|ningun|ningún) (?:correo|sms|codigo|mail|email|mensaje)s?\b/,
    /\bsin (?:agua caliente|calefaccion|aire acondicionado)\b/,
    new RegExp(`\\blleva ${NUMBER} (?:dias|semanas|meses) (?:en|sin|esperando)\\b`),
    stuckStatus('sigue|continua', 'es'),
    shown('mirad (?:lo que (?:me ha llegado|me llego) en (?:vez|lugar)|lo que le (?:pasa|ha pasado)|como (?:me ha llegado|llego|ha llegado|me llego))\\b', 'es'),
    /\b(?:cuota|precio|precios|tarifa|factura|recibo|seguro|renovacion|suscripcion)\b[^.!?]{0,30}\b(?:ha|han) vuelto a subir\b|\b(?:cuota|precio|tarifa|factura|recibo|seguro|renovacion)\b[^.!?]{0,40}\b\d+ ?(?:€|euros) mas car[oa]s? que el a[nñ]o pasado\b/,
    // a SIM or card that will not activate
    /\bno se (?:activa|deja activar)\b|\bno (?:hay manera|hay forma) de activar\b/,
    byItself('se (?:apaga|reinicia|desconecta|cierra|bloquea|cuelga) sol[oa]s?', 'es'),
    /\bya no (?:carga|funciona|enciende|arranca|calienta|enfria|conecta)\b|\bse ha (?:colgado|bloqueado) (?:\d+|dos|tres|cuatro|varias) veces\b/,
  ],
};
