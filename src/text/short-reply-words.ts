// Words of very short thread replies, per language, for posts too short for letter statistics.
import type { Lang4 } from './stopwords.js';

const list = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * A reply of a few words ("still nothing", "toujours rien", "noch immer nix", "sigo esperando", "DM sent", "r u open
 * sunday", "yo tb") often holds no function word, and tinyld guesses on so few letters. These words are frequent in
 * such replies and belong to one of the four languages once accent-folded: chat spellings (jsp, tjrs, nix, tb, tmb,
 * ty, smh), waiting and chasing words, agreement and thanks, a friend tagged ("tagging", "guck mal", "mira").
 * Consulted only on posts of a few words (SHORT_POST_WORDS in language.ts): in longer text they would add little to
 * the function words and could tip a post that quotes a phrase in another language. Words the four languages share
 * or borrow ("ok", "top", "super", "lol", "mega", "fr", "yo", "no", "total") are left out.
 */
export const SHORT_REPLY_WORDS: Record<Lang4, Set<string>> = {
  fr: list(`rien pareil bon grave jsp perso tjrs pk pq bcp ouf attend attends attente reponse nouvelles
    remboursement recu recue vrai voila bref ptn wsh jpp stv oklm trql grv hein bah bof`),
  en: list(`still nothing waiting wait update updates reply replies yet nope yep yeah yup ages true same tagging
    look ty tysm tho smh pls plz u ur r dm sent cheers advise done following stars open late tonight sunday deliver
    ship sell take get got know lemme gonna wanna free say less cant dont wont weeks emails`),
  de: list(`stimmt passt schade nix nee richtig gut hab bekommen gibts geile ehrenmann mitgemacht servus habts heut
    guck jemand voll na halt bissl bisschen grad gell echt warte wartet antwort seit tagen paket`),
  es: list(`sigo esperando novedad novedades tb tmb q pasa apunto fuerte vale mira igual aqui ahi nivel alcanzado
    viene llega cuesta respuesta ahora pues bueno claro oye xq tqm venga`),
};
