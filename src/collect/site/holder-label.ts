// A link whose own label names its holder, and the holder is a body standing beside the brand: "Фонд Крила в Instagram"
// (aria-label) right after a courier's own footer icons (round 36), "Greenway Riders Foundation on Instagram". The
// footer's place said the brand's; the label says whose account it is: a foundation, charity, association, federation
// or ministry with a name of its own. Not one carrying the site's name: the brand's own foundation or apprentices' fund
// ("Fundación Olamar", "Fonds Apprentis Mirabelle", rounds 19 and 21) is labelled the brand's as often as an
// independent one named after it is not (round 36's Fundación Qori Paqo: left to the readings of a separate body). Not a
// club: a hotel's beach club, a shop's kids' club and "the club's Facebook page" of a cycling shop's own club are the
// brand's. A unit named without a name of its own ("Follow the foundation on Instagram") is left to the readings of the
// brand's units.
import type { Element } from 'domhandler';
import { textOf } from './dom.js';
import { cleanText, foldText, squash } from './text.js';

/** Networks a label names beside the holder (folded). */
const NETWORK = String.raw`(?:instagram|facebook|twitter|x|linkedin|youtube|tiktok|threads|bluesky|mastodon|pinterest)`;

/** A preposition between the network and the holder, either way round (folded): "on", "de la", "auf", "в", "på". */
const PREP = String.raw`(?:on|of|at|de la|de los|de las|del|de l'|de|du|des|sur|auf|von der|von|im|bei|en|di|della|dello|del|su|op|van de|van|na|no|da|do|в|у|на|pa|på|w)`;

/** "Facebook de la Fundación X", "Instagram of the X Foundation". */
const NETWORK_FIRST = new RegExp(`^${NETWORK} ${PREP} (?:the |la |el |le |l'|die |der |das |den |il |lo |o |a )?(.+)$`);
/** "Greenway Riders Foundation on Instagram", "Фонд Крила в Instagram". */
const HOLDER_FIRST = new RegExp(`^(.+?) ${PREP} ${NETWORK}$`);

/** Bodies of their own whatever name they carry: foundations, charities, associations, federations, ministries (folded). */
const SEPARATE_KIND =
  /^(?:foundation|fundacion|fundacao|fondation|fondazione|fundacja|fundatia|stiftung|stichting|stiftelse|fond|fonds|фонд|фундація|charity|association|asociacion|associacao|associazione|asociatia|vereniging|federation|federacion|federazione|federacao|ministry|ministerio|ministere|ministero|ministerium|kementerian|yayasan)$|(?:stiftung|verband|forening|förening)$/;

/** Words naming the account, not its holder ("Facebookpagina van de club"). */
const ACCOUNT_WORD = /^(?:facebook\w*|instagram\w*|page|pagina|seite|account|profile|profil|kanal|channel|cuenta|compte)$/;

/** Words that are no name of a holder: articles, joining words, and the verbs of a call to follow ("Follow the foundation"). */
const FILLER =
  /^(?:the|la|el|le|l|los|las|les|die|der|das|den|il|lo|de|del|des|du|di|da|do|van|von|of|and|y|et|und|e|i|our|notre|nuestra|nuestro|unsere|unser|follow|folgen|folgt|suivez|suivre|sigue|siguenos|seguici|segui|siga|volg|visit|see|join)$/;

/** The labels a link carries for assistive technology or as its own text, each cleaned. */
function labelsOf(el: Element): string[] {
  return [el.attribs['aria-label'] ?? '', el.attribs.title ?? '', textOf(el)].map((t) => cleanText(t)).filter(Boolean);
}

/** The holder a label names beside the network, or the label whole when it names no network (folded). */
function holderOf(label: string): string {
  const folded = foldText(label).replace(/[«»"“”„]/g, '').replace(/\s+/g, ' ').trim();
  return NETWORK_FIRST.exec(folded)?.[1] ?? HOLDER_FIRST.exec(folded)?.[1] ?? folded;
}

/**
 * Whether one of the link's labels names a body other than the brand as the account's holder: a holder of a kind of body
 * of its own (SEPARATE_KIND) with a name besides, which does not hold the site's `siteLabel` (its domain's name,
 * squashed). A site that is itself such a body (its name holds the kind word) is left.
 */
export function labelNamesOtherHolder(el: Element, siteLabel: string): boolean {
  for (const label of labelsOf(el)) {
    const named = holderOf(label)
      .split(/[\s,.·–—-]+/)
      .filter((w) => w && !FILLER.test(w));
    if (named.length < 2 || named.length > 6) continue;
    const kind = named.find((w) => SEPARATE_KIND.test(w));
    if (!kind || siteLabel.includes(squash(kind) || kind)) continue;
    if (!named.some((w) => !SEPARATE_KIND.test(w) && !ACCOUNT_WORD.test(w))) continue;
    // The brand's own foundation or fund carries its name ("Fundación Olamar", "Fonds Apprentis Mirabelle"): the label
    // alone does not set it apart.
    // A word of its name within the site's ("Olamar" on olamarsurf.test), or the site's within its name.
    if (siteLabel.length >= 4 && squash(named.join('')).includes(siteLabel)) continue;
    if (named.some((w) => squash(w).length >= 4 && siteLabel.includes(squash(w)))) continue;
    return true;
  }
  return false;
}
