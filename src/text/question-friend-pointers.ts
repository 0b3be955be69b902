// A friend pointed at something the brand did, by a one-word handle (round 37's false alarms): "@camille regarde ils ont
// enfin remis le pull vert en stock 😍 on commande ?", "hey @Marcus look they finally restocked the trail shoes in your
// size, go go go", "@tobi schau mal, die haben den Grill wieder reduziert, nehmen wir den für den Garten?", "@martu mirá,
// repusieron las zapas que querías, ¿las pedimos?". The labelled posts hold such a post as no question to the brand
// (round 35's "@caro mira esto vamos el sábado?" apart). A one-word handle may be the brand's ("@Velouria regarde, ma
// commande est marquée livrée…", "@Brightcart look at this, charged twice…"): the pointer word, said to one person
// ("schaut", "miren", "regardez" speak to a firm), must be followed by the brand told of in the third person or a plan
// made together. questions.ts counts no question in such a post.

/** A one-word handle at the post's start, a greeting before it, then a word pointing one person at something. */
const POINTER = /^(?:(?:hi|hey|hello|heya|hiya|yo|oi|salut|coucou|hallo|moin|servus|hola|buenas)[,!]? +)?@[A-Za-z]{2,15}[,:]? +(?:look|regarde|schau|guck|mira|mirá|t'as vu|tu as vu|hast du (?:das )?gesehen|viste)(?![\p{L}'])/iu;

/** The brand told of in the third person, or a plan made together, after the pointer. */
const TOLD_OR_PLANNED =
  /(?<![\p{L}'])(?:they|they've|they're|ils|elles|on (?:y va|commande|prend|en prend|teste|retourne|se)|we|wir|die haben|sie haben|\p{L}+(?:ieron|aron|amos|emos|imos))(?![\p{L}'])/iu;

/** Whether the post as written points a friend, greeted by a one-word handle, at what the brand did or at a plan. */
export function pointsFriendAt(original: string): boolean {
  // Every post is read and few hold an '@' among their first characters (a greeting is at most seven letters long).
  if (original.lastIndexOf('@', 8) === -1) return false;
  const pointer = POINTER.exec(original);
  return pointer !== null && TOLD_OR_PLANNED.test(original.slice(pointer[0].length));
}
