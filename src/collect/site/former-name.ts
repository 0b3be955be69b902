// An account the brand kept from one of its former names, named only in a sentence of its own text: "from our
// Bushwalk Supply Co. days … youtube.com/c/BushwalkSupplyCo", "da época em que nos chamávamos Ipê Pagamentos …
// twitter.com/IpePag", "Back when this was still the Pūriri Coast RFU we tweeted as @PCRFU", "hvor vi stadig hedder
// @LimfjordNyt fra dengang redaktionen hed Limfjord Nyt" (rounds 31 and 32). Its handle spells the old name, not the
// brand's, and it sits in body text no placement rule trusts, so no other rule finds it. Two things must hold: the
// block says, in the first person, that the brand went by another name, and the account is that name — its handle
// spells a name written in the block, or its link's text is that name, written there a second time.
import { foldText, handleUser, squash } from './text.js';

/** The block speaks for the brand (folded): en, fr, es, pt, it, de, nl, da, no, sv, pl. */
const FIRST_PERSON =
  /\b(?:we|our|us|nous|notre|nos|nosotros|nuestr[oa]s?|nosso|nossa|nossos|nossas|noi|nostr[oaie]|wir|unser\w*|onze|ons|vi|var|vart|vores|vort|nasz\w*|my)\b/;

/**
 * The brand saying it went by another name (folded): "we were known as", "the name we traded under", "back when this
 * was still", "from our … days", "nous nous appelions", "nos llamábamos", "nos chamávamos", "ci chiamavamo", "als wir
 * noch … hießen", "toen we nog … heetten", "som selskapet het", "dengang redaktionen hed", "hvor vi stadig hedder",
 * "nazywaliśmy się", and "our old name" in each. A former partner ("back when we worked with…") or a former employee
 * ("our former chief engineer") names no former name of the brand.
 */
const FORMER_NAME = new RegExp(
  [
    String.raw`\b(?:were|was) (?:once |formerly |previously |still |then )?(?:called|named|known as)\b`,
    String.raw`\bused to be (?:called|named|known as)\b`,
    String.raw`\bthe name we (?:traded|went|operated|ran|played|worked) (?:under|by)\b`,
    String.raw`\bwhen (?:this|it|we) (?:was|were) still\b`,
    String.raw`\bfrom our [^.;:!?]{2,40}? (?:days|years|era)\b`,
    String.raw`\b(?:our|the) (?:old|former|previous|earlier) name\b`,
    String.raw`\b(?:formerly|renamed|rebranded)\b`,
    String.raw`\bnous nous appel(?:ions|ait)\b`,
    String.raw`\b(?:ancien|precedent) nom\b`,
    String.raw`\banciennement\b`,
    String.raw`\b(?:nos llamabamos|nos chamavamos|ci chiamavamo)\b`,
    String.raw`\b(?:antiguo|anterior|viejo|antigo|velho|vecchio|precedente) nom(?:bre|e)\b`,
    String.raw`\b(?:antes|anteriormente|antigamente) (?:llamad|chamad|conocid|conhecid)[oa]s?\b`,
    String.raw`\bwir (?:noch |fruher |damals )?[^.;:!?]{0,40}?hiessen\b`,
    String.raw`\b(?:alten|fruheren|ehemaligen|vorherigen) namen\b`,
    String.raw`\bwe (?:nog |vroeger )?[^.;:!?]{0,40}?heetten\b`,
    String.raw`\b(?:oude|vorige) naam\b`,
    String.raw`\b(?:vi|redaktionen|redaksjonen|selskapet|selskabet|klubben|firmaet|foretaget|bolaget) (?:(?:stadig|fortsat|fortsatt|fortfarande) (?:hedder|heter)|(?:hed|hedte|het|hette))\b`,
    String.raw`\b(?:gamle|tidligere|tidigare) (?:navn|namn)\b`,
    String.raw`\bnazywalismy sie\b`,
    String.raw`\b(?:dawn|poprzedni)\w* nazw\w*\b`,
  ].join('|'),
);

/**
 * The brand saying what it began as, in a first-person verb, before a capitalised name: "we started out as Harbour
 * Credit", "abbiamo cominciato nel 1987 come Forno Santa Lucia", "empezamos como", "começámos como", "nous avons
 * commencé sous le nom de", "tulianza mwaka 2014 … kama Mkononi Credit" (round 33: Swahili, with no word this file
 * knows for "our"). Read on the text as written, each form case-blind, the name's capital apart: "started as a
 * supplier", "abbiamo cominciato come fornitori di Pasticceria Gemma" name what the firm did, not what it was called,
 * and "Rita ha cominciato come apprendista" is a person's start.
 */
const STARTED_AS = new RegExp(
  [
    String.raw`\bwe (?:first )?(?:started(?: out)?|began(?: life)?|opened)\b[^.;:!?]{0,40}?\bas (?:the )?(\S)`,
    String.raw`\b(?:abbiamo (?:cominciato|iniziato|aperto)|siamo nati)\b[^.;:!?]{0,40}?\bcome (?:il |la |l['’])?(\S)`,
    String.raw`\b(?:empezamos|comenzamos|nacimos|abrimos)\b[^.;:!?]{0,40}?\bcomo (?:el |la )?(\S)`,
    String.raw`\b(?:come[cç][aá]mos|nascemos)\b[^.;:!?]{0,40}?\bcomo (?:o |a )?(\S)`,
    String.raw`\bnous avons (?:commenc|d[ée]but)[ée](?=\s)[^.;:!?]{0,40}?\b(?:comme|sous le nom d['’e] ?)(?:la |le |l['’])?(\S)`,
    String.raw`\btulianza\b[^.;:!?]{0,40}?\bkama (\S)`,
  ].join('|'),
  'giu',
);

