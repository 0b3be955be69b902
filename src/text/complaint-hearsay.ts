// Someone else's complaint reported, then denied by the poster's own experience (accent-folded): "Ma voisine râle que
// son repas arrive toujours froid, moi franchement jamais eu de souci", "My mate keeps moaning that … lost his bag,
// I've flown with them 20 times since and never had an issue", "Mein Nachbar regt sich dauernd über … auf, … läuft bei
// mir seit Jahren einwandfrei", "Mi cuñado dice que … no paga nunca. A mí me pagaron…", or asked about ("… said Corvel
// are charging for voicemail now, is that true"). The stretch from the report to the denial is removed from the
// complaint text (complaints.ts, with the other removals); a report the poster confirms ("he was right", "elle avait
// raison", "jetzt versteh ich ihn", "tenía razón") names no denial and stays a complaint.
import type { Lang4 } from './stopwords.js';

/** A report by someone else, then (within the post) the poster's denial or doubt, removed together. */
const reported = (who: string, says: string, denial: string): RegExp =>
  new RegExp(String.raw`\b(?:${who})\b[^.!?]{0,25}?\b(?:${says})\b[\s\S]{0,160}?(?:${denial})`);

export const HEARSAY: Record<Lang4, RegExp[]> = {
  fr: [
    reported(
      String.raw`(?:ma|mon|mes) (?:voisine?s?|collegues?|freres?|soeurs?|mere|pere|oncle|tante|cousine?|potes?|copine?s?|amie?s?|beau-frere|belle-soeur|mari|femme|chef)|quelqu'un`,
      String.raw`dit|disent|a dit|rale|ralent|se plaint|se plaignent|pretend|raconte|trouve`,
      String.raw`moi(?: franchement| perso| personnellement| j'ai)?\s*(?:$|jamais eu|aucun|pas de|ca fait \d+ ans|sans)[^.!?]*|jamais eu (?:de|le moindre|un seul) (?:souci|probleme)|sans (?:un|le moindre|aucun) (?:seul )?(?:souci|probleme)|c'est vrai\s*\?`,
    ),
  ],
  en: [
    reported(
      String.raw`(?:my|a|our) (?:mate|friend|sister|brother|mum|mom|dad|neighbou?r|colleague|cousin|aunt|uncle|nan|gran|wife|husband|partner|flatmate|housemate|boss|guy at work|girl at work)s?|someone(?: [^.!?]{0,25})?`,
      String.raw`says|said|keeps (?:moaning|complaining|saying)|moans|complains|is always moaning|reckons`,
      String.raw`(?:is|was) (?:that|this|it) true\s*\??|never had (?:an? |any )?(?:issue|problem)s?(?: myself)?|not my experience`,
    ),
  ],
  de: [
    reported(
      String.raw`(?:mein|meine) (?:nachbar(?:in)?|kolleg(?:e|in)|bruder|schwester|mutter|vater|oma|opa|onkel|tante|freund(?:in)?|kumpel|schwager(?:in)?|mann|frau|chef(?:in)?)|jemand`,
      String.raw`sagt|sagte|meint|regt sich|schimpft|beschwert sich|jammert|behauptet|lastert`,
      String.raw`bei mir (?:lauft|laufts|geht|klappt|funktioniert)[^.!?]{0,40}?(?:einwandfrei|problemlos|super|ohne probleme|alles gut|top)|(?:noch )?nie (?:probleme|ein problem|arger) gehabt|stimmt das\s*\??`,
    ),
  ],
  es: [
    reported(
      String.raw`(?:mi|mis) (?:vecin[oa]s?|companer[oa]s?|herman[oa]s?|madre|padre|vieja|viejo|suegr[oa]|cunad[oa]|prim[oa]|ti[oa]|amig[oa]s?|abuel[oa]|novi[oa]|marido|mujer|jefe)|alguien`,
      String.raw`dice|dicen|dijo|se queja|se quejan|critica|asegura|jura`,
      String.raw`a mi (?:me|nunca|siempre|todo)[^.!?]*|(?:nunca|jamas) (?:he tenido|tuve) (?:ningun |ni un )?problema|(?:es|sera) verdad\s*\??|pero le ense\w+[^.!?]*`,
    ),
  ],
};
