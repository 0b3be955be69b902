// Encodes text to windows-1252 bytes, for fixture pages served in a legacy single-byte charset.

/**
 * Code points of the 0x80–0x9F block, where windows-1252 differs from ISO-8859-1 (WHATWG Encoding Standard,
 * index-windows-1252). Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character and are absent here.
 */
const HIGH_BLOCK: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/**
 * Encodes `text` as windows-1252 (which browsers also use for `latin1`/`iso-8859-1` labels).
 * Characters the charset cannot hold become `?`, as a legacy CMS would have stored them.
 */
export function encodeWindows1252(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) out.push(cp);
    else out.push(HIGH_BLOCK[cp] ?? 0x3f);
  }
  return Buffer.from(out);
}

/** Charset labels the `charset` route accepts, all encoded with the windows-1252 table. */
export const SINGLE_BYTE_LABELS = ['windows-1252', 'iso-8859-1', 'latin1', 'cp1252'];
