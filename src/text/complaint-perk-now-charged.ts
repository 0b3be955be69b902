// A perk the brand promised, put in scare quotes, now charged for (accent-folded): "So Tollwick's 'free returns' now
// cost £2.95. Right." (class posts), "le retrait « gratuit » coûte maintenant 2 €", "Der „kostenlose“ Versand kostet
// jetzt 3,99 €", "el envío \"gratis\" ahora cuesta 3,95 €". The quotes take the word back and the price says what it
// became; no trouble word is written, and the model, reading a cost and an amount, sat on either side of its threshold
// from one retraining to the next. Without the quotes the perk is told plainly, often as good news ("Livraison gratuite
// dès 30 € maintenant, top", "Versand ist jetzt kostenlos ab 20 €"): left to the rest. complaints.ts adds them to the
// patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** An opening quote mark, then the perk's words up to a closing one, within a few words. */
const quoted = (perk: string): string => String.raw`["'«„“‘‹]\s?[^"'»“”’›]{0,25}\b(?:${perk})\b[^"'»“”’›]{0,25}\s?["'»“”’›]`;

/** A price: a currency sign or word beside a figure. */
const PRICE = String.raw`(?:[£$€] ?\d|\d+(?:[.,]\d+)? ?(?:€|£|\$|euros?\b|eur\b|pounds?\b|quid\b))`;

/** The quoted perk, then within the sentence a charge now made for it and a price. */
const charged = (perk: string, now: string): RegExp => new RegExp(`${quoted(perk)}[^.!?]{0,40}\\b(?:${now})\\b[^.!?]{0,20}${PRICE}`);

export const PERK_NOW_CHARGED: Record<Lang4, RegExp[]> = {
  en: [charged('free|unlimited|included|complimentary', 'now costs?|now charges?|now charged|now £|now \\$|now €|now a|costs? now')],
  fr: [charged('gratuite?s?|offerte?s?|illimitee?s?|inclus(?:e|es)?', 'co[uû]tent? (?:maintenant|desormais)|maintenant|desormais|(?:est|sont) (?:maintenant|desormais) (?:a|payante?s?)|factures?')],
  de: [charged('kostenlose?[nrs]?|gratis|unbegrenzte?[nrs]?|inklusive|inkl', 'kostet jetzt|kosten jetzt|kostet neuerdings|kosten neuerdings|jetzt|neuerdings|mittlerweile')],
  es: [charged('gratis|gratuit[oa]s?|ilimitad[oa]s?|incluid[oa]s?', 'ahora cuestan?|cuestan? ahora|ahora se cobran?|ahora|ya cuestan?')],
};
