// A parcel left lying in the street or the rain, told as a plain fact (accent-folded): "left my parcel lying in the
// road", "a laissé mon colis par terre sur le trottoir", "hat mein Paket einfach auf die Straße gelegt", "dejó mi
// paquete tirado en la calle" (round 32). Not a parcel left where the poster asked ("dejó el paquete con la vecina").
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const DUMPED_PARCELS: Record<Lang4, RegExp[]> = {
  en: [/\b(?:left|dumped|threw|chucked|dropped) (?:my|the|our) (?:parcel|package|box|delivery|order)\b[^.!?]{0,12}\b(?:lying|in the (?:road|street|rain|gutter|mud)|on the (?:pavement|road|street|kerb|curb|pavement))\b/],
  fr: [/\b(?:laisse|jete|balance|depose|pose) (?:mon|le|notre|ma|la) (?:colis|carton|paquet|commande)\b[^.!?]{0,12}\b(?:par terre|sur le trottoir|dans la rue|sous la pluie|en pleine pluie|dans la boue|sur la route)\b/],
  de: [/\b(?:mein|das|unser|meine) (?:paket|packchen|karton|lieferung)\b[^.!?]{0,20}\b(?:auf die strasse|auf den gehweg|auf den bordstein|in den regen|in den matsch|in die pfutze)\b/],
  es: [/\b(?:paquete|caja|pedido|bulto) (?:tirad[oa]|abandonad[oa])\b|\b(?:dejo|dejaron|tiro|tiraron) (?:mi|el|la|nuestro) (?:paquete|caja|pedido)\b[^.!?]{0,8}\btirad[oa]\b|\b(?:dejo|dejaron) (?:mi|el|la) (?:paquete|caja|pedido) (?:en la (?:calle|acera|lluvia)|bajo la lluvia)\b/],
};
