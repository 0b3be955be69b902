// Folded hands closing a plea (as written), as in round 41: "📦❓ dos semanas y el seguimiento sigue en «en
// preparación». ¿Algún dato? 🙏", "any update please 🙏". complaint-own-fault.ts reads 🙏 as a glad face, which caps a
// complaint's points at one (a trouble joked about or forgiven: "vous y êtes pour rien 🙏"); after a question or a
// 'please' it begs for help, and the trouble before it stands. complaints.ts reads the glad face as such only when it is
// not this plea.

/** 🙏 after a question mark or a plea word, with only spaces or other emoji between. */
const PLEA = /(?:\?|\bplease|\bpls|\bplz|\bbitte|\bs'il vous pla[iî]t|\bsvp|\bpor favor|\bporfa)[\s\p{Extended_Pictographic}\uFE0F\u200D]*\u{1F64F}/iu;

/** Other glad faces (complaint-own-fault.ts GLAD_FACE without 🙏): a post with one of them keeps its glad reading. */
const OTHER_GLAD = /[\u{1F64C}\u{1F4AA}\u{1F525}\u{2705}\u{1F389}\u{1F60D}\u{1F970}\u{1F924}\u{1F929}\u{1F60B}\u{1F60A}\u{1F618}\u{2764}\u{1F499}\u{1F49A}\u{1F49B}\u{1F9E1}\u{1F49C}]/u;

/** Whether the post's only glad face is folded hands begging after a question or a plea. */
export function pleadingHands(original: string): boolean {
  return original.includes('\u{1F64F}') && PLEA.test(original) && !OTHER_GLAD.test(original);
}
