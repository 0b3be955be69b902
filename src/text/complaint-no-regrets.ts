// The poster saying they regret nothing (accent-folded): "Your podcast made me miss my stop twice this week, no
// regrets", "Euer Podcast hat mich diese Woche zweimal meine Haltestelle verpassen lassen, bereue nichts", "J'ai tué
// ma batterie en jouant toute la nuit, aucun regret", "Ya me gasté toda la quincena y no me arrepiento de nada". The
// trouble words before it (missed, verpassen, tué, gasté) are a cost the poster gladly paid; every readable post that
// says so is no complaint, and the model read two of the class posts of calm readings as complaints. Not when the
// poster leaves the brand ("Cancelled my plan with you, no regrets"): the regret is then the brand's loss.
// complaints.ts settledElsewhere reads it: one sign at most, and the model does not speak.

const NO_REGRETS = /\b(?:no regrets?|zero regrets|not one regret|regret nothing|don'?t regret (?:it|a thing|anything)|aucun regret|sans (?:aucun )?regret|je ne regrette (?:rien|pas)|(?:ich )?bereue (?:es )?(?:nichts|nix|keine sekunde|es nicht)|nicht bereut|sin (?:ningun )?arrepentimientos?|no me arrepiento|ni me arrepiento|cero arrepentimientos?)\b/;

/** Leaving the brand: a regret denied after it is the brand's loss, not the poster's glad cost. */
const LEAVING = /\b(?:cancel\w*|quit|left you|leaving|unsubscrib\w*|closed my account|resili\w*|quitte\w*|gekundigt|kundige|verlassen|baja|cancele|me fui|me voy a otr[oa])\b/;

/** Whether the post says the poster regrets nothing, without leaving the brand. */
export function noRegrets(folded: string): boolean {
  // Cheap test first: almost no post says "regret", "bereu" or "arrepient".
  if (!folded.includes('regret') && !folded.includes('bereu') && !folded.includes('arrepent')) return false;
  return NO_REGRETS.test(folded) && !LEAVING.test(folded);
}
