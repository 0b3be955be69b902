// A shop's card saying a licensed or franchise partner runs it on its own, in English, French, German and Spanish
// (separate-body.ts reads the card; disowned.ts calls it).

/**
 * The partner named as the one who runs the place (folded): "Independently operated by our licensed partner.",
 * "Run by our franchise partner, Manila Fold Inc.", "exploité par notre partenaire franchisé", "von unserem
 * Lizenzpartner betrieben", "operado por nuestro socio franquiciado". Round 35's bubble-tea chain set its overseas
 * partners' cards in the markup of its flagships, handles built on its name; only the note said who runs them. The
 * general "operated by …" (own-unit.ts OPERATED_BY) leaves "by our …" to the brand ("run by our own team"): a partner
 * after "our" is the exception it could not tell.
 */
const BY_PARTNER = new RegExp(
  [
    // en: the verb, "by", then the partner, "our" or not.
    String.raw`\b(?:operated|run|managed|owned) (?:independently )?by (?:our |a |the |its |their )?(?:local |overseas |regional |national |master )?(?:licensed|franchise|licensing) partners?\b`,
    String.raw`\b(?:operated|run|managed|owned) (?:independently )?by (?:our |a |the |its |their )?(?:local |overseas |regional |national |master )?(?:licensees?|franchisees?)\b`,
    // fr
    String.raw`\b(?:exploite|gere|tenu)e?s? (?:de (?:maniere|facon) independante )?par (?:notre |nos |un |une |le |la |les )?(?:partenaires? (?:sous licence|franchises?|licencies?)|franchises?\b|licencies?\b)`,
    // de: the partner before or after the participle.
    String.raw`\b(?:von|durch) (?:unserem |unseren |einem |dem |den )?(?:lizenz|franchise)(?:partner|nehmer)n? (?:\S+ )?(?:betrieben|gefuhrt)\b`,
    String.raw`\b(?:betrieben|gefuhrt) (?:von|durch) (?:unserem |unseren |einem |dem |den )?(?:lizenz|franchise)(?:partner|nehmer)n?\b`,
    // es
    String.raw`\b(?:operad|gestionad|explotad)[oa]s? (?:de (?:forma|manera) independiente )?por (?:nuestros? |un |el |los )?(?:socios? (?:franquiciados?|licenciatarios?)|franquiciados?\b|licenciatarios?\b)`,
  ].join('|'),
);

/**
 * The place said to be run on its own by someone the card names (folded): "Operated independently by Kasane Foods
 * K.K.", "Independently owned and operated by Pearl Coast LLC", "An independently operated franchise.", "exploité de
 * manière indépendante par", "unabhängig betrieben von", "operado de forma independiente por". "Independently" alone
 * is not enough: a firm calls itself "independently owned" above its own links; it needs "by" someone who is not
 * the brand, or the franchise it is.
 */
const INDEPENDENTLY = new RegExp(
  [
    String.raw`\b(?:independently (?:owned and )?(?:operated|run|managed)|(?:operated|run|managed) independently) by (?!(?:us|ourselves|our own|our team|our staff)\b)`,
    String.raw`\bindependently (?:owned and )?(?:operated|run|owned) (?:franchise|licensee|licensed (?:store|shop|restaurant|outlet)s?)\b`,
    String.raw`\b(?:exploite|gere)e?s? de (?:maniere|facon) independante par (?!(?:nous|notre equipe|nos equipes)\b)`,
    String.raw`\bunabhangig (?:betrieben|gefuhrt) (?:von|durch) (?!(?:uns|unserem team)\b)`,
    String.raw`\b(?:operad|gestionad|explotad)[oa]s? de (?:forma|manera) independiente por (?!(?:nosotros|nuestro equipo)\b)`,
  ].join('|'),
);

/** Whether a card's folded text says a licensed or franchise partner, or another firm on its own, runs the place. */
export function licensedPartnerNote(folded: string): boolean {
  return BY_PARTNER.test(folded) || INDEPENDENTLY.test(folded);
}
