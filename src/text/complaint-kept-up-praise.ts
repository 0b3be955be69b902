// Punctuality praised with "keep it up" (accent-folded), as in round 41's false complaint: "Train on time every single
// day this week 👏 keep it up Northline", "Jeden Tag pünktlich diese Woche 👏 weiter so", "Pedido a tiempo cada semana,
// sigan así". The model reads 'every single day' and a clap as the sarcasm they often carry; with the service told on
// time and no trouble word, no mocking face, it is praise. The same closing after a delay ("Train late every single day
// this week, keep it up 🙄") stays a complaint. complaints.ts settledElsewhere reads it where the model says complaint.

/** The closing that cheers the brand on. */
const KEEP_IT_UP = /\b(?:keep it up|keep up the (?:good|great) work|keep this up|weiter so|macht weiter so|continuez (?:comme ca|ainsi)|continuez|sigan asi|seguid asi|sigan con esto)\b/;

/** The service told on time. */
const ON_TIME = /\b(?:on time|punctual|bang on time|punktlich|a l'heure|a tiempo|puntual(?:es)?|en hora)\b/;

/** A trouble, a negation or a sarcastic marker that turns the cheer around. */
const TURNED = /\b(?:late|delay\w*|cancel\w*|not|never|no|again|verspat\w*|ausgefallen|nicht|kein\w*|nie|wieder|retard\w*|annul\w*|pas|jamais|encore|retras\w*|tarde|cancelad\w*|nunca|otra vez)\b|[\u{1F644}\u{1F643}\u{1F612}\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F611}\u{1F926}]/u;

/** Whether the post praises the service on time and cheers it on, with nothing turned. */
export function keptUpPraise(folded: string, original: string): boolean {
  return KEEP_IT_UP.test(folded) && ON_TIME.test(folded) && !TURNED.test(folded) && !TURNED.test(original);
}
