// Complaint cues beyond the themed vocabulary of complaint-patterns.ts: plain reports of something that fails
// ("my internet is down", "card declined", "Problem mit dem Druckkopf"), reproachful and rhetorical questions ("are
// you serious?", "maybe hire people who…"), and sarcasm ("Great, another delay…", "Na toll", "merci pour rien").
// Accent-folded, like complaint-patterns.ts.
import { patternSources, type PatternSource } from './regex-union.js';
import type { Lang4 } from './stopwords.js';
import { LETDOWN_WORDS, PRAISE_WORDS } from './evaluation-words.js';

/** A price in the text: "£8", "5 Euro", "12 euros", "60€". */
const PRICE = String.raw`(?:[£$€] ?\d|\b\d+(?:[.,]\d+)? ?(?:€|£|\$|euros?\b|eur\b|pounds?\b|quid\b|dollars?\b|pesos\b))`;

/**
 * A price asked back and a one-word reproach, in either order: "£8 to deliver a card? really?", "5 Euro Gebühr?
 * Geht's noch?", "Geht's noch? 4,99 € Versand für einen Lippenstift?".
 */
const priceThen = (reproach: string, lang: Lang4): RegExp =>
  new RegExp(
    `${PRICE}[^.!?]{0,80}\\?[?!\\s]*(?:${reproach})\\b|(?:^|[.!?]\\s*)(?:${reproach})\\s*[?!]+\\s*${PRICE}[^.!?]{0,80}\\?(?!.*${PRAISE_WORDS[lang]})`,
  );

/**
 * A contrast, then a letdown within the same sentence: "Love your coffee but the last bag tasted stale". A negated
 * letdown praises ("but it never disappoints").
 */
const contrastThen = (contrast: string, lang: Lang4): RegExp =>
  new RegExp(`\\b(?:${contrast})\\b[^.!?]{0,60}(?<!\\b(?:never|not|no|jamais|pas|nie|nicht|kein|nunca|ni) )${LETDOWN_WORDS[lang]}`);

/**
 * A small trouble conceded before praise ("a bit late but the driver was lovely", "un peu de retard mais…"): the
 * conceded stretch is removed; the praise after the contrast stays.
 */
const concession = (minor: string, contrast: string): RegExp => new RegExp(`\\b(?:${minor})\\b[^.!?]{0,40}?\\b(?:${contrast})\\b`);

/** A mock reproach ("are you kidding me?") whose post praises: the reproach is removed, the praise stays. */
const mockReproach = (reproach: string, lang: Lang4): RegExp => new RegExp(`^(?:${reproach})\\s*[?!.]*(?=.*${PRAISE_WORDS[lang]})`);

/**
 * A price asked back in outrage: a figure, then doubled or mixed marks ("£7.99 for standard delivery??", "9,95 €
 * Versand?! Für eine Zahnbürste?!", "¿¿25€ por elegir asiento??"). One '?' may ask a price; '??' and '?!' reproach it.
 */
const PRICE_OUTRAGE = /(?:[£$€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|£|\$|eur\b|euros?\b|pounds\b|quid\b|dollars\b))[^.!?]{0,80}(?:\?\?|\?!|!\?)/u;

/**
 * A price asked back for a small act ("£60 to change a name on the ticket?", "20 euros por cambiar el nombre?"): a sign,
 * so an enquiry about a fee stays one ("Is it £15 to print a boarding pass?") unless reproach or sarcasm come with it.
 */
const priceForAct = (acts: string): RegExp => new RegExp(`${PRICE}[^.!?]{0,20}\\b(?:${acts})\\b[^.!?]*\\?`);

/**
 * A sentence reporting a problem solved ("your tech guy fixed it in ten minutes, top service", "Kundenservice hat mein
 * Problem gelöst"), removed whole unless it still holds a negation, a "but" or a condition (`blockers`), or asks ("¿cómo
 * lo soluciono?"); and a sentence telling of trouble elsewhere that spares the brand (`spared`: "the other app crashes
 * daily, not you though", "ça n'a plus le même goût, heureusement pas vous"), a compliment by comparison. Both in one
 * pattern: each whole-sentence removal is a scan of every post.
 */
const solvedSentence = (verbs: string, blockers: string, spared: string): RegExp =>
  new RegExp(`(?:^|(?<=[.!?]\\s*))(?:(?![^.!?]*(?:${blockers})|[^.!?]*\\?)[^.!?]*\\b(?:${verbs})\\b|[^.!?]*\\b(?:${spared})\\b)[^.!?]*`);

export interface ComplaintCues {
  /** A plain report of a failure, or a reproach: a complaint on its own (scores like a strong phrase). */
  reports: PatternSource[];
  /** Signs that need one more: slowness, repetition, cancellation, elapsed time, urgency. */
  signs: PatternSource[];
  /** Praise said with irony ("Great, …", "Super, …", "… thanks for nothing"): one sign, so it needs a problem too. */
  sarcasm: PatternSource[];
  /** Solved or hypothetical problems removed before matching ("I had an issue but…", "si la garantie couvre…"). */
  cancel: RegExp[];
}

