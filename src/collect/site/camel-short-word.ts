// The brand's short word where its name is a CamelCase compound: "Sayap" of "SayapAsia", "Pelangi" of "PelangiAir".
// Such a brand names its desks and products with that word and another ("AskSayap", "SayapCargo", "@sayapstatus":
// round 37), never with the whole name, so neither the name's words nor the domain's label are in their handles.

/** One capitalised part of a CamelCase word: "Sayap", "Asia". */
const CAMEL_PART = /\p{Lu}\p{Ll}+/gu;
/** A CamelCase word of two to four parts, nothing else: "SayapAsia" (not "SAYAP", "Sayap-Asia", "Sayap"). */
export const CAMEL_WORD = /^(?:\p{Lu}\p{Ll}+){2,4}$/u;

/** The capitalised parts of a CamelCase word, in order ("Sayap", "Cargo"); none for any other word. */
export function camelParts(word: string): string[] {
  return CAMEL_WORD.test(word) ? word.match(CAMEL_PART)! : [];
}

/** The first part of each CamelCase word of the brand's name, `min` letters or longer, as written ("Sayap"). */
export function camelShortWords(brandName: string, min: number): string[] {
  return brandName
    .split(/\s+/)
    .map((w) => camelParts(w)[0] ?? '')
    .filter((w) => w.length >= min);
}
