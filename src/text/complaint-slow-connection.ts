// A slow or weak connection told as a bare figure, often under mock praise (accent-folded), as round 35's voice-typed
// comments told it: minutes to load one page or one email ("4 minutes to load one email", "6 minutes pour ouvrir une
// seule photo", "5 Minuten um eine Seite zu laden", "tarda 2 minutos en abrir un correo"), one or two bars in a city
// centre ("une barre en plein centre de Lyon", "one bar of signal in the middle of", "una sola rayita de cobertura en
// pleno centro"), a line that goes "a pedales", speeds that fall every evening ("speeds drop every evening", "le débit
// s'effondre tous les soirs", "bricht jeden Abend … ein"), a few Mbit in a room of the home ("3 Mbit im Wohnzimmer").
// No trouble word: the held-out model reads praise ("super", "merci", "qué bonito") and a figure. Not seconds ("tout
// charge en une seconde"), five bars, a speed enough for its use ("3 Mbit reichen mir"), nor a line "volando".
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

const N_EN = '(?:\\d+|two|three|four|five|six|ten|several)';
const N_FR = '(?:\\d+|deux|trois|quatre|cinq|six|dix|plusieurs)';
const N_DE = '(?:\\d+|zwei|drei|vier|funf|sechs|zehn|mehrere)';
const N_ES = '(?:\\d+|dos|tres|cuatro|cinco|seis|diez|varios)';

export const SLOW_CONNECTION: Record<Lang4, RegExp[]> = {
  en: [
    new RegExp(`\\b${N_EN} (?:minutes|mins) to (?:load|open|send|download) (?:one|a single|a|an|1)\\b`),
    /\b(?:one|1|a single) bar (?:of (?:signal|coverage|4g|5g|reception) )?in the (?:middle|centre|center|heart) of\b/,
    /\b(?:speeds?|connection|internet|broadband|wifi) (?:drops?|crawls?|dies|slows?) (?:down )?(?:to (?:almost |basically |practically )?(?:nothing|zero|a crawl) )?every (?:evening|night)\b/,
  ],
  fr: [
    new RegExp(`\\b${N_FR} (?:minutes|min) pour (?:ouvrir|charger|envoyer|telecharger) (?:une|un) (?:seule?|petite?|simple )?`),
    /\b(?:une|1|deux|2) barres? (?:de reseau |de 4g |de 5g )?en plein (?:centre|coeur)\b/,
    /\b(?:le debit|la connexion|internet|la fibre|le wifi|le reseau) (?:s'effondre|chute|s'ecroule|rame|plonge) (?:\w+ )?tous les soirs\b/,
  ],
  de: [
    new RegExp(`\\b${N_DE} minuten (?:um|fur) (?:eine|ein|einen) (?:einzige[n]? )?(?:seite|mail|e-mail|email|foto|bild|video) (?:zu )?(?:laden|offnen|senden|schicken)?`),
    /\b(?:[1-9]|10) ?(?:mbit|mb|mbps)\b (?:im|in der|in meinem|in meiner) (?:wohnzimmer|kuche|schlafzimmer|buro|homeoffice|arbeitszimmer|kinderzimmer|flur)\b/,
    /\bjeden abend (?:bricht|fallt|geht) (?:die leitung|das internet|das netz|das wlan|die verbindung) (?:auf (?:fast )?(?:nichts|null) )?(?:ein|zusammen|in die knie)\b/,
  ],
  es: [
    new RegExp(`\\btarda ${N_ES} (?:minutos|min) en (?:abrir|cargar|enviar|descargar) (?:un|una)\\b`),
    /\b(?:va|iba|funciona) a pedales\b/,
    /\b(?:una sola|una|1) (?:raya|rayita|barra|barrita) de (?:cobertura|senal)\b[^.!?]{0,30}\ben pleno (?:centro|corazon)\b/,
  ],
};
