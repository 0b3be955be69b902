// Encodes text to windows-1252 bytes, for fixture pages served in a legacy single-byte charset.
import iconv from 'iconv-lite';

/**
 * Encodes `text` as windows-1252 (which browsers also use for `latin1`/`iso-8859-1` labels), with iconv-lite's
 * table. Characters the charset cannot hold become one `?` each, as a legacy CMS would have stored them: characters
 * outside the Basic Multilingual Plane (emoji) and U+FFFD are replaced first, since iconv-lite would write two `?`
 * for the one and the unassigned byte 0x9D for the other.
 */
export function encodeWindows1252(text: string): Buffer {
  return iconv.encode(text.replace(/[\u{10000}-\u{10ffff}\ufffd]/gu, '?'), 'windows-1252');
}

/** Charset labels the `charset` route accepts, all encoded with the windows-1252 table. */
export const SINGLE_BYTE_LABELS = ['windows-1252', 'iso-8859-1', 'latin1', 'cp1252'];
