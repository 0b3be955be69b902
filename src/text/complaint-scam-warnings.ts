// A warning about scams that use a brand's name (accent-folded): "Ojo: están circulando correos falsos de un supuesto
// 'Banco Albarán'… No piquen.", "Achtung: Gerade gehen SMS rum, angeblich von einem 'Paketdienst'… Hat nix mit Lieferfix
// zu tun, einfach löschen!", "Apparemment y a des arnaques au faux conseiller… ils ne demandent jamais vos codes.
// Partagez !", "Has anyone else had an email from 'Northbay Security' asking for their PIN? Pretty sure it's a scam".
// The poster warns others; the brand is not blamed. A post that blames the brand for the scam or tells a loss ("How did
// they get my data?", "ihr unternehmt nichts", "three weeks without my money") stays a complaint.
import { literalCheck } from './regex-union.js';

/** A scam named: a fake message or caller. */
const SCAM = /\b(?:fake|scam|scams|phishing|fraudulent|faux|fausses?|arnaques?|escroquerie|hameconnage|gefalscht\w*|betrug\w*|angeblich|falso?s?|falsas?|estafas?|timos?|supuest[oa]s?)\b/;

/** A warning to others, or the brand cleared: "ojo", "heads up", "never asks", "don't click", "partagez". */
const WARNING = /(?:^|[.!?]\s*)(?:ojo|cuidado|aviso|atencion|achtung|vorsicht|warnung|attention|heads up|psa|beware|warning|careful|apparemment)\b|\b(?:never asks?|nunca (?:pide|piden|solicita)|ne (?:demande|demandent) jamais|(?:fragt|fragen) nie|don'?t click|no piquen|no pinchen|no abran|einfach loschen|nicht klicken|partagez|ne cliquez pas|(?:pretty )?sure it'?s a scam|is (?:this|it) a scam|(?:hat|haben) (?:nix|nichts) mit \S+ zu tun|no tiene nada que ver|rien a voir avec)\b/;

/** The brand blamed or a loss told: the post complains whatever the warning. */
const BLAMED = /\b(?:leak\w*|how did they get|comment ont-ils|woher haben|como (?:consiguieron|tienen)|do nothing|did nothing|ne faites rien|unternehmt|nichts dagegen|no hace[ns]? nada|no hicieron nada|my money|mon argent|mein geld|mi dinero|stole|stolen|vole|gestohlen|robaron|me estafaron|i got scammed|j'ai ete arnaque|abgezockt|lost|perdu|verloren|perdi)\b/;

const mayWarn = literalCheck(SCAM);

/** Whether the folded complaint text warns others of a scam in the brand's name without blaming the brand. */
export function warnsOfScam(folded: string): boolean {
  return mayWarn(folded) && SCAM.test(folded) && WARNING.test(folded) && !BLAMED.test(folded);
}
