// Sentences by which a page hands an account to another firm or group than itself, without a disclaimer's negation:
// "our sister brand Hälla: <a>Facebook</a>", "Vårt systervarumärke Hälla … — följ dem på <a>Instagram</a>", "Say hi
// to them at <a>@ledgerlyapp</a>". Round 27 put a sister brand's accounts in a group footer and a sponsor's in an
// episode's read among the official accounts: the footer and the handle's likeness said the brand's, the sentence
// said someone else's. Read on the link's own sentence only (disowned.ts): the next sentence of the same paragraph
// may be the brand's own ("Vår verkstad har ett eget konto: @…").

/**
 * The brand's possessive, at most two words, then a sister word: "our sister brand", "notre marque sœur", "unsere
 * Schwestermarke", "nuestra marca hermana", "la nostra azienda sorella", "ons zustermerk", "a nossa marca irmã",
 * "vårt systervarumärke" (folded text).
 */
const SISTER_BRAND =
  /\b(?:our|notre|nos|unser\w*|nuestr[oa]s?|nostr[oaie]|onze|ons|noss[oa]s?|vart|vara)\s+(?:[a-z]+\s+){0,2}?(?:sister\w*|soeurs?|schwester\w*|herman[oa]s?|sorell[ae]|zuster\w*|syster\w*|irmas?)\b/;

/**
 * Sending the reader to a third party's account: "follow them on", "say hi to them at", "suivez-les", "folgt ihnen",
 * "síguelos", "seguili", "volg hen", "siga-os", "följ dem på" — the plural of "follow her on", said of a firm or a
 * group (folded text).
 */
const FOLLOW_THEM =
  /\b(?:follow them|say hi to them|suivez[- ]les|retrouvez[- ]les|folgt ihnen|folgen sie ihnen|siguel[oa]s|seguil[ie]|volg (?:hen|ze)|siga[- ]os|folj dem)\b/;

/** "…on our Instagram", "sur notre page": the brand's own place, whoever the sentence speaks of before it (folded). */
const OUR_PLACE = /\b(?:on|at|sur|auf|en|su|op|no|na|pa) (?:our|notre|nos|unser\w*|nuestr\w*|nostr\w*|onze|ons|noss\w*|vart|vara)\b/;

/** "Follow us": the same sentence may give the brand's own account before or after another's (folded). */
const FOLLOW_US = /\b(?:follow us|suivez[- ]nous|folgt uns|folgen sie uns|siguenos|seguici|volg ons|siga[- ]nos|folj oss)\b/;

/** Whether the link's sentence (folded) gives the account to another firm: a sister brand, or "follow them on". */
export function saysTheirs(sentence: string): boolean {
  return (SISTER_BRAND.test(sentence) || FOLLOW_THEM.test(sentence)) && !OUR_PLACE.test(sentence) && !FOLLOW_US.test(sentence);
}

/** A word every form above holds, read on the text as written: a block without one is not folded for them. */
export const THEIRS_HINT = /(?:sister|s(?:oe|œ)ur|schwester|herman|sorell|zuster|syster|irm[aã]|them\b|[- ]les\b|ihnen|gu[ei]l[oaei]s?\b|hen\b|ze\b|[- ]os\b|dem\b)/i;
