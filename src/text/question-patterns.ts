// Interrogative forms of French, English, German and Spanish, for questions fans write without a question mark.
import { perLanguage } from './per-language.js';
import { patternSources, type PatternSource } from './regex-union.js';
import type { Lang4 } from './stopwords.js';

export interface QuestionPatterns {
  /** Interrogative openings, tested at the start of each clause once a greeting is removed. */
  openers: PatternSource[];
  /** Interrogative phrases, tested anywhere in the sentence ("je voudrais savoir", "I was wondering"). */
  phrases: PatternSource[];
  /** Openings that look interrogative but exclaim ("quelle belle…", "what a…", "wie schön", "qué pena"). */
  exclamative: PatternSource[];
  /** Questions asked for effect, even with '?' ("qui n'a jamais rêvé…", "who doesn't love…"). */
  rhetorical: PatternSource[];
  /**
   * Reproaches in question form ("vous êtes sérieux ?", "maybe hire people who can see?", "how many times do I have
   * to…"): not questions, and they make the post's other '?' sentences echoes ("60 € de frais de port ?") unless those
   * have an interrogative form of their own.
   */
  reproach: PatternSource[];
  /** Indirect questions, anywhere in the sentence: "dites-moi si…", "let me know if…", "sagt mir, ob…", "decidme si…". */
  indirect: PatternSource[];
  /**
   * Interrogative forms in the middle of a sentence written without punctuation: "…last 40 min can I get a refund",
   * "Habe gestern bestellt kann ich…", "Hice el pedido ayer puedo…". Tested when the sentence has no '.' or '!'.
   */
  runOn: PatternSource[];
  /**
   * A clause opening on a question word followed by its subject is a relative or indirect clause, not a question:
   * "…, which I think is the best", "…, wie ihr diese Preise schafft", "When I saw the price…".
   */
  subordinate: PatternSource[];
  /** Relative clauses, tested on a clause that follows a statement: "…, which fits perfectly". */
  relative?: PatternSource[];
  /**
   * Relative clauses that would ask with a mark, tested after a statement in a sentence with no '?' or '¿': "…, which
   * was the last in stock", "…, où on a super bien mangé" ("…, which is better?" asks).
   */
  relativeUnmarked?: PatternSource[];
  /**
   * Whether the patterns are written for accent-folded text. Spanish keeps its accents: "cómo" asks, "como" compares.
   * Spanish patterns use (?!\p{L}) rather than \b, which ignores accented letters.
   */
  folded: boolean;
}

/**
 * French imperatives that take "-vous" and so look like inversions: brand posts say "laissez-vous tenter",
 * "abonnez-vous", "rendez-vous en boutique". A fan's "livrez-vous en Suisse" is an inversion, i.e. a question.
 */
const FR_IMPERATIVE_VOUS =
  'abonnez|inscrivez|laissez|offrez|faites|rendez|souvenez|rappelez|imaginez|preparez|installez|detendez|amusez|' +
  'regalez|depechez|precipitez|reveillez|inspirez|asseyez|mettez|habillez|evadez|ressourcez|connectez|tenez|sentez|' +
  'reposez|lovez|blottissez|accordez|dorlotez|chouchoutez|rafraichissez|organisez|equipez';

const AUX_EN =
  "do|does|did|can|could|would|will|should|shall|is|are|was|were|has|have|had|may|might|must|am|don't|doesn't|" +
  "didn't|can't|won't|isn't|aren't|wasn't|weren't|haven't|hasn't|wouldn't|couldn't|shouldn't";
const SUBJECT_EN =
  'i|you|we|they|he|she|it|this|that|these|those|there|the|my|your|our|their|his|her|its|anyone|anybody|someone|' +
  'somebody|everyone|u|ya';

const EN_ADMIRING =
  'cute|lovely|beautiful|gorgeous|nice|cool|amazing|pretty|sweet|great|good|fun|wonderful|stunning|adorable|cozy|' +
  'cosy|perfect|awesome|exciting|fab|fabulous|dreamy|chic|smart|clever';

/**
 * Each language's patterns, made when a post of that language is first read (per-language.ts): V8 parses a regular
 * expression literal when it makes the object, so the ~500 patterns of the four languages made at load cost ~4-8 ms
 * of CPU, where an audit of French posts needs the French ones only.
 */
