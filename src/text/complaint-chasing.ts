// Customer-care complaints told as a chase or a plain account of what did not happen (accent-folded, English): a promise
// quoted then belied ("you said it'd be redelivered today. It wasn't.", "you said someone would ring me back
// yesterday. Nobody did."), nothing heard since a message ("sent you a DM on Monday…, nothing back yet"), a status
// counted in days ("Day 12 of 'out for delivery'", "been 'in transit' for a fortnight"), a refund promised in days
// that were weeks ago ("told it'd be refunded within 5 days, that was 3 weeks ago"), an update that wiped what the
// poster kept ("latest update wiped all my saved templates"), a bag that did not make the flight ("my bag didn't make
// it to Lisbon") and an app that keeps erroring. The held-out models read a request in them, not a trouble. Not a
// status asked about for the first time ("parcel says 'in transit', how long does that usually take?"), nor a
// callback that came ("the callback came through this morning, all sorted"). complaints.ts adds them to the patterns
// enough alone.
import type { Lang4 } from './stopwords.js';

const WHEN = 'today|tonight|yesterday|this morning|this week|last week|on \\w+day|by \\w+day|\\w+day';

export const CHASING: Record<Lang4, RegExp[]> = {
  en: [
    new RegExp(`\\byou (?:said|told me|promised)\\b[^.!?]{0,60}\\b(?:${WHEN})\\b[^.!?]*[.!?,]+\\s*(?:it|he|she|they|nobody|no one|noone|nothing|that)\\s(?:wasn'?t|didn'?t|did not|was not|never|hasn'?t|haven'?t|did)\\b(?<!\\b(?:it|he|she|they|that) did)`),
    /\b(?:nothing|heard nothing|not a word|no reply|no response|no answer) (?:back )?(?:yet|so far|since)\b/,
    /\bday \d+ of\b[^.!?]{0,4}['"‘“]/,
    /['"‘“]?\b(?:in transit|processing|out for delivery|dispatched|pending|awaiting collection|being prepared)\b['"’”]? (?:for|since) (?:a fortnight|over a week|over a month|weeks|\d+ (?:days|weeks)|last \w+)\b/,
    /\b(?:told|said|promised)\b[^.!?]{0,60}\b(?:days|hours|working days)\b[^.!?]{0,10}?,? (?:that was|and that was|that's|it's been|it has been) (?:\d+|two|three|four|five|six) (?:days|weeks|months) (?:ago)?\b/,
    /\b(?:update|upgrade|reset|migration)\b[^.!?]{0,30}\b(?:wiped|deleted|erased|lost|removed)\b (?:all )?(?:of )?(?:my|our)\b/,
    /\b(?:bag|bags|case|suitcase|luggage)\b (?:didn'?t|did not|never) (?:make it|arrive|turn up|show up)\b/,
    /\bkeeps? (?:erroring|error(?:ing)? out|throwing (?:an )?errors?|failing at|declining|logging me out|kicking me out)\b/,
  ],
  fr: [],
  de: [],
  es: [],
};
