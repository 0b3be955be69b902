// Text-message shorthand of the four languages, spelt out before the question and complaint patterns read a post:
// "slt vs avez des codes promo svp", "r u guys hiring", "kann mir jmd sagen", "xq mi pedido…".
import type { Lang4 } from './stopwords.js';
import { requiredLiterals } from './regex-literals.js';
import { holdsAny } from './holds-any.js';
import { perLanguage } from './per-language.js';
import { escapeRegExp } from '../escape-regexp.js';

/** Pattern's source, replacement, and whether the rule needs the language known (its shorthand is a word elsewhere). */
type RuleSpec = [string, string, 'known-language-only'?];

/**
 * A rule as expandShorthand applies it. Its pattern is compiled on the first text that holds a literal it needs
 * (mayMatch): compiling the ~60 patterns of the four languages, each with its Unicode classes, cost ~10 ms of CPU on
 * an audit's first post, and most never match a short audit's posts.
 */
interface Rule {
  source: string;
  to: string;
  knownLanguageOnly: boolean;
  re?: RegExp;
  /** The literals the pattern cannot match without (regex-literals.ts); null: none known. */
  literals?: string[] | null;
}

const FLAGS = 'gu';

// Word boundaries that accept accented neighbours: \b treats "é" as a non-word character.
const W = (word: string): string => `(?<![\\p{L}\\p{N}'])(?:${word})(?![\\p{L}\\p{N}'])`;

/**
 * Per language, applied in order to lower-cased text (accents kept). Only forms that are unambiguous in that
 * language: "pk" is "pourquoi" in French and "por qué" in Spanish; "r" is "are" only before a pronoun.
 */
const RULE_LISTS: Record<Lang4, () => RuleSpec[]> = {
  fr: () => [
    [W('vs'), 'vous'],
    [W('tjrs|tjr|tjs|toujour'), 'toujours'],
    // "pa" is "para" in Spanish speech: only when the post is known to be French.
    [W('pa'), 'pas', 'known-language-only'],
    [W('dpuis|dpui'), 'depuis'],
    [W('cmd|cmde'), 'commande'],
    [W('jpp'), "j'en peux plus"],
    [W('pk|pq|pkoi|pourkoi|prq'), 'pourquoi'],
    [W('koi'), 'quoi'],
    [W('c(?= (?:koi|quoi|où|ou|quand|combien|normal|possible))'), "c'est"],
    [W("ya|y'a"), 'il y a'],
    [W('bjr|bjour'), 'bonjour'],
    [W('slt'), 'salut'],
    [W('cc'), 'coucou'],
    [W('qd|qnd|kan|kand'), 'quand'],
    [W('cmt|cmnt|komment'), 'comment'],
    [W('cb|cmb|combi1'), 'combien'],
    [W('ds'), 'dans'],
    [W('pr'), 'pour'],
    [W('bcp'), 'beaucoup'],
    [W('tt'), 'tout'],
    [W('mtn|mnt'), 'maintenant'],
    [W('jai'), "j'ai"],
    [W('jsp'), 'je ne sais pas'],
    [W('dispo'), 'disponible'],
    // "rdv" is read as the appointment it is ("technicien pas venu au rdv", "rdv entre 8h et 12h").
    [W('rdv'), 'rendez-vous'],
  ],
  en: () => [
    [W('r(?= (?:u|you|we|they|there|these|those|the|ur|your))'), 'are'],
    [W('u'), 'you'],
    [W('ur'), 'your'],
    [W('ya(?= (?:guys|have|got|sell|do|know))'), 'you'],
    [W('pls|plz|plez|pleaseee?'), 'please'],
    [W('thx|thnx|thanx|ty'), 'thanks'],
    // German "im" (in dem) is a word: only when the post is known to be English.
    [W('im'), "i'm", 'known-language-only'],
    [W('ive'), "i've"],
    [W('whats'), "what's"],
    [W('wheres'), "where's"],
    [W('hows'), "how's"],
    [W('whos'), "who's"],
    [W('its(?= (?:been|not|still|only|just|a|the|now|over))'), "it's"],
    [W('(has|have|is|are|was|were|do|does|did|could|should|would|ca|wo)nt'), "$1n't"],
    [W('cud'), 'could'],
    [W('wat|wot'), 'what'],
    [W('cn(?= (?:u|you|i|we|sum1|some1|someone|any1|anyone))'), 'can'],
    [W('sum1|some1'), 'someone'],
    [W('any1'), 'anyone'],
    [W('wud'), 'would'],
    [W('b4'), 'before'],
    [W('2day'), 'today'],
    [W('tmrw|tmr|2moro'), 'tomorrow'],
    [W('q'), 'question'],
  ],
  de: () => [
    [W('jmd|jmnd|jemmand'), 'jemand'],
    [W("gibts|gibt's"), 'gibt es'],
    [W('is(?= (?:mein|meine|der|die|das|es|euer|eure|ihr|dein|deine))'), 'ist'],
    [W('nich'), 'nicht'],
    [W('nix'), 'nichts'],
    [W('vllt|vlt'), 'vielleicht'],
    [W('grad'), 'gerade'],
    [W('wg|wgn'), 'wegen'],
    [W('hab(?= (?:ich|die|den|das|gestern|heute|schon|noch|eine|einen|ein))'), 'habe'],
    [W('wär'), 'wäre'],
  ],
  es: () => [
    [W('xq|xk|pq|porq|pk|x q'), 'por qué'],
    [W('xfa|porfa|xf|porfi'), 'por favor'],
    [W('tb|tmb|tmbn'), 'también'],
    [W('dnd'), 'dónde'],
    [W('cdo'), 'cuando'],
    [W('q(?= (?:tal|precio|hora|día|dia|pasa|hago|puedo))'), 'qué'],
    [W('q|k'), 'que', 'known-language-only'],
    [W('d(?= (?:la|el|los|las))'), 'de'],
  ],
};

