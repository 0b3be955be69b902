// Links listed under a label naming them the brand's group companies or related bodies: "グループ会社" heading a
// footer list of the holding's and the sister bus company's X (round 34's railway, `kitanada_hd` and `kitanada_bus`),
// "Group companies", "Sociétés du groupe", "Unternehmen der Gruppe", "Empresas del grupo". Their place in the footer and
// handles built on the brand's word ("kitanada_…") said the brand's; the label says each is another company of the
// group, with accounts of its own. Read for links named by more than a network's name after the label: the brand's own
// icons in the same footer come before it, or under a title of their own ("北灘鉄道 公式SNS").
import { foldText } from './text.js';

/** Labels naming the companies of the brand's group or bodies related to it. */
const GROUP_LABEL_JA = /(?:グループ会社|グループ企業|関連会社|関連団体|関係会社|グループ各社)/u;
const GROUP_LABEL =
  /\b(?:(?:our )?group companies|(?:our )?sister companies|(?:our )?affiliated companies|societes du groupe|nos societes soeurs|unternehmen der gruppe|schwesterunternehmen|empresas del grupo|societa del gruppo|groepsbedrijven|zusterbedrijven)\b/;

/** The link's own text only a network's name: an icon's, which a label over the brand's own list may precede too. */
const NETWORK_ONLY = /^(?:x|twitter|instagram|facebook|threads|bluesky|mastodon|tiktok|youtube|linkedin|line)$/;

/** Words of the brand's own follow-us title: a list of its own accounts after the group's list, under its own title. */
const OWN_TITLE = /公式|official|officiel|oficial|offiziell|ufficial|follow|suivez|folg|siguenos|seguici|volg/u;

/**
 * Whether the link's own text, more than a network's name, comes after a group-companies label in its block, with no
 * follow-us title between them: the label heads the list the link is in. The block's text is read, not the markup: a
 * short list's text is read with its column's, the label then in its middle ("北灘鉄道 公式SNS グループ会社 …").
 */
export function listedAsGroupCompany(finding: { snippet?: string; context?: string }): boolean {
  const context = finding.context?.normalize('NFC');
  const snippet = finding.snippet?.normalize('NFC').trim();
  if (!context || !snippet || NETWORK_ONLY.test(foldText(snippet).toLowerCase())) return false;
  const at = context.indexOf(snippet);
  if (at < 0) return false;
  const before = context.slice(0, at);
  for (const [label, text] of [
    [GROUP_LABEL_JA, before],
    [GROUP_LABEL, foldText(before).toLowerCase()],
  ] as const) {
    const found = [...text.matchAll(new RegExp(label.source, 'gu'))].pop();
    if (found && !OWN_TITLE.test(foldText(text.slice(found.index + found[0].length)).toLowerCase())) return true;
  }
  return false;
}
