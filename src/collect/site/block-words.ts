// Words shared by placement.ts and headings.ts: the "follow us" phrases that mark a brand's own social links, and
// the words of class and id attributes. A module of their own, so that both import them without importing each other.
import { foldText } from './text.js';
import { lazyPattern } from '../../lazy-pattern.js';

// Phrases that head a brand's own social links, in fr/en/de/es and nl/it ("Volg ons", "Seguici"), accent-folded:
// "follow us", and the "official links" or "verified accounts" boxes of festivals, venues, studios and media whose
// handles need not resemble the domain (posted against impostors: "Cuentas verificadas", "Verifizierte Profile", "Nos
// comptes").
export const FOLLOW_TEXT =
  /\b(follow us|suivez[- ]nous|retrouvez[- ]nous|rejoignez[- ]nous sur|folgen sie uns|folge uns|folgt uns|siguenos|social media|reseaux sociaux|redes sociales|soziale (netzwerke|medien)|find us on|connect with us|stay (connected|in touch)|restez connectes|nous trouver|bleib(en sie)? (in kontakt|verbunden)|finden sie uns|findet uns|encuentranos|conecta con nosotros|mantente conectad[oa]|official (links|accounts|channels|profiles|social media)|verified (accounts|profiles|channels)|our (social |official |verified )?(channels|accounts|profiles)|(liens|comptes|reseaux|profils|chaines) officiels|comptes (verifies|certifies)|nos (reseaux|comptes|profils|chaines)|offizielle (kanale|links|accounts|profile|seiten|konten)|verifizierte (kanale|accounts|profile|konten|seiten)|unsere (kanale|profile|konten|accounts)|(redes|cuentas|canales|enlaces|perfiles) oficiales|(cuentas|perfiles|canales) verificad[oa]s|nuestr[oa]s (redes|cuentas|perfiles|canales)|volg(t)? ons|vind ons|onze (kanalen|accounts|profielen|socials)|officiele (kanalen|accounts|profielen)|seguici|seguiteci|trovaci|i nostri (canali|profili|social)|(canali|profili|account|link|collegamenti) ufficiali)\b/;

/** Words of class and id attributes: split on punctuation and camelCase, lower-cased, accents folded. */
export function classWords(attr: string): string[] {
  return foldText(attr.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A notice or a line of the page naming, without "our", the account where live updates, a box office or a help desk
 * is: "Live updates on X:", "Taquilla en X:", "Infos en direct sur X :", "Aktuelle Infos auf X:", "For live
 * disruption news follow", "Pour l'info trafic en direct, suivez" — accent-folded, the whole sentence before the
 * link. Such a line names the city's traffic desk or a ticket seller's as readily as the brand's: accounts.ts accepts
 * the account only when its handle carries the brand's own word (round 15: "@BrackenfieldLive" in an alert banner,
 * "@Tramontana_Taquilla").
 */
const DESK_NOUN =
  '(?:updates?|news|alerts?|info|infos|information|informations|disruptions?|box office|tickets?|ticket desk|customer service|support|help|' +
  'actualites|alertes|perturbations|billetterie|service client|sav|assistance|aide|' +
  'informationen|neuigkeiten|storungen|storungsmeldungen|hinweise|meldungen|verkehrsinfos?|kasse|kartenvorverkauf|kundenservice|hilfe|' +
  'avisos|novedades|noticias|incidencias|informacion|taquilla|entradas|atencion al cliente|ayuda|soporte)';
/**
 * A link text or label that is only a network's name ("Instagram", "X"): the block around it says whose the account
 * is (account-model.ts, desk-title.ts).
 */
export const NETWORK_NAMES = 'x|twitter|instagram|facebook|threads|bluesky|mastodon|tiktok|youtube|linkedin|pinterest';
const LABEL_NETWORK = '(?:x|twitter|instagram|facebook|threads|bluesky|mastodon|tiktok|whatsapp|telegram|youtube|linkedin)';
const LABEL_WORD = "\\p{L}[\\p{L}'-]*";
const FOLLOW_VERB = '(?:follow|suivez|suivre|folgen sie|folgt|folge|sigue(?: a)?|seguid(?: a)?|siga(?: a)?|siganos en)';
const DESK_LABEL_SOURCE =
  `^(?:(?:${LABEL_WORD}\\s+){0,3}?${DESK_NOUN}(?:\\s+${LABEL_WORD}){0,3}?\\s+(?:on|sur|auf|en|bei|via)\\s+${LABEL_NETWORK}\\s*[:–—-]?` +
  `|(?:(?:for|pour|fur|para)\\s+)?(?:${LABEL_WORD}\\s+){0,3}?${DESK_NOUN}(?:\\s+${LABEL_WORD}){0,3}?\\s*[:,]?\\s+${FOLLOW_VERB}` +
  // "Live updates:", "Taquilla:", "Aktuelle Infos:" — a short label and a colon.
  `|(?:${LABEL_WORD}\\s+){0,2}?${DESK_NOUN}(?:\\s+${LABEL_WORD}){0,3}?\\s*:)`;
/** "for live updates", "pour les infos trafic", "für aktuelle Infos", "para avisos" after a link that "Follow" opens. */
const DESK_PURPOSE = `(?:for|pour|fur|para)\\s+(?:${LABEL_WORD}\\s+){0,3}?${DESK_NOUN}\\b`;
/** The whole sentence before a link is such a label. */
export const DESK_LABEL = new RegExp(`${DESK_LABEL_SOURCE}$`, 'u');
/** The sentence before a link is only "Follow", "Suivez", "Folgen Sie", "Sigue a": the purpose may follow the link. */
export const FOLLOW_ONLY = new RegExp(`^${FOLLOW_VERB}$`);
/** The text after such a link gives a desk's purpose: "Follow <a>@BrandLive</a> for live updates". */
export const DESK_PURPOSE_AFTER = new RegExp(`^[\\s,–—-]*${DESK_PURPOSE}`, 'u');
/**
 * A snippet opens with such a label (the sentence, then the link's text), or is "Follow <link> for live updates":
 * read by accounts.ts. Made on first use (src/lazy-pattern.ts): its 14 Unicode classes, for a test only some sites need.
 */
export const DESK_LABEL_SNIPPET = lazyPattern(() => new RegExp(`${DESK_LABEL_SOURCE}\\s|^${FOLLOW_VERB}\\s+.{1,60}?\\s+${DESK_PURPOSE}`, 'u'));
