// A reminder dictated to a phone or a note to self, posted by mistake or on purpose (class posts after round 40's first
// sight: "hey siri remind me to return the jacket to @NorthThread…", "note to self ask @GreenGrocerCo whether they still
// do the veg box", "Sprachnachricht an mich selbst … und fragen ob die auch Winterreifen einlagern", "recordatorio para
// mí … y preguntar si ya llegó el repuesto"). What to ask someone later is written down, not asked: the indirect
// question inside ("ask if they open saturday", "fragen ob", "preguntar si") reads to the question model as an ask
// (+1.0 to +2.5 without a mark). The note opens the post, after a wake word at most; a reminder asked of the brand
// ("remind me what time you close", "rappelez-moi le prix", "Erinnert ihr mich…", "¿Me recordáis…?") is no note to
// self, and a '?' anywhere still asks ("Note to self: never again the 6am flight. Anyway does the lounge open at 5?").
// question-rhetoric.ts counts such a note as asking nothing. Read on the folded text (lower case, accents removed,
// handles blanked).

/** A wake word spoken to a phone's assistant before the note ("hey siri", "ok google", "alexa", "oye siri"). */
const WAKE = String.raw`(?:(?:hey|hei|ok|okay|oye|dis|he) )?(?:siri|google|alexa)[,:]? `;

/** The openings of a note to self, each before what is to be done. */
const NOTE = new RegExp(
  `^\\s*(?:${WAKE})?(?:` +
    [
      // en: "remind me to", "add a reminder to", "set a reminder to", "(voice) note to self", "memo to self"
      String.raw`remind me (?:to|tomorrow to|tonight to|later to)\b|(?:add|set|create) a reminder (?:to|for)\b|(?:voice |quick )?(?:note|memo|reminder) to (?:self|myself)\b`,
      // fr: "rappelle-moi de/d'", "note pour moi(-même)", "note à moi-même", "mémo perso" (not "rappelez-moi le prix")
      String.raw`rappelle[- ]moi (?:de |d')|(?:note|memo|pense-bete) (?:pour|a) moi(?:[- ]meme)?\b|memo perso\b`,
      // de: "erinnere mich (daran)", "Sprachnachricht an mich (selbst)", "Notiz an mich", "Memo an mich"
      String.raw`erinner(?:e)? mich\b|(?:sprachnachricht|sprachnotiz|notiz|memo|erinnerung) (?:an|fur) mich\b`,
      // es: "recuérdame + infinitive", "recordatorio (para mí)", "nota para mí (mismo/a)"
      String.raw`recuerdame (?:\S+ ){0,2}?[a-z]+(?:ar|er|ir)(?:le|les|lo|la|me|se)?\b|recordatorio\b|nota (?:para|a) mi\b`,
    ].join('|') +
    ')',
);

/** Whether the folded post opens on a reminder or a note to self and holds no question mark. */
export function notesToSelf(folded: string): boolean {
  return !folded.includes('?') && !folded.includes('¿') && NOTE.test(folded);
}
