// Types of scripts/latin1-patterns.mjs, for the tests that import it.
export function latin1FastPatterns(text: string, file: string, dist: string): string;
