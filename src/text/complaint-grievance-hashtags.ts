// A grievance said in a hashtag (accent-folded): "#NoFunciona", "#EpicFail", "#ServicePourri", "#Abzocke",
// "#NieWieder", "#NeverAgain". complaints.ts takes hashtags out of the complaint text (most name campaigns and places),
// so a post whose only grievance is its tag ("me encanta pagar 300 megas para tener 12 😍 #NoFunciona", "Danke für die
// neue Tarifstruktur #Abzocke") showed none: round 38 missed one. Only tags that are a grievance whole, not "#NoFilter",
// "#FailFriday" or "#NeverGiveUp"; not a tag denied ("not a #fail at all"). Warnings of scams are read before
// (complaint-scam-warnings.ts), and a tag's words like "#scam" or "#estafa" are left out: they warn as often as they
// accuse. Round 41 added the mock thanks ("#DankeFürNichts", "#GraciasPorNada", "#MerciPourRien", "#ThanksForNothing") and
// a bare "#not" taking back what it follows ("Best customer service in the country #not"); not "#NotSponsored" or
// "#notcomplaining" (a tag runs to its last letter). complaints.ts counts it enough alone.
import { foldedAsWritten } from './folded-as-written.js';

const GRIEVANCE_TAG =
  /(?<!\b(?:not|no|pas|kein|keine|ni|sin) (?:a |an |un |une |ein |einen |una )?)#(?:nofunciona\w*|\w*fail|fails|neveragain|nevermore|nuncamas|niewieder|arnaque|\w*pourri|honteux|scandale|abzocke|boycott\w*|boykott\w*|boicot\w*|worstservice|worstcustomerservice|peorservicio|pesimoservicio|servicionefasto|ripoff|shameonyou|vergonzoso|unacceptable|inacceptable|inaceptable|inakzeptabel|unverschamt|frechheit|sauerei|fixit|sortitout|notimpressed|epicfail|thanksfornothing|thanksfornuthin|dankefurnichts|dankefuernichts|graciaspornada|mercipourrien|not)(?![\p{L}\p{N}_])/u;

/** Whether the post as written carries a grievance hashtag not denied: a post without a '#' is settled by one search. */
export function grievanceHashtag(original: string): boolean {
  return original.includes('#') && GRIEVANCE_TAG.test(foldedAsWritten(original));
}