/** Whether the text says, in the first person, what the brand began as: a capitalised name after STARTED_AS. */
function saysStartedAs(text: string): boolean {
  for (const m of text.matchAll(STARTED_AS)) if (m.slice(1).some((c) => c !== undefined && /^\p{Lu}/u.test(c))) return true;
  return false;
}

/** Small words a name may hold between its capitalised words ("Laiterie du Plateau", "Aguas del Valle Sur"). */
const JOINERS = new Set(['de', 'du', 'des', 'del', 'della', 'di', 'la', 'le', 'les', 'el', 'los', 'of', 'the', 'and', 'et', 'y', 'e', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'og', 'och', 'i']);

/** The capitalised names of a text: runs of capitalised words, joiners allowed inside, as squashed words. */
function names(text: string): string[][] {
  const runs: string[][] = [];
  let run: { word: string; joiner: boolean }[] = [];
  const close = (): void => {
    while (run.length && run[run.length - 1].joiner) run.pop();
    if (run.length) runs.push(run.map((w) => w.word));
    run = [];
  };
  for (const token of text.split(/[\s,;:()«»"“”–—]+/)) {
    const word = squash(token);
    if (!word) continue;
    if (/^\p{Lu}/u.test(token)) run.push({ word, joiner: false });
    else if (run.length && JOINERS.has(word)) run.push({ word, joiner: true });
    else close();
    // A sentence's end closes the name ("… Co. days" keeps "Co": an abbreviation's dot before a lower-case word).
    if (/[.!?]$/.test(token) && !/^\p{Lu}\p{Ll}{0,2}\.$/u.test(token)) close();
  }
  close();
  return runs;
}

/**
 * What an old name's handle may add after the name: its company form, "official", an archive's word
 * ("facebook.com/brackwaterpowercoop" for "Brackwater Power").
 */
const NAME_TAIL = /(?:coop|co|inc|ltd|llc|sa|ag|as|ab|oy|gmbh|official|oficial|officiel|ufficiale|offiziell|hq|tv|archive|archief|arkiv|archiv|archivo|arquivo)$/;

/**
 * Whether `handle` is spelt by some consecutive words of `words`, in order: each word written whole, shortened from its
 * first letter on ("Pag" for "Pagamentos", "pwr" for "Power", "krederi" for "Kystrederi"), or by its initial
 * ("PCRFU" for "Pūriri Coast RFU"); joiners may be left out. At least two words must be used, or one whole word of
 * five letters or more.
 */
function spells(handle: string, words: readonly string[]): boolean {
  const memo = new Map<string, boolean>();
  const from = (at: number, i: number, used: number, whole: boolean): boolean => {
    if (at === handle.length) return used >= 2 || (used === 1 && whole && handle.length >= 5);
    if (i >= words.length) return false;
    const key = `${at}:${i}:${Math.min(used, 2)}:${whole}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[i];
    let ok = JOINERS.has(word) && used > 0 && from(at, i + 1, used, whole);
    if (!ok && word[0] === handle[at]) {
      // The word's letters kept, in order, from its first: every way of shortening it that the handle goes on with.
      const ends = [at + 1];
      for (let w = 1, h = at + 1; w < word.length && h < handle.length; w++) if (word[w] === handle[h]) ends.push(++h);
      for (let k = ends.length - 1; k >= 0 && !ok; k--) {
        const isWhole = handle.slice(at, ends[k]) === word;
        ok = from(ends[k], i + 1, used + 1, used === 0 && isWhole);
      }
    }
    memo.set(key, ok);
    return ok;
  };
  for (let start = 0; start < words.length; start++) if (from(0, start, 0, false)) return true;
  return false;
}

/**
 * Whether the block holding a link (or a handle written in its text) says the brand went by another name (or began as
 * one: STARTED_AS), and the account is that name's: its handle spells a name of the block, or its link's text is a name
 * written there twice.
 */
export function namesFormerSelf(finding: { snippet?: string; context?: string }, handle: string): boolean {
  if (!finding.context) return false;
  const folded = foldText(finding.context);
  if (!(FORMER_NAME.test(folded) && FIRST_PERSON.test(folded)) && !saysStartedAs(finding.context)) return false;
  const user = squash(handleUser(handle));
  const bare = user.replace(NAME_TAIL, '');
  if (user.length >= 3 && names(finding.context).some((words) => spells(user, words) || (bare !== user && bare.length >= 3 && spells(bare, words)))) return true;
  const shown = finding.snippet?.trim() ?? '';
  const named = names(shown)[0];
  if (!named || named.filter((w) => !JOINERS.has(w)).length < 2 || named.join(' ') !== names(shown).flat().join(' ')) return false;
  const squashedContext = names(finding.context).map((words) => words.join(' '));
  return squashedContext.filter((n) => n.includes(named.join(' '))).length >= 2;
}
