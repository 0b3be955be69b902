// Types of scripts/pattern-sources.mjs, for the tests that import it.
export function patternSourceLiterals(text: string, file: string): string;
