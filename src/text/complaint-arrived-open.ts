// A parcel or a pack that arrived torn open or half empty, told as a plain fact (accent-folded): "the bag was ripped
// open when it arrived, half empty", "le paquet était déchiré à l'arrivée", "die Packung war aufgerissen als sie ankam,
// halb leer", "el paquete llegó abierto y medio vacío" (round 34's replies). No complaint word: the held-out models read
// a delivery. Only the pack as the subject of "was", "came", "arrived" — not the writer who tore it open the moment it
// came and emptied half of it already ("ripped the bag open the second it arrived, half empty already 😂 so good").
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const ARRIVED_OPEN: Record<Lang4, RegExp[]> = {
  en: [/\b(?:bag|box|parcel|package|packet|pack|envelope|tin|carton|pouch)\b[^.!?]{0,30}\b(?:was|were|came|arrived)\b (?:already |completely |all )?(?:ripped|torn|split|burst|busted|opened|open)(?: open)?\b|\b(?:arrived|came) (?:already )?half empty\b/],
  fr: [/\b(?:paquet|colis|carton|sachet|emballage|enveloppe)\b[^.!?]{0,30}\b(?:etait|est arrivee?|arrivee?) (?:deja |completement |tout )?(?:dechiree?|eventree?|ouverte?|a moitie vide)\b/],
  de: [/\b(?:paket|packung|karton|tute|beutel|dose|sendung|umschlag)\b[^.!?]{0,30}\b(?:war|kam)\b (?:bei ankunft |schon |bereits |komplett )?(?:aufgerissen|eingerissen|geoffnet|offen|halb leer)\b/],
  es: [/\b(?:paquete|caja|bolsa|sobre|envio|pedido)\b[^.!?]{0,20}\b(?:llego|vino|estaba) (?:ya )?(?:abiert[oa]|rot[oa]|rajad[oa]|medio vaci[oa])\b/],
};
