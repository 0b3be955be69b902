// What a link or page looks like it leads to (help, contact, FAQ, terms…), from its URL, title and link texts in fr/en/de/es.
import { memoize } from './memo.js';
import { hostInfo as parseHost } from '../../platforms/host-info.js';
import type { PageKind } from '../../snapshot/types.js';
import { foldText } from './text.js';

/**
 * Phrases per kind, accent-folded, as words. "Weak" phrases are also ordinary words ("support" is a TV stand in
 * French, "terms" a payment term, "forum" an event): they only count when they make up the whole text or segment.
 */
const PHRASES: { kind: PageKind; strong: string[]; weak?: string[] }[] = [
  { kind: 'help', strong: ['aide', 'help', 'hilfe', 'ayuda'], weak: ['support', 'assistance', 'soporte', 'asistencia'] },
  {
    kind: 'contact',
    strong: [
      'contact', 'contacts', 'contactez', 'contactez nous', 'contacter', 'nous contacter', 'contact us', 'contactus',
      'kontakt', 'kontaktieren', 'kontaktformular', 'contacto', 'contactenos', 'contactanos', 'contactar',
    ],
  },
  {
    kind: 'faq',
    strong: [
      'faq', 'faqs', 'questions frequentes', 'questions frequemment posees', 'foire aux questions', 'questions reponses',
      'frequently asked questions', 'haufige fragen', 'haeufige fragen', 'haufig gestellte fragen',
      'haeufig gestellte fragen', 'fragen und antworten', 'preguntas frecuentes',
    ],
  },
  {
    kind: 'customer-service',
    strong: [
      'service client', 'service clients', 'service clientele', 'serviceclient', 'relation client', 'sav',
      'service apres vente', 'customer service', 'customerservice', 'customer care', 'customercare', 'customer support',
      'kundenservice', 'kundendienst', 'kundenbetreuung', 'atencion al cliente', 'servicio al cliente',
      'servicio de atencion al cliente',
    ],
  },
  {
    kind: 'help-centre',
    strong: [
      'help centre', 'help center', 'helpcenter', 'helpcentre', 'centre d aide', 'hilfe center', 'hilfecenter',
      'hilfe centre', 'hilfezentrum', 'centro de ayuda', 'help desk', 'helpdesk', 'support center', 'support centre',
      'centre de support', 'centro de soporte', 'knowledge base', 'base de connaissances',
    ],
  },
  { kind: 'community', strong: ['forum communautaire', 'community forum'], weak: ['forum', 'forums', 'foro', 'foros', 'community', 'communaute', 'comunidad'] },
  {
    kind: 'terms',
    strong: [
      'cgv', 'cgu', 'cgvu', 'conditions generales', 'conditions generales de vente', 'conditions generales d utilisation',
      'conditions d utilisation', 'conditions de vente', 'terms of sale', 'terms of use', 'terms of service',
      'terms and conditions', 'terms conditions', 'agb', 'allgemeine geschaftsbedingungen',
      'allgemeine geschaeftsbedingungen', 'geschaftsbedingungen', 'nutzungsbedingungen', 'terminos y condiciones',
      'terminos de uso', 'terminos de servicio', 'condiciones generales', 'condiciones de uso', 'condiciones de venta',
    ],
    weak: ['terms', 'conditions', 'terminos', 'condiciones'],
  },
  {
    kind: 'legal-notice',
    strong: [
      'mentions legales', 'mention legale', 'legal notice', 'legal notices', 'legal information', 'informations legales',
      'impressum', 'aviso legal', 'nota legal',
    ],
    weak: ['legal', 'imprint'],
  },
  {
    kind: 'privacy',
    strong: [
      'privacy', 'privacy policy', 'privacy notice', 'privacy statement', 'confidentialite', 'politique de confidentialite',
      'donnees personnelles', 'protection des donnees', 'vie privee', 'datenschutz', 'datenschutzerklarung',
      'datenschutzerklaerung', 'datenschutzhinweise', 'datenschutzrichtlinie', 'privacidad', 'politica de privacidad',
      'proteccion de datos', 'rgpd', 'gdpr', 'dsgvo',
    ],
  },
];

/** Product names that contain a kind word but are not support pages (the classic "contact lenses"). */
const NEGATIVE = [
  'contact lens', 'contact lenses', 'lentilles de contact', 'lentille de contact', 'lentes de contacto',
  'lente de contacto', 'contact grill', 'privacy screen', 'privacy filter', 'privacy glass', 'privacy fence',
].map((p) => p.split(' '));

/** Words that carry no meaning of their own in a link text or URL segment ("nous contacter", "help with your order"). */
const FILLERS = new Set(
  (
    'de d du des la le les l et and und y e the a an of for to our us nous notre nos votre vos your you my mon ma mes ' +
    'page pages el los las del al con en in on sur fr es it index with avec mit uns sie unser unsere ihr su tu nuestro ' +
    'nuestra besoin need get online ligne we ici here html htm php aspx asp jsp shtml'
  ).split(' '),
);

