// Stable brand ids: given in the portfolio, or derived from the brand's name; used for file names and --resume.

/** The pattern the portfolio schema gives for `id:` (lower-case letters, digits, . _ -). */
export const BRAND_ID = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * An id from a name: accents dropped (Café → cafe), lower case, every other run of characters a single dash.
 * Returns '' when nothing usable is left (a name only of symbols), which the loader reports.
 */
export function brandIdFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
