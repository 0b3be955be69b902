// The brand's other names as its own pages give them: an old or on-air name in its own JSON-LD node (`alternateName`,
// `legalName`, a WebSite's `name`), `og:site_name`, or a line saying it in the third person ("Harrow & Finch —
// formerly known as Northgate Tack Supply —"). Round 39's studio kept its X from its days as Pixel Kovač, a name the
// page gave only as its Organization node's `alternateName`: the handle resembles neither the brand's name nor its
// domain, and former-name.ts reads only a block saying "we were called". Read per page here (the analysis does not
// know the brand), judged per site by accounts.ts: a line's name counts only where the words before it name the brand.
import type { OtherName } from '../../snapshot/types.js';
import { nodeHost } from './scripts.js';

/** Keys of the site's own node holding another name of it. */
const NAME_KEYS = ['alternateName', 'legalName'] as const;
/** Types whose node is a page, an article or a person, never the site's own organisation or website. */
const NOT_OWN = /(?:^|[/:])(?:WebPage|AboutPage|ContactPage|CollectionPage|ItemPage|Article|NewsArticle|BlogPosting|Person|BreadcrumbList|ImageObject|Product|Offer|Event|VideoGame|CreativeWork)$/i;
/** Names kept per page: a few are real, more are a generated page's. */
const NAMES_MAX = 8;
/** The longest name kept. */
const NAME_LEN_MAX = 80;

/** Whether `url` is the home of the host `site` (or a language's home: "/fr/"). */
function homeOf(url: unknown, site: string): boolean {
  if (typeof url !== 'string' || nodeHost({ url }) !== site) return false;
  const path = /^https?:\/\/[^/?#]+(\/[^?#]*)?/i.exec(url.trim())?.[1] ?? '';
  const parts = path.split('/').filter(Boolean);
  return parts.length === 0 || (parts.length === 1 && /^[a-z]{2}(?:[-_][a-z]{2})?$/i.test(parts[0]));
}

function strings(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim().length > 0).map((v) => v.trim());
}

/**
 * The other names of the site's own nodes in a parsed JSON-LD tree: a node whose `url` is the page's site's home, not a
 * page's, an article's or a person's — its `alternateName` and `legalName`, and its `name` too (a WebSite named
 * "Onda Costera FM" on radiolitoral.test). A node of another host (a guild the brand is `memberOf`) names another body.
 */
export function jsonLdOtherNames(data: unknown, pageUrl: string): string[] {
  const site = nodeHost({ url: pageUrl });
  const out: string[] = [];
  if (site === undefined) return out;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 20 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    const types = strings(obj['@type']);
    if (types.length > 0 && !types.some((t) => NOT_OWN.test(t)) && homeOf(obj.url, site)) {
      for (const key of NAME_KEYS) out.push(...strings(obj[key]));
      out.push(...strings(obj.name));
    }
    for (const value of Object.values(obj)) visit(value, depth + 1);
  };
  visit(data, 0);
  return out;
}

/** The phrases read in English, then in French, German, Spanish, Dutch and Italian (their optional tails apart). */
const PHRASE_EN = 'formerly|previously|once';
const PHRASE_OTHER = 'anciennement|autrefois|ex-|ehemals|fr(?:ü|ue)her|vormals|antes|anteriormente|antiguamente|voorheen|in passato|gi[aà]';
/**
 * "formerly known as", "formerly", "previously known as", "anciennement", "ex-", "ehemals", "früher", "vormals",
 * "antes conocida como", "anteriormente", "voorheen", "in passato", "già", then the name (group 2), the words before the
 * phrase in group 1 (up to 60 characters of its line).
 */
const FORMERLY = new RegExp(
  String.raw`([^\n.;:!?]{2,60}?)[\s,(—–-]+(?:${PHRASE_EN})(?: known as| called| named)?|([^\n.;:!?]{2,60}?)[\s,(—–-]+(?:${PHRASE_OTHER})(?: (?:conocid[oa]s? como|llamad[oa]s?|connue? sous le nom d[e'’] ?|bekannt als|genannt|chiamat[oa]|conosciut[oa] come|bekend als))?`,
  'gu',
);

