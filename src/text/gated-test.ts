// A lone pattern tested only on a text holding one of the literals it cannot match without (regex-literals.ts), found
// by the scan the pattern groups share (regex-union.ts literalCheck). The detectors test several long alternations on
// every post (nobody tells, wishes, ultimatums, features gone, a shared fault…); V8 tries each at every word of the
// post, and most posts hold none of their words.
import { literalCheck } from './regex-union.js';

/** `re.test(text)`, false at once when the text holds none of the pattern's required literals. `re` is not global. */
export function gatedTest(re: RegExp): (text: string) => boolean {
  const may = literalCheck(re);
  return (text) => may(text) && re.test(text);
}
