// A shop the page calls an authorised seller of the brand's goods: "Punto de venta autorizado", "Distribuidor
// autorizado", "authorised stockist", "revendeur agréé", "Vertragshändler" (own-unit.ts adds it to OTHERS). Round 36's
// alpaca-wool brand set its authorised retailers' cards ("Punto de venta autorizado", "Tienda Inti – Arequipa") in the
// markup of its own stores', on a page whose lead said each of its own stores keeps an Instagram account; a card
// titled "Tienda …" whose handle spells it read as one of its shops. A brand authorises others to sell its goods; its
// own shops are never "authorised", so the word marks the shop as someone else's wherever a card or heading holds it.

/** Folded forms, singular and plural, in en, es, pt, fr, it, de, nl. */
export const AUTHORISED_SELLER = new RegExp(
  [
    String.raw`\bauthori[sz]ed (?:retailers?|resellers?|dealers?|stockists?|sellers?|distributors?|stores?|shops?|outlets?|points? of sale)\b`,
    String.raw`\bpuntos? de venta autorizados?\b`,
    String.raw`\b(?:distribuidor|distribuidores|revendedor|revendedores|vendedor|vendedores|comercio|comercios|concesionario|concesionarios|establecimiento|establecimientos) autorizados?\b`,
    String.raw`\b(?:tienda|tiendas|loja|lojas|revenda|revendas|pontos? de venda) autorizadas?\b`,
    String.raw`\b(?:revendeur|revendeurs|distributeur|distributeurs|detaillant|detaillants|concessionnaire|concessionnaires|magasin|magasins|points? de vente) (?:agree|agrees|autorise|autorises)\b`,
    String.raw`\b(?:rivenditor[ei]|distributor[ei]|punt[oi] vendita|negoz[io]|concessionari[oa]?) autorizzat[oiae]\b`,
    String.raw`\b(?:autorisierte|autorisierter|autorisierten|zugelassene|zugelassener|zugelassenen) (?:handler|fachhandler|fachhandel|vertriebspartner|verkaufsstellen?)\b`,
    String.raw`\bvertragshandler\b`,
    String.raw`\b(?:geautoriseerde|erkende) (?:dealers?|verkooppunten?|winkels?|wederverkopers?)\b`,
  ].join('|'),
);
