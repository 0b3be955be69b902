// One of the brand's own programmes, contests or desks named in its prose or news cards by a handle made of the brand's
// distinctive word and a programme word, in either order: "Todo el año organizamos la Milonga del Arrabal
// (@arrabal.milonga)", "Novedades del certamen en @certamenarrabal", "Buscamos 300 voluntarios … Toda la info en
// Instagram" (arrabal.voluntarios) at Festival Arrabal (round 40). The main handle opens with the generic word
// (@festivalarrabal), so the stem reading of accounts.ts (a word an official handle starts with) does not fire, and a
// paragraph of several handles reads as a list of people's. The word must be one of the name's or domain's that is not
// a type word ("festival", "hotel", "club": any brand's), and the block must speak in the first person or name the
// programme by the brand's word ("Certamen Arrabal"); never a block naming a partner, a
// sponsor or another operator (own-unit.ts), a fan club, nor a sentence introducing a person — a photographer's, a
// fan club's or a partner brewery's handle carries the word too ("lowe.tamberly", "tamberlyfans", "tamberlybrewing").
import { brandWords } from './brand-words.js';
import { introducesPerson } from './own-account.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText, handleUser } from './text.js';

/** The least of a brand word read as its distinctive word. */
const WORD_MIN = 5;

/** Type words a brand's name holds as any other's of its kind (folded): never read as its distinctive word. */
const TYPE_WORD =
  /^(?:festival|festivals|festiwal|fest|hotel|hotels|hoteles|club|klub|clube|group|groupe|grupo|gruppe|company|compagnie|compania|bank|banco|banque|museum|musee|museo|teatro|theatre|theater|radio|music|musique|musica|records|studio|studios|shop|store|boutique|tienda|market|mercado|marche|restaurant|restaurante|cafe|coffee|brewery|brasserie|cerveceria|bodega|gallery|galerie|galeria|school|ecole|escuela|academy|academia|foundation|fondation|fundacion|stiftung|association|asociacion|verein|society|sports|sport|media|news|press|prensa|presse|magazine|revista|journal|official|oficial|officiel)$/;

/**
 * Programme, contest and desk words a handle joins to the brand's word (folded, separators removed): year-round nights
 * (a milonga, a ceilidh), a contest, a youth programme, volunteers, a press desk, a school or workshop, the brand's own
 * TV or radio, in the readable sets' languages.
 */
const PROGRAMME =
  /^(?:milonga|milongas|ceilidh|tremplin|certamen|concurso|concours|contest|competition|wettbewerb|youth|joven|jovenes|jeunes|jeunesse|jugend|junior|juniors|kids|ninos|enfants|kinder|volunteers|volunteer|voluntarios|voluntariado|voluntarias|benevoles|benevolat|freiwillige|ehrenamt|press|prensa|presse|imprensa|school|escuela|escola|ecole|schule|academy|academia|akademie|workshop|workshops|taller|talleres|atelier|ateliers|programa|programme|programm|tv)$/;

/** The brand's voice (folded): first-person plural pronouns and possessives, and Spanish and Portuguese "-amos" verbs. */
const FIRST_PERSON =
  /\b(?:we|our|us|nous|notre|nos|wir|unser\w*|nuestr[oa]s?|nosotros|noss[oa]s?|nostr[oa]|onze|ons)\b|\b\w{3,}(?:amos|emos|imos)\b/;

/** A fan club or supporters' group named in the block (folded): its handle carries the brand's word too. */
const FANS = /\b(?:fan|fans|fanclub|fan-club|supporters|hinchas|aficionados|pena|amis|amigos|friends|freunde)\b/;

/** The words a handle joins to the brand's word may stand this far from it in the block to name the programme. */
const NAME_GAP = 3;

/** The programme word a handle joins to one of the brand's distinctive words, in either order, with the word: null if none. */
export function stemProgramme(handle: string, target: { domain: string; brandName: string }): { word: string; programme: string } | null {
  const user = foldText(handleUser(handle)).replace(/[^a-z0-9]+/g, '');
  for (const word of brandWords(target, WORD_MIN)) {
    if (TYPE_WORD.test(word)) continue;
    const rest = user.startsWith(word) ? user.slice(word.length) : user.endsWith(word) ? user.slice(0, -word.length) : null;
    if (rest && PROGRAMME.test(rest)) return { word, programme: rest };
  }
  return null;
}

/** Whether `w` is the programme word, its plural, or its singular. */
function isProgramme(w: string, programme: string): boolean {
  return w === programme || w === `${programme}s` || `${w}s` === programme;
}

/** Whether `words` hold the programme word (or its plural) within NAME_GAP words of the brand's word. */
function namesProgramme(words: readonly string[], word: string, programme: string): boolean {
  return words.some((w, i) => isProgramme(w, programme) && words.slice(Math.max(0, i - NAME_GAP), i + NAME_GAP + 1).includes(word));
}

/**
 * Whether the sighting's block (its text and heading) speaks in the first person or holds the handle's programme word
 * near the brand's word, and names no partner, other operator or fan club, its sentence no person.
 */
export function namesStemProgramme(finding: { snippet?: string; context?: string; heading?: string }, handle: string, target: { domain: string; brandName: string }): boolean {
  if (!finding.context) return false;
  const found = stemProgramme(handle, target);
  if (!found) return false;
  const block = `${foldText(finding.heading ?? '')} ${foldText(finding.context)}`;
  // The block's words without the handle's own spelling, which would name the programme by itself.
  const words = block.split(handleUser(handle).toLowerCase()).join(' ').split(/[^a-z0-9]+/).filter(Boolean);
  const stands = words.some((w) => isProgramme(w, found.programme));
  // The first person suffices ("we organise … the Tamberly Young Players programme (@tamberlyyouth)"); otherwise the
  // block must name the programme by the brand's word ("Novedades del certamen … Certamen Arrabal").
  if (!FIRST_PERSON.test(words.join(' ')) && !(stands && namesProgramme(words, found.word, found.programme))) return false;
  return !OTHERS.test(block) && !OPERATED_BY.test(block) && !FANS.test(block) && !introducesPerson(finding);
}
