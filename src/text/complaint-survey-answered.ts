// The brand's survey question quoted back and answered with praise (accent-folded): "Your survey asks: 'How likely are
// you to recommend us to a friend?' 10, no question. Engineer on time…", "Votre sondage me demande : « Recommanderiez-
// vous … ? » Alors oui, sans hésiter", "Eure Umfrage fragt: „Wie zufrieden waren Sie?“ Sehr!", "Su encuesta me
// pregunta: «¿Recomendaría…?» Sí, sin dudarlo". Round 38 gave one such false alarm (fr): the long answer's account of
// the job (a boiler fitted, the place protected and cleaned) reads to the model as a grievance. Only a survey named,
// its question of recommending or satisfaction quoted, and a yes or a high mark answering it at once; not a low mark
// or a no ("'…recommend us?' Zero. Engineer never turned up", "« Êtes-vous satisfait ? » Non.", "Gar nicht", "Pues
// no"), nor a turn after. complaints.ts settledElsewhere reads it: one sign at most, and the model does not speak.
import { foldedAsWritten } from './folded-as-written.js';
import { literalCheck } from './regex-union.js';

/** The survey named. */
const SURVEY = /\b(?:survey|questionnaire|feedback form|sondage|enquete|umfrage|fragebogen|encuesta|cuestionario)\b/;

/** Its question: would one recommend, was one satisfied, how would one rate. */
const ASKS_RATING = /\b(?:recommend\w*|satisf\w*|likely|rate|rating|recommanderiez|noteriez|empfehlen|weiterempfehlen|zufrieden|bewerten|recomendar\w*|satisfech[oa]|valorar\w*|puntuar\w*)\b/;

/** The quoted question closed, then (after a filler word) a yes or a high mark. */
const ANSWERED_YES =
  /\?\s*['"\u00bb\u201c\u201d\u201e\u00ab\u2019]?\s*(?:[,.:!-]\s*)?(?:(?:alors|well|so|then|also|na|pues|bueno|eh|ah)\s*,?\s*)?(?:yes|yep|absolutely|definitely|easily|10|ten|five stars|5 stars|oui|absolument|sans hesiter|totalement|carrement|ja|sehr|absolut|auf jeden fall|unbedingt|si|sin dudarlo|por supuesto|totalmente|claro)\b/;

/** A turn after the answer: the post complains after all. */
const TURN = /\b(?:but|however|except|mais|cependant|sauf|aber|allerdings|ausser|pero|sin embargo|salvo)\b/;

/** Cheap test first: almost no post names a survey. */
const namesSurvey = literalCheck(SURVEY);

/** Whether the post quotes the brand's survey question and answers it with a yes or a high mark, with no turn. */
export function surveyAnsweredWithPraise(folded: string, original: string): boolean {
  if (!namesSurvey(folded)) return false;
  const written = foldedAsWritten(original);
  return SURVEY.test(written) && ASKS_RATING.test(written) && ANSWERED_YES.test(written) && !TURN.test(written);
}