interface Phrase {
  kind: PageKind;
  words: string[];
  weak: boolean;
}

const ALL: Phrase[] = PHRASES.flatMap(({ kind, strong, weak = [] }) => [
  ...strong.map((p) => ({ kind, words: p.split(' '), weak: false })),
  ...weak.map((p) => ({ kind, words: p.split(' '), weak: true })),
]);

/** Phrases indexed by their first word, so a text is scanned once rather than once per phrase. */
const BY_FIRST_WORD = new Map<string, Phrase[]>();
for (const phrase of ALL) BY_FIRST_WORD.set(phrase.words[0], [...(BY_FIRST_WORD.get(phrase.words[0]) ?? []), phrase]);

function startsAt(words: string[], i: number, phrase: string[]): boolean {
  return phrase.every((p, k) => words[i + k] === p);
}

/** Kinds recognised in a short text or URL segment, or [] when the kind words are only a small part of it. */
function kindsOfWords(words: string[], strict: boolean): PageKind[] {
  return matchWords(words, strict).kinds;
}

// Callers only read a match (its kinds are copied or iterated), so the empty one is shared.
const NONE: { kinds: PageKind[]; strong: boolean } = Object.freeze({ kinds: Object.freeze([]) as unknown as PageKind[], strong: false });

/** kindsOfWords, also saying whether a strong (unambiguous) phrase matched. */
function matchWords(words: string[], strict: boolean): { kinds: PageKind[]; strong: boolean } {
  // Most texts and URL segments hold no word that starts a phrase: nothing to match, no sets to build.
  if (!words.some((w) => BY_FIRST_WORD.has(w))) return NONE;
  const blocked = new Set<number>();
  for (const neg of NEGATIVE) {
    if (!words.includes(neg[0])) continue;
    for (let i = 0; i < words.length; i++) if (startsAt(words, i, neg)) for (let k = 0; k < neg.length; k++) blocked.add(i + k);
  }
  const covered = new Set<number>();
  const kinds = new Set<PageKind>();
  let strong = false;
  for (let i = 0; i < words.length; i++) {
    for (const phrase of BY_FIRST_WORD.get(words[i]) ?? []) {
      if (!startsAt(words, i, phrase.words) || phrase.words.some((_, k) => blocked.has(i + k))) continue;
      phrase.words.forEach((_, k) => covered.add(i + k));
      kinds.add(phrase.kind);
      strong ||= !phrase.weak;
    }
  }
  if (kinds.size === 0) return NONE;
  const content = words.map((w, i) => ({ w, i })).filter(({ w }) => !FILLERS.has(w) && !/^\d+$/.test(w));
  const hit = content.filter(({ i }) => covered.has(i)).length;
  const ratio = content.length === 0 ? 1 : hit / content.length;
  // Kind words must be the whole text for weak phrases and in strict mode (deep URL slugs), at least half otherwise.
  if (ratio < 1 && (!strong || strict || ratio < 0.5)) return NONE;
  return { kinds: [...kinds], strong };
}

function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

// Link texts longer than this are sentences ("read how we help our customers…"), not navigation labels.
const MAX_TEXT_WORDS = 8;

// An ASCII text folds to itself lower-cased, so its words are its runs of ASCII letters and digits: one with more
// than MAX_TEXT_WORDS of them (a sentence, a product card's whole text) is known to hold no kind before folding it.
const ASCII_ONLY = /^[\x00-\x7f]*$/;
// (Each run is followed by a separator, so that a word is not counted as several.)
const TOO_MANY_ASCII_WORDS = new RegExp(`^[^A-Za-z0-9]*(?:[A-Za-z0-9]+[^A-Za-z0-9]+){${MAX_TEXT_WORDS}}[A-Za-z0-9]`);

function kindsOfText(text: string): PageKind[] {
  if (TOO_MANY_ASCII_WORDS.test(text) && ASCII_ONLY.test(text)) return [];
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_TEXT_WORDS) return [];
  return kindsOfWords(words, false);
}

// Hosted help desks: a link to brand.zendesk.com is a help centre whatever its path.
const HELP_DESK_DOMAINS = new Set(['zendesk.com', 'freshdesk.com', 'helpscoutdocs.com', 'gorgias.help', 'intercom.help']);
const HELP_SUBDOMAINS = new Set(
  'help aide support hilfe ayuda helpcenter helpcentre helpdesk assistance soporte centreaide kundenservice serviceclient sav'.split(' '),
);
const COMMUNITY_SUBDOMAINS = new Set('community communaute comunidad forum forums foro'.split(' '));
// Help subdomains of the big platforms (support.google.com…) are not the audited brand's help centre.
const PLATFORM_DOMAINS = new Set(
  'google apple microsoft mozilla facebook twitter x instagram youtube linkedin tiktok pinterest adobe whatsapp snapchat'.split(' '),
);

