// A finder's place as its script's JSON marks it: a store locator's or hotel finder's blob (`wp_localize_script`,
// WP Store Locator's `wpslMap_0`, `__NEXT_DATA__`) lists each place with its accounts and a kind — `"type":"managed"`
// beside `"type":"franchise"` (round 40's hotel group), `"category":"Eigene Filiale"` beside `"Franchise-Partner"`,
// `"gestion":"propia"` beside `"franquicia"`. The accounts sit nowhere else on the page, so the place's kind is all
// that says whose they are: a company-run place's are the brand's, a franchised one's its operator's, however its
// handle carries the brand's name. Read only where the same script marks places of both kinds, so that the key is
// known to say who runs the place (a lone `"type":"partner"` list says nothing of the brand's own).
import { foldText } from './text.js';

/** What a place's entry says of it: run by the brand, or by someone else. */
export type EntryKind = 'own' | 'other';

/** Keys a finder's entry names the place's kind or management with (lower case, folded). */
const KIND_KEY = /"(?:type|kind|category|categories|categoria|categorie|kategorie|tipo|typ|gestion|management|ownership|operation|model|modelo|format|betrieb|betriebsart|exploitation)"\s*:\s*"([^"]{1,60})"/g;

/** A kind saying the brand runs the place itself (folded words): managed, own, company-owned, "Eigene Filiale", "propia". */
const OWN_WORD =
  /^(?:managed|own|owned|company|corporate|companyowned|company-owned|direct|direct-run|eigene|eigen|eigener|propia|propio|propre|proprio|propria|gerida|gerido|succursale|gestito|gestita|directo|directa|eigenbetrieb)$/;
/** A kind saying someone else runs it: franchised, licensed, a partner's, a reseller's, a supplier's. */
const OTHER_WORD =
  /^(?:franchise|franchised|franchisee|franquicia|franquiciado|franqueado|franquia|franchisepartner|franchisenehmer|licensed|licensee|licence|license|partner|partners|reseller|resellers|dealer|stockist|independent|independiente|revendedor|distribuidor|haendler|handler|lieferant|supplier|affiliate|affiliated|concession|concessionnaire|affilie)$/;

/** An entry is a place's record, not the whole list: past this many characters the object holds several places. */
const ENTRY_MAX = 2000;
/** How many enclosing objects are read up from the URL (the place, its `social` object, a nested `links` object). */
const LEVELS = 3;

/** The kind a value names, or null when its words name neither or both. */
function kindOf(value: string): EntryKind | null {
  const words = foldText(value).split(/[^a-z-]+/).flatMap((w) => [w, ...w.split('-')]).filter(Boolean);
  const own = words.some((w) => OWN_WORD.test(w));
  const other = words.some((w) => OTHER_WORD.test(w));
  return own === other ? null : own ? 'own' : 'other';
}

/** The start of the object enclosing `at`, or -1 (braces in strings are rare enough in such blobs to be ignored). */
function openingBefore(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The end (exclusive) of the object opening at `start`, or -1. */
function closingAfter(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether the script marks places of both kinds under one of KIND_KEY's keys. */
function marksBothKinds(text: string): boolean {
  const kinds = new Set<EntryKind>();
  for (const m of text.matchAll(KIND_KEY)) {
    const kind = kindOf(m[1]);
    if (kind) kinds.add(kind);
    if (kinds.size === 2) return true;
  }
  return false;
}

/**
 * A reader of the kind of the place whose entry holds the URL at a given index of the script's (unescaped) text: the
 * kind the nearest enclosing entry with a kind key names, up to LEVELS objects up; null where the script does not mark
 * places of both kinds, or the entry names none.
 */
export function entryKindReader(text: string): (at: number) => EntryKind | null {
  if (!marksBothKinds(text)) return () => null;
  return (at) => {
    let from = at;
    for (let level = 0; level < LEVELS; level++) {
      const start = openingBefore(text, from);
      if (start < 0) return null;
      const end = closingAfter(text, start);
      if (end < 0 || end - start > ENTRY_MAX) return null;
      // The entry's own keys: a nested object's (the accounts' `social` object) are read at their own level.
      const own = text.slice(start, end);
      for (const m of own.matchAll(KIND_KEY)) {
        const kind = kindOf(m[1]);
        if (kind) return kind;
      }
      from = start;
    }
    return null;
  };
}
