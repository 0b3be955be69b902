// Bad weather and the mood it leaves, which the brand's product cannot lift (accent-folded): "Il pleut depuis 3 jours,
// même mon café … n'arrive pas à me remonter le moral", "raining for a week straight and not even a flat white can lift
// my mood", "Seit drei Tagen nur Regen, nicht mal der Kakao … kann meine Laune retten", "Llevamos cinco días de lluvia
// y ni el café … me levanta el ánimo" (round 32). The span of the weather reads as a wait and the mood as a letdown;
// neither is the brand's. So is weariness of the weather, most often an advert's question ("Fed up with the rain? Our
// juices are 20% off", "Marre de la pluie ?", "¿Harto de la lluvia?", "die Nase voll vom Winter"). Both stretches are removed from the complaint text with the other removals (complaints.ts).
import type { Lang4 } from './stopwords.js';

export const WEATHER: Record<Lang4, RegExp[]> = {
  en: [
    /\b(?:it's been|it has been|been) (?:raining|pouring|snowing|grey|gray|freezing|foggy)\b[^.!?,]{0,30}/,
    /\b(?:fed up|sick|tired) (?:with|of) (?:the )?(?:rain|cold|winter|grey|gray|snow|weather)\b/,
    /\b(?:not even|even)\b[^.!?,]{0,40}\b(?:can(?:'t|not)?|could(?:n't)?) (?:lift|fix|save|cheer up|rescue) (?:my|our) (?:mood|spirits|day|week)\b/,
  ],
  fr: [
    /\bil (?:pleut|neige|fait gris|fait froid|gele|vente)\b(?: (?:depuis|sans arret|non-stop|tous les jours)\b[^.!?,]{0,20})?/,
    /\b(?:marre|ras le bol) (?:de la|du|des|de l') ?(?:pluie|froid|hiver|grisaille|neige)\b/,
    /\bmeme (?:mon|ma|mes|le|la|les|un|une)\b[^.!?,]{0,40}\bn'arrive pas a me (?:remonter le moral|rechauffer|consoler|redonner le sourire)\b/,
  ],
  de: [
    /\b(?:seit (?:\d+|zwei|drei|vier|funf|sechs|sieben|tagen|wochen|einer woche)\b[^.!?,]{0,15}\b(?:regen|schnee|nebel|grau|sturm|kalte)|es (?:regnet|schneit|sturmt)\b[^.!?,]{0,20})/,
    /\b(?:regen|schnee|nebel|sturm|dauerregen) seit (?:\d+|zwei|drei|vier|funf|sechs|sieben|tagen|wochen|einer woche)\b[^.!?,]{0,15}/,
    /\b(?:nase|schnauze) (?:\w+ )?voll (?:vom|von der|von dem) (?:regen|winter|wetter|schnee|kalte|grau)\b/,
    /\bnicht (?:mal|einmal)\b[^.!?,]{0,40}\b(?:kann|konnte|schafft) (?:meine|unsere|die) (?:laune|stimmung)\b[^.!?,]{0,15}/,
  ],
  es: [
    /\b(?:llevamos|llevo|van) (?:\d+|dos|tres|cuatro|cinco|seis|siete) (?:dias|semanas) (?:de|con) (?:lluvia|nieve|niebla|frio|tormenta)\b|\b(?:lleva|no para de) (?:lloviendo|nevando)\b[^.!?,]{0,20}/,
    /\b(?:harto|harta|hartos|hartas|cansado|cansada|cansados|cansadas) de(?: la| el)? (?:lluvia|frio|invierno|nieve)\b/,
    /\bni (?:el|la|los|las|un|una|mi)\b[^.!?,]{0,40}\bme (?:levanta|sube|alegra|arregla) (?:el animo|la moral|el dia)\b/,
  ],
};