function kindsOfHost(url: URL): PageKind[] {
  const host = url.hostname.toLowerCase();
  const info = parseHost(host);
  const sub = info.subdomain ?? '';
  const domain = info.domain ?? host;
  const first = sub.split('.')[0];
  const kinds: PageKind[] = [];
  const hostedDesk =
    (HELP_DESK_DOMAINS.has(domain) && (domain === 'intercom.help' || domain === 'gorgias.help' || (sub !== '' && sub !== 'www'))) ||
    info.domainWithoutSuffix === 'zohodesk' ||
    ((domain === 'force.com' || host.endsWith('.my.site.com')) && /^\/s(\/|$)/.test(url.pathname));
  if (hostedDesk) kinds.push('help-centre');
  else if (first && !PLATFORM_DOMAINS.has(info.domainWithoutSuffix ?? '')) {
    if (HELP_SUBDOMAINS.has(first)) kinds.push('help-centre');
    else if (first === 'faq') kinds.push('faq');
    else if (COMMUNITY_SUBDOMAINS.has(first)) kinds.push('community');
  }
  return kinds;
}

/**
 * Kinds from the URL path: the deepest segment that names a kind wins (/legal/privacy is a privacy page,
 * /aide/commande a help page). A parent segment only lends its kind to deeper pages when its words are
 * unambiguous (/legal/cookies is not a legal notice). The first segment (after a language prefix) may hold other
 * words ("faq-livraison"); deeper segments must be made of kind words only, so a blog slug that merely contains
 * "help" does not count.
 */
function kindsOfPath(url: URL): PageKind[] {
  const segs = url.pathname
    .split('/')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    })
    .map((s) => s.replace(/\.(html?|php|aspx?|jsp|shtml)$/i, ''))
    .filter(Boolean);
  const isLang = (s: string | undefined): boolean => !!s && /^[a-z]{2}([-_][a-z]{2})?$/i.test(s) && s.toLowerCase() !== 'hc';
  const lang = isLang(segs[0]) ? 1 : 0;
  // Zendesk Guide's path on a custom domain: /hc/fr-fr, /fr/hc/…
  if (segs[lang]?.toLowerCase() === 'hc') return ['help-centre'];
  for (let i = segs.length - 1; i >= lang; i--) {
    const { kinds, strong } = matchWords(wordsOf(segs[i]), i > lang);
    if (kinds.length > 0 && (strong || i === segs.length - 1)) return kinds;
  }
  return [];
}

function kindsOfUrl(url: string): Set<PageKind> {
  const kinds = new Set<PageKind>();
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return kinds;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return kinds;
  for (const k of kindsOfHost(parsed)) kinds.add(k);
  for (const k of kindsOfPath(parsed)) kinds.add(k);
  return kinds;
}

/** Kinds in a fixed order, so results compare equal across runs. */
function ordered(kinds: Set<PageKind>): PageKind[] {
  return PHRASES.map((p) => p.kind).filter((k) => kinds.has(k));
}

/**
 * What a link looks like it leads to, from its URL (host and path segments) and its text, in fr/en/de/es.
 * Returns [] for ordinary links.
 */
export function classifyLink(url: string, text: string): PageKind[] {
  return classifyLinkBy(urlKindsCached(url), text);
}

/**
 * classifyLink(url, text) given urlKinds(url): for a caller that keeps a URL's kinds beside the URL itself (analyze.ts
 * keeps them with each resolved href, shared by every page that links it), so that the lookup in the cache of URL
 * kinds, a cold hash table by the time each link asks, is made once per href rather than once per link of each page.
 */
export function classifyLinkBy(byUrl: readonly PageKind[], text: string): PageKind[] {
  const byText = textKindsCached(text);
  if (byText.length === 0) return [...byUrl];
  if (byUrl.length === 0) return [...byText];
  return ordered(new Set([...byUrl, ...byText]));
}

/** What a link's URL alone says it leads to (classifyLink's part from the URL), in a fixed order; never edited. */
export function urlKinds(url: string): readonly PageKind[] {
  return urlKindsCached(url);
}

// Two caches rather than one keyed on "url + text": a product link's URL is new on every page while its text
// ("Voir le produit") repeats, and the other way round for menus; a joined key would miss whenever either is new,
// and would be a fresh string to build and hash for every link.
const urlKindsCached = memoize((url: string): PageKind[] => ordered(kindsOfUrl(url)));
const textKindsCached = memoize((text: string): PageKind[] => ordered(new Set(kindsOfText(text))));

/**
 * What a page is, from its URL, its title (each part between separators such as "|" or " – "), its first h1
 * and the texts of the links that led to it.
 */
export function classifyPage(url: string, title: string | undefined, h1: string | undefined, linkTexts: string[]): PageKind[] {
  // Through the link caches: a page's URL was classified when a link led to it, and the texts of those links too.
  const kinds = new Set(urlKindsCached(url));
  const texts = [...(title ? title.split(/\s[-–—:]\s|[|·•»«]/) : []), ...(h1 ? [h1] : []), ...linkTexts];
  for (const text of texts) for (const k of textKindsCached(text)) kinds.add(k);
  return ordered(kinds);
}
