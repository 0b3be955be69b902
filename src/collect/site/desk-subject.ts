// The brand's own desk named as the subject of the sentence linking to its account, without "our": "Presseavdelingen
// legger ut pressemeldinger … på X: @nlk_presse", "L'Oficina d'Atenció al Soci respon a X a @uev_socis", "Το τμήμα
// κρατήσεων απαντά στο X", "… zgłaszaj na X do zespołu serwisu automatów – @mpkw_bilety", "Follow the design team's
// field tests at @…" (round 31). Norwegian, Danish and Swedish write the desk in its definite form, Catalan, Greek and
// English with an article, Polish with no article at all: on a brand's own pages the desk named so is its own, as
// "our" would say in French or German (own-desk.ts). And the page's first person asking to be written to in that
// sentence: "Du kan også skrive til @… på X eller sende oss en melding", "Στείλτε μας μήνυμα στο X, στο @…". Not where
// the desk is another body's ("the team at Launceston Rock Gym", "zespół Urzędu Miasta", "το γραφείο του
// Λιμεναρχείου", "l'Oficina de Turisme de l'Ajuntament", "Fylkeskommunens kundeservice"): the words after the desk
// name who keeps it, and a body named anywhere before the link (named-body.ts) is read as its keeper.
import { keeperText } from './desk-keeper.js';
import { BODY } from './named-body.js';

/**
 * A desk opening the sentence (folded), at most two words before it: a definite Scandinavian desk ("kundeservice",
 * "presseavdelingen", "verkstedteamet", "kundtjänsten"), a Catalan or Greek one after its article ("l'oficina",
 * "l'equip", "el servei", "το τμήμα", "η ομάδα"), a Portuguese one after its article ("a assessoria de imprensa"), an
 * English one after "the" ("Follow the design team's").
 */
const OPENING_DESK = new RegExp(
  [
    // Scandinavian: the desk's own word, a compound's definite ending.
    "^(?:kundeservice|kundeservicen|kundesenteret|kundtjansten|kundservice|kundeservicet|redaksjonen|redaktionen|[a-z]*(?:avdelingen|avdelinga|afdelingen|avdelningen|kontoret|teamet|tjenesten|tjanesten))(?![a-z])",
    // Catalan: the article and the desk.
    "^(?:l'|el |la |els |les )(?:oficina|equip|servei|departament|area|gabinet|atencio|punt d'atencio)(?![a-z])",
    // Greek: the article and the desk (folded, without accents).
    '^(?:η|το|ο|οι|τα) (?:ομαδα|τμημα|γραφειο|υπηρεσια|εξυπηρετηση|κεντρο εξυπηρετησης)(?![α-ω])',
    // Portuguese: the article and the desk, after a label ("Jornalistas: a assessoria de imprensa atende pelo @…").
    "^(?:[a-z]+: )?(?:a|o|os|as) (?:assessoria|equipe|equipa|central de atendimento|ouvidoria|sac|servico de atendimento|atendimento)(?![a-z])",
    // English: at most two words, "the", at most two words, the desk (its possessive too).
    "^(?:[a-z]+ ){0,2}the (?:[a-z-]+ ){0,2}?(?:team|desk|office|department|crew)(?:'s)?(?![a-z'])",
  ].join('|'),
);

/** A Polish desk anywhere before the link, in any case: "zespół", "zespołu", "dział", "działu", "biuro obsługi". */
const POLISH_DESK = /(?:^|\s)(?:zesp[oó][lł]\w*|dzia[lł](?:u|em|owi)?|biur\w* obs[lł]ugi|obs[lł]ug\w* klient\w*)(?=\s|$)/;

/**
 * A Vietnamese desk or desk account anywhere before the link (folded; "đ" stays as written): "tài khoản hỗ trợ" (the
 * support account), "bộ phận chăm sóc khách hàng", "đội hỗ trợ" — "gửi tin nhắn cho tài khoản hỗ trợ @ssc_hotro trên X"
 * (round 34's coffee chain), the desk named as the one written to, with no "our", as Polish does.
 */
