// A mascot's accounts the page says are the brand's, in Japanese: "北灘鉄道の公式マスコットです … ナダにゃんのアカウントは
// 広報部が運営しています" (round 34's railway: the brand's official mascot, its accounts run by the PR department), or a
// section headed "牧野乳業の公式キャラクター「モーちゃん」". Japanese firms give their mascots accounts of their own,
// handles unlike the brand's ("nadanyan"), listed under the mascot's text like a person's. Not the designer credited in
// the same block ("キャラクターデザイン：… （@illust_mori）": a link in brackets or after a colon is the credited one's),
// nor a mascot the page says someone else runs ("町観光協会が運営", "株式会社…が運営").

/** The brand's official character or mascot: "<brand>の公式マスコット", "<brand>の公式キャラクター". */
const OFFICIAL_MASCOT = /の公式(?:マスコット|キャラクター|ゆるキャラ)/u;

/** The accounts run by one of the brand's departments: "アカウントは広報部が運営", "当社広報室が管理". */
const RUN_BY_DEPARTMENT = /アカウントは(?:当社|弊社)?(?:の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,8}(?:部|課|室|担当|チーム)が(?:運営|管理|更新)/u;

/** Someone else running it: an association, a town, a city office, a company ("観光協会が運営", "株式会社…が運営"). */
const RUN_BY_OTHERS = /(?:協会|組合|役所|役場|市|町|村|県|会社|法人|団体|委員会)が(?:運営|管理|更新)/u;

/** A link after an opening bracket or a colon: a credit's ("（@illust_mori）", "デザイン：@…"). */
const CREDITED = /[（(：:]\s*$/u;

/**
 * Whether the link's block or heading says the mascot it sits under is the brand's — its official character, or its
 * accounts run by a department — with no one else said to run it, the link not in a credit.
 */
export function brandMascot(finding: { snippet?: string; context?: string; heading?: string }, brandName: string): boolean {
  const { snippet, context } = finding;
  if (!snippet || !context) return false;
  const text = `${finding.heading ?? ''} ${context}`.normalize('NFC');
  if (RUN_BY_OTHERS.test(text)) return false;
  const brand = brandName.normalize('NFC').replace(/\s+/g, '');
  const official = brand !== '' && text.replace(/\s+/g, '').includes(`${brand}の公式`) && OFFICIAL_MASCOT.test(text);
  if (!official && !RUN_BY_DEPARTMENT.test(text)) return false;
  const at = context.indexOf(snippet);
  return at >= 0 && !CREDITED.test(context.slice(0, at));
}
