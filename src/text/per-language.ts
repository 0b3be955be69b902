// Tables built per language on first use: a website-only audit reads no post and builds none (their regexes, some
// hundred of them with Unicode classes, cost ~30 ms of CPU at load), and an audit of French posts builds French only.
import { LANGS, type Lang4 } from './stopwords.js';

/** A record of the four languages whose values are built by `build` when first read, then kept. */
export function perLanguage<T>(build: (lang: Lang4) => T): Record<Lang4, T> {
  const out = {} as Record<Lang4, T>;
  for (const lang of LANGS) {
    let value: T | undefined;
    Object.defineProperty(out, lang, { enumerable: true, get: () => (value ??= build(lang)) });
  }
  return out;
}