/** A name: capitalised words (joiners allowed inside), up to five, read from the start of `rest`. */
function nameAt(rest: string): string | null {
  const m = /^\s*(?:the |la |le |l['’]|el |die |der |das |de |il )?((?:\p{Lu}[\p{L}\p{N}'’&.-]*)(?:\s+(?:(?:de|du|des|del|della|di|la|le|los|of|the|and|&|et|y|van|von|der|den)\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*){0,4})/u.exec(rest);
  return m ? m[1].replace(/[.’']+$/, '') : null;
}

/** FORMERLY's phrases alone, to find the stretches of text worth reading with it. */
const FORMERLY_WORD = new RegExp(`${PHRASE_EN}|${PHRASE_OTHER}`, 'g');
/** What no part of a FORMERLY match holds: a match lies within one stretch between two of these. */
const STRETCH_END = /[\n.;:!?]/g;
/** What FORMERLY reads right before its phrase: a phrase inside a word ("Nantes", "annonce") starts no match. */
const BEFORE_PHRASE = /[\s,(—–-]/;

/** The other names the page's text gives in the third person, each with the words before the phrase (`of`). */
export function textOtherNames(text: string): OtherName[] {
  const out: OtherName[] = [];
  // FORMERLY tried at every offset of a whole page costs ~2 ms a page (its lazy 2–60 character opening is retried at each
  // start): only the stretches between two stops that hold one of its phrases are read with it — the same matches, in
  // the same order, as no match spans a stop. A stretch whose phrases all sit inside words holds no match either (the
  // phrase follows one of BEFORE_PHRASE in every match): French pages' "Nantes" and "élégantes" were most of the
  // stretches read, each with the lazy opening retried at its every offset. The next phrase is looked for from the
  // next character, so a phrase starting within the one passed over is still found.
  FORMERLY_WORD.lastIndex = 0;
  for (let hit = FORMERLY_WORD.exec(text); hit; hit = FORMERLY_WORD.exec(text)) {
    if (hit.index === 0 || !BEFORE_PHRASE.test(text[hit.index - 1])) {
      FORMERLY_WORD.lastIndex = hit.index + 1;
      continue;
    }
    const start = Math.max(text.lastIndexOf('\n', hit.index), text.lastIndexOf('.', hit.index), text.lastIndexOf(';', hit.index), text.lastIndexOf(':', hit.index), text.lastIndexOf('!', hit.index), text.lastIndexOf('?', hit.index)) + 1;
    STRETCH_END.lastIndex = hit.index;
    const end = STRETCH_END.exec(text)?.index ?? text.length;
    for (const m of text.slice(start, end).matchAll(FORMERLY)) {
      const at = start + m.index + m[0].length;
      const name = nameAt(text.slice(at));
      const of = (m[1] ?? m[2] ?? '').trim();
      if (name && of) out.push({ name, of });
      if (out.length >= NAMES_MAX) return out;
    }
    FORMERLY_WORD.lastIndex = end;
  }
  return out;
}

/** The page's other names: its JSON-LD nodes', its og:site_name, its text's; each once, at most NAMES_MAX. */
export function pageOtherNames(jsonLdNames: readonly string[], siteName: string | undefined, text: string): OtherName[] {
  const seen = new Set<string>();
  const out: OtherName[] = [];
  const add = (n: OtherName): void => {
    const key = `${n.name}\n${n.of ?? ''}`;
    if (n.name.length > NAME_LEN_MAX || seen.has(key) || out.length >= NAMES_MAX) return;
    seen.add(key);
    out.push(n);
  };
  for (const name of jsonLdNames) add({ name });
  if (siteName?.trim()) add({ name: siteName.trim() });
  for (const n of textOtherNames(text)) add(n);
  return out;
}

/** The fewest letters of another name read (squashed): "Onda" alone is any station's word. */
const OTHER_MIN = 5;
/**
 * Names of the platforms a site is built or hosted on, which a hosted blog's or shop's og:site_name may carry instead
 * of its own ("Medium", "Substack"): the platform's accounts are not the brand's.
 */
const HOSTS = /^(?:medium|substack|wordpress|wordpresscom|blogger|blogspot|tumblr|wix|squarespace|shopify|ghost|webflow|jimdo|weebly|facebook|instagram|youtube|twitter|tiktok|linkedin|linktree)$/;

/**
 * The site's other names (squashed, `squash` given), from every page: those of its metadata, and a line's where the
 * words before the phrase name the brand (`namesBrand`: "Harrow & Finch —", not "the county show,"); none the brand's
 * own name or domain already gives (`isBrand`).
 */
export function siteOtherNames(
  pages: readonly { facts?: { otherNames?: readonly OtherName[] } }[],
  squash: (s: string) => string,
  namesBrand: (words: string) => boolean,
  isBrand: (name: string) => boolean,
): string[] {
  const out = new Set<string>();
  for (const page of pages) {
    for (const n of page.facts?.otherNames ?? []) {
      const name = squash(n.name);
      if (name.length < OTHER_MIN || out.has(name) || HOSTS.test(name) || isBrand(name)) continue;
      if (n.of !== undefined && !namesBrand(n.of)) continue;
      out.add(name);
    }
  }
  return [...out];
}

/**
 * Whether a handle (squashed) is built on one of the other names (squashed): the name itself, the name and more
 * ("pixelkovacarchive") — not a word before it: a supporters' club adds its own to the club's nickname
 * ("penalosverdiblancos" beside alternateName "Los Verdiblancos", round 16) —, the name's first letters (8 or more: "northgatetack" of Northgate Tack Supply), or the name
 * with a letter or two spelt otherwise ("roestwerktalblick" of Röstwerk Talblick). A part of a name is not enough
 * ("kaffee" of "Bergmühle Kaffeerösterei GmbH").
 */
export function builtOnOtherName(handle: string, names: readonly string[], distance: (a: string, b: string) => number): boolean {
  return names.some((name) => {
    if (handle.startsWith(name) || (handle.length >= 8 && name.startsWith(handle))) return true;
    const allowed = name.length >= 8 ? 2 : 1;
    return Math.abs(handle.length - name.length) <= allowed && distance(handle, name) <= allowed;
  });
}
