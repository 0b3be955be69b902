// An order's one wish ignored, told as two plain facts (accent-folded): "Asked for no cheese. It came with extra
// cheese.", "Ordered without nuts… There were nuts.", "Pedí sin cebolla. Trajo cebolla.", "J'avais demandé sans
// oignons. Il y en avait partout.", "Ohne Zwiebeln bestellt. Natürlich mit Zwiebeln gekommen." The held-out models read
// an order told. Not the wish kept ("Asked for no onions and they remembered", "Pedí sin gluten y vino todo perfecto"):
// the second fact must follow a full stop or a comma. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const ORDERS_IGNORED: Record<Lang4, RegExp[]> = {
  en: [/\b(?:asked for|ordered|requested)(?: it)? (?:no|without) [^.!?]{1,40}[.!?,…]\s*(?:there (?:were|was)|it came with|came with|got|it had|and it had)\b/],
  fr: [/\b(?:j'avais demande|j'ai demande|demande|commande|j'avais commande|j'ai commande) sans [^.!?]{1,40}[.!?,…]\s*(?:il y en avait|y en avait|il y avait|servie? avec|arrivee? avec|livree? avec)\b/],
  de: [/\bohne [^.!?]{1,30}\bbestellt[.!?,…]\s*(?:naturlich |trotzdem |wieder )?(?:mit|voller|voll mit)\b/],
  es: [/\bpedi (?:sin|que no (?:llevara|tuviera|pusieran)) [^.!?]{1,40}[.!?,…]\s*(?:traia|trajo|trajeron|vino con|llego con|llevaba|tenia|adivinen)\b/],
};
