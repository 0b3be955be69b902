// Another body's desk named as the account's keeper in the sentence linking to it: "the council's parking team answers
// on X at @haldenparking", "l'équipe de la mairie répond sur X", "l'équipe de l'office de tourisme publie … sur
// Instagram". A school's or a venue's help text names the town's desks beside its own in the same words, and such a
// desk's handle often carries the town's name, which the brand's carries too: the handle's likeness or the model's
// reading of "team answers on X" said the brand's. Only the keeper named tells; the bodies are named-body.ts's (a town
// hall or council, a tourism board, a federation, a ministry), which reads this beside the link's own text.
import { sentenceHolding } from './own-account.js';
import { KEEPER_DESK as DESK, KEEPER_OF_THE as OF_THE, keeperText } from './desk-keeper.js';

/** The patterns for a body's words (a regular expression's source, folded): its possessive's desk, or a desk of the body. */
function bodyDesk(body: string): RegExp {
  return new RegExp(
    [`\\b(?:${body})(?:'s|') (?:[\\w'-]+ ){0,2}?${DESK}\\b`, `\\b${DESK}(?: [\\w'-]+){0,4} ${OF_THE} ?(?:${body})`].join('|'),
  );
}

const made = new Map<string, RegExp>();

/**
 * Whether the words before the link in its sentence name a desk of one of `body`'s bodies as its keeper ("the
 * council's parking team answers on X at", "l'équipe de la mairie répond sur X").
 */
export function bodyKeepsDesk(finding: { snippet?: string; context?: string }, body: RegExp): boolean {
  if (!finding.snippet || !finding.context) return false;
  const sentence = sentenceHolding(finding.context, finding.snippet);
  if (!sentence) return false;
  const before = sentence.slice(0, sentence.indexOf(finding.snippet));
  let pattern = made.get(body.source);
  if (!pattern) made.set(body.source, (pattern = bodyDesk(body.source.replace(/^\\b/, ''))));
  return pattern.test(keeperText(before));
}