const VIETNAMESE_DESK = /(?:^|\s)(?:tai khoan|bo phan|đoi|trung tam) (?:ho tro|cham soc khach hang|cskh)(?=\s|$)/;

/**
 * Another's desk: the desk, then "at", "of", "from" or their kin and a name (unfolded, a capital): "the team at
 * Launceston Rock Gym", "zespół Urzędu Miasta", "το γραφείο του Λιμεναρχείου", "tài khoản hỗ trợ của
 * ShipNhanh". A capital right after "zespół" names another body too.
 */
const KEPT_BY_NAMED =
  /(?:team|desk|office|department|crew|zesp[oó][lł]\w*|dzia[lł]\w*|biur\w*|γραφε[ιί]ο|τμ[ηή]μα|ομ[αά]δα|υπηρεσ[ιί]α|equipe|equipa|assessoria|ouvidoria|atendimento|hỗ trợ|khách hàng|CSKH)(?: (?:at|of|from|for|του|της|των|da|do|das|dos|của))? \p{Lu}/u;

/**
 * The first person asking to be written to, in the sentence (folded): "sende oss en melding", "Στείλτε μας μήνυμα",
 * "scrie-ne pe X la @…" (ro), "nhắn tin cho chúng tôi trên Instagram @…" (vi; round 34's supermarket and coffee chain
 * gave their help desks so); Slavic "пишете ни" (bg: round 38's "пишете ни на @rz_pomosht в X"), "пишіть нам" (uk),
 * "пишите нам" (ru, sr), "pišite nam" (hr, sr, sl: round 37's "pišite nam na @pj_booking na X-u"), "napište nám" (cs,
 * sk); Icelandic "sent okkur skilaboð" (round 35's "getur þú sent okkur skilaboð á @hverabla_help á X"). "Scrie-i lui
 * Andrei", "write to him", "пишіть їм", is someone else's.
 */
const WRITE_TO_US =
  /(?:^|\s)(?:пишете ни|напишете ни|пиши ни|пишіть нам|напишіть нам|пиши нам|пишите нам|напишите нам|pisite nam|napisite nam|pisi nam|napiste nam|sent okkur|sendu okkur|skrifa[ðd]u okkur|scrie-ne|scrieti-ne|trimite-ne|trimiteti-ne|(?:gui )?(?:nhan tin|tin nhan) cho chung toi|lien he voi chung toi|message us|write to us|send us a message|dm us|sende? oss|skriv til oss|skriv till oss|skicka (?:ett meddelande till oss|oss)|skriv til os|send os|napisz do nas|wy[sś]lij nam|escriu-nos|envia'ns|escribenos|envianos|ecrivez-nous|envoyez-nous|schreiben sie uns|schreib uns|scrivici|scriveteci|στειλτε μας|στειλε μας|γραψτε μας|γραψε μας)(?=[\s,.;:!?]|$)/u;

/** Public bodies in the languages read here that named-body.ts does not list (folded). */
const LOCAL_BODY = /(?:ajuntament|consell comarcal|generalitat|diputacio|fylkeskommun|kommunens|urzed|urzad|gminy|starostw|δημο[συ]|λιμεναρχ|περιφερει)/;

/**
 * Whether the words before the link in its sentence name one of the brand's desks as its subject (or, in Polish and
 * Vietnamese, as the one written to), no other body named before the link.
 */
export function namesDeskSubject(before: string): boolean {
  const folded = keeperText(before.trim());
  if (!OPENING_DESK.test(folded) && !POLISH_DESK.test(folded) && !VIETNAMESE_DESK.test(folded)) return false;
  return !KEPT_BY_NAMED.test(before) && !BODY.test(folded) && !LOCAL_BODY.test(folded);
}

/** Whether the sentence holding the link asks, in the first person, to be written to ("sende oss en melding"). */
export function asksToBeWritten(sentence: string): boolean {
  return WRITE_TO_US.test(keeperText(sentence));
}
