// Spanish outrage wondered aloud, asked of no one (class posts after round 40's first sight, beside corpus 3's "Cómo es
// posible que un envío dentro de Lima tarde 9 días" and "Me pregunto si alguien en su empresa lee estos comentarios"):
// - how a fault can be, told without a mark: "Cómo es posible que una lavadora nueva pierda agua a la semana", "como
//   puede ser que cobren la bolsa y encima se rompa" — the subjunctive after "que" tells a fact deplored. With a mark
//   it may still ask ("¿Cómo puede ser que me cobren la luz de un mes en el que estuve fuera?", "¿Cómo es posible?"
//   after a double charge, both labelled questions), and "Cómo es posible cambiar la fecha…" asks how: only the form
//   without a mark, with "que", is read here (HOW_CAN_IT_BE);
// - whether anyone at the brand reads, answers or works, wondered: "Me pregunto si alguien de atención al cliente
//   trabaja los lunes", "me pregunto si alguien en esa oficina contesta los correos" (question-rhetoric.ts READING
//   leaves "si alguien lee" out: "Quisiera saber si alguien lee…" may ask); "Me pregunto si la tarifa joven incluye
//   roaming" and "Me pregunto si alguien sabe si…" ask;
// - the point of a charge denied: "¿Dónde está la gracia de cobrar la bolsa aparte?", "qué gracia tiene pagar
//   premium si…" ("¿Dónde está la tienda de Gracia?" asks).
// question-rhetoric.ts reads WONDERED as rhetoric with a mark or without, HOW_CAN_IT_BE only in a post without one. Read
// on the folded text (lower case, accents removed).

/** Wondering whether anyone answers, and the point of a thing denied, with or without a mark. */
export const WONDERED =
  /\bme pregunto si alguien (?:\S+ ){0,5}?(?:lee|leen|contesta|contestan|responde|responden|trabaja|trabajan|atiende|atienden|revisa|revisan|se entera|se enteran)\b|\bdonde (?:esta|estara) la gracia (?:de|en)\b|\bque gracia tiene\b/;

/** "Cómo es posible que…", "cómo puede ser que…" opening a sentence: a fault deplored, when the post has no mark. */
export const HOW_CAN_IT_BE = /^\W*(?:pero |y )?como (?:es posible|puede ser|puede ser posible) que\b/;
