// Trouble words that tell no trouble: trouble denied ("zero issues since", "pas une seule panne"), a match lost, a
// trouble word heightening praise ("ridiculously good"), names such as the lost-property office, a problem told as
// solved in a bare participle ("Problème réglé en 10 min"), and whether a policy covers a damage, asked. Each beside a
// near miss the patterns still call a complaint.
import { describe, expect, it } from 'vitest';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { conceptFeatures } from '../../src/text/complaint-concepts.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const points = (text: string, lang: Lang4): number => {
  const post = postText(text, lang);
  return patternPoints(post, complaintText(post, lang), lang);
};
const concepts = (text: string, lang: Lang4): string[] => conceptFeatures(complaintText(postText(text, lang), lang));

describe('trouble words that tell no trouble score no pattern sign', () => {
  it.each([
    ['Eight years with this boiler and zero issues, touch wood', 'en'],
    ['Three winters, not one breakdown. Solid van.', 'en'],
    ['Gutted we lost 2-1 but what a crowd tonight', 'en'],
    ['These trainers are ridiculously comfy', 'en'],
    ['Where is the lost property desk at the north terminal?', 'en'],
    ['What is the cut-off time for same day dispatch', 'en'],
    ['Lost suitcase found and brought to my flat the same evening', 'en'],
    ['Hello, does the travel policy cover a phone damaged abroad?', 'en'],
    ['Six ans avec ce frigo et pas une seule panne', 'fr'],
    ['On a perdu 3-1 mais quelle ambiance au stade', 'fr'],
    ['Souci réglé en cinq minutes au guichet, merci', 'fr'],
    ["Bonjour, est-ce qu'un écran fissuré est couvert par l'assurance ?", 'fr'],
    ['Null Problemo, der Umtausch lief sofort', 'de'],
    ['1:3 verloren, aber die Fans waren großartig', 'de'],
    ['Unverschämt lecker, euer neuer Apfelkuchen', 'de'],
    ['Fehler auf der Rechnung, ein Anruf, sofort korrigiert. Danke!', 'de'],
    ['Ni una queja, todo perfecto con vosotros', 'es'],
    ['Perdimos 2-0 pero la hinchada estuvo increíble', 'es'],
    ['Problema resuelto en diez minutos por el chat, gracias', 'es'],
  ] as Array<[string, Lang4]>)('%s', (text, lang) => {
    expect(points(text, lang)).toBe(0);
  });
});

describe('near misses: the trouble is still told', () => {
  it.each([
    ['Zero issues? My router is broken again', 'en'],
    ['We lost power at six and nobody has told us anything', 'en'],
    ['Lost my suitcase on the way out and still nothing from your desk', 'en'],
    ['My screen cracked after a week. Is that covered or not? Third phone this year', 'en'],
    ["On a perdu notre colis, il n'est jamais arrivé", 'fr'],
    ['Die Rechnung ist zum zweiten Mal falsch, bitte korrigiert das endlich', 'de'],
    ['Perdimos la reserva por vuestro error y nadie responde', 'es'],
  ] as Array<[string, Lang4]>)('%s', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });
});

describe('concepts of a decision reproached and of a person out of reach', () => {
  it.each([
    ['Who approved this new menu layout', 'en', 'k:chooser'],
    ['Qui a validé ce nouveau logo ?', 'fr', 'k:chooser'],
    ['Wer hat sich diese Menüführung ausgedacht?', 'de', 'k:chooser'],
    ['¿A quién se le ocurrió cerrar la caja rápida?', 'es', 'k:chooser'],
    ['Can I please speak to a human', 'en', 'k:human'],
    ['Il y a moyen d’avoir un humain au téléphone ?', 'fr', 'k:human'],
    ['Gibt es bei euch noch Menschen am Telefon?', 'de', 'k:human'],
    ['¿Alguien lee los mensajes privados?', 'es', 'k:human'],
  ] as Array<[string, Lang4, string]>)('%s', (text, lang, concept) => {
    expect(concepts(text, lang)).toContain(concept);
  });
  it('a near miss names neither', () => {
    expect(concepts('The new menu layout is lovely, thanks', 'en')).not.toContain('k:chooser');
    expect(concepts('The new menu layout is lovely, thanks', 'en')).not.toContain('k:human');
  });
});
