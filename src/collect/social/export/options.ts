// What the caller (brand file, command line) tells the export reader.
import type { ExportWindow } from './window.js';

export interface ReadExportOptions {
  /**
   * Platform of the export; required for a CSV without a `platform` column; must agree with the file when both say
   * (a file of saved API responses holding several networks is read for this one alone).
   */
  platform?: string;
  /**
   * The brand's account handle on that platform; required for a CSV without an `account` column and for an archive
   * without self-replies. A research CSV is read for this brand alone.
   */
  account?: string;
  /**
   * The audit window (window.ts). When given, the posts inside it are counted, the threads around them kept, the
   * others counted in a note, and the Conversation records it; otherwise the Conversation's window spans the posts
   * of the file.
   */
  window?: ExportWindow;
  /** CSV delimiter: ',', ';' or a tab ('\t' or the word 'tab'); guessed from the header line when absent. */
  delimiter?: string;
  /**
   * The file's encoding as a WHATWG label ('windows-1252', 'latin1', 'utf-16le'…); UTF-8 when absent. A byte-order
   * mark (UTF-8, UTF-16 LE or BE) always wins.
   */
  encoding?: string;
}
