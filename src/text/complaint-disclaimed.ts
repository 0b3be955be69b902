// A complaint disclaimed in so many words, nothing turned after it (accent-folded): "Not a complaint, just curious: why
// did the Classic range get discontinued?", "Keine Beschwerde, nur Neugier: warum gibt's die Classic-Reihe nicht
// mehr?", "Pas une réclamation, simple curiosité : pourquoi…", "No es una queja, solo curiosidad: ¿por qué…?", "No
// complaints here, fits perfectly". Every readable post that says so is no complaint, yet the "why" and the trouble
// words after it (discontinued, nicht mehr) were read as one: round 36's and the question class posts' false alarms.
// complaint-own-fault.ts counts such a post one weak sign at most, but the model still spoke. Not when the post turns
// after the disclaimer ("Not a complaint, but the app has logged me out five times", "Keine Beschwerde, aber seit drei
// Wochen…") or asks it back ("No complaints? You must be joking"). complaints.ts settledElsewhere reads it: one sign at
// most, and the model does not speak.

const DISCLAIMER = /\b(?:(?:this |it )?(?:is ?n'?t|is not|not) (?:a|my) complaint|no complaints?|(?:ce n'est |c'est )?pas une (?:reclamation|plainte|critique)|aucune (?:reclamation|plainte|critique)|(?:das ist )?keine (?:beschwerde|kritik|reklamation)n?|kein vorwurf|no es (?:una )?(?:queja|critica|reclamacion)|ninguna queja|sin queja)\b/;

/** A turn or a question after the disclaimer: what follows it is the complaint, or the disclaimer is mocked. */
const TURNED = /^[^.!]{0,3}\?|\b(?:but|however|though|although|still|yet|mais|pourtant|cependant|aber|trotzdem|allerdings|jedoch|pero|aunque|sin embargo)\b/;

/** Whether the post disclaims a complaint and turns to none after it. */
export function disclaimed(folded: string): boolean {
  // Cheap test first: almost no post names a complaint, a claim or a criticism.
  if (!mayDisclaim(folded)) return false;
  const m = DISCLAIMER.exec(folded);
  return m !== null && !TURNED.test(folded.slice(m.index + m[0].length));
}

/** Words DISCLAIMER cannot match without. */
function mayDisclaim(folded: string): boolean {
  return folded.includes('complaint') || folded.includes('reclamation') || folded.includes('plainte') || folded.includes('critique') ||
    folded.includes('beschwerde') || folded.includes('kritik') || folded.includes('reklamation') || folded.includes('vorwurf') ||
    folded.includes('queja') || folded.includes('critica') || folded.includes('reclamacion');
}
