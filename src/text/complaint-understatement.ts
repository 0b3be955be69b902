// Understatement that complains without a trouble word (accent-folded): a lead-in that softens what follows, set on a
// word in quotes or trailing off ("Let's just say the 'express' delivery…", "Disons que la sauce était... discrète",
// "Sagen wir so: das 'Zimmer mit Bergblick'…", "Digamos que la habitación 'con vistas'…"), and a quality denied
// with a hedge ("not exactly as pictured", "n'était pas exactement ce que", "nicht gerade die freundlichste", "no fue lo
// que se dice rápida", "I wouldn't say the process was smooth"). The held-out models missed them: their words are the
// words of praise. Not when the rest praises ("Let's just say I'm a regular now 😍", "Nicht gerade günstig, aber jeden
// Cent wert"). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';

/** Words that turn a hedge into praise of value ("not exactly cheap but worth it"), beyond the praise vocabulary. */
const WORTH = "worth|vaut|valait|wert|lohnt|vale la pena|vale cada|me plait|gefallt|me encanta|love it|j'adore|volveremos|reviendrons|komme\\w* wieder";

/** A hedge, unless the rest of the post praises or calls it worth it. */
const hedge = (re: string, lang: Lang4): RegExp =>
  new RegExp(`(?:${re})${noPraiseLater(lang, WORTH, '😍|❤')}`);

/** A softening lead-in, then within the sentence a word in quotes or an ellipsis: the irony marked. */
const leadIn = (lead: string, lang: Lang4): RegExp => hedge(`^(?:${lead})\\b[^!?]{0,60}?(?:\\.\\.\\.|…|(?<=[\\s:])[«"“„'‘]\\s?(?=[a-z]))`, lang);

export const UNDERSTATEMENT: Record<Lang4, RegExp[]> = {
  en: [
    leadIn("let's just say|let's say|lets just say|shall we say", 'en'),
    hedge("\\bnot exactly (?:as (?:pictured|described|advertised|shown|promised)|what (?:i|we) (?:ordered|paid for|booked|asked for)|the (?:\\w+est|most \\w+)\\b)|\\bi (?:wouldn't|would not) (?:say|call) (?:the|it|this|that|your|my)\\b[^.!?]{0,40}\\b(?:smooth|easy|quick|fast|great|painless|seamless)\\b", 'en'),
  ],
  fr: [
    leadIn('disons que|on va dire que|disons-le', 'fr'),
    hedge("\\b(?:n'(?:etait|est|a) )?pas (?:exactement|vraiment|franchement) (?:ce que (?:j'avais|nous avions|j'ai|on a) (?:commande|demande|reserve|paye)|comme (?:sur|dans) (?:la photo|les photos|le catalogue)|(?:le|la) plus (?:chaleureu|aimable|rapide|propre|accueillant)\\w*)|\\bn'etait pas (?:le|la) plus (?:chaleureu|aimable|rapide|propre|accueillant)\\w*|\\blaissait (?:un peu |beaucoup |franchement )?a desirer\\b", 'fr'),
  ],
  de: [
    leadIn('sagen wir (?:mal )?so|sagen wir mal|sagen wir|ich sag(?:e)? (?:mal|jetzt mal) so', 'de'),
    hedge('\\bnicht (?:gerade|unbedingt|wirklich) (?:der|die|das) (?:\\w+ste|\\w+sten)\\b|\\bwar (?:vielleicht )?(?:etwas|ein bisschen|leicht) (?:optimistisch|sportlich|ambitioniert)\\b', 'de'),
    // "Ich will ja nicht meckern, aber…", "Nicht so ganz das, was…", "der Hammer. Im negativen Sinn", "hat ja super
    // geklappt. Nicht.", "ist… ausbaufähig"
    hedge('\\bich will (?:ja )?nicht meckern,? aber\\b|\\bnicht so ganz (?:das|der|die|was)\\b|\\bim negativen sinne?\\b|\\b(?:geklappt|funktioniert|gelaufen|geholfen|organisiert)\\. nicht\\s*[.!]*$|\\b(?:ist|war|sind|waren)\\b[^.!?]{0,12}\\bausbaufahig\\b', 'de'),
  ],
  es: [
    leadIn('digamos que|por decirlo (?:suave|finamente|asi)', 'es'),
    // "no estaba a la altura del precio", "dejó bastante que desear"
    hedge('\\bno (?:estaba|estuvo|esta|fue|era|es) a la altura\\b|\\b(?:dejo|deja|dejaba|dejaron) (?:bastante|mucho|algo|un poco) que desear\\b', 'es'),
    hedge('\\bno (?:fue|era|es|ha sido|estuvo) lo que se dice\\b|\\bno (?:fue|era|es) (?:precisamente|exactamente) (?:lo que|el mas|la mas|como en)\\b', 'es'),
  ],
};
