// The brand's survey question quoted back (round 38's false alarms: « Votre sondage me demande : « Recommanderiez-vous
// ThermoPlus à un proche ? Pourquoi ? » Alors oui, sans hésiter… », "…in your survey 'How could we improve your
// journey?' Where to start. Perhaps with a train that turns up…", "en su encuesta de satisfacción me preguntan «¿Cómo
// valoraría la puntualidad de su viaje?». ¿Qué puntualidad? Cuarenta minutos parados…"). The quoted question is the
// brand's, answered by the post, praise or complaint; the poster asks nothing of their own. A survey question quoted in
// a post whose own sentences ask with a mark in more than two words still asks ("…but the link says expired. Can you
// resend it?"); a word echoed in scorn ("¿Qué puntualidad?") does not. questions.ts withdraws the model's and the
// patterns' question from such a post; a request for a service still asks (question-service-requests.ts). Read on the
// folded text (lower case, accents removed, handles dropped).

import { gatedTest } from './gated-test.js';

/** A survey or feedback form named: the literal every such post holds, looked for by the shared scan (gated-test.ts). */
const surveyNamed = gatedTest(/survey|questionnaire|feedback|sondage|enquete|encuesta|cuestionario|umfrage|fragebogen/);

/** A quoted span that holds a question mark, in the quotes of the four languages. */
const QUOTED_QUESTION = /«[^»]*\?[^»]*»|“[^”]*\?[^”]*”|„[^“”]*\?[^“”]*[“”]|"[^"]*\?[^"]*"|(?<![a-z])'[^']{3,160}\?'/g;

/** Longest sentence with a mark read as a word echoed in scorn, not a question of the poster's own. */
const ECHO_WORDS = 2;

/** Whether the folded post quotes a survey's question and asks nothing with a mark in its own sentences. */
export function quotesSurveyOnly(folded: string): boolean {
  // Tried on every post that would ask: a quoted question needs its mark, and few posts name a survey.
  if (!folded.includes('?') || !surveyNamed(folded)) return false;
  QUOTED_QUESTION.lastIndex = 0;
  if (!QUOTED_QUESTION.test(folded)) return false;
  const own = folded.replace(QUOTED_QUESTION, ' . ');
  return own
    .split(/(?<=[.!?…])\s+/u)
    .filter((s) => s.includes('?'))
    .every((s) => s.replace(/[¿?¡!.\s]+/gu, ' ').trim().split(' ').length <= ECHO_WORDS);
}