const PATTERNS: Record<Lang4, () => QuestionPatterns> = {
  fr: () => ({
    folded: true,
    openers: patternSources([
      /^(?:qu')?est[- ]ce\b/,
      // "quand même" means "still" ("Quand même, quel dommage"), not "when"
      /^(?:ou|quand(?! meme\b)|pourquoi|comment|combien|quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles|d'ou|jusqu'a quand|depuis quand|a quelle heure|a quel moment|qui)\b/,
      /^que (?:faire|dois|doit|doivent|puis|peut|peuvent|pensez|penser|faut|signifie|veut dire|se passe|vaut)\b/,
      // "Vous livrez en Belgique", said without '?': a fan asking the brand; brand statements ("vous avez été
      // nombreux", "vous allez adorer") use other verbs or a past participle.
      /^vous (?:avez(?! (?:ete|tous|toutes|adore|aime|vote|choisi|craque|encore(?! (?:le|la|les|l'|des|du|un|une|en stock|ce|cet|cette|ces)\b)|deja|vraiment|trop|bien|su|reussi|frappe|assure|fait fort|raison)\b)|faites|livrez|ouvrez|vendez|acceptez|expediez|proposez|fermez|envoyez|prenez|auriez|reprenez|echangez|remboursez|savez|connaissez|pouvez me|pourriez|fabriquez|recrutez|etes ouverts?)\b/,
      /^(?:tu|t') ?(?:as|sais|connais|peux)\b/,
      /^(?:c'est|ce serait|ca serait|ce sera) possible\b/,
      /^possible (?:de|d')/,
      /^(?:il y a|y a|y aurait-il|il y aurait) moyen\b/,
      /^quelqu'un (?:l'|le |la |les |en )?(?:a|aurait|sait|saurait|connait|peut|pourrait|utilise|possede)\b/,
      /^(?:une idee|des nouvelles|des infos?)\b/,
      /^(?:ca|cela) existe\b/,
      // "Je peux échanger…", "On peut payer…": asking permission; "je peux vous dire que…" is not.
      /^(?:je|on) (?:peux|peut|pourrais|pourrait) (?!(?:vous )?(?:dire|confirmer|assurer|affirmer|temoigner|comprendre)\b)\p{L}+(?:er|ir|re)\b/u,
    ]),
    phrases: patternSources([
      // a restock or a return asked about without a mark: "Le modèle en chêne sera réassorti avant Noël"
      /\b(?:sera|seront|va etre|vont etre) (?:de nouveau |a nouveau |bientot )?(?:reassortie?s?|disponibles?|en stock|de retour)\b/,
      /(?:^|[^'\p{L}])est[- ]ce\b/u,
      // Subject-verb inversion: "livrez-vous", "peut-on", "y a-t-il", "la housse est-elle". Written from the hyphen
      // back (a lookbehind for the verb): the scan stops only at hyphens instead of trying a verb at every word.
      new RegExp(`-(?<=(?<![\\p{L}-])(?!(?:${FR_IMPERATIVE_VOUS})-)\\p{L}+(?:-t)?-)(?:vous|tu|on|il|elle|ils|elles|je)\\b`, 'u'),
      /\bje (?:voudrais|voulais|souhaiterais|souhaite|aimerais) (?:savoir|connaitre|avoir (?:des|une|plus d') ?(?:infos?|informations?|precisions?|renseignements?))\b/,
      /\bj'aimerais (?:savoir|connaitre)\b/,
      // Indirect questions: "je me demandais si…", "je me demande quand…".
      /\bje me (?:demande|demandais|pose la question)\b(?: (?:si|s'il|s'ils|quand|comment|pourquoi|combien|ou|quel\w*|ce que))?/,
      // Opinion asked of the reader: "vous pensez que ce sera réassorti", "tu crois qu'il en reste".
      /^(?:vous|tu) (?:pensez|penses|croyez|crois) (?:que|qu')/,
      /\b(?:j'ai une|petite|une petite) question\b/,
      /\b(?:on fait comment|comment (?:on|je) (?:fait|fais|peux|peut|dois|doit))\b/,
      // Colloquial order, verb then question word: "ça marche comment le retour", "je fais comment pour…".
      /\b(?:je fais|on fait|je dois faire|on doit faire|ca marche|ca se passe|ca fonctionne|je procede) (?:comment|quand|ou)\b/,
      /\bsi quelqu'un (?:sait|a|connait)\b/,
      // Indirect questions of doubt: "je n'ai pas compris si la livraison est gratuite".
      /\b(?:je n'ai pas (?:bien )?compris|je ne suis pas sure?|pas sure?|pas clair) (?:si|s'il|s'ils|de savoir)\b/,
      // A closing "ou pas" / "ou non" tag: "le tapis passe en machine ou pas"; after a concessive "que" ("j'irai au
      // marché, que la ligne roule ou pas": round 34's class posts) it states ("est-ce que" still asks).
      /^(?!.*(?<!\best-ce )\b(?:que\b|qu'(?!est-ce))).*\bou (?:pas|non)$/,
      // Elliptic follow-ups (tested before the lead-in "et" is stripped): "Et pour les frais de port vers la Réunion".
      /^et (?:pour|sinon|concernant|niveau)\b/,
      // Colloquial French puts the question word last: "c'est quoi la différence", "vous livrez quand".
      /\bc'est (?:quoi|combien|ou|quand(?! meme\b)|qui)\b/,
      /\b(?:quand|combien|pourquoi|quoi)$/,
      // A verbless "X possible" from a fan asks whether X can be done: "Livraison possible en point relais".
      /^(?!.*\b(?:est|sera|serait|c'est|pas)\b)(?:\S+ ){0,6}possible\b(?: \S+){0,5}$/,
      // "Je ne trouve pas le guide, il est où": the question word last
      /\b(?:il|elle|ils|elles|c'est|ca) (?:est |sont )?ou$/,
    ]),
    exclamative: patternSources([
      /^comment ne pas\b/,
      /^quand (?:je|on) (?:pense|voit|vois|sait|aime)\b/,
      /^quel(?:le)?s? (?:bonheur|plaisir|beaute|merveille|joie|chance|reve|regal|surprise|bonne|bonnes|belle|belles|beau|beaux|bel|jolie?s?|magnifique|superbe|top|brillantes?|riches?|excellentes?|geniales?|dommage|horreur|honte|galere|journee|classe|idee|douceur|talent)\b/,
      /^que (?:c'est|de |d'|du |j'|je |ca )/,
      /^quel(?:le)? (?:cauchemar|deception|scandale|blague|angoisse|enfer|misere)\b/,
      /^qu'est[- ]ce (?:que|qu') ?(?:c'est|il est|elle est|on est|ils sont|elles sont) (?:beau|belle|joli|jolie|mignon|mignonne|top|chouette|bien|doux|douce|agreable|canon)\b/,
      /^comment (?:vous|te|le|vous le)? ?dire\b/,
    ]),
    rhetorical: patternSources([
      // a service asked whether anyone runs it, or whether it is only there for show
      /\bquelqu'un\b.*\bou (?:c'est |est-ce |(?:[\p{L}']+ ){0,3}(?:est|sont) )?(?:juste |purement |seulement |simplement |la )?(?:decorati\w*|pour (?:la deco|faire joli|le decor|decorer|la forme))\b/u,
      // "how dare you" and "why didn't I find it sooner": praise in question form
      /^comment (?:osez[- ]vous|vous osez|oses[- ]tu|tu oses)\b/,
      /^pourquoi (?:je n'ai|j'ai|je ne l'ai|je l'ai|personne ne m'a|personne m'a|on ne m'a|on m'a) [^?]*\b(?:plus tot|avant|plus vite)\b/,
      /^qui (?:n'a jamais|n'aime pas|ne reve pas|n'a pas (?:envie|besoin)|ne craque pas|ne voudrait pas|ne connait pas)\b/,
      /^(?:et )?pourquoi pas\b/,
      /^devinez (?:quoi|qui)\b/,
      /^qui a dit (?:que|qu')/,
      /^(?:qui a besoin (?:de|d'|du|des)\b.*\bde toute facon\b|a quoi bon\b)/,
      // "je me demande comment j'ai vécu sans…": praise, not a question
      /\b(?:vecu|vivre|vivais|fait|survecu) sans (?:ce|cette|ces|mon|ma|mes|lui|elle|eux|vous|ca)\b/,
    ]),
    reproach: patternSources([
      /^(?:vous etes|t'es|tu es|vous etes vraiment) (?:\p{L}+ )?serieu(?:x|se|ses)\b/u,
      // "Vous n'êtes pas sérieux avec ces frais, hein ?": the tag closes a reproach
      /^(?:vous n'etes|tu n'es|vous etes|t'es) pas serieu(?:x|se|ses)\b/,
      /^(?:il faudrait|faudrait) (?:peut-etre |peut etre )?(?:embaucher|apprendre|recruter|former|penser|songer)\b/,
      /^qui a (?:eu l'idee|decide|pense|valide)\b/,
      /^combien de fois (?:faut-il|faut il|dois-je|vais-je|je dois)\b/,
      /^(?:serieux|serieusement|vraiment|franchement|sans rire|sans blague|non mais)$/,
      // a figure asked back, then turned down: "89 € le coussin ? Même pas en rêve."
      /^(?:meme pas en reve|et puis quoi encore|jamais de la vie|on croit rever|n'importe quoi)$/,
      // disbelief: "Vous pensez vraiment qu'on va payer…", "Tu crois sérieusement que…" ("vous pensez que…" asks)
      /^(?:(?:vous|tu) (?:pensez|penses|croyez|crois|imaginez|imagines)|(?:pensez|croyez|imaginez)-vous) (?:vraiment|serieusement|franchement|reellement)\b/,
      /^(?:vous trouvez|vous pensez|tu trouves|tu penses) (?:vraiment |franchement )?(?:que |qu')?(?:c'est |ca )?(?:normal|acceptable|serieux|correct)\b/,
      /^(?:vous vous moquez|tu te moques|on se moque) (?:de moi|du monde|de nous)\b/,
      // mockery that expects no answer: customers taken for fools, prices nobody can pay, a brand asked what is wrong
      // with it or how it can be so bad ("qui peut m'aider", "comment peut-on payer en plusieurs fois" still ask)
      /^(?:vous vous (?:foutez|fichez)|tu te (?:fous|fiches)) (?:de (?:nous|moi|vos clients)|du monde)\b/,
      /^(?:vous nous prenez|tu nous prends|vous me prenez|tu me prends) pour (?:des |un |une )?(?:pigeons?|idiots?|imbeciles?|cons?|abrutis?|vaches? a lait|buses?|quiches?)\b/,
      /^(?:vous croyez|vous pensez|tu crois|tu penses) (?:qu'on est|que nous sommes|que je suis) (?:des |un |une )?(?:pigeons?|idiots?|imbeciles?|cons?|abrutis?|stupides?|debiles?)\b/,
      /^qui (?:peut|va|pourrait|voudrait|irait) (?:encore |vraiment |bien )?(?:se payer|s'offrir|payer|acheter|depenser)\b/,
      /^(?:mais )?qu'est-ce qui vous prend\b/,
      /^comment (?:peut-on|on peut|pouvez-vous|vous pouvez|peut-il|peut-elle|est-il possible d') ?(?:etre|devenir) (?:aussi|si|tellement|a ce point) \p{L}+/u,
      /^c'est si (?:dur|difficile|complique) (?:de|que)\b/,
      /^(?:vous etes (?:fous|dingues|malades)|ca va pas la tete|on marche sur la tete|c'est une blague)\b/,
    ]),
    indirect: patternSources([
      /\b(?:confirmez|confirme|confirmer)[- ](?:moi|nous) (?:si|s'il|que)\b|\bvous pourriez (?:me |nous )?(?:dire|indiquer|confirmer|preciser)\b/,
      /\b(?:je cherche a|je voudrais|je voulais|j'aimerais|je souhaiterais|je souhaite|j'ai besoin de)(?: bien| beaucoup)? (?:savoir|connaitre|comprendre|verifier)\b/,
      /\btenez[- ](?:moi|nous) (?:au courant|informee?s?)\b/,
      // a request for news or information: "J'aimerais avoir des nouvelles de…", "Une info sur…", "Je reviens vers
      // vous pour savoir…" ("aucune info", "je suis passée pour savoir si…" are none)
      /\b(?:j'aimerais|je voudrais|je souhaiterais|je souhaite) (?:avoir|recevoir|obtenir) (?:des |quelques |plus d')?(?:nouvelles|infos?|informations?|precisions?)\b/,
      /^(?:une|des) (?:infos?|informations?|precisions?) (?:sur|concernant|pour|quant)\b/,
      /\b(?:je vous ecris|je vous contacte|je reviens vers vous|je me permets de (?:vous )?(?:ecrire|contacter|relancer)|je vous relance) pour (?:savoir|connaitre|avoir des nouvelles)\b/,
      // a search for how to do something: "je cherche comment résilier…" ("je cherche un cadeau" is no question)
      /\bje (?:cherche|cherchais|suis en train de chercher|essaie de trouver|essaye de trouver),? (?:comment|ou|quand|combien|quel\w*|si|s'il|s'ils|a qui)\b/,
      /\bdites[- ](?:moi|nous)(?: svp| s'il vous plait)?,? (?:si|s'il|s'ils|quand|comment|pourquoi|combien|ou|quel\w*|ce que|ce qu')\b/,
      /\b(?:merci de|pourriez-vous|pouvez-vous|pouvez vous|pourriez vous|vous pouvez)(?: me| nous)? (?:dire|indiquer|confirmer|preciser|renseigner|expliquer)\b/,
      /\bm'indiquer (?:si|s'il|quand|comment|ou|combien)\b/,
      /\bje me permets de (?:vous )?demander\b/,
      // a plea for someone to get in touch: "Que quelqu'un me rappelle svp" ("j'aurais aimé que quelqu'un…" regrets)
      /(?:^|, )(?:(?:svp|s'il vous plait),? )?que quelqu'un (?:me |nous |m')(?:rappelle|reponde|aide|contacte|recontacte|explique|dise|ecrive|appelle)\b/,
      /\b(?:savez|sauriez)[- ]vous (?:si|s'il|quand|comment|ou|pourquoi|combien|quel\w*)\b/,
      /^vous savez (?:si|s'il|quand|comment|ou|pourquoi|combien|quel\w*)\b/,
    ]),
    runOn: patternSources([
      // an alternative asked without a mark ("Le vélo est livré monté ou en carton"), a subject taken up at the end
      /\b(?:livree?s?|vendue?s?|fournie?s?|arrive|arrivent) (?:\p{L}+ ){0,2}ou (?:en |a |par )?\p{L}+$/u,
      /^(?:il|elle|ils|elles) (?:est|sont) \p{L}+ (?:ce|cet|cette|ces) \p{L}+$/u,
      // "Trois messages sans réponse, il y a quelqu'un": is anyone there
      /(?:^|[\s,])(?:il )?y a (?:quelqu'un|qqn)(?: (?:ici|la))?$/,
      // "…hier elle est dispo en noir": availability asked without a mark
      /\b(?:il|elle|ils|elles) (?:est|sont|existe|existent) (?:toujours |encore )?(?:disponibles?|en stock)\b(?: (?:en|dans|au|aux|a|sur|pour) [^.!?]*)?$/,
      // "J'ai commandé hier soir je peux encore changer la taille"
      /\b(?:hier(?: soir)?|ce matin|aujourd'hui|tout a l'heure|avant-hier)\s+(?:je|on) (?:peux|peut|pourrais|pourrait)\b/,
    ]),
    subordinate: patternSources([
      // Relative pronouns opening a clause after a statement: "…, qui est parfait".
      /^(?:qui|que|qu'|dont|lequel|laquelle|lesquels|lesquelles) /,
    ]),
    // "…, où on a super bien mangé" tells; "…, où je peux suivre le colis" asks
    relativeUnmarked: [/^ou (?:j'ai|on a|nous avons|j'avais|on avait|nous avions|ils ont|elles ont|on est|nous sommes|j'etais|on etait)\b/],
  }),
  en: () => ({
    folded: true,
    openers: patternSources([
      /^(?:how|what|which|who|whom|whose|why)\b/,
      /^(?:where|when)(?:'s\b| (?:is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|may|might)\b)/,
      new RegExp(`^(?:${AUX_EN}) (?:${SUBJECT_EN})\\b`),
      /^any (?:idea|ideas|update|updates|news|chance|plans?|word)\b/,
      // "Any discounts for NHS workers", "Any sofas left in grey": a fan asking whether something exists.
      /^any \p{L}+ (?:for|on|at|in|left|available|planned|coming|yet|today|soon)\b/u,
      /^(?:and )?(?:what|how) about\b/,
      /^(?:wondering|curious) (?:if|whether|when|how|what|why)\b/,
      /^(?:anyone|anybody) (?:know|knows|tried|try|have|has|got|else)\b/,
      /^(?:someone|somebody) (?:know|knows)\b/,
      // "Do railcards work on…", "Does the rug come in grey": do-support opens a question whatever the subject.
      /^(?:do|does|did) (?!yourself\b|yourselves\b|not\b|try\b)\p{L}+ \p{L}+/u,
      // "Is delivery free over £50", "Are the mugs dishwasher safe": an auxiliary opening a clause asks.
      // "will just grab some on the way home" drops its subject and tells (round 34's care false alarm, after "my own
      // fault"): "will" or "would" before "just", "probably" or "happily" plans, it does not ask.
      /^(?:is|are|was|were|has|have|can|could|should) (?!it just me\b)\p{L}+ \p{L}+/u,
      /^(?:will|would) (?!(?:just|probably|prob|defo|definitely|happily|gladly) )\p{L}+ \p{L}+/u,
    ]),
    phrases: patternSources([
      /\b(?:be|being|getting) (?:back in stock|restocked|available again)\b/,
      /\bi(?: was| am|'m) (?:wondering|curious)\b/,
      /\bwondering (?:if|whether)\b/,
      /\bany idea\b/,
      /\b(?:does|do) (?:anyone|anybody) know\b/,
      /\bquick question\b/,
      /\bjust (?:checking|wondering|asking) (?:if|whether|when|how|what)\b/,
      /\bi(?:'d| would) (?:like|love) to (?:know|find out|ask)\b/,
      /\b(?:just )?(?:curious|wondering) (?:if|whether|when|how|what|why|where)\b/,
      /\b(?:can|could) you (?:please )?(?:tell|let) me\b/,
      /\bdo you know (?:if|whether|when|how|what|where)\b/,
      /\bplease advise\b/,
      /\bis it possible\b/,
      /\bhow (?:do|can|should) i\b/,
      // A closing "or not" / "or no" tag asks ("bin collection moving to friday this week or no": round 34); after
      // "whether" it concedes ("I'm getting the 4 whether it's on the diversion or not").
      /^(?!.*\bwhether\b).*\bor (?:not|no)$/,
      /\b(?:not sure|unsure|unclear|not clear|confused about) (?:if|whether)\b/,
      /^(?!.*\b(?:is|was|will|it's|not)\b)(?:\S+ ){0,6}possible(?: \S+){0,5}$/,
    ]),
    exclamative: patternSources([
      /^what (?:a|an)\b/,
      new RegExp(`^how (?:${EN_ADMIRING})(?: (?:is|are|was|were|does|do|this|that|these|those|it)\\b|$)`),
      /^what (?:fun|luck|joy|timing|beauty)\b/,
    ]),
    reproach: patternSources([
      /^(?:are|r) (?:you|u) (?:serious|kidding|joking|for real|having a laugh)\b/,
      // "You do realise the app logs me out every five minutes, right?": a fact thrown back, not asked
      /^(?:(?:you|u) (?:do )?|surely (?:you|u) )reali[sz]e\b|^(?:you|u) do know\b/,
      /^(?:maybe|perhaps) (?:hire|try|train|get|employ|learn|think about|invest in|fix|consider|read)\b/,
      /^who (?:thought|decided|approved|signed off|came up with)\b/,
      /^how many (?:more )?times (?:do|must|should|will|have) (?:i|we)\b/,
      /^(?:is|was) (?:this|that|it) (?:acceptable|a joke)$/,
      /^(?:seriously|really|honestly|for real|no way|not a chance|no chance|dream on|as if|not in a million years)$/,
      // disbelief: "Did you really think…", "Do you honestly expect people to…" ("do you think…" asks)
      /^(?:(?:do|did) (?:you|u|they) |(?:you|u|they) )(?:really|honestly|seriously|actually|genuinely) (?:think|thought|expect|expected|believe|believed|imagine)\b/,
      /^how hard (?:is it|can it be|would it be)\b/,
      /^(?:are you|you are|you're) (?:taking the (?:piss|mick)|having a laugh|kidding me|joking)\b/,
      /^(?:maybe|perhaps) \p{L}+ (?:your|the|some|a bit|more)\b/u,
      /^(?:are you (?:mad|insane|crazy|nuts)|have you lost your minds?|is this a joke|how dare (?:you|they))\b/,
      // mockery that expects no answer: customers taken for fools, prices nobody would pay, a brand asked what is wrong
      // with it or how it can be so bad ("who would I contact…", "what's wrong with my order" still ask)
      /^(?:do|did) (?:you|u) (?:think|take) (?:we(?:'re| are)|i'?m|i am|us|me|your customers(?: are)?) (?:for )?(?:stupid|idiots?|fools?|mugs?|morons?|thick|daft|dumb|muppets?)\b/,
      /^who (?:in (?:their|his|her|your) right mind|on earth|the hell|the heck)\b/,
      /^who (?:would|is going to|will|can) (?:ever |actually |even |seriously |really )?(?:pay|buy|afford|spend)\b/,
      /^what(?:'s| is| the hell is| on earth is) wrong with (?:you|u)(?: (?:people|guys|lot|all))?$/,
      /^(?:do|does|did) (?:you|u|anyone|anybody|they) (?:even|actually|ever) (?:test|read|check|care|train|listen|proofread|bother)\b/,
      /^how (?:can|could|does|do) (?:you|u|anyone|one|a (?:company|bank|business|shop|brand|firm|airline)|they|it) (?:be|get) (?:so|this|that) \p{L}+/u,
    ]),
    indirect: patternSources([
      /\b(?:keen|eager|curious|dying|interested|wanting|need|needing) to (?:know|find out|hear) (?:if|whether|when|what|how|why|where|which)\b/,
      // "me", not "us": "tell us which one you would choose" is a brand asking its fans, not a question to the brand.
      /\blet me know (?:if|whether|when|how|what|where|which)\b|\blmk\b/,
      /\btell me (?:if|whether|when|how|what|where|which|why)\b/,
      // a plea for someone to get in touch: "Someone please call me back" ("someone called me back" thanks)
      /^(?:(?:please|hi|hello|hey)[, ]+)?(?:someone|somebody|anyone|anybody) (?:please )?(?:call|ring|phone|contact|help|dm|message|email|answer|reply to|get back to) (?:me|us)\b/,
      /(?:^|\b(?:i|we) )(?:need|want|would like|'d like|'d love|would love|wanted) to (?:know|find out|check|ask)\b/,
      /\bany chance$/,
      /\b(?:would be|it'd be|it would be|be) (?:great|good|nice|helpful|useful|lovely) to (?:know|find out|hear)\b/,
      /\b(?:trying|try|tried) to (?:find out|work out|figure out|understand|see) (?:if|whether|when|how|what|where|why)\b/,
      /\b(?:please )?(?:confirm|advise|clarify) (?:if|whether|when|how|what)\b/,
      // a request for news or information: "I'd appreciate an update on…", "chasing an update on…", "I'd be grateful
      // if you could confirm…" ("thanks for the update", "really appreciate the update" are none)
      /\b(?:i'?d|i would|we'?d|we would) (?:really |much )?(?:appreciate|welcome) (?:an? |some )?(?:update|reply|response|answer|confirmation|info\w*|call ?back)\b/,
      /\bchasing (?:an? |some )?(?:update|reply|response|answer)s? (?:on|about|re|regarding|to)\b/,
      /\b(?:i'?d|i would|we'?d|we would) be (?:really |very )?(?:grateful|thankful|obliged) if (?:you|u|someone|somebody) (?:could|would|can|will)\b/,
      // a search for how to do something: "looking for how to move my points" ("looking for a present" is none)
      /\b(?:looking|searching|hunting) (?:for |into )?(?:how|where|whether|when|which) (?:to|i|we|you|u)\b/,
    ]),
    runOn: patternSources([
      // \"…since ten past six is the 18:20 even running\": \"even\" after an auxiliary and its subject asks
      /\b(?:is|are|does|do|did|was|were|can|will) (?:[\w:]+ ){1,3}even \w+$/,
      /\b(?:delivered|sold|supplied|arrives?|comes?) (?:\p{L}+ ){0,2}or (?:in |as |by )?\p{L}+$/u,
      /(?<!\b(?:so|neither|nor|than|as|what|how|where|when|why|who|which|if|whether|that|only|never|rarely|seldom|hardly|this|it|there|here|he|she|they|we|you|i|and|or|but|because|cos|cause) )\b(?:can|could|will|would|do|does|did|should|may|shall)(?:n't)? (?:i|you|u|we|they|someone|anyone|somebody|anybody)\b(?! (?:too|either)\b)/,
      /\b(?:where|when|why|how|what)(?:'s| is| are| was| do| does| did| can| will| has| have)(?:n't)? (?:it|my|the|this|that|they|you|i|u|he|she|we|our|your)\b/,
      /\bis (?:this|that|it) (?:real|true|legit|genuine|a scam|normal|right|correct|possible|available|safe|official)$/,
      /\bis there (?:a|an|any)\b/,
      // "…keeps freezing is this a known issue", "…still waiting on that callback, anyone there"
      /(?<!\b(?:what|how|that|all|if|whether) )\bis (?:this|that|it) (?:a |an )?(?:known|common|general|bug|glitch|fault|outage|problem|issue|scam|mistake|error)\b/,
      /(?:^|[\s,])(?:is )?(?:anyone|anybody|someone|somebody) (?:there|home|around|awake|out there|reading (?:this|these))$/,
      // Text-message questions that drop the auxiliary: "u guys open on boxing day", "you lot deliver to cork", "u
      // still doing the 3 for 2". Praise and reproaches in the same order ("you guys have the friendliest staff",
      // "you have ruined my weekend") go on with an article, a possessive, an evaluation or a participle.
      /^(?:(?:hi|hey|hello)[ ,]+)?(?:you|ya)(?: guys| lot| all| people)? still (?:open|doing|selling|hiring|delivering|shipping|taking|accepting|got|have|do|sell|stock|stocking|make|making)\b/,
      // "you doing the $2 tuesday deal this week" (round 32): a deal or an event asked after without "still"; "you guys
      // doing the lord's work", "you doing amazing" praise.
      /^(?:(?:hi|hey|hello)[ ,]+)?(?:you|ya)(?: guys| lot| all| people)? doing (?:the|a|any|your)\b(?! (?:lord'?s|god'?s|best|most|absolute)\b)(?: [\p{L}\d'$£€-]+){1,8}$/u,
      /^(?:(?:hi|hey|hello)[ ,]+)?(?:you|ya)(?: guys| lot| all| people)? (?:open|closed|hiring|deliver|ship|do|sell|stock|take|accept|(?:have|got)(?! to\b)|price match)(?! (?:the|a|an|it|its|my|me|us|this|that|these|those|your|our|up|no|not|been|just|finally|always|never|really|so|such|too|forever|ages|what|all|everything|nothing|amazing|great|brilliant|lovely|good|best|awesome|fantastic)\b)(?! \p{L}+ed\b)(?: [\p{L}\d'-]+){0,6}$/u,
    ]),
    subordinate: patternSources([
      /^(?:how|what|which|who|whom|where|when|why|whatever|whenever|wherever) (?:i|i'm|i've|i'd|you|you're|we|they|he|she|it|it's)\b/,
    ]),
    relative: patternSources([
      // "…, which fits perfectly", "…, who was lovely": a relative clause after a statement.
      /^(?:which|who|that) (?!do|does|did|is|are|was|were|can|could|will|would|should|has|have|one\b|size\b|colou?r\b)(?!\p{L}+ (?:do|does|did|should|would|will|can|could) (?:i|you|u|it|they|we|he|she)\b)\p{L}+/u,
    ]),
    relativeUnmarked: [/^(?:which|who) (?:is|was|are|were|has|had|have)\b/],
    rhetorical: patternSources([
      // a service asked whether anyone runs it, or whether it is only there for show
      /\b(?:anyone|anybody|someone|somebody)\b.*\bor (?:(?:is|are) (?:[\w']+ ){1,3})?(?:just |purely |only |simply )?(?:for show|decorative|for decoration|there for show)\b/,
      // "how dare you" and "why didn't I find it sooner": praise in question form
      /^how dare (?:you|they|u)\b/,
      /^why (?:didn'?t i|did i not|did nobody|did no one|has nobody|has no one|have i never|haven'?t i|didn'?t anyone)\b[^?]*\b(?:sooner|earlier|before|years ago|ages ago)\b/,
      /^who (?:doesn't|does not|wouldn't|would not|don't|do not|didn't) (?:love|like|want|need|enjoy|dream)\b/,
      /^who (?:said|says)\b/,
      /^is it (?:just )?me or\b/,
      /^why would (?:anyone|anybody|someone|you ever)\b/,
      /\b(?:lived|live|survived|coped|managed) without\b/,
      /^(?:and )?why not\b/,
      /^guess (?:what|who)\b/,
      /^who knew\b/,
      /^who needs\b.*\banyway\b/,
      /^who needs (?:\p{L}+ ){0,3}(?:service|support|customer care|replies|answers|a reply|a response|deliver\p{L}*|refunds?|trains?|wifi|staff)\b/u,
      new RegExp(`^isn't (?:it|this|that|she|he) (?:just )?(?:${EN_ADMIRING})\\b`),
    ]),
  }),
  de: () => ({
    folded: true,
    openers: patternSources([
      /^(?:wie|wo|wann|warum|wieso|weshalb|weswegen|was|welche|welcher|welches|welchen|welchem|wer|wem|wen|wohin|woher|womit|wozu|wofur|woran|worauf|wieviel|wieviele)\b/,
      /^(?:eine|kurze|kleine) frage\b/,
      /^(?:bis|seit|ab) wann\b/,
    ]),
    phrases: patternSources([
      /\b(?:wieder|nochmal) (?:verfugbar|lieferbar|auf lager|vorratig)\b|\bkommt (?:\p{L}+ )?wieder rein\b/u,
      /\bich (?:wollte|wurde gerne|wurde gern|mochte|hatte) (?:mal )?(?:fragen|wissen|eine frage)\b/,
      // Indirect questions: "mich würde interessieren, ob…", "ich frage mich, wann…", "ich wüsste gern, ob…".
      /\b(?:mich wurde (?:mal )?interessieren|mich interessiert|ich frage mich|ich wusste gerne?)\b,? (?:ob|wann|wo|welche\w*|wie (?:lange|viel|teuer))\b/,
      /\b(?:weiss|hat|kennt) (?:jemand|wer|irgendwer|einer)\b/,
      /\bkann mir (?:jemand|einer|wer)\b/,
      /\b(?:konnt|konnen|konntet|konnten) (?:ihr|sie) mir (?:sagen|verraten|helfen)\b/,
      /\b(?:kurze|eine) frage\b/,
      // A closing "oder nicht" tag asks; after "egal ob" / "ganz gleich ob" it concedes ("ich fahr mit dem Rad, egal ob
      // die Linie fährt oder nicht": round 34's class posts).
      /^(?!.*\b(?:egal|gleich|einerlei),? ob\b).*\boder (?:nicht|nein)$/,
      /\b(?:nicht klar|unklar|nicht sicher|nicht ganz klar|verstehe nicht),? ob\b/,
      /^(?!.*\b(?:ist|wird|war|nicht)\b)(?:\S+ ){0,6}moglich(?: \S+){0,5}$/,
      /^(?:und )?was ist mit\b/,
    ]),
    exclamative: patternSources([
      /^wie (?:schon|toll|geil|cool|suss|super|hubsch|genial|praktisch|gemutlich|lecker|wunderbar|herrlich|traumhaft|klasse|schade|immer|gewohnt|versprochen|erwartet|angekundigt|lieb|nett|sch\w*)\b/,
      /^was (?:fur|ein|eine|einen)\b/,
      /^wie (?:argerlich|peinlich|traurig|dumm|blod|bitter|furchtbar|schrecklich)\b/,
      // "Kann es kaum erwarten" (can't wait), with the "ich" dropped, is not "Kann es…?".
      /^kann(?:'s| es) kaum erwarten\b/,
      // "Hätte ich nicht gedacht": surprise, not a question
      /^(?:hatte|wurde) ich (?:nie|nicht|niemals)\b/,
    ]),
    rhetorical: patternSources([
      // a service asked whether anyone runs it, or whether it is only there for show
      /\b(?:jemand|wer)\b.*\boder (?:(?:ist|sind) (?:\p{L}+ ){1,3})?(?:nur |bloss |reine )?(?:zur |als )?deko(?:ration)?\b/u,
      // "how dare you" and "why didn't I find it sooner": praise in question form
      /^wie (?:konnt|kannst|konnen) (?:ihr|du|sie) es wagen\b/,
      /^warum (?:hab(?:e)? ich|hat mir (?:das )?(?:niemand|keiner)|hat (?:niemand|keiner))\b[^?]*\b(?:fruher|eher|vorher)\b/,
      /^wer (?:liebt|mag|will|mochte|braucht|kennt|hat) (?:kein|keine|keinen|nicht)\b/,
      /^warum (?:auch )?nicht\b/,
      /^ratet mal\b/,
      /^wer braucht (?:schon|denn schon)\b/,
      /^wer (?:sagt|hat gesagt)(?: denn)?,? dass\b/,
      /^wer (?:hatte|mochte|wurde|will) (?:nicht|kein\w*)\b/,
      /\bohne (?:\p{L}+ ){0,4}(?:gelebt|ausgekommen|uberlebt)\b/u,
    ]),
    reproach: patternSources([
      /^ist das (?:\p{L}+ )?(?:euer|dein|ihr|jetzt) ernst\b/u,
      // "Das war jetzt aber nicht euer Ernst mit…, oder?"
      /^(?:das|es|dies) (?:ist|war) (?:\p{L}+ ){0,3}(?:euer|dein|ihr) ernst\b/u,
      /^(?:ernsthaft|echt jetzt|im ernst|jetzt echt)$/,
      /^vielleicht (?:mal|sollte|solltet|solltest|einfach)\b/,
      /^wer (?:hat sich|kam auf|hat entschieden)\b/,
      /^wie oft (?:muss|soll) ich\b/,
      /^(?:echt|wirklich|ehrlich|niemals|nie im leben|im leben nicht|traumt weiter|vergesst es)$/,
      // disbelief: "Glaubt ihr wirklich, dass…" ("Glaubt ihr, dass…" asks)
      /^(?:glaubt|denkt|meint|glauben|denken|meinen|glaubst|denkst|meinst) (?:ihr|sie|du) (?:\p{L}+ )?(?:wirklich|ernsthaft|echt|allen ernstes)\b/u,
      /^(?:wollt|wollen) (?:ihr|sie) mich (?:verappeln|verarschen|veralbern|auf den arm nehmen)\b/,
      /^ist es so schwer\b/,
      // "Wie schwer kann es sein, einen Brief pünktlich zuzustellen?" (round 41): "how hard can it be" ("Wie schwer ist der
      // Akku-Staubsauger?" asks a weight)
      /^wie schwer kann (?:es|das) (?:denn |eigentlich |bitte |bloss |nur )?sein\b/,
      /^(?:geht'?s noch|seid ihr (?:verruckt|wahnsinnig|noch zu retten)|soll das ein (?:witz|scherz) sein)\b/,
      // mockery that expects no answer: customers taken for fools, prices nobody can pay, a brand asked what is wrong
      // with it or how it can be so bad ("Wer kann mir helfen", "Was ist los mit meiner Bestellung" still ask)
      /^(?:haltet|halten) (?:ihr|sie) (?:uns|mich|eure kunden|ihre kunden) (?:\p{L}+ )?fur (?:blod|dumm|bescheuert|doof|idioten)\b/u,
      /^wer (?:soll|will|wurde|kann) (?!mir\b|mich\b|uns\b)(?:\p{L}+ ){0,4}(?:bezahlen|kaufen|leisten)$/u,
      /^was ist (?:(?:bloss|blos|denn|eigentlich|nur) ){1,2}los mit (?:euch|ihnen|dir)\b/,
      /^wie (?:kann|konnt|konnen) (?:man|ihr|sie|eine? \p{L}+|die \p{L}+) (?:nur |bloss )?so \p{L}+ sein\b/u,
    ]),
    indirect: patternSources([
      /\b(?:sagt|sagen sie|sag) (?:mir|uns)(?: bitte| doch| mal)?,? (?:ob|wann|wie|wo|was|welche\w*|warum)\b/,
      /\b(?:lasst|lassen sie|lass) (?:mich|uns) wissen,? (?:ob|wann|wie|wo|was)\b/,
      /\b(?:gebt|geben sie|gib|sagt|sagen sie|sag) (?:mir|uns)(?: bitte| doch| mal)* bescheid,? (?:ob|wann|wie|wenn)\b/,
      /\b(?:versuche|versuchen|mochte|will|wollte|muss|musste) (?:\p{L}+ )?(?:herauszufinden|herausfinden|wissen|erfahren),? (?:ob|wann|wie|wo|was|welche\w*)\b/u,
      /\bwusste (?:gern|gerne),? (?:ob|wann|wie|wo|was|welche\w*)\b/,
      // a plea for someone to get in touch: "Kann mich bitte jemand zurückrufen"
      /\b(?:kann|konnte|konnt) (?:mich|uns) (?:bitte |mal |endlich |vielleicht )*(?:jemand|einer|wer)\b/,
      // a search for how to do something: "ich suche gerade, wie ich…" ("ich suche so eine Lampe" is none)
      /\bich (?:suche|suchte)(?: gerade| noch| schon)?,? (?:wie|wo|ob|wann|welche\w*)\b/,
      /\b(?:ware|waere) (?:\p{L}+ )?(?:cool|gut|schon|super|toll|hilfreich|nett|interessant) zu wissen\b/u,
      // a request for news or information: "Ich hätte gern eine Info zu…", "Bitte um Rückmeldung…", "Wäre nett, wenn
      // ihr mir sagen könntet…" ("Danke für die Rückmeldung", "keine Rückmeldung" are none)
      /\bich (?:hatte|wurde|mochte) (?:gern |gerne )?(?:eine |einen |ein )?(?:info|information|auskunft|ruckmeldung|antwort|update|ruckruf)\b/,
      /(?:^|\bbitte )um (?:eine |einen |kurze |kurzen )?(?:ruckmeldung|info|information|auskunft|antwort|ruckruf)\b/,
      /\b(?:ware|waere) (?:nett|schon|super|toll|lieb|hilfreich|klasse),? wenn (?:ihr|sie|jemand|du) (?:mir|uns) (?:\p{L}+ )?(?:sagen|mitteilen|bescheid|verraten|bestatigen)\b/u,
    ]),
    runOn: patternSources([
      /\b(?:geliefert|verkauft|kommt|kommen) (?:\p{L}+ ){0,2}oder (?:im |in |als )?\p{L}+$/u,
      /\b(?:ge\p{L}+(?:t|en)|bestellt|gekauft|bezahlt|erhalten|bekommen|verwechselt|gesehen)\s+(?:kann|konnte|darf|soll|muss|gibt|habt|hat|ist|sind|wird|bekomme|kriege|konnt|konnen) (?:ich|ihr|man|es|du|wir|sie)\b/u,
      /\b(?:bestellt|gekauft|bezahlt|abgeschickt|zuruckgeschickt)\s+(?:wann|wo|wie|warum)\b/,
      // Statement order asking without a mark: "ihr habt an Heiligabend offen", "ihr liefert auch nach Südtirol"
      /^ihr (?:habt|hattet) (?:\p{L}+ ){0,4}(?:offen|geoffnet|auf)$/u,
      // "…in der Warteschleife, ist da jemand": is anyone there
      /\b(?:ist|is) (?:da|hier) (?:jemand|wer|irgendwer|irgendjemand)$|(?:^|[\s,])jemand (?:da|hier)$/,
      /^ihr (?:liefert|versendet|verschickt) (?:auch |noch )?(?:nach|in die|ins|an die|bis)\b/,
    ]),
    subordinate: patternSources([
      // "wer auch immer eure Posts schreibt…": whoever, not who
      /^(?:wer|was|wo|wie|wann) auch immer\b/,
      /^(?:wie|wo|wann|warum|wieso|weshalb|was|welche\w*|wer|wem|wen|wohin|woher|womit|wozu|wofur|woran|worauf)(?: (?:lange|viel|viele|oft|weit|genau))? (?:ich|du|er|sie|es|wir|ihr|man|mir|dir|uns|euch|ihm|ihnen|mich|dich|der|die|das|den|dem|des|ein|eine|einen|einem|einer|mein\w*|dein\w*|unser\w*|euer|eure\w*|sein\w*|dieser|diese|dieses|jemand|immer|alle|jeder|jede|jedes|niemand|keiner|viele|alles)\b/,
    ]),
  }),
  es: () => ({
    folded: false,
    openers: patternSources([
      /^(?:qué|cuál|cuáles|cuánto|cuánta|cuántos|cuántas|cómo|dónde|adónde|cuándo|quién|quiénes|por qué|por que)(?!\p{L})/u,
      // Without accents these words also mean "as", "where(as)", "when": only with a verb that makes them ask.
      /^(?:como|donde|cuando|cuanto) (?:puedo|podemos|hago|hay|está|esta|están|estan|llega|llegan|cuesta|cuestan|tarda|tardan|pueden|funciona|se puede|se hace|es posible)(?!\p{L})/u,
      /^(?:cual es|cuales son|que precio)(?!\p{L})/u,
      /^(?:hasta|desde|para) cuándo(?!\p{L})/u,
      /^(?:hay(?! que)|puedo|podemos|pueden|podéis|podeis|podrías|podrias|podría|podria|podríais|podriais|tienen|tenéis|teneis|tienes|hacen|hacéis|haceis|vendéis|vendeis|venden|aceptan|aceptáis|aceptais|envían|envian|enviáis|enviais|abren|abrís|abris|sabéis|sabeis|saben|sabes|es posible|sería posible|seria posible|se puede|se pueden|alguien|alguna idea)(?!\p{L})/u,
      // Conditional "vosotros", the polite way to ask a shop: "¿Tendríais el mismo en 200x200?".
      /^(?:tendríais|tendriais|haríais|hariais|venderíais|venderiais|enviaríais|enviariais)(?!\p{L})/u,
      /^me (?:podéis|podeis|puedes|pueden|podrías|podrias|podríais|podriais|decís|decis|dices|dicen|recomendáis|recomendais|recomiendas|recomiendan|ayudáis|ayudais|ayudas|ayudan)(?!\p{L})/u,
    ]),
    phrases: patternSources([
      /(?<!\p{L})(?:vuelve|vuelven|volverá|volvera|volverán|volveran) a (?:estar|haber|tener)(?: \p{L}+)? (?:disponibles?|stock|existencias)(?!\p{L})/u,
      /(?:quisiera|quería|queria|me gustaría|me gustaria|quiero) saber(?!\p{L})/u,
      /(?<!\p{L})me (?:preguntaba|pregunto) (?:si|cuándo|cuando|cómo|como|dónde|donde|qué|que|por qué)(?!\p{L})/u,
      /(?<!\p{L})alguien sabe(?!\p{L})/u,
      /(?<!\p{L})alguna idea(?!\p{L})/u,
      /(?<!\p{L})(?:sabéis|sabeis|saben|sabes|sabe) si(?!\p{L})/u,
      /(?<!\p{L})una (?:pregunta|duda)(?!\p{L})/u,
      /(?<!\p{L})o no$/u,
      /(?<!\p{L})no (?:me )?(?:queda|está|esta) claro si(?!\p{L})|(?<!\p{L})no estoy segur[oa] de si(?!\p{L})/u,
      /^(?!.*(?<!\p{L})(?:es|será|sería|sea|no)(?!\p{L}))(?:\S+ ){0,6}posible(?: \S+){0,5}$/u,
      /^y (?:qué|que) (?:pasa|hay) con(?!\p{L})/u,
    ]),
    exclamative: patternSources([
      /^(?:qué|que) (?:pena|bonito|bonita|bonitos|bonitas|precioso|preciosa|preciosos|preciosas|ilusión|ilusion|bien|ganas|maravilla|guay|lindo|linda|horror|vergüenza|verguenza|rabia|suerte|alegría|alegria|gusto|pasada|chulo|chula|rico|rica|envidia|felicidad|emoción|emocion|asco|bueno|buena|belleza|monada|bonico|mono|mona|desastre|lástima|lastima|locura|fastidio|rollo|disgusto|decepción|decepcion|faena|mal|detalle|detallazo)(?!\p{L})/u,
      /^(?:cómo|como) (?:me|nos|te|os) (?:gusta|gustan|encanta|encantan|mola|molan)(?!\p{L})/u,
      /^(?:cómo|como) no(?!\p{L})/u,
      // "…, cuánto nos gustó": how much, exclaimed
      /^(?:cuánto|cuanto|cuánta|cuanta) (?:me|nos|te|os|le|les) (?:gusta|gustan|gustó|gusto|gustaron|encanta|encantan|encantó|encanto|mola|molan|alegra|alegró|alegro)(?!\p{L})/u,
    ]),
    rhetorical: patternSources([
      // a service asked whether anyone runs it, or whether it is only there for show
      /(?<!\p{L})alguien(?!\p{L}).*(?<!\p{L})o (?:\p{L}+ ){0,2}(?:es|está|esta|son|están|estan) (?:solo |solamente )?(?:de adorno|decorativ[oa]s?|de decoración|de decoracion|para decorar)(?!\p{L})/u,
      // "how dare you" and "why didn't I find it sooner": praise in question form
      /^c[oó]mo (?:os atrev[eé]is|se atreven|te atreves|se atreve)(?!\p{L})/u,
      /^por ?qu[eé] (?:no|nadie me)(?!\p{L})[^?]*(?<!\p{L})antes(?!\p{L})/u,
      /^(?:a )?(?:quién|quien) no (?:ama|quiere|adora|sueña|suena|necesita|le gusta|le encanta|desea)(?!\p{L})/u,
      // "¿Y por qué no?", "¿por qué no probar…?": not "¿por qué no me deja activar la tarjeta?" (round 33's missed
      // question): a thing that fails to work, asked why, asks
      /^(?:y )?por qué no(?!\p{L})(?! (?:me |nos |se |le |les |lo |la )?(?:deja|dejan|puedo|podemos|puede|llega|llegan|funciona|funcionan|carga|cargan|aparece|aparecen|sale|salen|entra|entran|arranca|conecta|anda|andan|sirve|reconoce|acepta|aceptan|activa|abre)(?!\p{L}))/u,
      // "¿Para qué contestar los mensajes?": an infinitive after "para qué" mocks; "¿para qué sirve?" asks
      /^(?:para|pa) (?:qué|que) \p{L}+(?:ar|er|ir)(?:lo|la|los|las|le|les|se|me|nos)?(?!\p{L})/u,
      /^(?:quién|quien) (?:dijo|ha dicho|dice) que(?!\p{L})/u,
      /^(?:a )?(?:quién|quien) no (?:querría|querria|quisiera|tendría|tendria|le gustaría|le gustaria)(?!\p{L})/u,
      /(?<!\p{L})(?:vivía|vivia|viví|vivi|vivir|he vivido|vivíamos) sin(?!\p{L})/u,
    ]),
    reproach: patternSources([
      /^(?:en serio|es en serio|va en serio)(?!\p{L})/u,
      // "No lo diréis en serio lo de cobrar por las bolsas, ¿verdad?"
      /^no (?:lo |me )?(?:dirás|diras|diréis|direis|dirán|diran|dices|decís|decis|estarás|estaras|estaréis|estareis|estáis|estais|están|estan|hablarás|hablaras|habláis|hablais) en serio(?!\p{L})/u,
      /^(?:y si|quizás|quizas|a lo mejor|igual) (?:contrat|aprend|prob|pens|form)\p{L}*/u,
      /^(?:a )?(?:quién|quien) (?:se le ocurrió|se le ocurrio|decidió|decidio|pensó|penso)(?!\p{L})/u,
      /^(?:cuántas|cuantas) veces (?:tengo|hay|voy)(?!\p{L})/u,
      /^(?:de verdad|en serio|es broma|no me digas|ni de broma|ni en broma|ni hablar|ni loco|ni loca|venga ya|anda ya)$/u,
      // disbelief: "¿De verdad pensáis que…" ("¿Creéis que…" asks)
      /^(?:de verdad|en serio|realmente) (?:creen|creéis|creeis|crees|cree|piensan|pensáis|pensais|piensas|esperan|esperáis|esperais|esperas)(?!\p{L})/u,
      /^(?:os|se) (?:estáis|estais|están|estan) (?:riendo|burlando) de (?:mí|mi|nosotros)(?!\p{L})/u,
      /^(?:tan )?(?:difícil|dificil) es(?!\p{L})/u,
      /^(?:estamos|estáis|estais|están|estan|os habéis vuelto|os habeis vuelto) locos(?!\p{L})/u,
      /^(?:es|esto es) (?:una )?broma(?!\p{L})/u,
      // mockery that expects no answer: customers taken for fools, prices nobody will pay, a brand asked what is wrong
      // with it or how it can be so bad ("¿quién puede ayudarme?", "¿qué le pasa a mi pedido?" still ask)
      /^(?:nos|me) (?:tomáis|tomais|toman|tomas) por (?:tont[oa]s?|idiotas?|imbéciles|imbeciles|imbécil|imbecil|gilipollas|pardill[oa]s?)(?!\p{L})/u,
      /^(?:os creéis|os creeis|se creen|te crees) que (?:somos|soy) (?:tont[oa]s?|idiotas?|imbéciles|imbeciles)(?!\p{L})/u,
      /^(?:quién|quien) (?:va a|puede|podría|podria|querría|querria|iba a) (?:pagar|comprar|permitirse|gastar)(?!\p{L})/u,
      /^(?:pero )?(?:qué|que) (?:os|te) pasa$/u,
      /^(?:cómo|como) (?:se puede|podéis|podeis|pueden|puede|podemos) (?:ser|estar) tan(?!\p{L})/u,
    ]),
    indirect: patternSources([
      /(?<!\p{L})(?:me |nos )?(?:confirm[aá]is|confirmas|confirma|confirman|confirme|confirmen) si(?!\p{L})/u,
      /(?<!\p{L})(?:decidme|decime|dime|díganme|diganme|avisadme|avísame|avisame|avisenme|avísenme|confirmadme|indicadme|contadme)(?: por favor)?,? (?:si|cuándo|cuando|cómo|como|dónde|donde|qué|que|cuál|cual|cuánto|cuanto)(?!\p{L})/u,
      /(?<!\p{L})(?:estaría|estaria|sería|seria) (?:bien|genial|útil|util|estupendo) saber(?!\p{L})/u,
      /(?<!\p{L})(?:intentando|intento|necesito|quería|queria|me gustaría|me gustaria|quisiera|quiero) (?:averiguar|saber|confirmar|preguntar(?:os|les)?)(?!\p{L})/u,
      /(?<!\p{L})me (?:explicáis|explicais|explicas|explica|explican)(?!\p{L})/u,
      // a request for news or information: "Agradecería que me dijerais…", "Me gustaría recibir información sobre…"
      // ("Gracias por la información" is none)
      /(?<!\p{L})(?:agradecería|agradeceria|agradeceríamos|agradeceriamos) (?:que|si) (?:me|nos) (?:dijerais|dijeran|dijera|indicarais|indicaran|confirmarais|confirmaran|informarais|informaran|contestarais|contestaran|respondierais|respondieran|llamarais|llamaran)(?!\p{L})/u,
      /(?<!\p{L})(?:me gustaría|me gustaria|quisiera|querría|querria) (?:recibir|tener|obtener) (?:más |mas )?(?:información|informacion|noticias|respuesta)(?!\p{L})/u,
      // a plea for someone to get in touch: "Por favor que alguien me llame" ("ojalá alguien me hubiera…" regrets)
      /(?:^|, )(?:por favor,? )?que alguien (?:me|nos) (?:llame|conteste|responda|ayude|diga|explique|atienda|escriba|devuelva)(?!\p{L})/u,
      // a search for how to do something: "busco cómo darme de baja" ("busco como loca…" searches hard)
      /(?<!\p{L})(?:busco|buscaba|estoy buscando|ando buscando|intento encontrar) (?:cómo|dónde|cuándo|cuál|cuáles|qué|si|como(?! (?:loc[oa]s?|un|una|si|siempre|nunca)(?!\p{L}))|donde|cuando|cual)(?!\p{L})/u,
    ]),
    runOn: patternSources([
      // \"necesito factura a nombre de empresa como la pido\": how-to written without its accent, closing the post
      /(?<!\p{L})como (?:lo|la|los|las|le|me|se) (?:pido|hago|consigo|solicito|cambio|activo|pago|descargo|anulo|cancelo)$/u,
      /(?<!\p{L})(?:llega|llegan|viene|vienen|se entrega|se entregan) (?:\p{L}+ ){0,2}o (?:en |por )?\p{L}+$/u,
      /(?<!\p{L})(?:ayer|hoy|antes|anoche)\s+(?:puedo|podría|podria|se puede|podéis|podeis|pueden|hay|cuándo|dónde|cómo|qué)(?!\p{L})/u,
    ]),
    subordinate: [],
  }),
};

/** The interrogative patterns of each language, made on first use. */
export const QUESTION_PATTERNS: Record<Lang4, QuestionPatterns> = perLanguage((lang) => PATTERNS[lang]());