export const COMPLAINT_CUES: Record<Lang4, ComplaintCues> = {
  en: {
    reports: patternSources([
      // money taken for what was never ordered, the nth missed delivery, a promise and then nothing
      /\b(?:transaction|payment|charge|purchase)s? (?:that )?i (?:didn't|did not|never) (?:make|made|authori[sz]e)\b|\bi (?:didn't|did not|never) order(?:ed)? (?:anything|this|it)\b|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth) (?:missed|failed|cancell?ed|late) (?:delivery|appointment|collection|visit)\b|\band (?:still )?nothing\s*[.!]*$|\bwas given away\b|\bsays my (?:account|order|booking|card)\b[^.!?]{0,20}\b(?:doesn't exist|does not exist|invalid|not found)\b/,
      // goods that arrived damaged, leak or shed, or are fakes; a reply asked for in vain
      /\b(?:arrived|came|turned up|delivered)\b[^.!?]{0,30}\b(?:split|cracked|torn|ripped|dented|snapped|smashed|leaking)\b|\b(?:shedding|leaked|leaking|soaked through)\b|\b(?:is|was|sent me) (?:a )?fake\b/,
      /\banswer (?:your|my|the) (?:emails|messages|phone|calls|dms)\b[^.!?]{0,20}\b(?:once in a while|for once|ever)\b|\bhow hard is it to (?:answer|reply|respond|pick up)\b/,
      // a complaint asked as a question: why money was taken or a service stopped
      /\bwhy (?:have|did|has|do|would) (?:you|u|you guys|u guys|they)\b[^.!?]{0,25}\b(?:taken|took|take|charged?|charging|debited|billed|cancell?ed|blocked|frozen|closed|cut off)\b/,
      // a decision praised with irony: "What a brilliant idea to close the only branch"
      /\bwhat an? (?:great|brilliant|fantastic|lovely|genius|wonderful|smart|clever|fab|excellent) (?:idea|move|decision)\b[^.!?]{0,12}\b(?:clos|remov|scrap|ax|cut|replac|rais|get rid|drop|stop|end|shut|put up|hik|charg)\w*/,
      // the old product wanted back, a product that used to please
      /\bbring back the (?:old|original|previous|proper)\b|\bused to (?:love|be (?:so )?(?:great|good|lovely|the best))\b/,
      // a page that only loads, a slot or a file that is gone, food thrown away
      /\b(?:just|only) (?:keeps? )?(?:spins?|spinning)\b|\bkeeps? (?:spinning|loading)\b|\bstuck (?:on|at) (?:the )?(?:loading|spinning)\b|\bloading (?:wheel|circle|icon|symbol)\b/,
      /\b(?:not (?:one|a single)|no) (?:\w+ )?slots?\b[^.!?]{0,20}\b(?:available|left|until)\b|\bmy [^.!?]{0,20}\b(?:is|are|has|have|'s) (?:all |completely )?(?:gone|vanished|disappeared|wiped)\b/,
      /\bbinned\b|\bthrew (?:it|them|the lot|everything|the whole \w+) (?:away|out)\b/,
      // a price asked back in outrage: "£7.99 for standard delivery??", "9,95 € Versand?!"
      PRICE_OUTRAGE,
      // a service or device that is down, blocked or failing
      /\b(?:internet|wifi|wi-fi|broadband|network|site|website|app|service|server|system|line|phone|connection|page|tv|box|router|landline)\b[^.!?]{0,25}\b(?:is|are|was|were|has been|have been|been|went|goes|keeps going) (?:down|off|out|offline|dead)\b/,
      /\b(?:outage|no signal|no service|no internet|no broadband|no wifi|no connection|no power|no reception)\b/,
      /\bwithout (?:broadband|internet|wifi|power|signal|service|heating|hot water|a phone)\b/,
      /\b(?:card|payment|transaction|transfer|order)s?\b[^.!?]{0,30}\b(?:declined|rejected|refused|failed|bounced|blocked)\b/,
      /\blocked out\b|\b(?:logged|kicked|locked|signed) me out\b/,
      /\b(?:can't|cannot|can not|unable to|couldn't|won't let me|wont let me) (?:log ?in|login|sign in|access|get into|make (?:any )?payments?|pay|check ?out|connect|place|book|select|use|open|load|reach|get through|add)\b/,
      /\b(?:won't|will not|doesn't|does not|didn't|did not|don't|do not) (?:load|pair|connect|sync|start|boot|print|scan|update|install|respond|work|turn on|charge|open|let me|go through)\b/,
      /\b(?:keeps?|kept) (?:rebooting|restarting|crashing|freezing|dropping|disconnecting|logging me out|saying|failing|cutting out|buffering|jamming|turning off|switching off|declining)\b/,
      /\b(?:stopped|stops) (?:working|heating|charging|printing|cooling|responding|loading)\b/,
      /\b(?:not|isn't|wasn't|aren't) (?:detected|recognised|recognized|connecting|loading|responding|printing)\b/,
      /\b(?:error (?:code|message)|paper jam|blank pages?|black screen|spins? forever|loading forever|something went wrong)\b/,
      /\b(?:flicker\w*|paralys\w*|bricked|glitch\w*|smashed|mouldy|moldy|rotten)\b/,
      /\b(?:wifi|connection|signal|calls?) (?:drops?|dropping|cuts? out)\b/,
      /\b(?:i have|i've got|i've had|there's|there is|having) (?:a |an )?(?:problem|issue|fault)\b|^(?:a )?(?:problem|issue|fault) with\b/,
      // money taken that should not be
      /\b(?:charged|billed|debited|charging|billing) (?:me )?(?:for|twice|again|extra|roaming|a fee)\b|\b(?:overcharg\w*|double[- ]charg\w*|unauthori[sz]ed|didn't authori[sz]e|did not authori[sz]e|taken money|took money)\b/,
      // deliveries and visits that did not happen
      /\b(?:never|didn't|did not) (?:turned? up|show(?:ed)? up|arrive|arrived|came|come|rang|called|knocked)\b/,
      /\bnobody (?:knocked|rang|came|called|turned up|showed up|answered|replied|responded|helped|came back)\b/,
      /\bmissed you\b[^.!?]{0,40}\bbut\b|\b(?:i was|we were) (?:home|in|at home|literally at the door|at the door)\b/,
      /\b(?:nowhere to be (?:found|seen)|someone else'?s (?:order|parcel|door|house|address|package)|wrong (?:door|house))\b/,
      /\bdelivered to (?:the wrong|someone|a different|my neighbou?r)\b/,
      /\b(?:tracking|status|order|parcel|refund|transfer)\b[^.!?]{0,30}\b(?:hasn't|has not|haven't|not|still not|hasnt) (?:updated|moved|changed|arrived|shipped|come through|gone through|been processed)\b/,
      /\b(?:hasn't|has not|haven't|have not|hasnt) (?:arrived|come|come through|gone through|cleared|been (?:delivered|refunded|credited|processed|received|shipped))\b/,
      /\bstuck (?:on|in|at)\b/,
      /\b(?:in|into) (?:a|the) (?:puddle|bin|hedge|bush|rain)\b/,
      /\b(?:substituted|swapped|replaced) (?:my|the)\b[^.!?]{0,30}\bwith\b/,
      /\b(?:booked|ordered|paid for|asked for|chose)\b[^.!?]{1,40}\b(?:got|received|gave me|sent me|but got)\b/,
      // waiting, promises broken
      /\b(?:on hold|been waiting|still waiting|waiting (?:for|on) (?:hours|days|weeks|ages))\b/,
      /\b(?:trying|tried) to (?:reach|contact|get hold of|call)\b[^.!?]{0,30}\b(?:for|since)\b/,
      /\bthat was (?:an hour|hours|\d+ (?:hours|days|minutes|mins)|ages|yesterday|last week) ago\b/,
      /\b(?:no|still no) (?:fix|update|reply|response|answer|refund|callback|call back|water|voucher|compensation)\b/,
      /\b\d+ (?:hours?|hrs?|days|weeks|mins?|minutes) (?:on the phone|on hold|and still|without)\b/,
      /\b(?:was promised|were promised|promised (?:a|me|within))\b[^.!?]{0,40}\b(?:and|but|nobody|never|still|it's been|its been)\b/,
      /\b(?:delayed|late) (?:\d+|again|by)\b|\bcancell?ed (?:again|with \d|last minute)\b/,
      /\b(?:always|every (?:single )?(?:day|time|order|week))\b[^.!?]{0,20}\b(?:late|delayed|cancell?ed|broken|smashed|missing)\b/,
      /\bcancell?(?:ed|ing) (?:my order |it |the order |my booking )?without\b/,
      /\b(?:no (?:seats?|air ?con|heating|wifi|water|toilets?|food|staff|announcements?)\b[^.!?]{0,3}){2,}/,
      // reproach: rhetorical questions and suggestions
      /^(?:are|r) (?:you|u) (?:serious|kidding|joking|for real)\b|\bare you (?:serious|kidding me|joking)\b/,
      /^(?:maybe|perhaps) (?:hire|try|train|get|employ|learn|think about|invest in|fix)\b/,
      /^who (?:thought|decided|approved|signed off|came up with)\b/,
      /^how many (?:more )?times (?:do|must|should|will|have) (?:i|we)\b/,
      /\b(?:won't|will not|never) be (?:ordering|buying|using|flying|shopping|coming back|back)\b/,
      /\bthanks for nothing\b/,
      /\b(?:bill|meter|reading|balance|statement|invoice)s?\b[^.!?]{0,25}\b(?:shows?|showing|says?|saying|is|reads?) (?:double|twice|triple|three times|minus)\b|\bwhen (?:is|are) (?:the|my|your) (?:\w+ ){0,2}(?:engineer|fitter|technician|driver|courier|plumber|installer)\b[^.!?]{0,20}\bactually\b/,
      /\b(?:are you|you're|you are) (?:having a laugh|taking the (?:mickey|mick|piss))\b/,
      // everyday words for a failure: barely works, leads nowhere, freezes, dirty water, no bars, the wrong one came
      /\b(?:barely|hardly) (?:works?|worked|working|loads?|loaded|charges?|charged|connects?|connected|heats?|heated|cools?|cooled)\b|\b(?:leads?|lead|goes|went) nowhere\b|\b(?:freezes|froze) (?:every|each|whenever|when|all|constantly|again|on|up|mid|halfway|at)\b/,
      /\b(?:brown water|discolou?red water|cloudy water|murky water|dirty water|smelly water|yellow water)\b|\b(?:no|zero) bars\b|\bpaying for\b[^.!?]{0,40}\band (?:getting|get|got)\b/,
      /\bordered (?:a |an |the |some |\d+ )?[^.!?,]{1,30}, (?:a|an|the|some) [^.!?]{1,30}\b(?:turned up|arrived|came|showed up)\b|\b(?:doesn't|does not|don't|do not) taste (?:the same|like it used to|of anything)\b|\blost (?:all )?(?:its flavou?r|its taste|their flavou?r|their taste)\b/,
      /\b(?:code|voucher|coupon|promo)s?\b[^.!?]{0,30}\b(?:won't|wont|doesn't|does not|isn't|is not|didn't|did not) (?:apply|work|go through|be accepted)\b/,
      /\bfor (?:a|an|the|my old) (?:flat|house|property|address) i(?:'d| had)? moved out of\b|\bfor (?:an?|the|my old) (?:account|line|contract|subscription) i(?:'d| had)? (?:closed|cancell?ed)\b/,
      /\bcancell?ing\s*[.!]*$/,
      // a price asked back with a one-word reproach, praise undone by a letdown, a service's duty mocked
      priceThen('really|seriously|are you serious|are you kidding|for real|you\'re joking|is this a joke', 'en'),
      contrastThen('but|though|although|however|except|sadly|unfortunately|only thing is', 'en'),
      // a bill higher than it should be
      /\b(?:bill|direct debit|payment|charge|invoice|premium|tariff)s?\b[^.!?]{0,30}\b(?:higher|more|bigger) than (?:usual|normal|last (?:month|time|year)|before|expected|quoted)\b/,
      /^who needs (?:\p{L}+ ){0,3}(?:service|support|customer care|replies|answers|a reply|a response|deliver\p{L}*|refunds?|trains?|buses|wifi|staff|working|on-time|punctual)\b/u,
      // money taken twice, noises a new appliance should not make
      /\b(?:took|taken|charged|debited|billed|paid)\b[^.!?]{0,30}\btwice\b/,
      /\b(?:makes?|making) (?:a |an )?(?:\w+ )?(?:noise|racket|rattle)\b|\blouder than\b|\b(?:so|too|really|very) (?:loud|noisy)\b/,
    ]),
    signs: patternSources([
      /\b(?:slow|slower|delay|delays|asap|urgent|urgently)\b/,
      // a wait counted: "waited three weeks for a callback", "two weeks waiting for a reply"
      /\bwaited (?:for )?(?:\d+|two|three|four|five|six|ten) (?:hours|days|weeks|months)\b|\b(?:\d+|two|three|four|five|six|ten) (?:days|weeks|months) (?:of )?waiting\b/,
      // a thing that died, a short life, the same trouble days running, a regret closing the post
      /\bgave up the ghost\b|\b(?:died|packed up|packed in|conked out) on me\b/,
      /\b(?:after|within) (?:just |only )?(?:\d+|two|three|four|five|six|a few) (?:days|weeks|months|uses|washes)\b/,
      /\b(?:\d+|two|three|four|five) (?:days|nights|mornings|evenings|times|weeks) (?:running|in a row)\b/,
      /\b(?:shame|pity|such a shame|what a shame|gutted)\s*[.!…]*$/,
      // time lost and things that repeat, said without a trouble word: sarcasm around them makes a complaint
      /\banother (?:\w+ ){0,2}(?:spent|wasted|gone)\b|^another \w+, another\b|\bon day (?:\d+|three|four|five|six|seven)\b|\bis now the \d|\bhold music\b|\b(?:went|gone|goes|going) up again\b|\b(?:doubles|doubled|tripled|trebled)\b/,
      /\b(?:down|late|delayed|cancell?ed|broken|missing|wrong|crashed|crashing|failed|failing|stuck|declined|out) again\b/,
      /(?<!\ba )\bcancell?ed\b/,
      /\bfor no reason\b/,
      /\bmore than (?:last|usual|before)\b/,
      /\bnot even\b/,
      /\b(?:take|takes|taking|took) (?:\d+|so long|ages|forever|weeks)\b|\b\d+ (?:days|weeks) later\b/,
      /\bwhat'?s going on\b/,
      /\b(?:is (?:this|that|it) normal|is this a joke)\b/,
      /\bsubstitut\w*\b|\bprice (?:rise|increase|hike)s?\b|\bqueue (?:to|out|round|around) the\b/,
      // an amenity missing or off: "without heating", "the air con is off"
      /\b(?:without|no) (?:any )?(?:air ?con|aircon|air conditioning|heating|wifi|wi-fi|food|water|seats?|staff|toilets?|catering|trolley|buffet|lights?|power)\b|\b(?:air ?con|aircon|heating|wifi|toilets?|loos?|lights|lifts?|escalators?)\b[^.!?]{0,25}\b(?:is|are|was|were|has been|have been) (?:off|out|broken|not working|locked|closed|out of order|out of use)\b/,
      // a reproach or a price asked back: "you do realise…", "£60 to change a name?"
      /\b(?:you|u) do reali[sz]e\b|\bdid (?:nobody|no one|anyone) (?:think|check|notice)\b/,
      // a threat to leave (going elsewhere, an ultimatum, loyalty thrown back): two of them complain, one alone is an
      // enquiry ("how do I close my account") or news ("just switched to you")
      /\b(?:switch(?:ing)?|leav(?:e|ing)|port(?:ing)?|mov(?:e|ing)|tak(?:e|ing)|cancel(?:l?ing)?)\b[^.!?]{0,25}\b(?:elsewhere|another (?:provider|network|bank|supplier|company|airline|shop|store)|a different (?:provider|network|bank|supplier|company)|the competition|a competitor)\b|\bmov(?:e|ing) my (?:account|business|money|custom|mortgage) to\b|\b(?:i'm|i am) (?:done|out|off|leaving|outta here)\s*[.!]*$|\bclosing my account\b|\blooking elsewhere\b|\b(?:considering|thinking (?:about|of)) (?:leaving|switching|cancell?ing|moving)\b/,
      /\b(?:keep this up|if this (?:continues|carries on|keeps up|happens again)|one more (?:delay|mistake|time))\b|\b(?:\d+|two|three|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) years (?:a customer|as a customer|with you|of loyalty)\b|\bthis is how you treat\b|^that's it\b/,
      priceForAct('(?:just )?(?:to|for) (?:change|changing|pick|picking|choose|add|adding|print|printing|correct|select|reserve|cancel|cancelling|use|bring)'),
    ]),
    sarcasm: patternSources([
      /^(?:oh )?(?:great|brilliant|fantastic|perfect|lovely|nice one|cool|wonderful|amazing|superb|well done|good job|nice|good)\s*[,.!…]/,
      /\b(?:love that for me|as always|fantastic|brilliant|cool cool cool|nice one|well done|great job|thanks a lot|truly|cheers(?: for that)?|just what i needed|living the dream)\s*[.!…]*$/,
      /^love how\b|\b(?:great|brilliant|fantastic|excellent|superb) (?:planning|organi[sz]ation|thinking)\s*[.!…]*$/,
      /^(?:great|brilliant|fantastic|excellent|superb|top|stellar) (?:planning|organi[sz]ation|thinking|service|job|work)\b/,
      // bare praise closing a told trouble ("Router died again mid-meeting. Love it."); solved then praised is capped
      // (complaint-own-fault.ts solvedAndPraised); and a mock surprise closing it ("down again. Shocker.", round 33)
      /[.!…,]\s*(?:perfect|love it|superb|lovely|great|amazing|wonderful|marvell?ous|awesome|excellent|stellar|shocker|what a shock|big shock)\s*[.!…]*$/,
    ]),
    cancel: [
      // names that hold a trouble word but tell none: the lost-property office, a cut-off time; and a lost thing found
      // or brought back ("lost bag delivered to my door the next morning")
      /\blost (?:property|and found|luggage office)\b|\bcut[- ]?off (?:for|time|date|point)\b|\blost (?:\w+ ){0,2}(?:was |were |got |been )?(?:found|returned|recovered|tracked down|located)\b/,
      // whether a policy or an offer covers a damage, asked ("does my contents policy cover a laptop damaged at work?")
      /(?:^|(?<=[.!?]\s*))(?:hi,? |hello,? |hey,? )?(?:does|do|is|are|will|would|can|could)\b[^.!?]*\b(?:cover|covers|covered|eligible|applicable)\b[^.!?]*\?/,
      // trouble denied: "no buffering at all since the update"; a refund or replacement that came quickly
      /\b(?:refund|replacement|repair|money)\b[^.!?]{0,15}\b(?:landed|arrived|came|turned up|was back|went through)\b (?:in|within) (?:just |only )?(?:\d+|a|one|two|three) (?:hours?|days?|working days)\b(?![^.!?]*\b(?:but|late|instead|only half)\b)/,
      /\bno (?:buffering|lag|lagging|crashes|glitches|delays?|queues?|dropouts)(?: at all| whatsoever)?\b(?:(?!\b(?:but|still|yet|except)\b)[^.!?])*/,
      // a problem solved, said without a remaining complaint ("your tech guy fixed it in ten minutes, top service"), or
      // trouble elsewhere that spares the brand ("the other app crashes daily, not you though")
      solvedSentence('sorted|fixed|resolved|solved', "\\b(?:not|never|still|would|will|should|but|yet|until|unless|if|again)\\b|n't\\b", 'not (?:you|yours)(?: guys)?,? though|unlike (?:you|yours)(?: guys)?|(?:luckily|thankfully|thank god) not (?:you|yours)'),
      /^(?:shout ?out|big thanks|huge thanks|kudos|props) (?:to|for)\b(?:(?!\b(?:but|still|yet)\b)[^.!?])*/,
      // praise as a question: "Why did nobody tell me about this serum sooner"
      /^why (?:didn'?t i|did i not|did nobody|did no one|has nobody|has no one|have i never|haven'?t i|didn'?t anyone)\b[^.!?]*\b(?:sooner|earlier|before|years ago|ages ago)\b[^.!?]*[?!]*/,
      // a fee asked about: "Is the checked bag fee charged per flight…?", "…whether there's a charge for…"
      /\b(?:is|are|will|would) (?:the |a |any |your )?(?:[\w-]+ ){0,2}(?:fee|fees|charge|charges)\b[^.!?]*\?|\b(?:whether|if) there(?:'s| is| are| will be) (?:a |an |any )?(?:\w+ )?(?:fee|charge|cost)s?\b[^.!?]*/,
      /\bi had (?:a|an|some) (?:problem|issue|mix-up)\b[^.!?]{0,60}\b(?:but|and)\b[^.!?]{0,40}\b(?:painless|easy|smooth|quick|quickly|sorted|fixed|resolved)\b/,
      /\b(?:fixed|sorted|resolved) (?:itself|now|it)\b|\ball sorted\b/,
      /\b(?:if|whether) (?:the |my )?(?:warranty|guarantee|insurance) (?:covers?|includes?)\b[^.!?]*|\b(?:does|will|would) (?:the |my |your )?(?:warranty|guarantee|insurance) (?:cover|include)\b[^.!?]*/,
      // a question about a fee asks a price, it does not complain of one
      /\b(?:is there|are there|will there be|would there be|do you charge) (?:a |an |any )?(?:extra |additional |admin |booking )?(?:fee|fees|charge|charges)\b/,
      // a mock reproach opening praise ("are you kidding? this new flavour is amazing")
      concession('a bit|a little|slightly|a tad|bit of a', 'but'),
      mockReproach('(?:are|r) (?:you|u) (?:serious|kidding(?: me)?|joking|for real)|seriously|is this real|how dare you|(?:are you|you\'re) having a laugh', 'en'),
      // a fee asked about, a payment detail to change: enquiries, not complaints
      /\b(?:do|will|would|does|did) (?:i|we|you|it|they) (?:get |be )?(?:charged|billed|charge)\b(?:(?!\b(?:but|again|twice)\b)[^.!?])*|\b(?:is|are) there (?:any )?(?:charges?|fees?|costs?)\b[^.!?]*/,
      /\b(?:change|update|switch|move|amend) (?:my |the |our )?(?:direct debit|payment|billing|bank|card)(?: \w+)? (?:date|day|method|details|account|address|card)\b/,
      // thanks for a problem solved: "Thanks for sorting my refund so quickly"
      /\b(?:thanks?|thank you|cheers)(?: so much| a lot)? (?:for|to \w+ for) (?:sorting|fixing|resolving|processing|handling|replacing|refunding|getting|the (?:quick|fast|speedy|swift)|your (?:help|quick))\b(?:(?!\b(?:but|still|yet)\b)[^.!?])*/,
    ],
  },
  fr: {
    reports: patternSources([
      /\bque je n'ai (?:jamais|pas) (?:commande|faite?|effectuee?)\b|\bet (?:toujours )?rien\s*[.!]*$/,
      // un colis arrivé abîmé, un article qui perd ses plumes ou prend l'eau, une contrefaçon, une réponse attendue en vain
      /\barrivee?s? (?:avec|sans)\b[^.!?]{0,30}\b(?:arrache|casse|fissure|dechire|abime|cabosse|tordu)\w*|\bil manquait\b|\bperd (?:ses|des) (?:plumes|poils|boutons|perles)\b|\bpris l'eau\b|\bcontrefacon\b/,
      /\bune reponse un jour\b|\brenvoie (?:\w+ ){0,4}en boucle\b/,
      /\bpourquoi (?:m'avez[- ]vous|vous m'avez|avez[- ]vous|vous avez) (?:\w+ )?(?:preleve|facture|debite|bloque|annule|coupe|ferme|resilie|supprime)\b/,
      /\bquelle (?:belle|bonne|brillante|super|excellente|merveilleuse|geniale|riche) idee (?:de|d')[^.!?]{0,15}\b(?:remplac|supprim|ferm|augment|retir|enlev|arret|coup)\w*/,
      /\brendez[- ]nous (?:l'ancien|l'ancienne|les anciens|les anciennes|l'original|notre|nos)\b|\bmoi qui (?:l'|les )?(?:adorais|aimais)\b|\bc'etait (?:tellement |bien )?mieux avant\b/,
      /\btourne (?:dans le vide|en boucle|a l'infini|sans fin)\b|\bchargement (?:infini|sans fin)\b/,
      /\bbravo (?:la|pour la) (?:ponctualite|organisation|communication|reactivite)\b|\b(?:tout )?jete a la poubelle\b/,
      PRICE_OUTRAGE,
      /\b(?:internet|connexion|reseau|wifi|box|ligne|site|appli|application|serveur|telephone|tele)\b[^.!?]{0,30}\b(?:coupee?s?|en panne|hors service|ne marche (?:plus|pas)|ne fonctionne (?:plus|pas)|ne repond plus|inaccessible)\b/,
      /\b(?:panne|coupure|plus de (?:reseau|connexion|internet|signal)|pas de (?:reseau|connexion|signal|creneau|creneaux))\b/,
      /\b(?:refusee?s?|rejetee?s?|declinee?s?)\b/,
      /\b(?:bloque|bloquee?|plante|paralyse|freeze)\w* (?:mon|ma|mes|le|la|l')\b/,
      /\bimpossible de (?:me connecter|se connecter|payer|valider|commander|joindre|acceder|passer|finaliser|ajouter)\b/,
      /\bje n'arrive (?:pas|plus) a (?:me connecter|payer|valider|commander|joindre|acceder|passer|finaliser|ajouter)\b/,
      /\btourne dans le vide\b|\bmessage d'erreur\b|\bcode erreur\b/,
      /\b(?:livreur|transporteur|facteur)\b[^.!?]{0,20}\b(?:n'est|ne s'est) (?:jamais|pas) (?:passe|venu|presente)\b|\bindique absent\b/,
      /\bj'ai (?:un|une) (?:souci|probleme|erreur)\b|^(?:probleme|souci) (?:avec|de|sur)\b/,
      /\b(?:ecrasee?s?|en miettes|decroche\w*|dechire\w*|boulochent|decolle\w*|fendue?s?|fele\w*)\b|\bpas terrible\b/,
      /\b(?:site|appli|application|page) (?:bug|bugue|rame|crashe|plante)\b/,
      /\b(?:facture|debite|preleve|paye)e?s?\b[^.!?]{0,50}\b(?:resilie|annule|rien commande|pas commande)\w*/,
      /\b(?:pas|plus) pris en compte\b|\bn'est pas (?:accepte|valide|reconnu)\w*\b/,
      /\b(?:raccroche|envoye balader|comme a un chien)\b/,
      /\bla qualite a (?:bien |beaucoup |nettement )?baisse\b/,
      /\b(?:demande|relance|ecrit|appele) (?:\w+ )?(?:deux|trois|quatre|plusieurs|\d+) fois\b/,
      /\b(?:merci pour rien|pour rien\s*[.!]*$|sans prevenir|merci du cadeau)\b/,
      /\b(?:ca devient|c'est) (?:penible|insupportable|lourd|usant)\b/,
      priceThen('serieux|serieusement|vraiment|sans blague|c\'est une blague|vous etes fous|ca va pas', 'fr'),
      contrastThen('mais|sauf que|par contre|dommage que|malheureusement|en revanche|seul bemol', 'fr'),
      /\b(?:facture|prelevement|echeance|mensualite)s?\b[^.!?]{0,30}\bplus (?:elevee?s?|chere?s?|importante?s?) que (?:d'habitude|prevu|le mois dernier|d'ordinaire)\b/,
      /^(?:qui a besoin (?:d'un |d'une |de |du |des )(?:service client|sav|reponses?|livraisons?|trains? a l'heure|support)|a quoi bon (?:repondre|livrer|prevenir|rembourser))\b/,
      // reproach
      /^(?:vous etes|t'es|tu es) (?:\w+ )?serieux\b|\bvous etes serieux\b/,
      /^(?:il faudrait|faudrait) (?:peut-etre )?(?:embaucher|apprendre|recruter|former|penser)\b|\bembaucher des gens qui\b/,
      /^qui a (?:eu l'idee|decide|pense)\b/,
      /^combien de fois (?:faut-il|faut il|dois-je|vais-je)\b/,
      /\b(?:toujours|encore) en (?:preparation|attente|cours)\b/,
      // des mots de tous les jours pour une panne : marche à peine, ne mène nulle part, se fige, eau marron
      /\b(?:marche|fonctionne|marchait|fonctionnait|charge|chargeait|chauffe|chauffait) a peine\b|\b(?:ne menent|ne mene|ne renvoient|ne renvoie|ne redirigent)\b|\bse (?:fige|figent)\b|\bs'est fige|\b(?:eau marron|eau brune|eau trouble|eau jaune|eau sale)\b/,
      /\b(?:code|carte|paiement|virement|coupon|bon)\b[^.!?]{0,30}\bne passe (?:pas|plus)\b|\bn'(?:a|ont) plus (?:du tout )?le meme gout\b/,
      /\b(?:facture|compteur|releve|solde|prelevement)\b[^.!?]{0,25}\b(?:affiche|indique|montre|marque) (?:le double|le triple|deux fois plus|trois fois plus)\b|\b(?:technicien|livreur|installateur|plombier|reparateur)\b[^.!?]{0,20}\b(?:compte venir|compte passer)\b/,
      /\bvous vous moquez (?:de nous|du monde|de moi|des clients)\b|\bon se moque de nous\b/,
      /\bfait (?:deja |encore |toujours )?(?:un )?(?:bruit|boucan|vacarme)\b|\bbruit de (?:moteur|casserole|ferraille|tracteur)\b/,
    ]),
    signs: patternSources([
      /\b(?:encore (?:un|une) (?:retard|panne|bug|probleme|souci|erreur|coupure)|encore plus (?:lent|cher|long)\w*|lente?s?|plus lent\w*|annulee?s?|retard)\b/,
      // a wait counted: "attendu trois semaines une réponse", "deux semaines à attendre"
      /\battendu (?:\d+|deux|trois|quatre|cinq|six|dix) (?:heures|jours|semaines|mois)\b|\b(?:\d+|deux|trois|quatre|cinq|six|dix) (?:jours|semaines|mois) (?:a attendre|d'attente)\b/,
      // time lost, a status that never moves, a price that climbs again
      /\bencore (?:une|un) (?:soiree|journee|matinee|nuit|heure|semaine|week-end)\b[^.!?]{0,20}\b(?:debout|a attendre|perdue?|gachee?|sans|coincee?|bloquee?)\b|\b(?:\d+|vingt|trente|quarante|cinquante) minutes de (?:queue|file|attente)\b|\b(?:prend|augmente|coute) encore\b/,
      /\b(?:\d+|deux|trois|quatre|cinq|six|dix) (?:heures|jours|semaines|mois) que (?:mon|ma|mes|je|j'|le|la|les)\b/,
      /\ben cours de (?:livraison|fabrication|traitement|preparation|validation|acheminement)\b/,
      // un appareil qui a rendu l'âme, une courte vie, le même ennui plusieurs jours de suite, un regret en fin de message
      /\ba rendu l'ame\b|\bm'a lache\b/,
      /\bau bout (?:de |d')(?:seulement )?(?:\d+|deux|trois|quatre|cinq|six|quelques|une|un) (?:jours?|semaines?|mois|utilisations?|lavages?)\b/,
      /\b(?:\d+|deux|trois|quatre|cinq) (?:jours|soirs|matins|nuits|fois|semaines) de suite\b/,
      /\b(?:dommage|quel dommage|tant pis)\s*[.!…]*$/,
      /\bdepuis (?:ce matin|hier|\d+ (?:jours|semaines|heures)|une semaine|des jours|des semaines)\b/,
      /\bc'est normal\b|\best-ce normal\b/,
      /\bil se passe quoi\b|\bqu'est-ce qui se passe\b/,
      /\ba chaque (?:paiement|fois|commande)\b/,
      /\b(?:hausse|augmentation) (?:des prix|de prix|du prix|de tarifs?|des tarifs|de l'abonnement|du forfait)\b/,
      /\b(?:sans|pas de) (?:clim|climatisation|chauffage|wifi|bar|voiture-bar|eau|toilettes|lumiere|places? assises?)\b|\b(?:clim|climatisation|chauffage|wifi|toilettes|ascenseur|escalator)\b[^.!?]{0,25}\b(?:en panne|coupee?s?|hors service|ne marche pas|fermee?s?|verrouillee?s?|condamnee?s?)\b/,
      // un reproche ou un prix renvoyé : « vous savez que… », « 12 € pour changer de siège ? », un rendez-vous manqué
      /\bvous (?:savez|realisez|vous rendez compte) que\b/,
      // une menace de partir (ailleurs, un ultimatum, la fidélité rappelée) : deux ensemble se plaignent
      /\b(?:resilie|resilier|me desabonne|partir|pars|passe|passer|aller|vais)\b[^.!?]{0,25}\b(?:chez la concurrence|chez un concurrent|a la concurrence|ailleurs)\b|\b(?:regarder|voir|signe|chercher) ailleurs\b|\bje m'en vais\s*[.!]*$|\bje (?:vais )?(?:resilie|resilier|me desabonne|me desabonner)\b(?! si| quand| comment)/,
      /\bsi (?:ca|cela) continue\b|\bserieusement\b|\bdernier mois chez vous\b|\bclient(?:e)? depuis (?:\d+|deux|trois|cinq|dix|quinze|vingt) ans\b|\bvous me traitez comme (?:ca|cela)\b|\bc'est (?:fini|termine) (?:pour moi|avec vous)\b/,
      priceForAct('pour (?:changer|corriger|choisir|ajouter|imprimer|reserver|annuler|modifier|utiliser)'),
      /\bc'etait (?:prevu|cense|promis)\b|\bquand,? exactement\b/,
    ]),
    sarcasm: patternSources([
      /^(?:super|genial|bravo|parfait|top|chapeau|merci|bien joue|felicitations)\s*[,.!…]/,
      /^(?:(?:super|belle|quelle|bravo pour l'|top) (?:organisation|planification|service)|bravo l'organisation)\b/,
      /\b(?:chapeau|bravo|bien joue|quel service|merci beaucoup|encore bravo|du grand art|merci infiniment|exactement ce qu'il (?:me|nous) fallait)\s*[.!…]*$/,
      /[.!…,]\s*(?:super|genial|magnifique|parfait|top|formidable|excellent|merveilleux|trop bien)\s*[.!…]*$/,
    ]),
    cancel: [
      solvedSentence("(?:probleme|souci|panne|erreur|bug)s? (?:regle|resolu|repare|corrige)e?s?|tout (?:est |a ete )?regle|(?:a|ont|m'a|m'ont) (?:tout |vite |rapidement )?(?:regle|resolu|repare|arrange|debloque)|(?:est|a ete) (?:\\w+ )?(?:resolu|repare|debloque)", '\\b(?:pas|jamais|toujours|mais|encore|si)\\b', 'heureusement pas (?:vous|chez vous)|contrairement a vous|pas comme (?:vous|chez vous)'),
      /^pourquoi (?:je n'ai|j'ai|je ne l'ai|je l'ai|personne ne m'a|personne m'a|on ne m'a|on m'a) [^.!?]*\b(?:plus tot|avant|plus vite)\b[^.!?]*[?!]*/,
      /(?:^|(?<=[.!?]\s*))(?:est-ce que|est ce que|y a-t-il|les|des)\b[^.!?]*\bfrais\b[^.!?]*\?/,
      /\b(?:j'avais|j'ai eu|on avait|nous avions) (?:un|une) (?:souci|probleme|erreur)\b[^.!?]*\b(?:merci|echange|rembourse|regle|resolu|rapide|rapidement|top|impeccable|parfait)\w*/,
      // whether a policy covers a damage, asked ("est-ce qu'un pare-brise fissuré est couvert par la formule… ?")
      /(?:^|(?<=[.!?]\s*))(?:bonjour,? |salut,? )?(?:est-ce qu|est ce qu)[^.!?]*\b(?:couverte?s?|prise? en charge)\b[^.!?]*\?/,
      /\b(?:si|s'il) (?:la |ma )?garantie (?:couvre|prend en charge)\b[^.!?]*|\bgarantie (?:couvre|prend)-t-elle\b[^.!?]*/,
      /\b(?:remboursement|echange|remplacement|reparation)\b[^.!?]{0,15}\b(?:recue?|arrivee?|fait|faite|effectuee?) en (?:\d+|un|une|deux|trois) (?:h|heures?|jours?)\b(?![^.!?]*\b(?:mais|retard|au lieu)\b)/,
      /\bsans frais\b|\b(?:y a-t-il|y a t il|il y a|est-ce qu'il y a) des frais\b/,
      concession('un peu|un petit|une petite|legerement|leger', 'mais'),
      mockReproach('(?:vous etes|t\'es|tu es) (?:\\w+ )?serieux(?: la)?|serieux|c\'est une blague|sans rire|vous vous moquez de nous', 'fr'),
      /\b(?:y a-t-il|y a t il|il y a|faut-il payer|faut il payer|facturez-vous|prenez-vous|des frais sont-ils|je paie|je paye|je dois payer) (?:des |un |une )?(?:frais|supplement|commission)\b[^.!?]*|\bfrais (?:si|en cas de|pour) (?:je |on )?(?:paie|paye|payer|suspend\w*|change\w*)\b[^.!?]*/,
      /\b(?:changer|modifier) (?:la date (?:de|du) |mon |ma |le )?(?:prelevement|moyen de paiement|iban|rib|carte bancaire)\b/,
      /\bmerci (?:beaucoup )?(?:d'avoir|pour) (?:(?:si )?(?:vite |rapidement )?(?:regle|resolu|traite|rembourse|remplace|corrige)|le remboursement (?:rapide|express)|la rapidite|votre aide|votre reactivite)\b(?:(?!\b(?:mais|toujours)\b)[^.!?])*/,
    ],
  },
  de: {
    reports: patternSources([
      /\bobwohl ich (?:gar )?(?:nichts|nie) bestellt\b|\bund (?:immer noch )?nichts\s*[.!]*$/,
      // beschädigt angekommen, verliert Federn, durchnässt, eine Fälschung, eine Antwort, die nie kommt
      /\bkam\b[^.!?]{0,30}\b(?:abgerissen|kaputt|gebrochen|zerrissen|beschadigt|verbeult|gerissen)\w*|\bverliert (?:uberall |standig )?(?:federn|haare|knopfe)\b|\bdurchnasst\b|\bfalschung\b/,
      /\birgendwann (?:mal )?(?:eine )?antwort\b|\bstartet (?:\w+ ){0,3}neu\b/,
      /\bwarum (?:habt ihr|haben sie|hast du) (?:mir |mich |uns )?[^.!?]{0,30}\b(?:abgebucht|berechnet|belastet|gesperrt|storniert|gekundigt|abgezogen)\b/,
      /\bwas fur eine? (?:tolle|super|geniale|grossartige|brillante|gute|glanzende) idee\b[^.!?]{0,40}\b(?:schlie|streich|abschaff|erhoh|ersetz|abbau|einstell|abzuschaff|abzubau)\w*/,
      /\b(?:gebt|bringt) uns (?:die|den|das) alten?\b|\bfruher war (?:es|das|der|die|alles) (?:viel )?besser\b|\bdabei (?:mochte|liebte|mochten) ich\b/,
      /\b(?:ladesymbol|ladekreis|ladebalken|ladeanimation)\b|\bdreht sich nur\b|\bladt (?:ewig|endlos)\b/,
      /\bweggeschmissen\b|\bweggeworfen\b|\bin den mull\b|\bab in die tonne\b/,
      PRICE_OUTRAGE,
      /\b(?:internet|netz|wlan|verbindung|telefon|strom|seite|website|webseite|app|server|empfang|leitung|router)\b[^.!?]{0,40}\b(?:weg|down|ausgefallen|tot|offline|gestort|lahmgelegt)\b/,
      /\b(?:netzausfall|ausfall|storung|kein (?:netz|empfang|internet|signal|wlan))\b/,
      /\b(?:abgelehnt|gesperrt|blockiert|lahmgelegt|zerquetscht|zerdruckt|verzogen|abgefallen|herablassend|rausgeworfen|rausgeflogen)\b/,
      /\b(?:komme|kommt) (?:\p{L}+ ){0,3}nicht (?:mehr )?(?:in|an|rein)\b/u,
      /\b(?:kann|konnen) (?:mich )?(?:\p{L}+ )?nicht (?:mehr )?(?:einloggen|anmelden|bezahlen|bestellen|zahlen)\b/u,
      /\b(?:nie|nicht) (?:da|gekommen|vorbeigekommen|erschienen)\b|\bwar (?:nie|nicht) da\b/,
      /\bnicht (?:akzeptiert|angenommen|angezeigt|geladen|anerkannt)\b/,
      /\b(?:komplett |ganz |vollig )?anders (?:aus )?als (?:beschrieben|abgebildet|bestellt|auf dem foto)\b/,
      /\bladt ewig\b|\bfehler(?:meldung)?\b/,
      /\b(?:einen|ein|mit) (?:fleck|flecken|kratzer|riss|delle|loch)\b/,
      /\b(?:ich habe|habe|wir haben|es gibt) (?:ein|einen) (?:problem|fehler)\b|^(?:problem|fehler|arger) mit\b/,
      /\babgebucht\b[^.!?]{0,40}\b(?:gekundigt|storniert|nicht bestellt)\w*|\bgekundigte?s? abo\b/,
      /\b(?:fur|um) nichts\s*[.!…]*$|\bbis heute nichts\b/,
      /\b(?:dreimal|zweimal|mehrmals|\d+ ?mal)\b[^.!?]{0,40}\b(?:gefragt|geschrieben|angerufen|nachgefragt)\b/,
      /\bohne bescheid\b|\bnachgelassen\b/,
      // reproach
      /^ist das (?:\p{L}+ )?(?:euer|dein|ihr) ernst\b|\bist das euer ernst\b/u,
      /^vielleicht (?:mal|sollte|solltet|solltest|einfach) (?:\p{L}+ )?(?:leute|jemanden|einstellen|lernen|schulen)\b/u,
      /^wer (?:hat sich|kam auf|hat entschieden)\b/,
      /^wie oft (?:muss|soll) ich\b/,
      /\b(?:immer noch|noch immer) in (?:bearbeitung|vorbereitung)\b|\bseit \S+ (?:tagen|wochen) in bearbeitung\b/,
      /\b(?:brummt|rattert|quietscht|klappert|drohnt)\b|\blauter als\b/,
      /\b(?:rechnung|abrechnung|zahler|zahlerstand|kontostand)\b[^.!?]{0,25}\b(?:das doppelte|das dreifache|doppelt so hoch|im minus)\b|\b(?:wollt|wollen) (?:ihr|sie) (?:uns|mich) (?:verarschen|verappeln|veraeppeln|fur dumm verkaufen)\b/,
      // Alltagswörter für einen Ausfall: geht kaum, führt ins Leere, friert ein, braunes Wasser, funktioniert nicht
      /\b(?:ging|geht|lauft|lief|funktioniert|funktionierte|ladt|heizt|kuhlt) kaum\b|\bfuhr\w* ins leere\b|\bfriert\b[^.!?]{0,30}\bein\b|\beingefroren\b|\b(?:braunes|trubes|gelbes|dreckiges) wasser\b/,
      /\bfunktionier(?:t|en|te|ten)\b(?: \p{L}+){0,3} nicht\b(?! nur)|\bschmeckt (?:\p{L}+ ){0,2}(?:wie pappe|nach nichts|wie zahnpasta|nicht mehr)\b/u,
      priceThen('geht\'?s noch|echt jetzt|ernsthaft|im ernst|wirklich|soll das ein witz sein|seid ihr verruckt', 'de'),
      contrastThen('aber|leider|allerdings|jedoch|nur schade|schade nur', 'de'),
      /\b(?:rechnung|abbuchung|lastschrift|beitrag|abschlag)\b[^.!?]{0,30}\b(?:hoher|teurer) als (?:sonst|ublich|letzten monat|vereinbart|angegeben)\b/,
      /^wer braucht (?:schon|denn|auch) (?:\p{L}+ ){0,2}(?:punktlich\p{L}*|funktionierend\p{L}*|service|kundenservice|antwort\p{L}*|lieferung\p{L}*|zuge|wlan|personal|support|erreichbar\p{L}*|ruckmeldung\p{L}*)/u,
    ]),
    signs: patternSources([
      /\b(?:schon wieder|langsam|langsamer|storniert|verspatung|nervt)\b/,
      // a wait counted: "drei Wochen auf eine Antwort gewartet"
      /\b(?:\d+|zwei|drei|vier|funf|sechs|zehn) (?:stunden|tage|wochen|monate)\b[^.!?]{0,40}\bgewartet\b/,
      // a service that drops out, the same trouble weeks in a row, days for one answer
      /\bfallt\b[^.!?]{0,30}\baus\b|\b(?:woche|tag|monat|mal)e?n? in folge\b/,
      /\b(?:\d+|zwei|drei|vier|funf|sechs|sieben|zehn) (?:stunden|tage|wochen|monate) fur (?:eine?n?|die|den|das)\b/,
      // ein Gerät, das den Geist aufgibt, ein kurzes Leben, dieselbe Störung Tage in Folge, ein Bedauern am Schluss
      /\bden geist (?:aufgegeben|auf)\b/,
      /\bnach (?:nur |schon )?(?:\d+|zwei|drei|vier|funf|sechs|ein paar|einer|einem) (?:tagen?|wochen?|monaten?|wasche)\b/,
      /\b(?:\d+|zwei|drei|vier|funf) (?:tage|nachte|morgen|abende|mal|wochen) (?:hintereinander|am stuck)\b/,
      /\b(?:schade|sehr schade|echt schade)\s*[.!…]*$/,
      /\bseit (?:heute|gestern|\d+|zehn|einer|einem|tagen|wochen)\b/,
      /\bist das normal\b|\bwas ist (?:da )?los\b/,
      /\b(?:echt jetzt|danke? auch)\b/,
      /\bewig\b/,
      /\bpreiserhohung\b/,
      /\b(?:ohne|kein|keine|keinen) (?:bordbistro|bistro|speisewagen|klimaanlage|klima|wlan|heizung|essen|wasser|sitzplatz\w*|personal|toilette|licht|strom)\b|\b(?:klimaanlage|klima|heizung|wlan|licht|toiletten?|aufzug|fahrstuhl|rolltreppe)\b[^.!?]{0,25}\b(?:ist|war|geht|sind|waren) (?:aus|kaputt|nicht)\b|\b(?:toiletten?|aufzug|fahrstuhl|rolltreppe)\b[^.!?]{0,40}\b(?:abgesperrt|abgeschlossen|gesperrt|zu|ausser betrieb)\b/,
      // ein Vorwurf oder ein zurückgefragter Preis: „euch ist schon klar…“, „15 Euro fürs Reservieren?“
      /\b(?:euch|ihnen) ist (?:schon |aber )?klar\b|\bwisst ihr (?:eigentlich|uberhaupt)\b/,
      // eine Drohung zu gehen (woandershin, ein Ultimatum, die Treue vorgehalten): zwei zusammen beschweren sich
      /\b(?:kundige|wechsle|gehe|wechseln)\b[^.!?]{0,25}\b(?:zur konkurrenz|zu einem anderen|woandershin|woanders)\b|\bnach (?:einem|einer) anderen (?:anbieter|bank|versicherung|firma)\b|\bich bin (?:weg|raus)\s*[.!]*$|\bkundige ich\b/,
      /\bwenn das so weitergeht\b|\bernsthaft\b|\b(?:\d+|zwei|drei|funf|zehn|zwolf|funfzehn|zwanzig) jahre (?:kunde|kundin|treue|bei euch)\b|\bso werde ich behandelt\b/,
      priceForAct('(?:fur|furs|zum|um) (?:\\S+ ){0,2}(?:andern|umbuchen|reservieren|drucken|auswahlen|stornieren|korrigieren)\\w*'),
    ]),
    sarcasm: patternSources([
      /^(?:na )?(?:toll|super|klasse|prima|bravo|wunderbar|spitze|genial|danke|grossartig|respekt)\s*[,.!…]/,
      // "Läuft bei euch, oder?" asks the reader to agree: sincere praise, not the ironic "Läuft bei euch."
      /^(?:na toll|(?:ganz )?grosses kino|lauft bei (?:euch|ihnen)(?!,? oder\b))\b/,
      /^(?:tolle|super|klasse|prima|spitzen|grossartige) (?:planung|organisation|leistung|arbeit|idee|service)\b/,
      /\b(?:danke? auch|klasse|na toll|super gemacht|bravo|echt jetzt|danke fur nichts|respekt|grosses kino|genau das,? was ich (?:gebraucht habe|brauchte))\s*[.!…]*$/,
      /[.!…,]\s*(?:toll|super|prima|spitze|wunderbar|perfekt|grossartig|genial|top|herrlich|fantastisch)\s*[.!…]*$/,
    ]),
    cancel: [
      solvedSentence('gelost|behoben|geklart|repariert|korrigiert', '\\b(?:nicht|nie|noch|aber|wenn|falls|bitte|endlich|kein\\w*)\\b', 'zum gluck nicht (?:ihr|bei euch|bei ihnen)|anders als (?:ihr|bei euch)|im gegensatz zu euch'),
      /^warum (?:hab(?:e)? ich|hat mir (?:das )?(?:niemand|keiner)|hat (?:niemand|keiner))\b[^.!?]*\b(?:fruher|eher|vorher)\b[^.!?]*[?!]*/,
      /\b(?:fallen|fallt|entstehen)\b[^.!?]{0,60}\bgebuhr\w* an\b[^.!?]*|^(?:kostet|kosten)\b[^.!?]*\?/,
      /\bhatte (?:ein|einen) (?:problem|fehler)\b[^.!?]*\b(?:danke|umtausch|schnell|gelost|behoben|erstattet)\w*/,
      /\b(?:erstattung|ruckerstattung|ersatz\w*|reparatur|geld)\b[^.!?]{0,25}\b(?:nach|in|innerhalb von) (?:nur )?(?:\d+|einem|einer|zwei|drei) (?:stunden|tagen?|werktagen)\b(?![^.!?]*\b(?:aber|erst|statt|mahnung\w*)\b)(?=[^.!?]*\b(?:top|super|danke|klasse|schnell|stress|problemlos|prima)\b)[^.!?]*/,
      /\bob die garantie\b[^.!?]*|\b(?:deckt|gilt|ubernimmt) (?:die |eure )?(?:garantie|gewahrleistung|versicherung)\b[^.!?]*/,
      /\b(?:gibt es|kostet das|kostet es) (?:\p{L}+ )?(?:gebuhr|gebuhren|aufpreis|zusatzkosten)\b/u,
      concession('etwas|ein bisschen|ein wenig|ein kleines|leicht|ein paar', 'aber'),
      mockReproach('ist das (?:\\p{L}+ )?(?:euer|dein|ihr) ernst|echt jetzt|ernsthaft|im ernst|wollt ihr (?:mich|uns) (?:verarschen|verappeln)', 'de'),
      /\b(?:fallen|fallt|entstehen|gibt es|kostet das|kostet es|berechnet ihr|zahle ich|muss ich) (?:\p{L}+ )?(?:gebuhr\p{L}*|aufpreis|zusatzkosten|kosten|extra)\b[^.!?]*/u,
      /\b(?:abbuchungsdatum|zahlungsart|zahlungsmethode|bankverbindung|iban|lastschrift\p{L}*) (?:\p{L}+ )?(?:andern|wechseln|anpassen)\b/u,
      /\bdanke (?:fur|dass) (?:die |ihr )?(?:(?:schnelle|rasche|unkomplizierte|prompte) (?:erstattung|losung|hilfe|bearbeitung|antwort|ersatz)|(?:so )?(?:schnell )?(?:erstattet|gelost|geholfen|ersetzt))\b(?:(?!\b(?:aber|trotzdem)\b)[^.!?])*/,
    ],
  },
  es: {
    reports: patternSources([
      /\bque (?:yo )?no he (?:hecho|pedido|comprado)\b|\by (?:todavia )?nada\s*[.!]*$/,
      // llegó roto, pierde plumas, se cala, una falsificación, una respuesta que no llega
      /\bllego\b[^.!?]{0,30}\b(?:agrietad|rajad|abollad|rot[oa]s?\b|descosid|manchad)\w*|\bse (?:calaron|calan|calo)\b|\bpierde (?:plumas|pelo|botones)\b|\bfalsificacion\b/,
      /\b(?:contestar|responder) algun dia\b/,
      /\bpor que (?:me |nos )?(?:habeis|han|ha|has) (?:\w+ )?(?:cobrado|cargado|bloqueado|cancelado|cortado|cerrado|quitado|subido)\b/,
      /\bque (?:buena|gran|genial|brillante|estupenda) idea\b[^.!?]{0,20}\b(?:quitar|subir|cerrar|eliminar|sustituir|reemplazar|cobrar|suprimir)\b|\bque detalle (?:\w+ )?(?:subir|quitar|cerrar|cobrar|eliminar)\b/,
      /\bdevolvednos (?:la|el|los|las)\b|\bcon lo que me gustaba\b|\bantes (?:era|estaba) (?:mucho )?mejor\b/,
      /\bse queda (?:cargando|pensando|colgad[ao]|pillad[ao])\b|\bsolo (?:gira|carga)\b/,
      /\ba la basura\b/,
      PRICE_OUTRAGE,
      /\b(?:internet|red|wifi|conexion|linea|web|pagina|app|aplicacion|servidor|telefono)\b[^.!?]{0,30}\b(?:caid[oa]s?|no funciona|no va|no carga|sin servicio)\b/,
      /\bsin (?:internet|cobertura|senal|conexion|luz|linea|servicio|red)\b/,
      /\b(?:rechaz\w+|bloquead[oa]s?|denegad[oa]s?)\b|\bme ha bloqueado\b/,
      /\bno (?:puedo|me deja|podemos) (?:entrar|acceder|pagar|conectar|iniciar|comprar|finalizar)\b/,
      /\b(?:repartidor|mensajero|transportista)\b[^.!?]{0,20}\bno (?:paso|vino|aparecio|llamo|toco)\b|\bpone que (?:estaba )?ausente\b/,
      /\bno era\b|\bme (?:han )?(?:cortado|colgado)\b|\bme (?:colgaron|cuelguen|cuelgan)\b/,
      /\b(?:tengo|tenemos|hay) un problema\b|^problema (?:con|de)\b/,
      /\b(?:cobrado|cobraron|cobrasteis|cargado)\b[^.!?]{0,40}\b(?:di de baja|cancel\w*|no pedi|no he pedido)\b|\bdi de baja\b/,
      /\baplastad[oa]s?\b|\bhechos? (?:anicos|polvo|trizas)\b|\bse (?:solto|deforman|deforma|despega|descose)\b/,
      /\bno se parece\b|\btarda una eternidad\b|\bda error\b/,
      /\b(?:llego|vino|venia) con (?:una|un) (?:mancha|golpe|rotura|raya|agujero|desconchon)\b/,
      /\bla calidad ha bajado\b|\bya cansa\b/,
      /\b(?:gracias por nada|sin avisar|de risa|para nada\s*[.!…]*$)\b/,
      // reproach
      /^(?:en serio|es en serio|va en serio)\b/,
      /^(?:y si|quizas|a lo mejor|igual) (?:contrat|aprend|prob|pens|form)\w*/,
      /^(?:quien|a quien) (?:se le ocurrio|decidio|penso)\b/,
      /^cuantas veces (?:tengo|hay|voy)\b/,
      /\b(?:lleva|llevan|sigue|siguen) (?:\S+ )?(?:dias|semanas|meses)? ?en (?:preparacion|tramite|proceso)\b/,
      /\bsigue sin\b/,
      /\bhace (?:un |mucho |muchisimo )?ruido\b|\bmas ruido que\b/,
      /\b(?:factura|contador|lectura|saldo)\b[^.!?]{0,25}\b(?:marca|pone|indica|muestra) (?:el doble|el triple|dos veces mas)\b|\bse (?:ha|han) caido (?:la|el|los|las) (?:red|web|pagina|app|aplicacion|servidor|sistema|linea|internet|conexion)\b|\b(?:piensa venir|pensais venir|piensan venir) (?:el|la) (?:tecnico|repartidor|instalador|fontanero|mensajero)\b/,
      /\b(?:os estais|se estan) riendo de (?:nosotros|mi|los clientes)\b|\b(?:me|nos) (?:tomais|toman|estais tomando) el pelo\b/,
      // palabras de todos los días para una avería: apenas funciona, no lleva a ninguna parte, se congela, agua marrón
      /\bapenas (?:funciona|funcionaba|va|iba|carga|cargaba|enfria|enfriaba|calienta|calentaba)\b|\bno (?:llevan|lleva|conducen|conduce) a (?:ninguna parte|ningun sitio)\b|\b(?:se congelan?|se traban?)\b|\bse queda(?:n)? (?:congelad|trabad|bloquead)\w*|\b(?:agua marron|agua turbia|agua sucia|agua amarilla)\b/,
      /\b(?:no me funciona|no me va|no me carga)\b|\bya no sabe(?:n)? (?:igual|a nada|como antes)\b/,
      priceThen('en serio|de verdad|estamos locos|os habeis vuelto locos|es broma|que broma|perdona', 'es'),
      contrastThen('pero|aunque|sin embargo|lastima que|lo malo es que|eso si|pena que', 'es'),
      /\b(?:factura|recibo|cargo|cuota)\b[^.!?]{0,30}\bmas (?:alt[oa]|car[oa]) (?:de lo normal|que de costumbre|que el mes pasado|de lo acordado)\b/,
      /^(?:para|pa) que (?:contestar|responder|atender|cumplir|avisar|entregar|molestarse|devolver|solucionar|arreglar)\b/,
    ]),
    signs: patternSources([
      /\b(?:otro retraso|otra vez sin|lent[oa]s?|mas lent[oa]|cancelad[oa]|retraso)\b/,
      // a wait counted: "dos semanas esperando una respuesta", "he esperado tres días"
      /\b(?:\d+|dos|tres|cuatro|cinco|seis|diez) (?:horas|dias|semanas|meses) esperando\b|\besperado (?:\d+|dos|tres|cuatro|cinco|seis|diez) (?:horas|dias|semanas|meses)\b/,
      // days for one answer, a price raised again, a train standing still
      /\b(?:\d+|dos|tres|cuatro|cinco|seis|diez) (?:horas|dias|semanas|meses) para (?:contestar|responder|devolver|arreglar|entregar|llegar|atender)\b/,
      /\b(?:me |nos )?(?:suben|subis|habeis subido|han subido) (?:la|el|otra vez)\b|\b(?:tren|bus|autobus|metro|avion) parado\b/,
      // un aparato que dijo basta, una vida corta, el mismo fallo varios días seguidos, un lamento al final
      /\bdijo basta\b|\bse murio\b|\bpaso a mejor vida\b/,
      /\ba (?:los|las) (?:\d+|dos|tres|cuatro|cinco|seis|pocos|pocas) (?:dias|semanas|meses|usos|lavados)\b/,
      /\b(?:\d+|dos|tres|cuatro|cinco) (?:dias|noches|mananas|tardes|veces|semanas) seguid[oa]s\b/,
      /\b(?:una pena|que pena|una lastima|que lastima)\s*[.!…]*$/,
      /\bdesde (?:esta manana|ayer|hace)\b|\blleva \S+ (?:dias|semanas|horas|meses)\b/,
      /\bes normal\b|\bque esta pasando\b/,
      /\bhace (?:un|una|\d+|dos|tres) (?:mes|meses|semanas?|dias)\b/,
      /\bdevolv\w* el dinero\b/,
      /\b(?:otra )?subida (?:de la cuota|del precio|de precios?|de la tarifa|de tarifas?)\b/,
      /\bsin (?:aire acondicionado|aire|calefaccion|cafeteria|wifi|agua|asientos|bano|luz)\b|\b(?:aire acondicionado|aire|calefaccion|wifi|banos?|ascensor|escalera mecanica)\b[^.!?]{0,25}\b(?:no funciona|apagad[oa]|estropead[oa]|cerrad[oa]s?|bloquead[oa]s?|fuera de servicio)\b/,
      // un reproche o un precio devuelto: «¿sabéis que…?», «¿20 euros por cambiar el nombre?», una visita que no llega
      /\b(?:sabeis|sabian|sabe usted|os dais cuenta de) que\b/,
      // una amenaza de irse (a otra compañía, un ultimátum, la fidelidad recordada): dos juntas se quejan
      /\b(?:me doy de baja|me voy|me cambio|me paso|cambiarme|darme de baja)\b[^.!?]{0,25}\b(?:a la competencia|a otra (?:compania|empresa|operadora|tienda)|otra compania)\b|\b(?:mirando|buscando) otras? (?:compania|companias|empresas?|operadoras?|bancos?)\b|\bme voy\s*[.!]*$|\bme doy de baja\b(?! si| cuando)/,
      /\b(?:como|si) esto (?:siga|sigue) asi\b|\b(?:\d+|dos|tres|cinco|diez|doce|quince|veinte) anos (?:de cliente|como cliente|con vosotros|siendo cliente)\b|\bme tratais asi\b|\bno hay quien lo aguante\b/,
      priceForAct('(?:por|para) (?:cambiar|corregir|elegir|anadir|imprimir|reservar|cancelar|facturar|usar)'),
      /\bera (?:el|para el) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b|\bde una vez\b/,
    ]),
    sarcasm: patternSources([
      /^(?:genial|estupendo|perfecto|bravo|fenomenal|muy bien|enhorabuena|que bien|gracias|que maravilla|chapo|ole)\s*[,.!…]/,
      /^ole (?:vuestr|tu |su |el |la )/,
      /\b(?:gracias por nada|muy bien|enhorabuena|de risa|genial|bravo|gracias,? de verdad|justo lo que (?:necesitaba|me hacia falta))\s*[.!…]*$/,
      /[.!…,]\s*(?:perfecto|estupendo|maravilloso|fenomenal|me encanta|fantastico|de lujo|increible|espectacular)\s*[.!…]*$/,
      /^que detalle\b/,
      /^(?:menuda|vaya|gran|genial la|que) (?:organizacion|planificacion|servicio)\b/,
    ]),
    cancel: [
      solvedSentence('(?:problema|error|fallo|averia) (?:resuelto|solucionado|arreglado|corregido)|me (?:lo |la )?soluciono|solucionaron|resolvio|resolvieron|arreglaron|ha solucionado|han solucionado|han resuelto', '\\b(?:no|nunca|todavia|aun|sigue|pero|si)\\b', 'por suerte (?:con )?vosotros no|a diferencia de vosotros|no como (?:vosotros|con vosotros)|menos mal que (?:con )?vosotros no'),
      /^por que (?:no|nadie me)\b[^.!?]*\bantes\b[^.!?]*[?!]*/,
      /\btuve (?:un|una) (?:problema|error)\b[^.!?]*\b(?:pero|gracias|cambiaron|solucion\w*)\b/,
      /\bsi la garantia cubre\b[^.!?]*|\bla garantia (?:cubre|incluye)\b[^.!?]*\?/,
      /\b(?:reembolso|repuesto|cambio|reparacion)\b[^.!?]{0,15}\b(?:recibido|llego|hecho|hecha) en (?:\d+|un|una|dos|tres) (?:horas?|dias?)\b(?![^.!?]*\b(?:pero|tarde|en vez)\b)/,
      /\bsin (?:comision|intereses|recargo)\b|\bhay (?:alguna |algun )?(?:comision|recargo)\b/,
      concession('un poco|un poquito|algo|un pelin|un pequeno', 'pero'),
      mockReproach('en serio|es en serio|va en serio|de verdad|es broma|os estais riendo de nosotros', 'es'),
      /\b(?:cobrais|cobran|cobras|cobra|hay que pagar|se paga|pago) (?:alguna |algun |algo de )?(?:comision|recargo|gastos|algo|extra|suplemento)\b[^.!?]*|\b(?:me cobrais|me cobran) (?:algo )?si\b[^.!?]*/,
      /\bcambiar (?:la fecha (?:de|del) |el |mi |la )?(?:cargo|domiciliacion|metodo de pago|cuenta bancaria|tarjeta|iban)\b/,
      /\bgracias por (?:(?:resolver|solucionar|gestionar|tramitar|devolver|cambiar|reponer)\w*|el reembolso (?:tan )?(?:rapido|express)|la rapidez|la ayuda)\b(?:(?!\b(?:pero|aun|todavia)\b)[^.!?])*/,
    ],
  },
};
