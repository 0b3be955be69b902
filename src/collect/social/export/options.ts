// What the caller (brand file, command line) tells the export reader.
import type { AuditWindow } from '../common.js';

export interface ReadExportOptions {
  /** Platform of the export; required for a CSV without a `platform` column; must agree with the file when both say. */
  platform?: string;
  /** The brand's account handle on that platform; required for a CSV without an `account` column. */
  account?: string;
  /**
   * The audit window. When given, a thread is kept when one of its posts falls inside it (posts after `to` are
   * dropped) and the Conversation records it; otherwise the Conversation's window spans the posts of the file.
   */
  window?: AuditWindow;
  /** CSV delimiter: ',', ';' or a tab ('\t' or the word 'tab'); guessed from the header line when absent. */
  delimiter?: string;
  /**
   * The file's encoding as a WHATWG label ('windows-1252', 'latin1', 'utf-16le'…); UTF-8 when absent. A byte-order
   * mark (UTF-8, UTF-16 LE or BE) always wins.
   */
  encoding?: string;
}
