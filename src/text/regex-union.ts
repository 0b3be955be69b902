// Pattern lists joined into few alternations, so a detector scans a post once per group instead of once per pattern.

/** Joins patterns into alternations: one scan of the text instead of dozens. */
export function union(patterns: RegExp[]): RegExp[] {
  // The Unicode flag only for the patterns that need it (\p{L}…): V8 runs plain alternations faster. Patterns that
  // start at a word boundary share one leading \b, so the engine tries the alternatives at word starts only.
  const join = (list: RegExp[], flags: string): RegExp[] => {
    if (list.length < 2) return list;
    const alternatives = new Map(list.map((re) => [re, topLevelAlternatives(re.source)]));
    const atWord = list.filter((re) => alternatives.get(re)!.every((alt) => alt.startsWith('\\b')));
    const rest = list.filter((re) => !atWord.includes(re));
    const out: RegExp[] = [];
    const words = atWord.flatMap((re) => alternatives.get(re)!.map((alt) => alt.slice(2)));
    if (words.length > 0) out.push(new RegExp(`\\b(?=\\w)(?:${words.join('|')})`, flags));
    if (rest.length > 0) out.push(new RegExp(rest.map((re) => `(?:${re.source})`).join('|'), flags));
    return out;
  };
  return [...join(patterns.filter((re) => !re.unicode), ''), ...join(patterns.filter((re) => re.unicode), 'u')];
}

/** A pattern's alternatives at its top level ("\\ba|\\bb(?:c|d)" → "\\ba", "\\bb(?:c|d)"), escapes and classes kept. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}
