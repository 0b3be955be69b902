// Reproachful rhetorical questions that complain without a trouble word (accent-folded): a mock alternative that says
// the brand decides at random ("… or do you just roll dice?", "… ou c'est un tirage au sort ?", "Würfelt ihr …
// aus?", "¿… a ojo o …?"), a customer wondering why they stay ("Why do I even bother calling…", "je me demande
// pourquoi je reste chez…", "Warum bin ich eigentlich noch Kunde…", "No sé por qué sigo pagando…"), and a simple thing
// asked back as too hard ("How hard is it to put the right address on a parcel?", "C'est si compliqué de livrer…",
// "Ist es so schwer, …", "¿Tan difícil es…?"). Not a real either-or ("… yourselves or is it the county?"), a reason to
// stay given ("… le meilleur service"), nor asking how hard a job is before doing it oneself ("… assemble it
// myself?"). And the testers asked whether they tested at all, then answered (round 30's missed complaints): "¿Alguien
// en QA ha jugado a esto antes de sacarlo? Porque no lo parece", "… Parce qu'on dirait pas", "… Sieht nicht so aus"
// ("how did nobody in QA notice…?" is a reproach of question-reproaches.ts). And a brand asked whether it ever answers
// (round 31's missed complaints: "Sinon ça vous arrive de répondre aux messages ?", "Antwortet ihr eigentlich auch mal
// auf Nachrichten?"), not whether it ever runs an offer ("Ça vous arrive de faire des promos… ?"). complaints.ts adds
// them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';

/** Chance named as the brand's method. */
const AT_RANDOM = {
  en: "or (?:is it|it's) (?:all |just )?random|or do you (?:just )?(?:roll (?:a )?dice|guess|flip a coin|make (?:it|them) up)|roll dice",
  fr: "au hasard|tirage au sort|a pile ou face|(?:ou )?c'est nous les cobayes|au pif",
  de: 'wurfel\\w*|nach gefuhl|per zufall|auf gut gluck|nach lust und laune',
  es: 'a ojo|al azar|a suertes|una tombola|una moneda|a boleo',
};

/** A do-it-yourself job, a first claim or a guide asked about: how hard it is, in earnest ("how hard is it to claim delay
 * repay…? Never done it before"). */
const DIY = "myself|yourself|by hand|assemble|install|set up|self|claim|apply|register|sign up|never done|first time|moi-meme|soi-meme|monter|installer|premiere fois|selbst|aufbauen|einbauen|wechseln|erste mal|uno mismo|yo mismo|montar|instalar|primera vez|instrucciones|instructions|anleitung";

/** Reasons to stay given as praise. */
const stays = (re: string, lang: Lang4): RegExp => new RegExp(`(?:${re})${noPraiseLater(lang, '', '😍')}`);

/** "How hard is it to…", asked back: a question, not a job the poster means to do, nor a choice among delights ("How
 * hard can it be to pick a starter? Everything … looks amazing"). */
const tooHard = (re: string, lang: Lang4): RegExp =>
  new RegExp(`(?:${re})(?![^?]*\\b(?:${DIY}))${noPraiseLater(lang)}[^?]*\\?`);

export const RHETORIC: Record<Lang4, RegExp[]> = {
  en: [
    new RegExp(`\\b(?:${AT_RANDOM.en})\\b[^.!]*\\?|\\b(?:${AT_RANDOM.en})\\b\\s*$`),
    stays("\\bwhy do i (?:even |still )?bother\\b(?! with (?:other|any other|anywhere))|\\bwonder why i (?:still |even )?(?:bother|stay|pay)\\b|\\bwhy am i still (?:with you|paying|a customer)\\b", 'en'),
    tooHard('^(?:\\S+ )?how hard (?:is it|can it be) to ', 'en'),
    /\bdo (?:you|u) (?:guys )?(?:ever|even) (?:actually |bother to )?(?:answer|reply|respond|read|call back|pick up)\b[^.!]*\?/,
  ],
  fr: [
    new RegExp(`\\b(?:${AT_RANDOM.fr})\\b[^.!]*\\?`),
    stays("\\bpourquoi je (?:reste|suis (?:encore|toujours) (?:client|chez))\\b|\\bpourquoi je (?:paie|paye) encore\\b", 'fr'),
    tooHard("\\bc'est (?:si|tellement|vraiment si) (?:complique|dur|difficile) (?:que ca )?d(?:e |')", 'fr'),
    /\b(?:teste|essaye|verifie|joue)\b[^?]*\?\s*parce qu'on (?:ne )?dirait (?:pas|vraiment pas)\b/,
    /\b(?:ca|cela) vous arrive (?:parfois |souvent |des fois )?de (?:repondre|rappeler|lire (?:vos|les|nos) (?:messages|mails|courriels))\b[^.!]*\?/,
  ],
  de: [
    new RegExp(`\\b(?:${AT_RANDOM.de})\\b[^.!]*\\?`),
    stays('\\bwarum (?:bin ich|zahle ich|bleibe ich) (?:eigentlich |uberhaupt )?(?:noch|immer noch)\\b', 'de'),
    tooHard('\\bist (?:es|das) (?:wirklich |echt |denn )?so (?:schwer|schwierig|kompliziert)\\b', 'de'),
    /\b(?:getestet|gepruft|gespielt|ausprobiert)\b[^?]*\?\s*sieht (?:aber )?(?:nicht|nich|ned) so aus\b/,
    /\b(?:antwortet|reagiert|antworten|reagieren) (?:ihr|sie) (?:eigentlich |uberhaupt |denn |auch )*(?:mal|jemals|irgendwann|noch)\b[^.!]*\?/,
  ],
  es: [
    new RegExp(`\\b(?:${AT_RANDOM.es})\\b[^.!]*\\?`),
    stays('\\bpor que sigo (?:siendo cliente|pagando|con vosotros|con ustedes)\\b', 'es'),
    tooHard('(?:^|\\b)tan (?:dificil|complicado) es\\b', 'es'),
    /\b(?:probado|jugado|testeado|revisado)\b[^?]*\?\s*porque no lo parece\b/,
    /\b(?:alguna vez|algun dia) (?:contestais|contestan|respondeis|responden|leeis|leen los mensajes)\b[^.!]*\?/,
  ],
};
