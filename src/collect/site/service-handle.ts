// A help, booking or status desk given to customers by a handle made of the brand's short name and a desk word, in
// running text: "tweet to @vtk_support — our learner support desk replies" (VidyaTek, round 33), "you can also DM
// @nlc_bookings on X" (Nile Lotus Cruises, round 37), "Envie uma DM para @rdc_reservas no X". The handle holds no whole
// word of the brand's name, only its initials or an abbreviation (brand-short-name.ts), so neither the handle rules
// (a stem of five letters an official handle opens with) nor the desk sentences ("our support team answers on…",
// own-desk.ts) read it, and body text is where the rules take a line with a handle for someone else's. The handle says
// whose desk it is: a partner's, a carrier's or a tourist office's desk named in the same shape of sentence spells its
// own name ("@vnt_reservas", "@portotur_apoio"); a staff member's handle on the brand's initials carries a name, no
// desk word ("@rdc_joana"). The sentence must ask the reader to write there or speak of questions or bookings, outside
// the handle, and name no partner, franchise or other operator (own-unit.ts's OTHERS and OPERATED_BY).
import { namesBrandShort } from './brand-short-name.js';
import { sentenceHolding } from './own-account.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText, handleUser, squash } from './text.js';

/**
 * Desk words a desk's handle closes with, after the brand's short name (squashed): help and support, bookings and
 * tickets, service status, in the languages of the readable sets ("apoio", "ayuda", "hilfe", "pomoc", "podrska",
 * "dopomoga", "pomosht" transliterated).
 */
const SERVICE_HANDLE = new RegExp(
  '^(?:' +
    [
      'help|helpdesk|support|care|customercare|service|services|status|alerts',
      'booking|bookings|reservations|reservation|reservas|reserva|reservar|reservieren|buchung|buchungen|reservering|reserveringen|prenotazioni|rezervacije|rezervace|rezerwacje|bilhetes|tickets|ticket',
      'apoio|ajuda|atendimento|ayuda|atencion|soporte|hilfe|kundenservice|aide|assistance|assistenza|klantenservice|pomoc|podrska|podpora|dopomoga|pomosht|pomoshch',
    ].join('|') +
    ')$',
);

/**
 * Words of a sentence asking the reader to write to the handle, or speaking of questions, bookings or orders (folded),
 * in the readable sets' languages: "DM", "write to", "tweet", "envie", "escreva", "escribe", "écrivez", "schreiben",
 * "pišite", "пишіть"; "questions", "dúvidas", "reservations", "замовлень".
 */
const ASKS_OR_BOOKS = new RegExp(
  [
    String.raw`\b(?:dm|pm|tweet|message|write|contact|reach|ask|raise|envie|envia|mande|escreva|escreve|fale|escribe|escribenos|escribir|contacta|ecrivez|ecrire|contactez|schreib\w*|kontaktier\w*|scrivi\w*|schrijf|stuur|napisz\w*|pisite|napisite|napiste|javite|kontaktirajte)\b`,
    // Asking to book there: "Book a place with @OMB_Bookings on X", "prenota con @…", "reservá en @…".
    String.raw`\b(?:book|reserve|reservez|reserva|reservar|reserve[nm]|buchen|buchen sie|boek|prenota\w*|rezerwuj\w*)\b`,
    String.raw`\b(?:questions?|queries|enquiries|duvidas?|perguntas?|dudas?|preguntas?|fragen|vragen|domande|pytania|pitanja|dotazy|bookings?|reservations?|reservas?|reservierung\w*|buchung\w*|prenotazion\w*|rezervacij\w*|rezerwacj\w*|orders?|encomendas?|pedidos?|bestellung\w*|commandes?|tickets?|bilhetes|billets|entradas)\b`,
    // Cyrillic, where \b does not hold: write, questions, orders, bookings.
    '(?:^|[\\s,.:;(])(?:пиш|напиш|звертайтес|обращайтес|питан|вопрос|въпрос|замовлен|заказ|поръчк|бронюван|бронирован|резервац)',
  ].join('|'),
);

/**
 * The desk's own staff in its sentence: "a member of the team will reply", "un membre de l'équipe", "un miembro del
 * equipo", "ein Mitglied unseres Teams" — not a member organisation, which OTHERS reads "member" for.
 */
const TEAM_MEMBER = /\b(?:a |one |un |una |ein )?(?:member|membre|miembro|mitglied)s? (?:of|de|del|des) (?:the |our |l'|l’|la |nuestro |notre |unseres |des )?(?:team|staff|equipe|equipo|teams)\b/g;

/** Whether the handle is the brand's short name, then a desk word (a country code after it kept apart). */
export function serviceDeskHandle(handle: string, target: { domain: string; brandName: string }): boolean {
  const user = handleUser(handle).toLowerCase().replace(/[._-](?:[a-z]{2})$/, '');
  const name = squash(user);
  for (let cut = 2; cut < name.length - 1; cut++) {
    if (SERVICE_HANDLE.test(name.slice(cut)) && namesBrandShort(name.slice(0, cut), target)) return true;
  }
  return false;
}

/**
 * Whether the sighting gives a service desk's handle (serviceDeskHandle) in a sentence asking to be written to there or
 * speaking of questions or bookings, outside the handle, and naming no partner, franchise or other operator.
 */
export function namesServiceDesk(finding: { snippet?: string; context?: string }, handle: string, target: { domain: string; brandName: string }): boolean {
  if (!finding.context || !serviceDeskHandle(handle, target)) return false;
  const sentence = (finding.snippet ? sentenceHolding(finding.context, finding.snippet) : null) ?? finding.context;
  const said = foldText(sentence).split(handleUser(handle).toLowerCase()).join(' ');
  return ASKS_OR_BOOKS.test(said) && !OTHERS.test(said.replace(TEAM_MEMBER, ' ')) && !OPERATED_BY.test(said);
}
