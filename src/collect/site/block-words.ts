// Words shared by placement.ts and headings.ts: the "follow us" phrases that mark a brand's own social links, and
// the words of class and id attributes. A module of their own, so that both import them without importing each other.
import { foldText } from './text.js';

// Phrases that head a brand's own social links, in fr/en/de/es, accent-folded: "follow us", and the "official links"
// or "verified accounts" boxes of festivals, venues, studios and media whose handles need not resemble the domain
// (posted against impostors: "Cuentas verificadas", "Verifizierte Profile", "Nos comptes").
export const FOLLOW_TEXT =
  /\b(follow us|suivez[- ]nous|retrouvez[- ]nous|rejoignez[- ]nous sur|folgen sie uns|folge uns|folgt uns|siguenos|social media|reseaux sociaux|redes sociales|soziale (netzwerke|medien)|find us on|connect with us|stay (connected|in touch)|restez connectes|nous trouver|bleib(en sie)? (in kontakt|verbunden)|finden sie uns|findet uns|encuentranos|conecta con nosotros|mantente conectad[oa]|official (links|accounts|channels|profiles|social media)|verified (accounts|profiles|channels)|our (social |official |verified )?(channels|accounts|profiles)|(liens|comptes|reseaux|profils|chaines) officiels|comptes (verifies|certifies)|nos (reseaux|comptes|profils|chaines)|offizielle (kanale|links|accounts|profile|seiten|konten)|verifizierte (kanale|accounts|profile|konten|seiten)|unsere (kanale|profile|konten|accounts)|(redes|cuentas|canales|enlaces|perfiles) oficiales|(cuentas|perfiles|canales) verificad[oa]s|nuestr[oa]s (redes|cuentas|perfiles|canales))\b/;

/** Words of class and id attributes: split on punctuation and camelCase, lower-cased, accents folded. */
export function classWords(attr: string): string[] {
  return foldText(attr.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
