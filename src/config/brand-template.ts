// The commented example brand file that `brand-audit init` writes.

/**
 * A brand.yaml for the given name and website, every key explained. With `schema` (the path or URL of
 * schema/brand-file.schema.json as seen from the file), the first line points editors at the schema
 * (yaml-language-server: completion and checks while typing).
 */
export function brandTemplate(name = 'Maison Exemple', website = 'https://www.maison-exemple.fr/', schema?: string): string {
  const modeline = schema ? `# yaml-language-server: $schema=${schema}\n` : '';
  return `${modeline}# brand-audit brand file — audit this brand with:  brand-audit audit ${'brand.yaml'}
# Every key but name and website is optional. Paths are relative to this file.

# The brand's name: used to tell its own accounts from others, and shown on the report.
name: ${JSON.stringify(name)}

# The start page of the website audit (home page, or the country site you want audited).
website: ${website}

# The language of the brand's posts (fr, en, de or es); detected per post when omitted.
language: fr

# How far back to read conversations: 30d (default), 4w, 90d…
window: 30d

# The brand's topics, for the on-topic checks on its posts (words or short phrases, any case or accents).
keywords:
  - linge de maison
  - décoration
  - plaid

# Social accounts. Those linked from the website are found on their own; list here the ones to add or to
# force (a dedicated support account, a country account). A handle or a profile URL; a list for several.
accounts:
  bluesky: maisonexemple.bsky.social
  mastodon: "@maisonexemple@mastodon.social"
  youtube: "@maisonexemple"
  # x: [maisonexemple, maisonex_sav]
  # facebook: maisonexemple
  # discourse: https://communaute.maison-exemple.fr/

# Facebook, Instagram and X are read through their APIs with your own token, taken from FACEBOOK_ACCESS_TOKEN
# (Instagram: INSTAGRAM_ACCESS_TOKEN, else the Facebook token) and X_BEARER_TOKEN. To give this brand its own tokens,
# name here the environment VARIABLES that hold them — never the tokens themselves (see docs/platforms.md).
# tokens:
#   facebook: ACME_FB_TOKEN
#   x: ACME_X_TOKEN

# Conversation exports for platforms brand-audit cannot read (LinkedIn, TikTok, or Facebook, Instagram and X
# without a token). JSON files name their platform and account; CSV files need both here.
# The format is described in docs/exports.md.
exports: []
#  - path: exports/facebook.json
#  - path: exports/instagram.csv
#    platform: instagram
#    account: maisonexemple
`;
}
