// A photo of the goods captioned with nothing but how they arrived (accent-folded, the whole post once the camera emoji
// is gone): "📸 l'état du colis à l'arrivée 🙃", "📸 this is how my parcel arrived", "Foto: der Zustand der Lieferung
// bei Ankunft", "📸 así me llegó el pedido". A caption of the state things came in is shown because it is bad; round 37
// gave one such miss (the picture, not the words, tells the damage). Only the whole post: a caption that goes on to
// praise ("… : nickel, merci", "… perfekt verpackt, danke!") is no complaint, and a glad face after the bare caption
// leaves it to the model (complaints.ts patternPoints, gladFace). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** The caption as the whole post, after an optional word for the picture. */
function wholeCaption(picture: string, caption: string): RegExp {
  return new RegExp(`^(?:(?:${picture})\\s*[:,.-]?\\s*)?(?:${caption})\\s*[.!]*$`);
}

export const ARRIVAL_CAPTIONS: Record<Lang4, RegExp[]> = {
  en: [
    wholeCaption(
      'photo|pic|picture|see pic|pic attached|photo attached|pics',
      "(?:this is |here's |that's )?how (?:my|the|our) (?:[\\w-]+ )?(?:parcel|package|order|box|delivery|shopping|items?|goods) (?:arrived|turned up|came)(?: today| this morning| yesterday)?|the state (?:of )?(?:my |the |our )?(?:parcel|package|order|box|delivery) (?:on arrival|when it arrived|it arrived in)",
    ),
  ],
  fr: [
    wholeCaption(
      'photo|photos|pj|ci-joint|voir photo',
      "(?:voila|voici) (?:comment|dans quel etat) (?:est arrivee? )?(?:mon|ma|mes|le|la|les) (?:colis|commande|carton|paquet|livraison|courses) (?:est|sont) arrivee?s?(?: aujourd'hui| ce matin| hier)?|l'etat (?:du|de (?:mon|ma|la)|des|de mes) (?:colis|commande|carton|paquet|livraison|produit)s? (?:a|lors de) (?:l'arrivee|la livraison|la reception)",
    ),
  ],
  de: [
    wholeCaption(
      'foto|bild|fotos|bilder|foto anbei|siehe foto',
      '(?:so (?:kam|ist) (?:mein|meine|das|die|der|unser|unsere) (?:[\\w-]+ )?(?:an|angekommen))|(?:der )?zustand (?:des|der|meines|meiner|unseres|unserer) (?:pakets?|lieferung|bestellung|kartons?|ware) (?:bei|nach der) (?:ankunft|lieferung|zustellung)',
    ),
  ],
  es: [
    wholeCaption(
      'foto|fotos|imagen|miren la foto',
      '(?:asi|mira como|miren como) (?:me )?(?:llego|llegaron|vino|vinieron) (?:el|la|mi|los|las|mis) (?:[\\w-]+)(?: hoy| ayer)?|(?:el |asi (?:fue )?el )?estado (?:del|de la|de mi|de los|de mis) (?:paquete|pedido|caja|envio|compra)s? (?:al llegar|a la llegada|cuando llego)',
    ),
  ],
};
