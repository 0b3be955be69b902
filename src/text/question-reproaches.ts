// Reproaches and rhetorical questions met in round 14, beyond question-patterns.ts's: "Have you ever tried calling
// your own helpline?", "Ça vous arrive de répondre… ?", "Ob ihr wohl auch mal an … denkt?", "¿Quién fue el genio
// que…?", "What's the point of…", "Pourquoi faire simple…", a wh- question closed by "honestly". They ask nothing and
// they complain: questions.ts adds them to the reproach and rhetorical groups, complaints.ts reads them as complaints.
// French, English and German accent-folded; Spanish written to match with or without its accents (the question
// detector reads Spanish with accents, the complaint detector folded).
import type { Lang4 } from './stopwords.js';
import { patternSource, type PatternSource } from './regex-union.js';

/** Reproaches in question form, tested at the start of a clause ("…, non ?" may follow). */
export const REPROACHES: Record<Lang4, RegExp[]> = {
  fr: [
    // "Vous avez déjà essayé d'appeler votre propre service client ?"
    /^(?:vous avez|avez-vous|t'as|tu as) (?:deja |seulement |meme |jamais )*essaye (?:de |d')[^?]{0,60}\b(?:votre|vos|ton|ta|tes) propres?\b/,
    /^(?:ca|cela) vous arrive (?:de |d')(?:repondre|lire|decrocher|rappeler|travailler|ecouter|verifier|tester)\b/,
    /^(?:c'est quand meme|c'est vraiment|c'est franchement) (?:dingue|fou|incroyable|hallucinant|abuse|lamentable|honteux|penible|scandaleux) (?:de |d'|que |qu')/,
    // "C'est qui le génie qui a décidé de…": a decision mocked through its author; "le chef derrière ce menu" asks
    /^(?:c'est qui|qui est|qui c'est) (?:le|la) (?:genie|petit malin|petite maline|grand malin|cerveau|surdoue|champion|stagiaire) qui (?:a (?:decide|eu l'idee|eu cette idee|pense|valide|choisi)|a eu la bonne idee)\b/,
    // "Vous comptez répondre à mes mails un jour ou… ?": a reply long awaited, asked back with "un jour"
    /^vous comptez (?:me |nous )?(?:repondre|rembourser|rappeler|livrer|reparer|regler|corriger|retablir|rendre)\b[^?]*\bun jour\b/,
  ],
  en: [
    /^(?:have|has) (?:you|anyone(?: \S+){0,2}) (?:ever |even |actually )*tried\b[^?]{0,60}\byour own\b/,
    /^(?:do )?(?:you really|you honestly|you seriously|you actually) (?:think|believe|expect)\b/,
    /^(?:do|does) (?:you|anyone(?: \S+){0,2}) (?:ever|actually|even) (?:actually |ever )?(?:read|reply|answer|respond|pick up|check|listen)\b/,
    /^who (?:on earth|the hell|in their right mind)\b/,
    /^it'?s (?:pretty |quite |honestly |just )?(?:crazy that|mad that|insane that|ridiculous that|absurd that|shocking that|wild that)\b/,
    // "Could you not have announced the strike a little earlier?": a notice wished sooner
    /^(?:could|couldn't|could not) (?:you|u|they)(?: not)? have\b[^?]{0,60}\b(?:earlier|sooner|beforehand|in advance)\b/,
    /^who (?:decided|thought) (?:it was|it would be|that was) a (?:good|great|smart|clever|brilliant) idea\b/,
  ],
  de: [
    // "Ob ihr wohl auch mal an … denkt?": a wish said as a doubt
    /^(?:ob ihr|ob sie|ob du) (?:wohl |eigentlich |auch |jemals |irgendwann |vielleicht )*(?:mal|einmal|jemals|irgendwann)\b/,
    /^wofur (?:zahle|bezahle|zahlen|bezahlen) (?:ich|wir|man) (?:eigentlich|denn|dann|uberhaupt)\b/,
    /^(?:ist|ist es|das ist) (?:schon|doch|echt|wirklich|ja) (?:krass|verruckt|irre|unglaublich|ein witz|traurig|peinlich|absurd)\b/,
    // "Wer hat sich denn diese Verpackung ausgedacht?": "denn" or "bitte" mock the author; without them it may ask
    /^wer hat sich (?:denn|bitte|eigentlich) (?:bitte |eigentlich |so )?(?:diese[nmrs]?|den|die|das|so)\b[^?]{0,50}\bausgedacht\b/,
  ],
  es: [
    /^qui[eé]n (?:fue|es|ha sido) el (?:genio|listo|lumbreras|iluminado|cerebrito|crack|artista)(?!\p{L})/u,
    /^(?:y )?(?:para )?cu[aá]ndo (?:pensaban|pensabais|pens[aá]is|piensan|ten[ií]an pensado|ten[ií]ais pensado) (?:avisar|decir|contar|informar|arreglar|responder|contestar|solucionar)/u,
    /^(?:alguna vez|algun dia|algún día|algun día|algún dia) (?:contest[aá]is|contestan|respond[eé]is|responden|le[eé]is|leen|cog[eé]is|cogen)(?!\p{L})/u,
    /^(?:es|me parece) (?:incre[ií]ble|de locos|vergonzoso|flipante|alucinante|una verg[uü]enza) que(?!\p{L})/u,
    // "¿Y vosotros creéis que así vais a ganar clientes?": "así" doubts the way things are done
    /^(?:y )?(?:vosotros |ustedes )?(?:cre[eé]is|creen|pens[aá]is|piensan) (?:de verdad |en serio |realmente )?que as[ií](?!\p{L})/u,
    /^qui[eé]n (?:ha|habr[aá]) (?:decidido|tenido la (?:brillante |genial )?idea de) (?:quitar|eliminar|cambiar|subir|cerrar|suprimir|poner|mover|esconder)(?!\p{L})/u,
  ],
};

/** Rhetorical questions, tested on a whole sentence: a proverb of red tape, "what's the point of…", "…, honestly?". */
export const RHETORICAL_REPROACHES: Record<Lang4, RegExp[]> = {
  fr: [
    /^pourquoi faire simple\b/,
    /^a quoi (?:ca )?(?:bon|sert)\b[^?]*\bsi\b/,
  ],
  en: [
    /^(?:what'?s|what is) (?:even |actually )?the point (?:of|in)\b/,
    // "how did nobody in QA notice the final boss doesn't spawn?" (round 30): the testers asked whether they tested at
    // all; "How did nobody tell me about this bakery sooner?" praises
    /^(?:(?:honest|genuine|serious|real) question,? |(?:genuinely |just |honestly )?curious,? )?how (?:did|does|could|can) (?:nobody|no one|no-one)(?: (?:in|at) [\w'-]+)? (?:notice|spot|catch|see|test|check|find)\b/,
  ],
  de: [
    // "Habt ihr schon mal versucht, eure eigene Hotline anzurufen?": the comma cuts it, so the whole sentence is read
    /^(?:habt|hat|haben) (?:ihr|sie) (?:schon mal|jemals|mal|eigentlich schon mal) (?:versucht|probiert)\b[^?]{0,60}\b(?:eure|euren|eurem|eurer|ihre|ihren|ihrem|ihrer) eigene[nrs]?\b/,
    // "Habt ihr euch mal gefragt, warum keiner mehr bei euch bucht?": the brand asked to wonder at its own failure
    /^(?:habt|hat|haben) (?:ihr|sie) (?:euch|sich) (?:schon |eigentlich |jemals |auch )*(?:mal |einmal |je )?gefragt,? (?:warum|wieso|weshalb)\b/,
    // "Ich frage mich, ob ihr die Mails … überhaupt lest": a doubt that the brand does its job; "…, ob ihr offen habt" asks
    /^ich frage mich,? ob (?:ihr|sie)\b[^?.!]*\buberhaupt\b/,
  ],
  es: [/^(?:de|para) qu[eé] sirve(?!\p{L})[^?]*(?<!\p{L})si(?!\p{L})/u],
};

/**
 * A wh- question closed by "honestly", "franchement", "ehrlich", "en serio": said for effect, whether it reproaches
 * ("Who designs these kiosks, honestly?") or praises ("Why would anyone shop anywhere else, honestly"), so a
 * rhetorical question for questions.ts but no complaint by itself.
 */
export const CLOSED_BY_ADVERB: Record<Lang4, RegExp[]> = {
  fr: [/^(?:qui|pourquoi|comment|quel|quelle)\b.*,? (?:franchement|serieusement|sans blague)$/],
  en: [/^(?:who|what|why|how)\b.*,? (?:honestly|seriously)$/],
  de: [/^(?:wer|warum|wieso|was)\b.*,? (?:ehrlich|ernsthaft|im ernst)$/],
  es: [/^(?:qui[eé]n|por qu[eé]|c[oó]mo)(?!\p{L}).*,? (?:en serio|de verdad)$/u],
};

/**
 * REPROACHES and RHETORICAL_REPROACHES for the complaint detector, which reads the whole post: each pattern may start the post or follow a
 * sentence's or clause's end, and may end before the sentence's marks. Sources only (regex-union.ts says why): the
 * detector's group is all that reads them.
 */
export const REPROACH_COMPLAINTS: Record<Lang4, PatternSource[]> = Object.fromEntries(
  (Object.keys(REPROACHES) as Lang4[]).map((lang) => [
    lang,
    [...REPROACHES[lang], ...RHETORICAL_REPROACHES[lang]].map(
      (re) => patternSource(`(?:^|(?<=[.!?;:,] ?))${re.source.slice(1).replace(/\$$/, '(?= ?[.!?]|$)')}`, 'u'),
    ),
  ]),
) as Record<Lang4, PatternSource[]>;
