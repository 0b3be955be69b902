// Plans made with a friend greeted by a one-word handle (round 30's false alarms): "@pablo ¿nos pillamos el tren de las
// 8 el sábado?", "@sam are we still doing Marlow's on Friday?", "@lukas gehen wir morgen zum Flohmarkt?", "@chloe on se
// retrouve à 14h ?". opensWithPerson (question-model.ts) takes a handle of two parts or more for a person's; a
// one-word handle in lower case may be a brand's too ("@fibrea are we getting the new speeds?"), so here it must be
// followed by the words of a plan made together, at once. questions.ts counts no question in such a post.

/** A one-word handle in lower case at the post's start, then the plan's words. */
const FRIEND_PLAN = new RegExp(
  String.raw`^@[a-z]{2,12}[,:]? +(?:` +
    [
      String.raw`(?:are|is) we still (?:on|doing|going|up for|meeting)\b`,
      String.raw`(?:shall|should) we (?:go|meet|grab|get|do|try)\b`,
      String.raw`(?:fancy|wanna|want to) (?:go|grab|get|come|try|do)\b`,
      String.raw`¿?(?:nos (?:pillamos|vemos|tomamos|juntamos|apuntamos)|quedamos|vamos juntos|te vienes|te apuntas)\b`,
      String.raw`(?:gehen|treffen|fahren) wir\b|(?:kommst|gehst) du (?:mit|auch)\b`,
      String.raw`on se (?:retrouve|voit|fait|rejoint|capte)\b|tu viens\b|ca te dit\b`,
      // Round 37's: a plan or a purchase put to the friend at once ("@jess we going sat?", "@lea on y va samedi ?",
      // "@manon on commande ce soir ?"); "are we going to get gigabit" after a brand's handle opens otherwise.
      String.raw`we (?:still )?(?:going|doing)\b|on y (?:va|retourne)\b|on (?:commande|prend|teste|retourne)\b`,
      String.raw`(?:bestellen|holen|nehmen|kaufen) wir\b|¿?(?:las|los|la|lo) (?:pedimos|compramos)\b`,
    ].join('|') +
    ')',
);

/** Whether the post as written opens with a friend's one-word handle and a plan made together. */
export function plansWithFriend(original: string): boolean {
  return original.charCodeAt(0) === 64 && FRIEND_PLAN.test(original);
}
