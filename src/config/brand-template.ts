// The commented brand file that `brand-audit init` writes: what the user gave is live, everything else is a
// commented example, so a new brand is never judged on a sample brand's accounts, topics or language.

export interface BrandTemplateOptions {
  /** The brand's name, from --name; the `name:` line is a commented example without it. */
  name?: string;
  /** The start page (already checked and normalised), from --website; commented example without it. */
  website?: string;
  /**
   * The path or URL of schema/brand-file.schema.json as seen from the file: the first line then points editors at
   * the schema (yaml-language-server: completion and checks while typing).
   */
  schema?: string;
}

/** The keys a brand file requires that `opts` leaves to fill in, in file order. */
export function missingBrandKeys(opts: BrandTemplateOptions): ('name' | 'website')[] {
  return (['name', 'website'] as const).filter((key) => !opts[key]);
}

/**
 * A brand.yaml with `name` and `website` set from `opts` when given (as YAML double-quoted scalars, so any name or
 * URL stays one string) and every other key as a commented example with what it does.
 */
export function brandTemplate(opts: BrandTemplateOptions = {}): string {
  const modeline = opts.schema ? `# yaml-language-server: $schema=${opts.schema}\n` : '';
  const missing = missingBrandKeys(opts);
  const todo = missing.length ? `# Required and not set yet: ${missing.join(' and ')} — uncomment and fill in.\n` : '';
  const name = opts.name ? `name: ${JSON.stringify(opts.name)}` : '# name: "Maison Exemple"';
  const website = opts.website ? `website: ${JSON.stringify(opts.website)}` : '# website: https://www.maison-exemple.fr/';
  return `${modeline}# brand-audit brand file — audit this brand with:  brand-audit audit <this file>
# name and website are required; every other key is optional, and the commented lines are examples to adapt.
# Paths are relative to this file.
${todo}
# The brand's name: used to tell its own accounts from others, and shown on the report.
${name}

# The start page of the website audit (home page, or the country site you want audited).
${website}

# The language of the brand's posts (fr, en, de or es); detected per post when omitted.
# language: fr

# How far back to read conversations: 30d (the default), 4w, 90d…
# window: 30d

# The brand's topics, for the on-topic checks on its posts (words or short phrases, any case or accents).
# keywords:
#   - linge de maison
#   - décoration

# When the brand answers, for reply times in business hours and promises such as "réponse sous 24 h ouvrées".
# Read from the website when omitted (JSON-LD or the contact page's text); these win over it.
# businessHours:
#   timeZone: Europe/Paris
#   days: mon-fri
#   hours: ["09:00-12:30", "14:00-18:00"]
#   holidays: [2026-12-25, 2027-01-01]

# Social accounts. Those linked from the website are found on their own; list here the ones to add or to
# force (a dedicated support account, a country account). A handle or a profile URL; a list for several.
# accounts:
#   bluesky: maisonexemple.bsky.social
#   mastodon: "@maisonexemple@mastodon.social"
#   youtube: "@maisonexemple"
#   x: [maisonexemple, maisonex_sav]
#   facebook: maisonexemple
#   discourse: https://communaute.maison-exemple.fr/

# Facebook, Instagram and X are read through their APIs with your own token, taken from FACEBOOK_ACCESS_TOKEN
# (Instagram: INSTAGRAM_ACCESS_TOKEN, else the Facebook token) and X_BEARER_TOKEN. To give this brand its own tokens,
# name here the environment VARIABLES that hold them — never the tokens themselves (see docs/platforms.md).
# tokens:
#   facebook: ACME_FB_TOKEN
#   x: ACME_X_TOKEN

# Conversation exports for platforms brand-audit cannot read (LinkedIn, TikTok, or Facebook, Instagram and X
# without a token). JSON files name their platform and account; CSV files need both here.
# The format is described in docs/exports.md.
# exports:
#   - path: exports/facebook.json
#   - path: exports/instagram.csv
#     platform: instagram
#     account: maisonexemple
`;
}
