// The placeholders an ICU message uses, for the checks that catalogues agree and that rule data fills them.
import { IntlMessageFormat } from 'intl-messageformat';

interface AstNode {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

// AST element types of @formatjs/icu-messageformat-parser: literal 0 and pound 7 carry no argument name.
const NAMED = new Set([1, 2, 3, 4, 5, 6]);

/** Sorted, distinct argument names of an ICU message ("{count, plural, …}" → count). Throws on a syntax error. */
export function messageArguments(text: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: AstNode[]): void => {
    for (const node of nodes) {
      if (NAMED.has(node.type) && node.value) names.add(node.value);
      if (node.options) for (const option of Object.values(node.options)) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true }).getAst() as AstNode[]);
  return [...names].sort();
}