/** Each language's rules, made when a post first needs them (per-language.ts). */
const RULES: Record<Lang4, Rule[]> = perLanguage((lang) =>
  RULE_LISTS[lang]().map(([source, to, only]) => ({ source, to, knownLanguageOnly: only === 'known-language-only' })),
);

/** The words a rule starts with: a post without any of them needs no rule of that language. */
function triggers(rules: Rule[]): Set<string> {
  const words = new Set<string>();
  for (const { source } of rules) {
    // The alternation inside the boundaries: "(?:vs)", "(?:ya|y'a|y a)", "(?:c(?= (?:koi|…)))".
    const inner = source.replace(/^\(\?<!\[[^\]]*\]\)\(\?:/, '').replace(/\)\(\?!\[[^\]]*\]\)$/, '');
    const body = inner.replace(/\(\?=[^)]*\)+/g, '');
    const grouped = /^\(([^)]*)\)(\w+)$/.exec(body); // "(has|have|…)nt" → hasnt, havent…
    const alternatives = grouped ? grouped[1].split('|').map((a) => a + grouped[2]) : body.split('|');
    for (const a of alternatives) words.add(a.split(' ')[0]);
  }
  return words;
}

/**
 * Per language, one cheap test for any of its trigger words (plain character classes, no Unicode properties): a post
 * without any needs no rule of that language. The rules themselves check the exact word boundaries.
 */
const TRIGGERS: Record<Lang4, RegExp> = perLanguage(
  (lang) => new RegExp(`(?:^|[^a-z0-9'])(?:${[...triggers(RULES[lang])].map(escapeRegExp).join('|')})(?![a-z0-9])`),
);

/** The languages whose rules a post is read with, made once rather than per post. */
const EVERY_LANGUAGE: readonly Lang4[] = ['fr', 'en', 'de', 'es'];
const ONE_LANGUAGE: Record<Lang4, readonly Lang4[]> = { fr: ['fr'], en: ['en'], de: ['de'], es: ['es'] };

/**
 * Spells out the shorthand of `lang` (of every language when it is not known) in lower-cased text. Text without
 * any shorthand comes back unchanged.
 */
export function expandShorthand(lower: string, lang: Lang4 | 'und'): string {
  let out = lower;
  for (const l of lang === 'und' ? EVERY_LANGUAGE : ONE_LANGUAGE[lang]) {
    if (!TRIGGERS[l].test(out)) continue;
    for (const rule of RULES[l]) {
      if ((rule.knownLanguageOnly && lang === 'und') || !mayMatch(rule, out)) continue;
      out = out.replace((rule.re ??= new RegExp(rule.source, FLAGS)), rule.to);
    }
  }
  return out;
}

/**
 * False when `text` lacks every literal the rule cannot match without (regex-literals.ts): its replace would change
 * nothing, and the rule's Unicode pattern is then never compiled — one trigger word ("c", "ya") otherwise compiles
 * all of its language's rules.
 */
function mayMatch(rule: Rule, text: string): boolean {
  if (rule.literals === undefined) rule.literals = requiredLiterals(rule.source, FLAGS) ?? null;
  const { literals } = rule;
  return literals === null || holdsAny(text, literals);
}
