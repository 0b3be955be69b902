// A customer's post credited on the brand's hashtag wall: a block headed by the brand's hashtag alone
// ("#kesselgrundmoment", "#ForzaCastelvento", "#kaltensteinmoments", "#KanatlarınAltında", rounds 23 to 32), each tile
// a caption and the poster's handle as the link's text. Such walls carry "social" in their class names and read as a
// follow block, and a tile reposting the brand's own post or a fan on another network keeps the tiles from reading as
// a list of people: the follow block's place made the customers' accounts the brand's (held-out wrongly official
// accounts of four rounds). The heading and the link's text say whose the account is: the one who posted the photo.
import { foldText, handleUser, squash } from './text.js';

/** The heading is one hashtag and nothing else (raw: "ı" and "ç" are letters of a Turkish or French tag). */
const HASHTAG_HEADING = /^#[\p{L}\p{N}_]+$/u;

/**
 * Words of the wall's intro, not of a customer's tile (folded): an invitation to follow or tag the brand or one of its
 * parts ("Etiquétanos en @…", "Sigue también a nuestro chigre, @…", "Follow our taproom @…", "markiert uns").
 */
const INVITATION =
  /\b(?:follow|tag us|sigue|siguenos|etiquetanos|etiquetarnos|folgt|folge|markiert uns|suivez|identifiez|segui|seguici|seguiteci|taggaci|volg|tag ons|takip edin|etiketleyin)\b/;

/**
 * The brand's own part named in the tile ("@bibliobus_sbr (le compte de notre bibliobus)", round 31): a tile reposting
 * one of its units' posts, not a customer's (folded).
 */
const FIRST_PERSON = /\b(?:our|notre|nos|unser\w*|nuestr[oa]s?|nostr[oaie]|onze|ons|nosso|nossa|bizim)\b/;

/** Whether the finding credits a customer's post on a wall headed by a hashtag: the link's text is the handle itself. */
export function creditedOnHashtagWall(finding: { how?: string; snippet?: string; heading?: string; context?: string }, handle: string): boolean {
  if (finding.how !== 'link' || !HASHTAG_HEADING.test((finding.heading ?? '').trim())) return false;
  const text = (finding.snippet ?? '').trim();
  if (!text.startsWith('@') || squash(text) !== squash(handleUser(handle))) return false;
  const context = foldText(finding.context ?? '').toLowerCase();
  return !INVITATION.test(context) && !FIRST_PERSON.test(context);
}

/**
 * Whether the account is credited on a hashtag wall and linked nowhere else but in an article's text or named in a
 * page's text: a unit's account the brand links from its own block too ("postet das Stüberl-Team auf Instagram" beside
 * the wall's "Sommerabend im Biergarten – @braustuebl_am_kessel", round 23; the bibliobus's card, round 31) is the
 * brand's tile reposted, not a customer's.
 */
export function creditedOnlyOnWall(findings: readonly { how?: string; placement?: string; snippet?: string; heading?: string; context?: string }[], handle: string): boolean {
  const credited = findings.filter((f) => creditedOnHashtagWall(f, handle));
  return credited.length > 0 && findings.every((f) => credited.includes(f) || f.placement === 'article' || f.how === 'mention');
}
