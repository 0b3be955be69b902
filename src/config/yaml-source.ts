// A parsed YAML file that knows its lines: config errors name the file, the line and the dotted key at fault.
import { readFileSync } from 'node:fs';
import { parseDocument, LineCounter, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { ConfigError } from '../errors.js';
import { checkInputSize, type InputKind } from '../limits.js';

export interface YamlSource {
  file: string;
  lc: LineCounter;
  doc: Document;
}

/** Reads and parses a YAML file; unreadable or oversized files and syntax errors are ConfigErrors with the line. */
export function readYaml(file: string, what: string, kind: InputKind): YamlSource {
  checkInputSize(file, kind);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read ${what}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, file);
  }
  return parseYaml(file, text);
}

/** Parses YAML (or JSON, which YAML 1.2 reads too) already read from `file`; syntax errors are ConfigErrors with the line. */
export function parseYaml(file: string, text: string): YamlSource {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ConfigError(`invalid YAML: ${e.message.split('\n')[0]}`, file, lc.linePos(e.pos[0]).line);
  }
  return { file, lc, doc };
}

/** The text of a mapping key. */
export function keyOf(key: unknown): string {
  return String(isScalar(key) ? key.value : key);
}

/** Throws a ConfigError at the line of `keyPath` (the key itself when `atKey`, else its value). */
export function failAt(src: YamlSource, keyPath: string[], message: string, atKey = false): never {
  throw new ConfigError(message, src.file, lineOf(src, keyPath, atKey), keyPath.join('.'));
}

/** The 1-based line of a key or value; falls back to the nearest enclosing key's line. */
export function lineOf(src: YamlSource, keyPath: string[], atKey = false): number | undefined {
  const parent = keyPath.length > 1 ? src.doc.getIn(keyPath.slice(0, -1), true) : src.doc.contents;
  const last = keyPath.at(-1);
  let node: Node | undefined;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === last);
    node = (atKey ? pair?.key : (pair?.value ?? pair?.key)) as Node | undefined;
  } else if (isSeq(parent)) {
    node = parent.items[Number(last)] as Node | undefined;
  }
  if (node?.range) return src.lc.linePos(node.range[0]).line;
  return keyPath.length > 1 ? lineOf(src, keyPath.slice(0, -1)) : undefined;
}
