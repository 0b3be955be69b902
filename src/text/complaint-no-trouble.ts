// Trouble words told as absent (accent-folded), removed from the complaint text with the other removals: a trouble
// counted as none since or ever ("not a single crash since", "zero issues", "without a single breakdown", "plus aucun
// crash depuis", "sans la moindre panne", "kein einziger Absturz", "ni un solo fallo"), a trouble asked and denied
// ("Problem with my order? Nope, …"), nothing to complain of ("Immer noch kein Grund zu meckern"), a trouble supposed then denied ("If my parcel was ever late I'd be fuming, but it
// never has been"), and others' troubles the poster's own experience denies ("Everyone in the comments says the app
// crashes, mine's been fine"). What follows stays: "zero issues until the update, now it crashes daily" still
// complains. The others' troubles run first; a trouble counted as none may be cancelled before them (complaint-cues.ts),
// so a life told ("mine's done 4 years") denies too. Spanish wear denied over years or washes likewise ("no se ha
// oxidado en dos años").
import type { Lang4 } from './stopwords.js';

export const NO_TROUBLE: Record<Lang4, RegExp[]> = {
  en: [
    /\b(?:everyone|everybody|people|folks|all the reviews|the reviews|the comments|everyone in the comments)\b[^.!?]{0,30}\b(?:says?|saying|reckons?|complain\w*|moan\w*)\b[^]{0,80}?(?:(?:mine|ours)(?:'s| has| is)?\b[^.!?]{0,40}\b(?:fine|perfect|great|flawless|spot on|solid|grand|zero (?:issues|problems)|no (?:issues|problems))|(?:mine|ours)(?:'s| has)? (?:done|lasted|survived|been going(?: for)?) (?:\d+|two|three|four|five|six|ten) (?:years|months)|(?:zero|no) (?:issues|problems)|never had (?:an? |any )?(?:issue|problem)s?)/,
    /\b(?:not a single|not one|zero|without (?:a single|any|one)|never (?:had )?(?:a single|one))\s(?:\w+\s)?(?:crash|crashes|issue|issues|problem|problems|breakdown|breakdowns|fault|faults|outage|outages|delay|delays|hiccup|hiccups|glitch|glitches)\b(?! (?:until|till|before|then)\b)/,
    /\b(?:problem|issue|trouble|complaint) with (?:my|the|your|our) [\w-]+(?: [\w-]+)?\?\s*(?:nope|no|nah|not at all)\b/,
    // "3rd week running on the new timetable and not a single late train" (class posts after round 40).
    /\bnot (?:a single|one) (?:late|delayed|cancell?ed) (?:train|bus|tram|flight|delivery|parcel|order)s?\b/,
    /\bif (?:my|the|our|your)\b[^.!?]{0,60}\b(?:ever|were ever|was ever)\b[^.!?]{0,60}\bbut\b[^.!?]{0,30}\b(?:never|not once|it hasn'?t|they haven'?t|it never)\b[^.!?]*/,
  ],
  fr: [
    /\b(?:plus aucun|plus aucune|pas un seul|pas une seule|sans (?:la moindre|le moindre|aucune?|un seul|une seule))\s(?:\w+\s)?(?:crash|crashs|bug|bugs|panne|pannes|souci|soucis|probleme|problemes|retard|retards|coupure|coupures)\b(?! (?:jusqu'a|avant)\b)/,
  ],
  de: [
    /\b(?:kein einziger|keine einzige|kein einziges|null|ohne (?:einen einzigen|eine einzige|ein einziges|jede|jeden|einen|eine))\s(?:\w+\s)?(?:absturz|absturze|ausfall|ausfalle|problem|probleme|panne|pannen|storung|storungen|verspatung|verspatungen)\b(?! (?:bis|vor)\b)/,
    // Nothing to complain of, however long: "Immer noch kein Grund zu meckern", "Kein Grund zur Klage".
    /\b(?:immer noch |noch immer |noch )?kein(?:en)? (?:grund|anlass) (?:zu|zum|zur) (?:meckern|klagen|klage|beschweren|beschwerde|jammern)\b/,
  ],
  es: [
    /\b(?:ni un solo|ni una sola|cero|sin (?:ningun|ninguna|un solo|una sola))\s(?:\w+\s)?(?:fallo|fallos|problema|problemas|averia|averias|retraso|retrasos|caida|caidas|incidencia|incidencias)\b(?! (?:hasta|antes)\b)/,
    // Wear denied over years or washes ("La sartén no se ha oxidado en dos años", "ni se descosió ni destiñó"): the
    // participle alone is a strong trouble word (complaint-patterns.ts), and complaint-spanish-facts.ts tells wear
    // within days as a complaint.
    /\b(?:no|nunca) se (?:ha|han) (?:oxidado|roto|descosido|despegado|destenido|pelado|rajado)\b|\bni se (?:descosio|rompio|oxido|despego|destino)(?: ni (?:se )?(?:descosio|rompio|oxido|despego|destino))?\b/,
  ],
};
