// The languages reports can be rendered in; every one has a complete catalogue under locales/<lang>/.

/** Report languages, in the order `--lang` lists them. English is the reference catalogue. */
export const LANGS = ['en', 'fr', 'de', 'es'] as const;

export type Lang = (typeof LANGS)[number];

/** Whether a string names a report language. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
