// The report message catalogue (en, fr) with {{var}} substitution, and locale-aware date and number formatting.

/** Languages a report can be written in. */
export type Lang = 'en' | 'fr';

/** English catalogue; its keys are the reference every other language must have. */
const en = {
  'report.title': 'Customer-care audit',
  'header.site': 'Site',
  'header.collected': 'Collected',
  'header.generated': 'Report generated',
  'header.ruleSet': 'Rule set',
  'header.pages': 'Pages crawled',
  'header.pagesWithFailures': '{{crawled}} ({{failed}} could not be read)',
  'header.tool': 'Tool',
  'header.ruleSetValue': '{{title}} ({{id}})',

  'score.label': 'Overall score',
  'score.value': '{{score}}/100',
  'score.grade': 'Grade {{grade}}',
  'score.none': 'not scored: no rule could be evaluated',
  'band.good': 'good',
  'band.average': 'average',
  'band.poor': 'poor',
  'summary.rules': 'Rules: {{counts}}',

  'status.pass': 'PASS',
  'status.warn': 'WARN',
  'status.fail': 'FAIL',
  'status.na': 'N/A',
  'status.error': 'ERROR',

  'category.score': '{{score}}/100',
  'category.noScore': 'not scored',
  'category.weight': 'weight {{weight}}',
  'category.other': 'Other rules',
  'table.status': 'Status',
  'table.rule': 'Rule',
  'table.score': 'Score',
  'table.weight': 'Weight',

  'section.findings': 'Findings',
  'findings.none': 'No problem found.',
  'list.more': '… and {{count}} more',
  'findings.snippet': '“{{snippet}}”',

  'section.accounts': 'Social accounts found',
  'accounts.none': 'No social account was found on the site.',
  'accounts.platform': 'Platform',
  'accounts.account': 'Account',
  'accounts.status': 'Status',
  'accounts.reason': 'Why',
  'accounts.official': 'official',
  'accounts.mentioned': 'mentioned',

  'section.unchecked': 'Could not be checked',
  'unchecked.none': 'Everything could be checked.',
  'unchecked.rules': 'Rules not applicable',
  'unchecked.pages': 'Pages that could not be read',
  'unchecked.siteErrors': 'Crawl problems',
  'unchecked.sources': 'Sources unavailable',
  'unchecked.sourceNoMessage': 'no details given',
  'unchecked.truncated': 'The crawl stopped at the page limit after {{pages}} pages: some pages were not visited.',
  'unchecked.pageError': '{{code}}: {{message}}',
  'unchecked.depth': 'depth {{depth}}',

  'date.format': '{{day}} {{month}} {{year}}, {{time}} UTC',
  'date.firstDay': '1',
  'date.month.1': 'January',
  'date.month.2': 'February',
  'date.month.3': 'March',
  'date.month.4': 'April',
  'date.month.5': 'May',
  'date.month.6': 'June',
  'date.month.7': 'July',
  'date.month.8': 'August',
  'date.month.9': 'September',
  'date.month.10': 'October',
  'date.month.11': 'November',
  'date.month.12': 'December',
  'number.decimal': '.',
  'number.group': ',',
};

/** Every message key. */
export type MessageKey = keyof typeof en;

