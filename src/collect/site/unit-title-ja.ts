// A card titled, in Japanese, by one of the brand's units: a station ("浜崎駅"), a branch ("西部支社（山麓線エリア）"), a
// sales office ("南部営業所"), the recruiting desk ("北灘鉄道 採用担当"). Round 34's railway set its station, branch and
// recruiting accounts out in the card markup of its driver's personal account; the rules read a list of people, and
// unit-title.ts, which asks the handle to spell the title, cannot match "knr_hamasaki_st" to kanji. A Japanese title
// ends with the kind of unit it names, so that word, at the end of a short title in kana and kanji with nothing but the
// brand's name before it, says whose the card is. Not where the card names another operator, a tenant or a person's
// own account ("運営：株式会社…", "テナント", "個人アカウント"): a café inside a station is titled by the station too.

/**
 * Kinds of unit closing a Japanese title: a station, a branch or branch office, a sales or business office, a
 * sub-office, an information centre, the head office, the recruiting desk, the press office.
 */
const UNIT_END = /(?:駅|支社|支店|営業所|事業所|出張所|案内所|本社|採用担当|広報部|広報室)$/u;

/** A title's own name before the unit word: kana and kanji only, a few of them ("浜崎", "西部", "港"). */
const NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{0,8}$/u;

/** A note closing the title in brackets: the area it serves ("（山麓線エリア）"). */
const BRACKETED = /\s*[（(][^）)]*[）)]$/u;

/**
 * Someone else's place or a person's account in the card (its title or text): another operator named after "運営",
 * a tenant, a private person's account, a company other than the brand ("株式会社…"), a group or related company.
 */
const OTHERS = /運営[：:]|が運営する店|テナント|個人|株式会社|有限会社|グループ会社|関連会社|関連団体|フランチャイズ|加盟店/u;

/**
 * Whether the link sits on a card whose own heading titles it by one of the brand's units in Japanese: the link comes
 * after its heading in the block's text, the heading ends with a unit word after a short name (or the brand's name and a space), and
 * nothing in the card names another operator.
 */
export function titledByJapaneseUnit(finding: { heading?: string; context?: string; snippet?: string; placement?: string }, brandName: string): boolean {
  const heading = finding.heading?.normalize('NFC').trim();
  const context = finding.context?.normalize('NFC');
  const snippet = finding.snippet?.normalize('NFC').trim();
  if (!heading || !context || !snippet) return false;
  if (finding.placement === 'header' || finding.placement === 'footer' || finding.placement === 'nav') return false;
  // The card's own text: from its heading to its link. A short card's text is read with its grid's, its heading then
  // in the middle of the block, beside other cards (a tenant's, a driver's) whose words are not its own.
  const start = context.indexOf(heading);
  const end = start < 0 ? -1 : context.indexOf(snippet, start + heading.length);
  if (end < 0 || OTHERS.test(context.slice(start, end + snippet.length))) return false;
  const title = heading.replace(BRACKETED, '');
  const unit = UNIT_END.exec(title);
  if (!unit) return false;
  const before = title.slice(0, unit.index).trim();
  // "北灘鉄道 採用担当": the brand's name, a space, then the unit; any other word before a space is another firm's name.
  const brand = brandName.normalize('NFC').replace(/\s+/g, '');
  const name = before.startsWith(brand) ? before.slice(brand.length).trim() : before;
  if (/\s/.test(name)) return false;
  // A bare "駅" is no station's title.
  return NAME.test(name) && (name !== '' || unit[0] !== '駅');
}
