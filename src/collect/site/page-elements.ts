// The elements page analysis reads (gathered in one walk), head metadata, <base href> and the site-search box.
import type { AnyNode, Element } from 'domhandler';
import { collectElements, elementsUnder } from './dom.js';

/** The page's <base href>, resolved against its URL (links resolve against it). */
export function baseUrlOf(els: Elements, pageUrl: string): string {
  const href = els.of('base').find((b) => b.attribs.href !== undefined)?.attribs.href;
  if (!href) return pageUrl;
  try {
    return new URL(href.trim(), pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/** The elements analysis reads, gathered in one walk of the document. */
export interface Elements {
  /** Every gathered element, in document order. */
  all: Element[];
  of(name: string): Element[];
}

const WANTED = new Set(['a', 'area', 'base', 'link', 'meta', 'script', 'iframe', 'form', 'input', 'title', 'h1', 'html']);

const NONE: ReadonlySet<string> = new Set();

/**
 * Gathers the elements analysis reads (links, metadata, scripts, forms…) in one walk from `root`; `visit`, when
 * given, is handed every element on the way and its lower-case name, in document order (what another reader of the
 * page would walk it for).
 */
export function gather(root: Element | AnyNode, visit?: (el: Element, name: string) => void): Elements {
  const all = visit
    ? collectElements(root, NONE, (el) => {
        const name = el.name.toLowerCase();
        visit(el, name);
        return WANTED.has(name);
      })
    : collectElements(root, WANTED);
  const byName = new Map<string, Element[]>();
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const name = el.name.toLowerCase();
    const list = byName.get(name);
    if (list) list.push(el);
    else byName.set(name, [el]);
  }
  return { all, of: (name) => byName.get(name) ?? [] };
}

/** Content of `<meta name=NAME>` (or property=NAME, as Open Graph tags use), trimmed; undefined when absent or empty. */
export function metaContent(els: Elements, name: string): string | undefined {
  const el = els.of('meta').find((m) => (m.attribs.name || m.attribs.property || '').trim().toLowerCase() === name);
  const content = (el?.attribs.content ?? '').trim();
  return content || undefined;
}

function insideSearchRole(el: Element): boolean {
  for (let n: AnyNode | null = el; n; n = n.parent) if ('attribs' in n && (n.attribs.role ?? '').toLowerCase() === 'search') return true;
  return false;
}

/** `<form role=search>`, a search input, or a form whose action or field name says search. */
export function hasSearchBox(els: Elements): boolean {
  if (els.of('input').some((i) => (i.attribs.type ?? '').toLowerCase() === 'search')) return true;
  return els.of('form').some((form) => {
    if (insideSearchRole(form)) return true;
    const action = (form.attribs.action ?? '').toLowerCase();
    if (/(^|[/?&=_-])(search|recherche|suche|buscar|busqueda|query)([/?&=._-]|$)/.test(action)) return true;
    return elementsUnder(form, (el) => el.name === 'input' && el.attribs.name !== undefined).some((input) =>
      /^(q|s|search|query|recherche|suche|buscar|keywords?)$/i.test(input.attribs.name ?? ''),
    );
  });
}