/** French catalogue: the type makes a missing or extra key a compile error. */
const fr: Record<MessageKey, string> = {
  'report.title': 'Audit de la relation client',
  'header.site': 'Site',
  'header.collected': 'Collecte',
  'header.generated': 'Rapport généré',
  'header.ruleSet': 'Référentiel',
  'header.pages': 'Pages explorées',
  'header.pagesWithFailures': '{{crawled}} ({{failed}} illisibles)',
  'header.tool': 'Outil',
  'header.ruleSetValue': '{{title}} ({{id}})',

  'score.label': 'Score global',
  'score.value': '{{score}}/100',
  'score.grade': 'Note {{grade}}',
  'score.none': "non noté : aucune règle n'a pu être évaluée",
  'band.good': 'bon',
  'band.average': 'moyen',
  'band.poor': 'faible',
  'summary.rules': 'Règles : {{counts}}',

  'status.pass': 'OK',
  'status.warn': 'À AMÉLIORER',
  'status.fail': 'ÉCHEC',
  'status.na': 'N/A',
  'status.error': 'ERREUR',

  'category.score': '{{score}}/100',
  'category.noScore': 'non noté',
  'category.weight': 'poids {{weight}}',
  'category.other': 'Autres règles',
  'table.status': 'Statut',
  'table.rule': 'Règle',
  'table.score': 'Score',
  'table.weight': 'Poids',

  'section.findings': 'Constats',
  'findings.none': 'Aucun problème relevé.',
  'list.more': '… et {{count}} de plus',
  'findings.snippet': '« {{snippet}} »',

  'section.accounts': 'Comptes sociaux trouvés',
  'accounts.none': "Aucun compte social n'a été trouvé sur le site.",
  'accounts.platform': 'Réseau',
  'accounts.account': 'Compte',
  'accounts.status': 'Statut',
  'accounts.reason': 'Pourquoi',
  'accounts.official': 'officiel',
  'accounts.mentioned': 'mentionné',

  'section.unchecked': "N'a pas pu être vérifié",
  'unchecked.none': 'Tout a pu être vérifié.',
  'unchecked.rules': 'Règles non applicables',
  'unchecked.pages': "Pages qui n'ont pas pu être lues",
  'unchecked.siteErrors': "Problèmes d'exploration",
  'unchecked.sources': 'Sources indisponibles',
  'unchecked.sourceNoMessage': 'aucun détail fourni',
  'unchecked.truncated':
    "L'exploration s'est arrêtée à la limite de pages après {{pages}} pages : certaines pages n'ont pas été visitées.",
  'unchecked.pageError': '{{code}} : {{message}}',
  'unchecked.depth': 'profondeur {{depth}}',

  'date.format': '{{day}} {{month}} {{year}} à {{time}} UTC',
  // French writes the first day of a month as an ordinal: « 1er mars ».
  'date.firstDay': '1er',
  'date.month.1': 'janvier',
  'date.month.2': 'février',
  'date.month.3': 'mars',
  'date.month.4': 'avril',
  'date.month.5': 'mai',
  'date.month.6': 'juin',
  'date.month.7': 'juillet',
  'date.month.8': 'août',
  'date.month.9': 'septembre',
  'date.month.10': 'octobre',
  'date.month.11': 'novembre',
  'date.month.12': 'décembre',
  'number.decimal': ',',
  // French groups thousands with a narrow no-break space (U+202F), as Intl's fr locale does.
  'number.group': '\u202f',
};

/** The catalogues, one per language, with the same keys. */
export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, fr };

/**
 * Returns the message `key` in `lang` with every `{{name}}` replaced by `vars[name]`. A placeholder without a
 * value is left as written, so a missing variable shows up in the output instead of silently vanishing.
 */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = CATALOGUES[lang][key];
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/**
 * Formats `n` for `lang` with at most `maxDecimals` decimals (trailing zeros dropped, so 80 stays "80" and
 * 72.5 is "72,5" in French) and grouped thousands. Non-finite numbers are written as-is.
 */
export function formatNumber(lang: Lang, n: number, maxDecimals = 1): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(maxDecimals);
  let [int, dec = ''] = fixed.split('.');
  dec = dec.replace(/0+$/, '');
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, t(lang, 'number.group'));
  // -0.04 rounds to "0": no sign then.
  const negative = n < 0 && /[1-9]/.test(fixed);
  return (negative ? '-' : '') + int + (dec ? t(lang, 'number.decimal') + dec : '');
}

/**
 * Formats an ISO timestamp as a day, month name, year and time in UTC ("12 March 2025, 10:05 UTC",
 * "12 mars 2025 à 10:05 UTC"). UTC keeps a report identical wherever it is rendered. An unparsable value is
 * returned unchanged.
 */
export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const month = date.getUTCMonth() + 1;
  const time = `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
  return t(lang, 'date.format', {
    day: date.getUTCDate() === 1 ? t(lang, 'date.firstDay') : date.getUTCDate(),
    month: t(lang, `date.month.${month}` as MessageKey),
    year: date.getUTCFullYear(),
    time,
  });
}
