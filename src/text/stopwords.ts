// Function words of French, English, German and Spanish (accent-folded), for language cues and topic extraction.

export type Lang4 = 'fr' | 'en' | 'de' | 'es';

export const LANGS: readonly Lang4[] = ['fr', 'en', 'de', 'es'];

/** The languages a detector tries for a post: all four for 'und', else a list of one, made once (not per post). */
export function langsFor(lang: Lang4 | 'und'): readonly Lang4[] {
  return lang === 'und' ? LANGS : ONE[lang];
}

const ONE: Record<Lang4, readonly Lang4[]> = { fr: ['fr'], en: ['en'], de: ['de'], es: ['es'] };

const list = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * The most frequent grammatical words of each language, accent-folded. A word may sit in two lists ("la", "de",
 * "en" in French and Spanish): it then counts for both and the other cues decide.
 */
export const STOP_WORDS: Record<Lang4, Set<string>> = {
  fr: list(`le la les un une des du de au aux en et ou ou est sont suis es etes ai as avons avez ont etait sera je tu il
    elle on nous vous ils elles me te se moi toi lui leur leurs ce cet cette ces mon ma mes ton ta tes son sa ses notre
    nos votre vos pas ne ni que qui quoi dont pour par avec sans sur sous dans chez entre vers depuis pendant mais donc
    car si tres trop aussi encore deja toujours jamais rien tout tous toute toutes plus moins bien ici la ca cela ceci
    quand comment pourquoi combien quel quelle quels quelles peut fait faire etre avoir cest jai quil quelle`),
  en: list(`the a an and or but if of to in on at by for with from about into over after before up down out off is
    are was were be been being am do does did have has had will would can could should shall may might must not no
    i you he she it we they me him her us them my your his its our their this that these those there here what which
    who whom whose when where why how all any some just so than then too very also only our yours it's i'm don't
    can't won't isn't doesn't didn't`),
  de: list(`der die das den dem des ein eine einen einem einer eines und oder aber denn weil dass ob wenn als wie
    ist sind war waren bin bist seid sein wird werden wurde hat habe hast habt hatte kann kannst konnen konnt muss
    mussen soll sollte darf ich du er sie es wir ihr man mich mir dich dir uns euch sich mein meine dein deine sein
    seine unser unsere euer eure ihre nicht kein keine keinen nichts auch noch schon sehr nur mal doch ja nein zu
    von mit fur auf aus bei nach vor uber unter um bis seit ohne gegen durch im am zum zur vom ins beim hier dort
    jetzt heute immer gibt wo wann warum was welche welcher welches wer in alle allen neu`),
  es: list(`el la los las un una unos unas y o pero si no que de del al en a por para con sin sobre entre hasta desde
    es son soy eres somos sois era fue ser estar esta estan estoy esto este estos estas ese esa eso hay he ha han
    habia tengo tiene tienen teneis me te se nos os lo le les mi mis tu tus su sus nuestro nuestra nuestros nuestras
    vuestro vuestra vuestros vuestras muy mas ya tambien todavia aun nada todo todos toda todas como cuando donde
    porque cual quien puedo puede pueden`),
};
