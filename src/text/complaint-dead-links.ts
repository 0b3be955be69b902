// A link, a code or an account e-mail that leads nowhere (accent-folded): a link that goes to a blank page or nowhere
// ("le lien dans le mail mène nulle part", "el link … me manda a una página en blanco"), a code that "marche plus" in
// text-message French, without its "ne" ("cc, le code promo marche plus ?"), and a reset or confirmation e-mail that
// never comes ("tried resetting my password 3 times, never get the email", "die Mail zum Passwort zurücksetzen kommt
// nie an", "nunca me llega el correo para cambiar la contraseña"). Round 37 gave four such misses, each asked as a
// request for help, which the model reads as an enquiry. Not a link that leads where it should ("le lien du mail mène
// bien à la page de suivi"), nor a code asked about ("le code promo marche aussi en magasin ?"), nor an e-mail that came.
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** A link sent to nowhere: the link, a verb of leading, then nowhere or a blank page. */
function linkToNowhere(link: string, leads: string, nowhere: string): RegExp {
  return new RegExp(`\\b(?:${link})\\b[^.!?]{0,50}\\b(?:${leads})\\b[^.!?]{0,15}\\b(?:${nowhere})\\b`);
}

/** The e-mail is one for the account: a reset, a password, a confirmation or a code is named in the post. */
const ACCOUNT_MAIL = '(?=.*\\b(?:password|reset\\w*|verif\\w*|confirm\\w*|log ?in|sign ?in|mot de passe|reinitialis\\w*|connexion|passwort|zurucksetzen|bestatigung\\w*|anmeld\\w*|login|contrasena|clave|restablecer|verificacion|confirmacion|codigo|code))';

export const DEAD_LINKS: Record<Lang4, RegExp[]> = {
  en: [
    linkToNowhere('link|button', 'leads?|goes|takes me|sends me|redirects(?: me)?', 'nowhere|a blank page|an empty page|a blank screen'),
    new RegExp(`^${ACCOUNT_MAIL}.*\\b(?:never|don'?t|do not) (?:get|got|receive|received)\\b[^.!?]{0,25}\\b(?:email|e-mail|mail|link|code|text)\\b`),
  ],
  fr: [
    linkToNowhere('lien|bouton', "mene|menent|renvoie|m'envoie|envoie|redirige|amene|m'amene", 'une page blanche|une page vide|un ecran blanc|page blanche'),
    // "nulle part" is cancelled before the patterns read the post (complaint-patterns.ts, for "comme nulle part
    // ailleurs"): the link's verb is left with nothing after it.
    /\b(?:lien|bouton)\b[^.!?]{0,50}\b(?:ne )?(?:mene|menent|renvoie|m'envoie|m'amene)\s*(?=[.!?,;]|$)/,
    /\b(?:code|lien|bouton)\b[^.!?]{0,25}(?<!\bne )\b(?:marche|fonctionne) plus\b(?! (?:vite|rapidement|que|de|fort|longtemps|tard|loin))/,
    new RegExp(`^${ACCOUNT_MAIL}.*\\b(?:je )?(?:recois|recoit) (?:jamais|pas|toujours pas|rien)\\b[^.!?]{0,25}\\b(?:mail|email|e-mail|lien|code|sms)\\b`),
  ],
  de: [
    linkToNowhere('link|button', 'fuhrt|fuhren|geht|leitet(?: mich)?', 'ins leere|nirgendwo(?:hin)?|auf eine leere seite|zu einer leeren seite|auf eine weisse seite'),
    new RegExp(`^${ACCOUNT_MAIL}.*\\b(?:mail|email|e-mail|link|code|sms)\\b[^.!?]{0,40}\\bkommt (?:einfach )?(?:nie|nicht|niemals) an\\b`),
  ],
  es: [
    linkToNowhere('link|enlace|boton', 'lleva|manda|me manda|me lleva|redirige|me redirige|envia|me envia', 'ninguna parte|ningun lado|ningun sitio|una pagina en blanco|una pagina vacia|pagina en blanco'),
    new RegExp(`^${ACCOUNT_MAIL}.*\\b(?:nunca|no) me (?:llega|llegan|llego)\\b[^.!?]{0,25}\\b(?:correo|mail|email|enlace|link|codigo|sms)\\b`),
  ],
};
