// A thing named in outrage, with or without a mark (round 32's errors): "Mon forfait a augmenté de 4€ sans aucun mail,
// c'est quoi ce délire", "c'est quoi ce cirque", "c'est quoi ce travail", "was soll der Quatsch", "was ist das für ein
// Saftladen", "qué clase de broma es esta", "what is this nonsense", "what even is this new layout". The poster asks
// no one what the thing is: the word after the demonstrative names the outrage itself (a circus, a joke, a mess), or
// "even" says the question is disbelief. A charge or a term asked about keeps its question ("c'est quoi ce prélèvement
// de 4,90€", "c'est quoi le délai", "was ist das für eine Gebühr", "qué es este cargo", "what's this £2.99 charge"):
// only the nouns below are outrage. question-rhetoric.ts reads it as rhetoric; read on the folded text (lower case,
// accents removed).

/** The outrage named after a demonstrative, per language; "even" alone marks the English disbelief. */
export const OUTRAGE_NAMED = new RegExp(
  [
    // fr: "c'est quoi ce délire / ce cirque / ce travail / ce bordel", "qu'est-ce que c'est que ce cirque"
    String.raw`\b(?:c'est|c est|cest) quoi (?:ce|cette) (?:delire|cirque|bordel|travail|taf|binz|foutoir|bazar|merdier|blague|plaisanterie|arnaque|cinema|mepris|souk)\b`,
    String.raw`\bqu'est-ce que c'est que (?:ce|cette) (?:delire|cirque|bordel|travail|binz|foutoir|bazar|merdier|blague|plaisanterie|arnaque|cinema|souk)\b`,
    // de: "was soll der Quatsch / das Theater", "was ist das für ein Saftladen / Witz"
    String.raw`\bwas soll (?:der|das|dieser|dieses|die) (?:quatsch|mist|scheiss|unsinn|blodsinn|bloedsinn|theater|zirkus|affentheater|kase|witz|abzocke)\b`,
    String.raw`\bwas (?:ist|sind) (?:das|denn das) (?:fur|denn fur) (?:ein|eine|einen)? ?(?:saftladen|witz|zirkus|theater|mist|quatsch|abzocke|verein|laden|frechheit|unverschamtheit)\b`,
    // es: "qué clase de broma es esta", "qué broma es esta", "qué es este cachondeo"
    String.raw`\bque (?:clase|tipo) de (?:broma|servicio|atencion|cachondeo|verguenza|tomadura de pelo|circo|chapuza|estafa) es (?:este|esta|esto)\b`,
    String.raw`\bque (?:broma|cachondeo|circo|chapuza|verguenza|tomadura de pelo|estafa) es (?:este|esta|esto)\b`,
    String.raw`\bque es (?:este|esta|esto) (?:cachondeo|circo|chapuza|broma|tomadura de pelo|desastre)\b`,
    // en: "what is this nonsense / joke / circus", "what kind of service is this", "what even is this …"
    String.raw`\bwhat(?: is|'s|s) this (?:nonsense|rubbish|garbage|joke|circus|clown show|mess|shambles|madness|bs)\b`,
    String.raw`\bwhat (?:kind|sort) of (?:service|joke|circus|nonsense|clown show|operation) is this\b`,
    String.raw`\bwhat even is this\b`,
  ].join('|'),
);
