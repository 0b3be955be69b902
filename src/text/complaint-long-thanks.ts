// A long letter of thanks that tells the mishap the brand put right (accent-folded, as written): "Quiero agradecer
// públicamente a @Aero… la maleta no llegó … gracias al equipo de Barajas, se portaron de diez.", "Je voulais prendre le
// temps d'écrire un vrai message pour @AssurMut. En juillet, un dégât des eaux … Merci à toute l'équipe … Je
// recommande", "Ich möchte mich einmal ausführlich bei @MobilPlusDE bedanken. … das Handy gestohlen … Danke an das
// ganze Team". Round 40's long posts (600–900 characters): the lost case, the flood and the theft are told at length,
// and the model reads their many trouble words as a grievance (three false alarms). Only a post of some length that
// opens by saying it is written to thank, closes with thanks or a recommendation, and never turns ("But that is where
// the good news ends", "Par contre, le remboursement…", "Eigentlich wollte ich mich bedanken … Leider"): thanks that
// turn stay complaints. complaints.ts settledElsewhere reads it: one sign at most, and the model does not speak.
import { foldedAsWritten } from './folded-as-written.js';

/** Shorter posts tell the mishap with too little thanks around it to be sure. */
const MIN_LENGTH = 350;

/** The opening sentence says the post is written to thank. */
const OPENS_WITH_THANKS =
  /^[^.!?]{0,60}\b(?:(?:want|wanted|would like|'d like) to (?:take a (?:minute|moment) to )?(?:say a (?:big )?)?thank|(?:want|wanted) to say (?:a (?:big )?)?thank you|(?:petit|vrai) message pour (?:remercier|dire merci)|(?:je voulais|je tiens a|je veux) (?:prendre le temps (?:de |d')|vraiment )?(?:remercier|dire merci|ecrire un (?:vrai|petit) message pour)|ich mochte mich (?:\w+ ){0,3}bei\b[^.!?]{0,40}\bbedanken|ich will (?:mich )?(?:\w+ ){0,2}bedanken|(?:quiero|queria|quisiera) (?:dar las gracias|agradecer)|quiero dar (?:mi|un) (?:agradecimiento|reconocimiento))/;

/** Thanks or a recommendation in the closing lines. */
const CLOSES_WITH_THANKS =
  /\b(?:thank|thanks|recommend\w*|merci|recommande\w*|bravo|danke|dank|empfohlen|empfehle\w*|bleibe\b[^.!?]{0,20}\bkunde|gracias|recomiendo|recomendare|de diez)\b/;

/** The length of the closing read for thanks. */
const CLOSING = 300;

/** A turn: the thanks lead to a grievance after all. */
const TURN =
  /\b(?:but|however|unfortunately|sadly|except|par contre|mais|malheureusement|helas|sauf que|aber|leider|eigentlich|allerdings|jedoch|pero|lamentablemente|sin embargo|lo malo|lo que no)\b/;

/** Whether the post is a long letter of thanks, closing on thanks, with no turn. */
export function longThanks(_folded: string, original: string): boolean {
  if (original.length < MIN_LENGTH) return false;
  const written = foldedAsWritten(original).replace(/^(?:\s*@[\w.]+)*[\s,:]*/, '');
  return OPENS_WITH_THANKS.test(written) && CLOSES_WITH_THANKS.test(written.slice(-CLOSING)) && !TURN.test(written);
}
