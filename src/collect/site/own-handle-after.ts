// The words right after a handle saying, in the first person, that the account is the brand's own: Turkish puts "our
// account" after the handle ("@KJetYardim hesabımıza X üzerinden özel mesaj gönderebilirsiniz", round 32's help desk;
// "@kaptanmert hesabından", "from his account", is someone else's), and a sentence may name the handle first and say
// whose it is after ("pelo @fjresponde no X — é o perfil oficial do nosso atendimento", "@… on X, that is our help
// team's account"). Read by own-desk.ts; its guards (a partner in the block, a person introduced) still apply.
import { foldText } from './text.js';

/** Turkish "our account", in any case, opening the words after the handle (folded: "hesabimiz", "hesabimiza"…). */
const OUR_ACCOUNT_TR = /^[\s,]*(?:resmi )?hesab[ıi]m[ıi]z(?:a|dan|da|i|ı|in|ın)?(?![\p{L}])/u;

/**
 * After the handle, in its sentence (folded): "is our (official) account", "é o perfil oficial do nosso atendimento",
 * "es la cuenta oficial de nuestro…", "est le compte officiel de notre…", "è il profilo ufficiale del nostro…", "ist
 * das offizielle Konto unseres…". "Official" alone is not enough: a partner's or a regulator's account is official too.
 */
const IS_OUR_ACCOUNT = new RegExp(
  [
    String.raw`\b(?:is|e|es|est|ist) (?:our|nosso|nossa|notre|nuestr[oa]|nostr[oa]|unser\w*) (?:official |oficial |officiel |ufficiale |offizielle? )?(?:[\w'-]+ ){0,2}(?:account|profile|perfil|conta|cuenta|compte|profil|profilo|konto|channel|canal|kanal)\b`,
    String.raw`\b(?:is|e|es|est|ist) (?:the|o|a|el|la|le|il|das|der) (?:official |oficial |officiel |ufficiale |offizielle? )?(?:account|profile|perfil|conta|cuenta|compte|profil|profilo|konto|channel|canal|kanal)(?: (?:official|oficial|officiel|ufficiale))? (?:of|do|da|de|del|di|des|du|von) (?:our|nosso|nossa|notre|nos|nuestr[oa]s?|nostr[oa]|unser\w*)\b`,
  ].join('|'),
);

/** Whether the words after a handle (to its sentence's end) say the account is the brand's own. */
export function ownedAfterHandle(after: string): boolean {
  if (OUR_ACCOUNT_TR.test(after.toLocaleLowerCase('tr'))) return true;
  return IS_OUR_ACCOUNT.test(foldText(after));
}
