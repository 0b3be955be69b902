// French renderings of the short English notes collectors store as data (why an account is official, what a
// source could not read), so a French report does not switch language mid-sentence. The JSON keeps them as
// collected; unknown notes are shown as they are.
import type { Lang } from './i18n.js';

type Rule = [RegExp, (m: RegExpExecArray) => string];

const PLACES: Record<string, string> = {
  '"follow us" block': 'bloc « suivez-nous »',
  footer: 'pied de page',
  header: 'en-tête',
  navigation: 'menu',
  article: 'article',
  body: 'corps de page',
  'page head': 'en-tête HTML',
  'embedded JSON': 'JSON embarqué',
};

const pages = (n: string): string => `${n} page${n === '1' ? '' : 's'}`;
const place = (p: string): string => PLACES[p] ?? p;

/** Account reasons, as src/collect/site/accounts.ts writes them. */
const REASONS: Rule[] = [
  [/^twitter:site meta tag$/, () => 'balise meta twitter:site'],
  [/^JSON-LD sameAs$/, () => 'sameAs JSON-LD'],
  [/^rel=me link in the page head$/, () => 'lien rel=me dans l’en-tête HTML'],
  [/^follow button$/, () => 'bouton « suivre »'],
  [/^seen on (\d+) of (\d+) pages?$/, (m) => `vu sur ${m[1]} des ${pages(m[2])}`],
  [/^handle matches the (.+)$/, (m) => `identifiant proche ${m[1] === 'brand name' ? 'du nom de la marque' : m[1] === 'domain' ? 'du domaine' : `de : ${m[1]}`}`],
  [/^share link via= only, unrelated to the brand$/, () => 'seulement via= d’un lien de partage, sans rapport avec la marque'],
  [/^(.+?) link on (\d+) pages?, unrelated to the brand$/, (m) => `lien (${place(m[1])}) sur ${pages(m[2])}, sans rapport avec la marque`],
  [/^embedded JSON on (\d+) pages?, unrelated to the brand$/, (m) => `JSON embarqué sur ${pages(m[1])}, sans rapport avec la marque`],
  [/^(.+?) on (\d+) pages?$/, (m) => `${place(m[1])} sur ${pages(m[2])}`],
];

/** The most frequent source notes (src/collect/social); the rest stay in English. */
const NOTES: Rule[] = [
  [
    /^(\w+) has no public data a tool can read without an account; supply an export \(see docs\/exports\.md\) to audit its conversations$/,
    (m) => `${m[1]} n’offre pas de données publiques lisibles sans compte ; fournissez un export (voir docs/exports.md) pour auditer ses conversations`,
  ],
  [/^(\d+) video\(s\) in the window$/, (m) => `${m[1]} vidéo(s) sur la période`],
  [/^comments not read: they need a YouTube Data API key \(set YOUTUBE_API_KEY\)$/, () => 'commentaires non lus : il faut une clé YouTube Data API (YOUTUBE_API_KEY)'],
  [/^(\d+) deleted posts? skipped in threads$/, (m) => `${m[1]} message(s) supprimé(s) ignoré(s) dans les fils`],
  [/^(\d+) blocked posts? skipped in threads$/, (m) => `${m[1]} message(s) bloqué(s) ignoré(s) dans les fils`],
  [/^(\d+) topic\(s\), (\d+) with an accepted answer$/, (m) => `${m[1]} sujet(s), dont ${m[2]} avec une réponse acceptée`],
  [/^stopped at --max-posts (\d+)( topics)?$/, (m) => `arrêté à --max-posts ${m[1]}`],
  [/^the profile URL answers$/, () => 'l’URL du profil répond'],
  [/^the profile URL answers (\d+): the account may not exist$/, (m) => `l’URL du profil répond ${m[1]} : le compte n’existe peut-être pas`],
  [/^the platform asks to sign in before showing the profile$/, () => 'la plateforme demande de se connecter avant d’afficher le profil'],
];

function apply(rules: Rule[], text: string): string {
  for (const [re, render] of rules) {
    const m = re.exec(text);
    if (m) return render(m);
  }
  return text;
}

/** An account's reason in the report language. */
export function localizeReason(reason: string, lang: Lang): string {
  return lang === 'fr' ? apply(REASONS, reason) : reason;
}

/** A source note in the report language; notes joined with "; " are translated one by one. */
export function localizeNote(note: string, lang: Lang): string {
  if (lang !== 'fr') return note;
  const whole = apply(NOTES, note);
  if (whole !== note) return whole;
  return note
    .split('; ')
    .map((part) => apply(NOTES, part))
    .join(' ; ');
}
