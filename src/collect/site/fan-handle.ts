// Handles that say they are not the brand's: a fan club's, a fan page's, a memes or parody account's, an impostor's
// ("marismacf_fans", "colmena.cowork.memes", "weserblick_fake", "notkahuoutdoor"). Such accounts are built on the
// brand's name, sit in the brand's footer or follow-us block as often as not (clubs link their supporters), and so
// pass every rule that reads a handle's likeness or a link's place; the handle's own word is what says whose it is.
import { brandWords } from './brand-words.js';
import { foldText, handleUser } from './text.js';

/**
 * Words a handle holds as one of its parts ("keravel.cidre.fans", "ribazul_fanclub_koeln"), in the languages read; a
 * supporters' stand or group too, with its founding year ("curvasud1987.castelvento", "fankurve.ribazul").
 */
const FAN_PART =
  /^(?:fans?|fanclub|fanpage|fanart|fansite|fanzone|memes?|fake|parod(?:y|ie|ia)|satir[ea]|unofficial|inoffiziell|nonofficiel|nooficial|nonufficiale|hinchas|tifosi|tifoseria|ultras|supporters(?:club)?|curva(?:sud|nord|sur|norte|est|ovest)?\d*|barrabrava|fanblock|fankurve)$/;
/** The same words glued after the brand's word ("vandermolen_fans" is caught above, "lindengassefan" here). */
const FAN_END = /(?:fans?|fanclub|fanpage|fanart|fansite|memes?|fake|parod(?:y|ie|ia)|unofficial|inoffiziell|supporters(?:club)?)$/;
/** Words glued before the brand's word that deny or mock it ("notkahuoutdoor", "fakeweserblick", "fansofmarisma"). */
const FAN_START = /^(?:not|notthe|fake|thefake|fansof|fanof|anti)$/;
/** Words of the brand's name and domain label looked for in handles: shorter ones are too often part of other words. */
const BRAND_WORD_MIN = 4;

/**
 * Whether the handle says it is a fan's, a parody's or an impostor's account: one of its parts is such a word, or,
 * beside a word of the brand's name or domain, the letters after the brand's last word end with one or those before
 * its first word are one ("not", "fake", "fansof"). A brand whose own name holds the word ("Fanatic", "Fake Plants
 * Co") keeps its handles: the brand's words are taken out first.
 */
export function fanHandle(handle: string, target: { domain: string; brandName: string }): boolean {
  const raw = foldText(handleUser(handle));
  const words = brandWords(target, BRAND_WORD_MIN);
  const parts = raw.split(/[^a-z0-9]+/).filter(Boolean);
  if (parts.some((p) => FAN_PART.test(p) && !words.includes(p))) return true;
  const user = parts.join('');
  let first = -1;
  let last = -1;
  for (const w of words) {
    for (let at = user.indexOf(w); at >= 0; at = user.indexOf(w, at + 1)) {
      if (first < 0 || at < first) first = at;
      if (at + w.length > last) last = at + w.length;
    }
  }
  if (first < 0) return false;
  return FAN_END.test(user.slice(last)) || FAN_START.test(user.slice(0, first));
}
