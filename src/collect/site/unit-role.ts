// A person's job named by a kind of unit and a role ("Academy Manager & Head Coach", "Spa Director",
// "Akademie-Leiter", "Restaurant-Chefin"): staff cards set the role line right under the name, so a card's first words
// read "Maren Holt Academy Manager" — a name the handle spells, then a kind of unit. unit-title.ts takes a kind of unit
// right after the words a handle spells as part of the unit's title ("Tobar Bay Hotel" over "tobarbay"); before a role
// word that kind of unit is the person's department, not the title's end (round 32's academy coach, read as the club's
// academy).

/** Words naming a role (folded), whole, in the languages of the page set; "chef…" and "leiter…" open German compounds. */
const ROLE =
  /^(?:manager\w*|coach\w*|director\w*|directeur|directrice|direttor\w*|diretor\w*|head|lead|leader|chief|chef\w*|leiter\w*|leitung|coordinat\w*|coordinad\w*|koordinat\w*|supervisor\w*|assistant\w*|assistent\w*|officer|trainer\w*|instructor\w*|teacher|captain|host|producer|gerente|encargad[oa]|responsabile|responsable)$/;

/** Whether the folded word names a person's role ("manager", "director", "leiter", "chefin"). */
export function namesRole(word: string): boolean {
  return ROLE.test(word);
}
