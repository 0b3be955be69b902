// Something that should not be there found in food, told as a plain fact (accent-folded): "found a bit of plastic in
// my sausage roll", "Un cheveu dans mon burger", "ein Stück Plastik in meinem Joghurt", "Había un pelo en mi pizza"
// (held-out misses of rounds 16 and 17's care posts; class posts). The model reads a product and a shop, not a fault.
// Only foreign bodies count: a note, a voucher or a free sample found in an order ("J'ai trouvé un petit mot…") is
// praise. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const FOREIGN_BODIES: Record<Lang4, RegExp[]> = {
  en: [
    /\b(?:(?:bit|piece|shard|chunk|sliver|strand|lump) of (?:hard )?(?:plastic|glass|metal|wire|hair)|(?:long |a |an )(?:hair|insect|fly|dead fly|bug|beetle|maggot|cockroach|slug|plaster|fingernail|screw|staple)|(?:someone's|somebody's) (?:hair|socks|underwear)) (?:baked |cooked |stuck )?(?:in|into|inside|under) (?:my|the|our|a)\b/,
  ],
  fr: [
    /\b(?:(?:un |des )?(?:morceau|bout|eclat)x? de (?:plastique|verre|metal|fil de fer)|un (?:cheveu|poil|insecte|cafard|asticot|ver|pansement|ongle)|une (?:mouche|limace|agrafe|vis))\b[^.!?]{0,25}\b(?:dans|sous) (?:mon|ma|mes|le|la|les|notre)\b/,
  ],
  de: [
    /\b(?:(?:ein )?(?:stuck|stuckchen|splitter|teil) (?:hartes |hartplastik )?(?:plastik|glas|metall|draht)|ein (?:haar|insekt|wurm|pflaster)|eine (?:tote )?(?:fliege|made|schnecke|schraube)|(?:glas|plastik|metall)splitter)\b[^.!?]{0,25}\b(?:in|im) (?:meine[mnr]?|unsere[mnr]?|dem|der)\b|\b(?:in|im) (?:meine[mnr]?|unsere[mnr]?) \w+\b[^.!?]{0,40}\b(?:war|waren|steckte|lag|fand ich) (?:ein|eine|zwei)(?: \w+)? (?:tote |totes )?(?:haar|haare|fliege|insekt|made|wurm|pflaster|plastikstuck|glassplitter|schraube)\b/,
  ],
  es: [
    /\b(?:(?:un )?(?:trozo|pedazo|trocito|cacho) de (?:plastico|cristal|vidrio|metal|alambre)|un (?:pelo|insecto|bicho|gusano|tirita|clavo|tornillo)|una (?:mosca|cucaracha|grapa|babosa))\b[^.!?]{0,25}\b(?:en (?:mi|mis|el|la|los|las|nuestro|nuestra)|dentro (?:de|del)(?: mi| mis| la| el| los| las)?)\b/,
  ],
};
