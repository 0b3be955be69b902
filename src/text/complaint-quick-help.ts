// A trouble told then thanked for a quick intervention, in French and English (accent-folded): "chauffe-eau en panne
// dimanche, le technicien est passé lundi à 8h. Top réactivité !", "coupure de courant, les équipes sur le terrain à
// 3h. Respect.", "Power back within an hour after the outage, thanks to the crew", "Thanks for the £40 credit on my
// bill after the outage", "the quick update on the outage". complaint-own-fault.ts reads a trouble as settled only with
// a verb of mending ("fixed", "réparé"); these tell the help instead, and the patterns counted the outage or the
// breakdown as a complaint (rules' false alarms in rounds 23 and 27, the class posts, corpus 9). Not when the help came
// late or failed ("le plombier n'est passé que jeudi", "la box recoupe déjà", "still not back"), with a mocking face,
// or with thanks that mock ("thanks for nothing"). complaints.ts settledElsewhere reads it: one sign at most, and the
// model does not speak.

import { foldedAsWritten } from './folded-as-written.js';

/** The help told as swift or present. */
const HELP = new RegExp(
  [
    "\\b(?:top|super|belle|quelle|bravo pour la|merci pour la|merci pour votre) reactivite\\b",
    "\\bsur le terrain (?:a|des|dans|en pleine|toute la) ",
    "\\b(?:est|sont) passee?s? (?:le lendemain|dans l'heure|dans la journee|le jour meme|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: matin)? a \\d)",
    "\\bpassee? le lendemain a \\d",
    // Service back (not "we'll call you back within 24 hours", which is a promise quoted back).
    "(?:\\b(?:power|internet|water|signal|wifi|broadband|heating|electricity|gas|network|lights)(?: was| is| came)? |(?:^|[,.;:] ))back (?:on )?(?:within|in|after) (?:an?|one|two|\\d+|half an?) (?:hour|hours|minutes?|mins?)\\b",
    "\\b(?:was|were|came) out (?:within|in) (?:an?|one|two|\\d+|half an?) (?:hour|hours|minutes?|mins?)\\b",
    "\\bcame out (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the next day|the same day|next morning|first thing)\\b",
    "\\b(?:quick|speedy|prompt|fast) (?:updates?|response|reply|visit)\\b",
    "\\bcredit (?:on (?:my|the|our) bill )?after (?:the|last week'?s|yesterday'?s|the recent) outage\\b",
  ].join('|'),
);

/** Thanks or praise for it. */
const THANKS = /\b(?:merci|respect|top|impeccable|bravo|chapeau|thanks|thank you|cheers|appreciate|brilliant|great|nice (?:touch|gesture)|helpful|legends?|heroes)\b/;

/** The help late, undone or mocked: told anywhere in the post. */
const NOT_QUICK = /\bn'(?:est|sont) passee?s? que\b|\bonly (?:came|turned up)\b|\bstill not\b|\btoujours pas\b|\bfor nothing\b|\bpour rien\b|\ba lot\b/;

/** After the help, the trouble back or still there. */
const BACK_AFTER = /\b(?:deja|encore|toujours|again|already|still|re\w*coupe|recoupe|rebroke|broke again|mais|but)\b/;

const MOCK_FACE = /[\u{1F644}\u{1F643}\u{1F612}]/u;

/** Whether the post thanks the brand for a quick intervention on a trouble, with no sign the help came late or failed. */
export function thankedForQuickHelp(folded: string, original: string): boolean {
  if (MOCK_FACE.test(original)) return false;
  // Read on the post as written, folded here: the removals of the complaint text take "back within an hour" as a
  // trouble cleared (complaint-on-the-way.ts) and leave the outage without its help. HELP is run once per text (its
  // match, not a test then the same search again), and only on a text holding a word it needs: most posts hold none,
  // and the post as written is then not folded at all.
  let m = mayHelp(folded) ? HELP.exec(folded) : null;
  let text = folded;
  if (m === null) {
    text = foldedOriginal(original);
    m = text === '' ? null : HELP.exec(text);
  }
  if (!m || !THANKS.test(text) || NOT_QUICK.test(text)) return false;
  return !BACK_AFTER.test(text.slice(m.index + m[0].length));
}

/**
 * The words HELP's alternatives cannot match without, one each ("outage" holds "out"): a folded text holding none of
 * them cannot match it. One plain alternation of literals (a scan V8 runs fast), not one `includes` per word, which
 * cost more than HELP itself.
 */
const HELP_WORD = /reactivite|terrain|passe|back|out|quick|speedy|prompt|fast/;

function mayHelp(folded: string): boolean {
  return HELP_WORD.test(folded);
}

/**
 * The post lower-cased and its accents stripped, as the complaint text is before its removals; '' when it cannot match
 * HELP (mayHelp); the fold is shared with the other vetoes reading the post as written (folded-as-written.ts).
 */
function foldedOriginal(original: string): string {
  const folded = foldedAsWritten(original);
  return mayHelp(folded) ? folded : '';
}

