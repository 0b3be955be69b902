// The brand's apology quoted back, then told as answered (accent-folded): "'Sorry for the delay, your parcel was held up
// by the storm' — no worries at all, it turned up this morning. Thanks!", "You replied 'we're sorry your order arrived
// damaged, a replacement is on its way' and it came the next day. Brilliant service.", "« Désolés pour le retard… » —
// pas de souci, il est arrivé ce matin, merci". The trouble words are the brand's, inside the quote; the poster's own
// words tell the trouble over and thank. Replies quoting the brand read as grievances on unseen posts (round 36's
// precision), and every readable post that quotes the brand's apology is a complaint ("'sorry we missed you' card but I
// was literally at the door", "'we'll call you back within 24 hours' — it's Friday"): so the quote alone clears
// nothing; the words after it must tell the trouble come right, thank or praise, and hold no chase (still, ago, never,
// a question). complaints.ts settledElsewhere reads it: one sign at most, and the model does not speak.

import { foldedAsWritten } from './folded-as-written.js';

/** An opening quote mark, then the brand's apology in its first words. */
const QUOTED_APOLOGY =
  /(?:^|[\s:(])['"\u201c\u2018\u00ab\u201e\u201a] ?(?:we(?:'re| are) (?:so |very |really )?sorry|(?:so |very |really )?sorry|(?:our )?apologies|we apologi[sz]e|(?:nous sommes )?desole(?:e?s)?|toutes nos excuses|nous nous excusons|entschuldig\w*|es tut uns leid|(?:lo )?sentimos|lamentamos|disculpa)\b/;

/** A closing quote mark: not an apostrophe inside a word ("we're"). */
const CLOSING = /(?<![a-z])['\u2019]|(?<=[a-z.!,])['\u2019](?![a-z])|["\u201d\u201c\u00bb]/g;

/** The trouble told as come right, or shrugged off. */
const RIGHTED =
  /\b(?:no worries|no problem|can confirm|(?:it|they|he|she) (?:came|arrived|turned up)|came (?:the next|this|today|yesterday)|turned up|(?:back up|fixed|sorted|working again)|pas de (?:souci|probleme)|aucun (?:souci|probleme)|(?:il|elle) est (?:bien )?arrivee?|c'est (?:regle|repare)|fonctionne (?:a nouveau|de nouveau)|kein problem|ist (?:heute |gestern )?angekommen|lauft wieder|geht wieder|behoben|no pasa nada|ya (?:me )?(?:llego|ha llegado)|ya funciona|arreglad[oa]|resuelt[oa])\b/;

/** Thanks or praise from the poster. */
const THANKED = /\b(?:thanks|thank you|cheers|brilliant|great service|fair play|nice one|merci|parfait|bravo|danke|super|top|gracias|genial)\b/;

/** A chase: the trouble still there, dated back, never come, or asked about. */
const CHASED = /\b(?:still|ago|never|nothing|isn't|wasn't|excuse|toujours|il y a|jamais|rien|n'est pas|immer noch|noch immer|vor \w+ (?:tagen|wochen)|nie|nichts|ist (?:sie|es|er) nicht|sigo|sigue|todavia|hace (?:un|una|\w+ (?:dias|semanas))|nunca|no es)\b|\?/;

/** Annoyed faces (complaints.ts ANNOYED_EMOJI): thanks under an eye-roll are sarcasm. */
const ANNOYED = /[\u{1F644}\u{1F612}\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F611}\u{1F643}]/u;

/**
 * Whether the post quotes the brand's apology and its own words after the quote tell the trouble come right and thank,
 * with no chase. Read on the post as written, folded here: the complaint text's removals may have taken the quote.
 */
export function quotedApologyAccepted(original: string): boolean {
  if (ANNOYED.test(original)) return false;
  const whole = foldedAsWritten(original);
  const quote = QUOTED_APOLOGY.exec(whole);
  if (quote === null) return false;
  CLOSING.lastIndex = quote.index + quote[0].length;
  const close = CLOSING.exec(whole);
  if (close === null) return false;
  const after = whole.slice(close.index + 1);
  return RIGHTED.test(after) && THANKED.test(after) && !CHASED.test(after);
}
