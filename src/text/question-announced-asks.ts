// A question announced inside a long review (round 36's misses: "★★★★★ Meilleure appli de budget… Seule petite
// question : est-ce que vous prévoyez un mode sombre ? …", "One small ask — is there any way to skip a week…?", "Eine
// Frage hätte ich noch: kann man den Familientarif…?", "Una sola pregunta: hay forma de programar un pedido…?"). The
// praise around the question outweighs it in the question model (−0.8 to −6.5, past the veto of a post with a mark),
// yet the poster has said in so many words that what follows is a question for the brand. The announcement must be
// followed by a mark in the same stretch of text: an announced question already answered ("I had one question before
// signing up and your chat team answered it") asks nothing, and one answered by praise ("Only one question left: why
// didn't I buy it years ago?!", "pourquoi je ne l'ai pas découverte plus tôt ?!") is the poster marvelling at their
// own delay, not asking. questions.ts counts the announced question where the model and the patterns leave the post
// without one. Read on the folded text (lower case, accents removed).

import { holdsAny } from './holds-any.js';

/** "une petite question :", "j'ai juste une question :", "quick question though:", "eine Frage hätte ich noch:". */
const ANNOUNCED = new RegExp(
  String.raw`(?:` +
    [
      // fr
      String.raw`\b(?:(?:une|ma) (?:seule |petite |derniere |simple |toute petite )*|(?:seule |petite |derniere |simple )+)question(?: quand meme| toutefois| par contre)? ?[:—–-]`,
      String.raw`\bj'ai (?:juste |seulement |simplement )?une (?:petite |seule |derniere )?question ?[:—–-]`,
      // en
      String.raw`\b(?:one|a|quick|small|little|last|only one|just one|one small|one quick|one little) (?:small |quick |little |last )?(?:question|ask|query)(?: though| tho| for you)? ?[:—–-]`,
      // de
      String.raw`\b(?:eine|kurze|kleine|letzte) (?:kleine |kurze |letzte )?frage(?: (?:hatte|hab|habe) ich(?: noch| aber| trotzdem)*)? ?[:—–-]`,
      // es
      String.raw`\b(?:una|tengo una|solo una|me queda una) (?:sola |pequena |ultima |unica )?(?:pregunta|duda|consulta)(?: nomas| nada mas| solamente)? ?[:—–-]`,
    ].join('|') +
    String.raw`)([^.!?]{3,240}[?])`,
);

/** The poster's own delay marvelled at: praise in question form ("why didn't I buy it sooner", "por qué no la compré antes"). */
const OWN_DELAY =
  /\b(?:why (?:didn'?t|did ?n'?t|hadn'?t) i|pourquoi (?:je ne|j'ai pas|je n'ai pas|je l'ai pas|je ne l'ai pas)|warum (?:hab|habe) ich (?:nicht|das nicht|es nicht)|por que no (?:lo |la |los |las )?(?:compre|descubri|probe|conoci))\b/;

/**
 * The words ANNOUNCED cannot match without, one of them in each of its alternatives ("question" in French and English,
 * "ask", "query", "frage", "pregunta", "duda", "consulta"): a post holding none is settled by a few searches for them.
 * ANNOUNCED, tried at every word of the post, cost ~17 µs on a post with a '?' and none of them.
 */
const ANNOUNCED_WORDS = ['question', 'ask', 'query', 'frage', 'pregunta', 'duda', 'consulta'];

/** Whether the folded post announces a question to the brand and asks it with a mark. */
export function asksAnnounced(folded: string): boolean {
  if (!folded.includes('?') || !holdsAny(folded, ANNOUNCED_WORDS)) return false;
  const m = ANNOUNCED.exec(folded);
  if (m === null) return false;
  const asked = m[1];
  // "…: why didn't I buy it years ago?!" — the question praises the product; "?!" closes it in delight.
  return !OWN_DELAY.test(asked) && !folded.slice(m.index + m[0].length).startsWith('!');
}
