// Complaint vocabulary of French, English, German and Spanish (accent-folded), with the negations that cancel it.
import { patternSources, type PatternSource } from './regex-union.js';
import type { Lang4 } from './stopwords.js';

export interface ComplaintPatterns {
  /**
   * Phrases that on their own say something went wrong, grouped by what customers complain about: delivery that
   * does not come, nobody answering, a damaged or faulty product, the wrong item, billing, cancellation, staff,
   * and plain anger.
   */
  strong: PatternSource[];
  /** Words that need company to be a complaint: "remboursement reçu en 48 h" is praise, "3 semaines pour un
   *  remboursement" is not. */
  weak: PatternSource[];
  /** Negated or idiomatic uses removed before matching: "jamais déçue", "no problem", "nicht schlecht". */
  cancel: RegExp[];
}

export const COMPLAINT_PATTERNS: Record<Lang4, ComplaintPatterns> = {
  fr: {
    strong: patternSources([
      // delivery that does not come
      /\btoujours (?:pas|rien|aucun|aucune|en attente|en preparation|en cours|pas de nouvelles)\b/,
      /\bj'attends (?:toujours|encore|depuis|mon|ma|mes|le|la|les|un|une)\b/,
      /\bpas (?:encore )?(?:recue?s?|arrivee?s?|livree?s?)\b/,
      /\bjamais (?:recue?s?|arrivee?s?|livree?s?)\b/,
      /\bcensee? (?:arriver|etre livree?)\b/,
      /\b(?:colis|commande|paquet|livraison) (?:perdue?|egaree?)\b/,
      /\ben retard\b/,
      /\b(?:marquee?|indiquee?|note) (?:comme )?livree?s?\b.*\b(?:mais|rien)\b/,
      /\bje n'ai (?:rien|jamais|toujours rien|toujours pas) (?:recu|eu)\b|\bn'ai rien recu\b/,
      /\b(?:commande|pris|achete)e?s? .{1,40}\b(?:et|mais) (?:j'ai )?recu\b/,
      // nobody answering
      /\bpersonne ne (?:repond|rappelle|decroche)\b/,
      /\b(?:sans|aucune|pas de) (?:reponse|nouvelles?|explication|retour)\b/,
      /\baucun (?:mail|e-mail|appel|retour|message|contact|suivi)\b/,
      /\bne (?:repond|repondez|rappelle|rappelez) (?:pas|plus|jamais)\b/,
      /\b(?:il )?y a quelqu'un\b/,
      /\b(?:injoignable|raccroche)\b/,
      /\b(?:on me balade|de service en service|tourne en rond)\b/,
      /\bzero (?:reponse|retour|reaction)\b/,
      // the website and the courier failing the customer
      /\b(?:site|appli|application|paiement) (?:plante|bugue|beugue|ne (?:marche|fonctionne|charge) (?:pas|plus))\b/,
      /\bsans (?:sonner|frapper|prevenir)\b|\balors que j'etais (?:chez moi|la|present)/,
      /\b(?:impossible|pas moyen) d'(?:avoir|joindre|parler a) (?:un humain|quelqu'un|une personne|un conseiller)\b/,
      /\b(?:\d+|deux|trois|quatre|plusieurs) fois que j'(?:appelle|ecris|relance|envoie)\b/,
      // damaged or faulty product
      /\b(?:cassee?s?|abimee?s?|endommagee?s?|defectueu(?:x|se|ses)|fissuree?s?|tachee?s?|dechiree?s?|trouee?s?|retrecie?s?|decoloree?s?|deteint|rouillee?s?|bancale?s?|tordue?s?|felee?s?|moisie?s?|pourrie?s?)\b/,
      /\ben (?:deux|plusieurs|mille) morceaux\b/,
      /\bne (?:fonctionne|marche|s'allume|s'ouvre|se ferme|tient)(?:nt)? (?:pas|plus)\b/,
      /\b(?:mauvaise|piete|mediocre) qualite\b|\bqualite (?:mediocre|deplorable|decevante|lamentable)\b/,
      /\bbouloch/,
      /\b(?:affaissee?s?|s'est affaisse|deformee?s?)\b/,
      /\bsent (?:le plastique|le chimique|mauvais|le moisi|l'humidite|le brule)\b|\bodeur (?:chimique|de plastique|de moisi)\b/,
      // wrong or missing items
      /\bmauvaise? (?:couleur|taille|article|produit|reference|modele|adresse|commande)\b/,
      /\bpas (?:le|la) bon(?:ne)? (?:produit|article|modele|colis|couleur|taille)\b/,
      /\berreur (?:de|dans (?:la|ma)) (?:commande|livraison|facturation)\b/,
      /\b(?:incomplete?s?|manquante?s?)\b/,
      /\bil manque\b/,
      /\bne correspond(?:ent)? pas\b/,
      // billing and cancellation
      /\b(?:debitee?s?|prelevee?s?|facturee?s?|payee?s?) (?:deux|2|trois|3) fois\b/,
      /\bdouble (?:prelevement|debit|facturation)\b/,
      /\bannulee? sans\b/,
      // staff
      /\b(?:tres )?mal (?:recue?|accueillie?|conseillee?|traitee?)\b/,
      /\b(?:impolie?s?|desagreables?|irrespectueu(?:x|se)|odieu(?:x|se)|meprisante?s?)\b/,
      // asking for a remedy
      /\bje (?:veux|demande|exige|voudrais) (?:un |une |le |mon |d'etre )?(?:echange|remboursement|remboursee?|remplacement)\b/,
      /\bremboursez(?:-moi)?\b/,
      /\b(?:plainte|reclamation|litige)\b/,
      // anger and disappointment
      /\b(?:inadmissible|inacceptable|scandaleu[xs]e?|honteu[xs]e?|lamentable|deplorable|catastrophique|arnaque|mecontente?s?|indecente?s?)\b/,
      /\bc'est (?:une )?(?:honte|blague|catastrophe)\b/,
      /\b(?:decue?s?|decevante?s?|deception)\b/,
      /\bn'importe quoi\b/,
      /\bpas (?:du tout )?(?:contente?s?|satisfaite?s?|convaincue?s?)\b/,
      /\b(?:plus jamais|ras le bol|j'en ai marre|marre|ca suffit)\b/,
      /\b(?:je n'arrive pas a|impossible d(?:e |'))/,
      /\b(?:c'est )?nul(?:le)?\b(?! part)/,
      /\b(?:pas normal|est-ce normal|c'est normal que|c'est normal \?)/,
      // Not a habit counted ("3e fois ce mois-ci que je commande chez vous, toujours aussi bonne !": class posts after
      // round 40).
      /\b(?:deuxieme|troisieme|2e|3e|quatrieme) (?:fois|mail|message|relance|appel)\b(?! (?:(?:ce mois-ci|ce mois|cette semaine|cette annee|de suite) )?que (?:je |j'|nous |on )(?:commande|viens|reviens|vais|mange|achete|prends|teste|craque|passe|dine|dejeune))/,
      /\bet (?:toujours )?rien\s*[.!]*$/,
      // escalation: legal action, consumer authorities, public shaming
      /\b(?:porter plainte|mise en demeure|dgccrf|que choisir|60 millions|signalconso|mediateur|tribunal|mon avocat|(?:prendre|contacter|saisir|voir) un avocat)\b/,
      // support out of reach ("aux abonnés absents", "personne pour m'aider")
      /\baux abonnes absents\b|\bpersonne pour (?:me |m')?(?:repondre|aider|rappeler)\b/,
      /\bquelqu'un va (?:enfin |bien )?(?:me |m')?(?:repondre|rappeler|aider)\b|\b(?:allez|va|vont)(?:-vous)? enfin (?:me |m')?(?:repondre|rappeler|aider|rembourser)\b/,
      /\b(?:dois|doit|vais|faut) (?:encore )?attendre (?:encore )?(?:longtemps|combien)\b/,
      // stuck orders and the website failing repeatedly
      /\b(?:commande|colis|compte|paiement|remboursement) (?:bloquee?|coincee?|suspendue?)\b/,
      /\b(?:site|appli|application|app|paiement|panier)\b.{0,40}\b(?<!(?:une|la|les|des|cette|ma|ta|sa|votre) )(?:plante|bugue|beugue|crashe?|deconnecte|se ferme|ne charge)\b/,
      // the courier: parcel left outside, arrived open or soaked
      /\b(?:laisse|depose|jete|balance)e? (?:mon |le |ma |la )?(?:colis|paquet|commande) (?:devant|dehors|dans la rue|sur le trottoir|par-dessus)\b/,
      /\b(?:arrivee?|recue?|livree?) (?:ouverte?|vide|mouillee?|ecrasee?|eventree?|trempee?)\b|\ba moitie vide\b/,
      // billing the customer should not pay
      /\b(?:on me|vous me|m'avez|m'a) (?:facture|factures|preleve|debite|compte)\b.*\b(?:alors que|pourtant|sans)\b/,
      // staff conduct: a shrug, an eye-roll, "not our problem"; a choice asked about rhetorically ("j'aimerais savoir qui a…")
      /(?<!\b(?:pas|jamais|sans) (?:\w+ )?)\b(?:hausse les epaules|leve les yeux au ciel)\b|\b(?:m'a|nous a|m'ont|nous ont) (?:parle|repondu|traitee?s?) comme (?:a )?(?:un|une|des)\b|\bpas (?:notre|mon) (?:probleme|rayon)\b/,
      /\bj'aimerais (?:bien )?savoir qui a\b/,
      // a letdown weighed against the price ("Pour 19 € je m'attendais à mieux")
      /\b(?:pour (?:le|ce) prix|a ce prix|pour \d+)[^.!?]{0,40}\b(?:je m'attendais a (?:mieux|plus)|j'attendais mieux)\b|\bje m'attendais a (?:mieux|plus)\b[^.!?]{0,30}\b(?:pour (?:le|ce) prix|a ce prix|pour \d+)/,
    ]),
    weak: patternSources([
      /\brembourse(?:ment|r|e)?\b/,
      /\b(?:retard|probleme|souci|attente)\b/,
      /\bdepuis (?:\d+|un|une|deux|trois|quatre|plus d'une?) (?:jours?|semaines?|mois)\b/,
      /\b(?:\d+|deux|trois|quatre) semaines\b/,
      /\bca fait (?:\d+|deux|trois|quatre|une|un) (?:jours?|semaines?|mois)\b/,
      /\bou (?:en )?est (?:ma|mon|mes) (?:commande|colis|remboursement|livraison)\b/,
      /^(?:serieusement|franchement|serieux)\b/,
      // "à chaque fois que je…", "sans arrêt": a failure that repeats
      /\b(?:a chaque fois|chaque fois) que j'(?:essaie|essaye|veux|tente)\b/,
      // impatience: "je vais finir par être remboursée un jour ?"
      /\bfinir par\b|\bun jour\s*\?/,
      /\bou quoi\s*[?!.]*$/,
    ]),
    cancel: [
      /\b(?:pas|aucun|sans|jamais eu) de (?:souci|soucis|probleme|problemes|retard)\b/,
      // trouble denied ("pas une seule panne", "zéro coupure", "pas de plainte"), a match lost ("on a perdu 2-0"), and a
      // trouble word that only heightens praise ("indécemment bon")
      /\b(?:pas (?:une? )?seule?|zero|pas de|sans (?:la moindre|une seule)) (?:panne|coupure|plainte|bug|souci)s?\b|\b(?:on a|nous avons|ils ont) perdu\b(?! (?:mon|ma|mes|notre|nos|le|la|les|l'|du|des|un|une)\b)|\b(?:indecemment|scandaleusement|honteusement|outrageusement) (?:bon|bonne|bons|bonnes|delicieu\w*|efficace|confortable)\b/,
      /\b(?:aucun|sans) (?:souci|probleme)\b/,
      /\b(?:jamais|pas|jamais ete|pas ete) decue?s?\b/,
      /\brien a redire\b/,
      // a failure negated as loyalty: "ne m'a jamais lâché", "jamais la moindre panne"
      /\b(?:ne m'a|ne nous a|n'a) jamais (?:lache|laisse tomber|fait defaut)\b|\bjamais (?:une|la moindre) (?:panne|souci)\b/,
      /\bpas mal\b/,
      /\bnul(?:le)? part\b/,
      /\b(?:aucune plainte|rien a reprocher|rien a dire)\b/,
      // A problem the brand solved is praise: "j'ai eu un souci mais l'échange a été super rapide".
      /\b(?:probleme|souci|erreur)s?\b[^.!?]{0,60}\bmais\b[^.!?]{0,40}\b(?:regle|resolu|rapide|rapidement|remplace|rembourse|corrige|gere|super|merci)\b/,
    ],
  },
  en: {
    strong: patternSources([
      // delivery that does not come
      /\bstill (?:waiting|nothing|no|not|haven't|hasn't|don't|doesn't|didn't)\b/,
      /\bnever (?:received|arrived|got|came|turned up|delivered)\b/,
      /\b(?:hasn't|haven't|has not|have not|didn't|did not) (?:arrived|come|turned up|been delivered|been shipped|shipped|received)\b/,
      /\b(?:was|were) supposed to (?:arrive|be delivered|come|ship|be here)\b/,
      /\b(?:overdue|(?:days|weeks) late)\b/,
      /\bbeen waiting (?:for|since)\b/,
      /\b(?:says|shows|marked|marked as|showing) delivered\b.*\b(?:but|nothing|never)\b/,
      /\b(?:haven't|have not|never) received (?:anything|it|them|my)\b/,
      /\bordered .{1,40}\b(?:and|but) (?:got|received|they sent)\b/,
      // nobody answering
      /\bno (?:reply|answer|response|call|calls|email|emails|update|updates|contact|word|follow[- ]up)\b/,
      /\bno one (?:answers|replies|responds|gets back|has got back)\b/,
      /\b(?:nobody|no-one) (?:answers|replies|responds|gets back|got back|picks up|helps)\b/,
      /\b(?:heard nothing|not heard back|haven't heard|have not heard)\b/,
      /\b(?:is|are) (?:anyone|anybody) (?:actually |even )?(?:there|reading|listening|working|home)\b/,
      /\b(?:anyone|anybody) (?:actually|even|ever) (?:there|reading|listening|working|home|going to)\b/,
      /\b(?:hasn't|has not|haven't|won't|will not|doesn't|isn't) (?:anyone|anybody|someone|somebody|nobody) (?:\w+ )?(?:replied|responded|answered|got back|called|helped|reply|respond|answer|help)\b/,
      /\b(?:is )?(?:anyone|anybody|someone|somebody) (?:ever )?(?:going to|gonna) (?:reply|respond|answer|help|sort|fix|get back|call|refund)\b/,
      /\b(?:on hold|hung up|cut off|ignored|ignoring)\b/,
      /\b(?:passed|pushed|sent) (?:from \S+ to \S+|around|between)\b|\bfrom department to department\b/,
      /\b(?:goes|going|go) round in circles\b/,
      /\bzero (?:response|reply|replies|answer)\b/,
      /\b(?:website|site|app|checkout|payment page) (?:crashes|keeps crashing|is down|won't load|doesn't load|freezes|keeps freezing)\b/,
      /\b(?:said|saying) i (?:wasn't|was not) (?:home|in)\b|\b(?:didn't|did not) (?:even )?(?:ring|knock)\b|\bwithout (?:ringing|knocking)\b/,
      /\b(?:can't|cannot|can not|unable to) (?:reach|get hold of|speak to|talk to|get through to) (?:a human|anyone|anybody|someone|a person|a real person)\b/,
      // damaged or faulty product
      /\b(?:lost|broken|damaged|defective|faulty|scratched|scratch|cracked|dented|peeling|stained|ripped|torn|shrunk|shrank|faded|rusted|rusty|wobbly|leaking|leaks|mouldy|moldy|chipped|snapped)\b/,
      /\b(?:fell|falling|came|coming) apart\b/,
      /\b(?:doesn't|does not|didn't|won't|will not|isn't) (?:work|working|turn on|switch on|close|open|fit|charge)\b/,
      /\b(?:not|stopped) working\b/,
      /\b(?:poor|bad|cheap|shoddy|awful|terrible) quality\b/,
      /\b(?:sagging|sagged|lost its shape)\b/,
      /\bsmells? (?:of|like) (?:chemicals|plastic|damp|smoke|mould|mold|paint)\b|\bsmells? (?:bad|awful|horrible|terrible)\b|\bstinks\b/,
      // wrong or missing items
      /\bmissing\b/,
      /\bwrong (?:colour|color|size|item|order|product|address|parcel|one)\b/,
      /\bnothing like the (?:photo|picture|pictures|description)\b/,
      // billing and cancellation
      /\bcharged (?:me )?(?:twice|two times|double|three times)\b|\b(?:double[- ]charged|overcharged)\b/,
      /\bcancell?ed (?:my order )?without\b/,
      // staff
      /\b(?:rude|unhelpful|impolite|dismissive)\b/,
      // asking for a remedy
      /\b(?:sort (?:this|it) out|fix this|money back|i (?:want|demand|need) (?:a|my) (?:refund|replacement)|please refund|refund (?:me|please))\b/,
      /\b(?:complain|complaint|complaints|scam|rip[- ]?off)\b/,
      // anger and disappointment
      /\b(?:terrible|awful|horrible|appalling|unacceptable|disgraceful|disgrace|disgusting|ridiculous|shocking|useless|hopeless|pathetic|nightmare|shambles)\b/,
      /\bdisappoint(?:ed|ing|ment)\b/,
      /\b(?:not happy|unhappy|fed up|sick of|had enough|not impressed|not satisfied|dissatisfied)\b/,
      /\bnever again\b/,
      /\bwhat a (?:joke|mess|shambles|disaster)\b/,
      /\bseriously\s*[.!?]*$/,
      /\bworst (?:\w+ )?(?:service|experience|company|shop|store|purchase|quality|delivery|customer|support)\b/,
      /\bworst ever\b|\bthe worst\s*[.!]*$/,
      /\b(?:second|third|fourth|2nd|3rd|4th) (?:time|email|message|call)\b|\b(?:twice|three times|four times) (?:already|now)\b/,
      /\b(?:emailed|called|messaged|written|rang) (?:\w+ )?(?:twice|three times|four times|several times|multiple times)\b/,
      /\band nothing\s*[.!]*$/,
      /\bkeeps? (?:looping|crashing|failing)\b/,
      // escalation: bank disputes, consumer authorities, lawyers, public shaming
      /\b(?:chargeback|trading standards|small claims|ombudsman|better business bureau|bbb|citizens advice|legal action|report(?:ing)? you|dispute (?:it|this|the charge) with|(?:contact|call|speak to|get|involve|hand (?:this|it) to)\w* (?:my|a) (?:lawyer|solicitor))\b/,
      // the app or website failing the customer
      /\b(?:app|website|site|checkout|page|account)\b.{0,40}\b(?:crash\w*|freez\w*|logs? me out|logging me out|kicks? me out|kicking me out|won't let me|error)\b/,
      // patience running out: "how is it acceptable", "how much longer", "wait any longer"
      /\bhow (?:is|was) (?:it|this|that) (?:acceptable|fair|legal)\b|\b(?:should|must|do) i (?:keep waiting|wait (?:forever|any longer))\b/,
      // the courier: parcel left outside or thrown
      /\b(?:left|dumped|thrown|threw|chucked) (?:my |the )?(?:parcel|package|order|box) (?:outside|on the|in the|over|at the)\b/,
      /\b(?:arrived|came|delivered) (?:opened|open|soaked|crushed|empty|half empty)\b/,
      /\b(?:it|they|handle|strap|zip|zipper|heel|sole) broke\b|\bbroke (?:after|within|on day|the first)\b/,
      // staff conduct: a shrug, an eye-roll, walking off, "not my department"; wondering aloud who chose a change
      /(?<!\b(?:not|never|didn't|didnt|nobody|no one) (?:\w+ )?)\b(?:shrugged|walked off|rolled (?:her|his|their) eyes)\b|\bnot (?:my|our) (?:department|problem)\b/,
      /\b(?:would|i'd|i would) love to know who\b/,
      // a letdown weighed against the price ("expected more for £60", "for the price I'd expect better")
      /\b(?:expected|expecting|hoped for) (?:a lot |much |way )?(?:more|better)\b[^.!?]{0,30}\b(?:for (?:the price|that price|[£$€]?\d+)|at (?:this|that) price)|\b(?:for (?:the price|that price|[£$€]\d+)|at (?:this|that) price)[^.!?]{0,40}\b(?:expected|expecting|hoped for|i'd expect|i expect) (?:a lot |much |way )?(?:more|better)\b/,
    ]),
    weak: patternSources([
      /\b(?:refund|delay|delayed|late|problem|issue|waiting)\b/,
      /\b(?:it's|it has|it is) been (?:\d+|two|three|four|several) (?:days|weeks|months)\b/,
      /\bwhere is my\b/,
      /^(?:seriously|honestly)\b/,
      /\b(?:\d+|two|three|four) (?:days|weeks|hours) (?:now|later|ago|on hold)\b/,
      /\b(?:every|each) (?:single )?time i (?:try|log|open|click|go to)\b/,
      /\bor what\s*[?!.]*$/,
    ]),
    cancel: [
      /\bno (?:problem|problems|worries|issue|issues)\b/,
      // trouble denied ("zero issues since", "not one breakdown", "not complaining"), a match lost ("we lost 2-0"), and a
      // trouble word that only heightens praise ("ridiculously good")
      /\b(?:zero|not (?:a|one) single|not one|without (?:a|any)(?: word of)?) (?:issues?|problems?|complaints?|faults?|outages?|breakdowns?)\b(?!\s*\?)|\bnot complaining\b|\bwe(?:'ve| have)? lost\b(?! (?:power|internet|signal|connection|water|heat\w*|service|wifi|data|our|all|the|a|an|my|\d+ (?:hours?|days?))\b)|\b(?:ridiculously|stupidly|insanely|criminally|obscenely|dangerously|offensively|unreasonably|sinfully) (?:good|tasty|cheap|comfy|comfortable|fast|quick|soft|delicious|easy|smooth|moreish)\b/,
      /\bnot (?:a )?(?:problem|bad)\b/,
      /\b(?:never|not) (?:been )?disappointed\b/,
      /\bnothing to complain\b/,
      // a failure negated as loyalty: "never let me down", "not once broken down"
      /\b(?:never|not once|hasn't once) (?:let (?:me|us) down|failed (?:me|us)|broken down|given (?:me|us) (?:any )?trouble)\b/,
      /\b(?:never|without) (?:had )?(?:a|any) (?:problem|issue)s?\b/,
      /\bthe worst part\b/,
      /\bcan't complain\b/,
      /\bno complaints?\b/,
      // Ordinal counts of purchases are loyalty, not repeated contact: "third time this year", "second time ordering".
      /\b(?:second|third|fourth|2nd|3rd|4th) time (?:this|that|in|ordering|buying|i(?:'ve)? (?:ordered|bought))\b/,
      // A problem the brand solved is praise: "I had a problem but the team fixed it in a day".
      /\b(?:problem|issue|mix-up)s?\b[^.!?]{0,60}\bbut\b[^.!?]{0,40}\b(?:fixed|sorted|resolved|solved|replaced|refunded|quickly|straight away|brilliant|great)\b/,
      // Product words that merely look like damage: "torn between two colours", "stained glass", "rusty orange".
      /\btorn between\b/,
      /\bstained glass\b/,
      /\b(?:rusty|faded) (?:orange|red|brown|pink|blue|green|colou?rs?|tones?|hues?|look|finish)\b/,
    ],
  },
  de: {
    strong: patternSources([
      // delivery that does not come
      /\b(?:immer noch|noch immer) (?:nicht|kein|keine|keinen|nichts)\b/,
      /\bwarte (?:ich )?(?:immer noch|noch immer|seit|schon|auf)\b/,
      /\bnoch (?:nicht|immer nicht) (?:da|angekommen|geliefert|erhalten|verschickt)\b|\bnicht angekommen\b/,
      /\bliegt (?:seit|schon|immer noch)\b/,
      /\bzugestellt\b.*\b(?:aber|nichts)\b/,
      /\bnichts (?:erhalten|bekommen|angekommen)\b/,
      /\bbestellt\b.{1,40}\b(?:und|aber) .{0,20}\b(?:bekommen|erhalten|geliefert)\b/,
      /\bverloren\b/,
      // nobody answering
      /\b(?:niemand|keiner) (?:antwortet|meldet sich|reagiert|geht ran|hilft)\b/,
      /\bantwortet (?:hier )?(?:niemand|keiner)\b/,
      /\b(?:keine|ohne) (?:antwort|reaktion|ruckmeldung|ergebnis|e-mail|mail|ruckruf|info)\b/,
      /\b(?:nicht erreichbar|warteschleife|aufgelegt)\b/,
      /\b(?:ist|sind) (?:da|hier) (?:jemand|wer)\b/,
      /\b(?:weiterverbunden|von einem zum (?:anderen|nachsten)|dreht sich im kreis)\b/,
      /\berreiche (?:keinen|niemanden|niemand)\b|\bkeinen menschen\b/,
      /\bnull (?:reaktion|antwort|ruckmeldung)\b/,
      /\b(?:website|seite|app|shop) (?:sturzt|hangt|ladt nicht)\b|\bsturzt \p{L}+ (?:\p{L}+ )*?ab\b/u,
      /\bnicht (?:mal |einmal )?geklingelt\b|\bobwohl ich (?:zu hause|zuhause|da|daheim) war\b/,
      // The count in digits too (round 34: "Lieferung jetzt zum 3. Mal verschoben").
      /\bzum (?:zweiten|dritten|vierten|x-ten|\d+\.) mal\b/,
      // damaged or faulty product
      /\b(?:kaputt(?:e[mnrs]?)?|beschadigt(?:e[mnrs]?)?|defekt(?:e[mnrs]?)?|zerbrochen(?:e[mnrs]?)?|zerkratzt|mangelhaft|eingelaufen|verfarbt|gerissen|kratzer|wackelig|undicht|verrostet|schimmel|abgebrochen|minderwertig)\b/,
      /\b(?:fleck|flecken) (?:auf|im|in|am)\b/,
      /\b(?:funktioniert|geht|lauft) (?:nicht|nicht mehr)\b/,
      /\bschlechte[rn]? qualitat\b/,
      /\b(?:durchgelegen|ausgeleiert|verformt)\b/,
      /\briecht (?:\p{L}+ )*?nach (?:chemie|plastik|schimmel|rauch|farbe)\b|\briecht (?:unangenehm|schlecht|muffig)\b|\bstinkt\b/u,
      /\b(?:fehlt|fehlen|wackelt|wackeln)\b/,
      // wrong items, billing
      /\bfalsch (?:geliefert|berechnet|verschickt|abgebucht)\b/,
      /\bfalsche[nrs]? \p{L}+/u,
      /\b(?:doppelt|zweimal) (?:abgebucht|berechnet|belastet|bezahlt)\b/,
      /\bstorniert ohne\b/,
      // staff
      /\b(?:unfreundlich|unhoflich|respektlos|pampig)\b/,
      /\bnicht (?:zufrieden|uberzeugt)\b|\bunzufrieden\b/,
      // remedy, anger, disappointment
      /\bgeld zuruck\b/,
      /\b(?:will|mochte|verlange|fordere|erwarte) (?:eine|meine|die) (?:ruckerstattung|erstattung|gutschrift|ersatzlieferung)\b/,
      /\b(?:reklamation|beschwerde)\b/,
      /\benttausch(?:t|end|ung)\b/,
      /\b(?:unmoglich|unverschamt|frechheit|skandal|skandalos|katastrophe|katastrophal|nie wieder|argerlich|zumutung|frustrierend)\b/,
      /\b(?:jetzt )?reicht(?:'s| es)\b|\bso geht das nicht\b|\bein witz\b/,
      /\b(?:schlechte[rns]?|sehr schlecht|ganz schlecht)\b/,
      /\bdauert (?:das |die \p{L}+ |der \p{L}+ )?so lange\b/u,
      /\bund nichts (?:ist )?(?:da|passiert|angekommen)\b/,
      /\b(?:zweite|dritte|vierte)[nrs]? (?:mail|nachricht|mal|anruf)\b|\b(?:zweimal|dreimal) (?:falsch|schon|bereits)\b/,
      /\bseit \S+ (?:tagen|wochen|monaten) (?:nichts|keine)\b/,
      // escalation: consumer advice centre, lawyer, police report, public shaming
      /\b(?:verbraucherzentrale|mein(?:en|em)? anwalt|anwalt einschalten|rechtliche schritte|anzeige erstatten|schlichtungsstelle|widerspruch bei (?:der|meiner) bank)\b/,
      // support out of reach, impatience
      /\b(?:dauernd|standig|immer|nur) besetzt\b|\bantwortet (?:mir |uns )?(?:hier )?(?:niemand|keiner)\b/,
      /\b(?:soll|muss) ich (?:noch )?(?:langer|ewig)\b|\bist das (?:euer|dein|ihr) ernst\b/,
      // the app or website failing the customer
      /\b(?:app|website|seite|shop|konto|kasse)\b.{0,40}\b(?:sturzt|abgesturzt|hangt|loggt mich (?:\p{L}+ )?aus|fehlermeldung|ladt nicht|lasst sich nicht)\b/u,
      // the courier: parcel left outside, arrived open or wet
      /\b(?:vor die tur|draussen|in den regen|uber den zaun) (?:gestellt|gelegt|geworfen)\b|\beinfach abgestellt\b/,
      /\b(?:kam|ist|war) (?:\p{L}+ )?(?:geoffnet|offen|nass|zerdruckt|leer) an\b/u,
      // staff conduct: snapped at, shouted at, a shrug, "nicht unser Problem"; wondering aloud with a particle ("ich frag
      // mich ja, ob…", "ich wundere mich nur"), a reproach
      /(?<!\b(?:nicht|nie|kein|ohne) (?:\w+ )?)\b(?:angeschnauzt|angeblafft|angeschrien|angemault|angepampt|ausgelacht)\b|\b(?:mit den )?schultern gezuckt\b|\baugen verdreht\b|\bnicht (?:unser|mein) (?:problem|bier)\b/,
      /\bich (?:frag|frage|wundere) mich (?:ja|echt|schon|nur|wirklich|ernsthaft)\b/,
      // a letdown weighed against the price ("für den Preis eher mau", "Für 14 Euro hätte ich mehr erwartet")
      /\b(?:fur (?:den|diesen|das) (?:preis|geld)|fur \d+)[^.!?]{0,40}\b(?:mehr erwartet|erwarte ich mehr|eher mau)\b|\b(?:mehr erwartet|eher mau)\b[^.!?]{0,30}\bfur (?:den|diesen) preis\b/,
    ]),
    weak: patternSources([
      /\b(?:ruckerstattung|gutschrift|leider|verspatet|verspatung|problem|warten)\b/,
      /\bwo bleibt\b/,
      /\bseit (?:\d+|zwei|drei|vier|einem|einer) (?:tag|tagen|woche|wochen|monat|monaten)\b/,
      /\bewig\b/,
      /^ernsthaft\b/,
      /\bjedes mal,? wenn ich (?:\p{L}+ ){0,4}(?:versuche|will|mochte)\b/u,
      /\boder was\s*[?!.]*$/,
    ]),
    cancel: [
      /\bkein (?:problem|stress)\b/,
      // trouble denied ("null Problemo", "kein einziger Ausfall"), a match lost ("0:4 verloren"), and a trouble word that
      // only heightens praise ("unverschämt gut")
      /\bnull (?:problemo|probleme|problem|ausfalle)\b|\bkein(?:en|e)? einzige[nrs]? (?:problem|ausfall|fehler|beschwerde)\b|\b\d+:\d+ verloren\b|\bwir haben (?:\d+:\d+ |leider |heute |wieder )?verloren\b|\b(?:unverschamt|unanstandig|gefahrlich|krank|brutal) (?:gut|lecker|gunstig|bequem|schnell|weich)\b/,
      /\b(?:keine probleme|ohne probleme|problemlos)\b/,
      /\b(?:nie|nicht) enttauscht\b/,
      /\bnicht schlecht\b/,
      // a failure negated as loyalty: "hat mich nie im Stich gelassen", "nie ausgefallen"
      /\b(?:noch )?nie (?:im stich gelassen|ausgefallen|kaputt gegangen|ein problem gehabt)\b/,
      /\bkeine (?:beschwerden|klagen)\b/,
      // A problem the brand solved is praise: "Hatte ein Problem, aber der Support hat sofort geholfen".
      /\b(?:problem|fehler)e?\b[^.!?]{0,60}\baber\b[^.!?]{0,40}\b(?:geholfen|gelost|behoben|ersetzt|erstattet|sofort|schnell|super)\b/,
    ],
  },
  es: {
    strong: patternSources([
      // delivery that does not come
      /\b(?:todavia|aun) no\b/,
      /\bsigo (?:esperando|sin)\b/,
      /\bllevo (?:\S+ )?(?:dias|semanas|meses|horas) esperando\b/,
      /\bno (?:me )?ha (?:llegado|llegado nada)\b|\bdeberia haber llegado\b|\bsin llegar\b/,
      /\bperdid[oa]s?\b/,
      /\b(?:dice|pone|marca|aparece(?: como)?) entregado\b.*\b(?:pero|nada)\b/,
      /\bno (?:he|hemos) recibido (?:nada|el|mi|la)\b/,
      /\bped[ií] .{1,40}\b(?:y|pero) (?:me (?:llego|llegaron|mandaron|enviaron)|recibi)\b/,
      // nobody answering
      /\bnadie (?:me )?(?:lo )?(?:contesta|responde|atiende|soluciona|ayuda|llama)\b/,
      /\b(?:alguien|nadie) (?:me |nos )?va a (?:contestar|responder|ayudar|llamar)\b/,
      /\bsin (?:respuesta|noticias|contestacion)\b/,
      /\bno (?:me )?(?:responden|responde|contestan|contesta)\b/,
      /\b(?:hay )?alguien ahi\b|\bme colgaron\b/,
      /\bni (?:un |una )?(?:correo|email|llamada|respuesta)\b/,
      /\bme pasan de\b|\bde un departamento a otro\b|\bda vueltas\b/,
      /\bcero (?:respuestas?|contestacion)\b/,
      /\b(?:web|app|pagina) se (?:cuelga|bloquea|cae)\b|\bno (?:carga|deja pagar)\b/,
      /\bsin (?:llamar|tocar) (?:al|el) timbre\b|\bque no estaba y (?:estuve|estaba)\b/,
      /\bno hay (?:forma|manera) de (?:hablar|contactar)\b|\bimposible (?:hablar|contactar)\b/,
      // damaged or faulty product
      /\b(?:roto|rota|rotos|rotas|danado|danada|defectuos[oa]s?|rayad[oa]s?|manchad[oa]s?|suelt[oa]s?|descosid[oa]s?|destenid[oa]s?|oxidad[oa]s?|encogid[oa]s?)\b/,
      /\bno (?:enciende|funciona|cierra|abre|carga)\b/,
      /\bmala calidad\b|\bcalidad (?:pesima|malisima|horrible)\b/,
      /\b(?:se ha hundido|hundid[oa]|deformad[oa]s?)\b/,
      /\bhuele (?:a (?:quimico|plastico|humedad|moho|tabaco|pintura)|mal|fatal)\b/,
      /\bno (?:estoy )?(?:satisfech[oa]|content[oa])\b|\bno me convence\b/,
      /\bcojea\b/,
      /\bllego (?:abiert[oa]|rot[oa]|mal)\b|\b(?:caja|paquete) abiert[oa]\b/,
      // wrong or missing items
      /\bequivocad[oa]s?\b/,
      /\bno (?:es|era) (?:el|la|lo) que (?:pedi|compre)\b/,
      /\b(?:faltaba|faltaban|faltan)\b/,
      /\bincomplet[oa]s?\b/,
      // billing
      /\b(?:cobraron|cobrado|cobrasteis|cargaron|cargado) (?:\p{L}+ )?(?:\p{L}+ )?(?:dos veces|doble|de mas)\b/u,
      // staff
      /\b(?:maleducad[oa]s?|groser[oa]s?)\b/,
      // remedy, anger, disappointment
      /\b(?:queja|reclamacion|reclamo)\b/,
      /\b(?:quiero|exijo|solicito|pido) (?:un|el|mi) (?:reembolso|cambio|reemplazo)\b|\bquiero (?:mi|que me devuelvan el) dinero\b/,
      /\b(?:pesimo|pesima|fatal|horrible|vergonzoso|verguenza|inaceptable|estafa|lamentable|desastre|indignante|indignad[oa]|hart[oa])\b/,
      /\btomadura de pelo\b/,
      /\bdecepcion(?:ad[oa]s?|ante)?\b/,
      /\bnunca mas\b/,
      /\btarda(?:n)? tanto\b/,
      /\by nada\s*[.!]*$/,
      /\b(?:segund[oa]|tercer[oa]?|cuart[oa]) (?:correo|mensaje|email|vez|llamada)\b/,
      // escalation: consumer organisations, complaint forms, lawyers, reporting the shop
      /\b(?:ocu|facua|(?:a|en) consumo|hoja de reclamaciones|mi abogad[oa]|denunci\w*|juzgado)\b/,
      // support out of reach, impatience
      /\b(?:siempre|todo el rato|todo el dia) comunica\b/,
      /\bnunca (?:llego|llegaron|ha llegado|recibi|me llego)\b|\b(?:figura|sale) como entregado\b/,
      /\bcancel\w* (?:\p{L}+ ){0,3}sin (?:avisar|aviso|motivo|explicacion)\b/u,
      // the app or website failing the customer
      /\b(?:app|aplicacion|web|pagina|cuenta)\b.{0,40}\b(?:se cierra|se cuelga|se bloquea|se cae|no carga|me echa|da error)\b/,
      // broke soon after: "se rompió a la semana"
      /\bse (?:rompio|ha roto|rompe|rompieron|despego|descosio)\b/,
      // the courier: parcel left outside or arrived open
      /\b(?:dejaron|dejo|tiraron|tiro) (?:el |mi )?(?:paquete|pedido) (?:en la puerta|fuera|en la calle|por encima)\b/,
      // staff conduct: treated as a thief, spoken to badly, a shrug, "no es nuestro problema"; wondering aloud who chose
      /\b(?:me|nos) (?:trato|trataron|hablo|hablaron) (?:como si|fatal|con desprecio|de malas maneras|a gritos)\b|\bse (?:encogio|encogieron) de hombros\b|\bno es (?:mi|nuestro) problema\b/,
      /\bme (?:gustaria|encantaria) saber (?:quien|para que)\b/,
      // the brand's site or app failing again and again ("vuestra web falle cada vez que intento pagar"): a fault that repeats
      /\b(?:vuestra|su|tu) (?:web|app|aplicacion|pagina|plataforma)\b[^.!?]{0,20}\b(?:falla|falle|fallan|se cae|se caiga|se cuelga|no funciona|no va)\b[^.!?]{0,10}\b(?:cada vez|siempre) que\b/,
      // a letdown weighed against the price ("para lo que cuesta esperaba algo más")
      /\b(?:para lo que (?:cuesta|vale|pagas|pague|cobran)|por ese precio|por \d+)[^.!?]{0,40}\besperaba (?:algo |bastante |mucho )?(?:mas|mejor)\b|\besperaba (?:algo |bastante |mucho )?(?:mas|mejor)\b[^.!?]{0,30}\b(?:para lo que (?:cuesta|vale)|por ese precio)\b/,
    ]),
    weak: patternSources([
      /\b(?:reembolso|devolucion|retraso|problema|espera|esperando)\b/,
      /\bdevolver el dinero\b|\bdevuelvan el dinero\b/,
      /\bdonde (?:esta|anda) mi (?:pedido|paquete|reembolso)\b/,
      /^en serio\b/,
      /\b(?:cada vez|siempre) que (?:intento|quiero|entro|abro)\b/,
      /\bo que\s*[?!.]*$/,
      /\bdesde hace (?:\d+|un|una|dos|tres) (?:dias?|semanas?|mes|meses)\b/,
      /\b(?:\d+|dos|tres) semanas\b/,
    ]),
    cancel: [
      // a failure negated as loyalty: "nunca me falló", "ni un problema"
      // trouble denied ("ni una queja", "cero problemas"), a match lost ("perdimos 3-0"), and a trouble word that only
      // heightens praise ("escandalosamente rico")
      /\bni una (?:sola )?queja\b|\bcero (?:problemas|quejas|fallos|cortes)\b|\b(?:perdimos|hemos perdido)\b(?! (?:mi|mis|el|la|los|las|un|una|nuestr\w*)\b)|\b(?:escandalosamente|ridiculamente|absurdamente|peligrosamente) (?:bueno|buena|buenos|buenas|rico|rica|ricos|ricas|barato|barata|comodo|comoda)\b/,
      /\bnunca (?:me|nos) (?:ha )?(?:fallado|fallo|dejado tirad[oa]|defraudado|defraudo)\b|\b(?:ni|sin) un (?:solo )?problema\b/,
      /\b(?:sin|ningun|no hay) problemas?\b/,
      /\b(?:nunca|no) (?:me |nos )?decepcion\w*/,
      /\bno esta (?:nada )?mal\b/,
      /\bnada mal\b/,
      /\b(?:ninguna queja|sin quejas)\b/,
      // A problem the brand solved is praise: "tuve un problema pero me lo cambiaron enseguida".
      /\b(?:problema|error)s?\b[^.!?]{0,60}\bpero\b[^.!?]{0,40}\b(?:solucion\w*|resolv\w*|cambiaron|devolvieron|enseguida|rapid\w*|genial)\b/,
    ],
  },
};
