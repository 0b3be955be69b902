// An act's card on a festival's or venue's line-up: the act's name as heading, a day, a stage or a time after it, and
// icon links whose handles spell the act's name. Such a grid has the shape of the brand's follow block (a heading and a
// row of bare "Instagram" / "X" links), and a band's name may share a word with the festival's ("Harbour Ghosts" at the
// Harbourlight Festival) or carry "&" ("Salt & Hollow" → saltandhollow), which the name rules do not spell: the acts'
// accounts were listed as the festival's own (lineup-cards-en, written after the held-out blind rounds' line-up
// errors). Not read when the card says it is the festival's own part ("Our Quayside Stage", "the festival's own
// station") or when its heading holds a word of the festival's name whole ("Harbourlight Radio").
import { brandWords } from './brand-words.js';
import { handleSpellsName, OWN_PART } from './heading-spelt.js';
import { foldText } from './text.js';

/** A stage named on the card, folded: where an act plays (en, fr, de, es, it, nl, pt). */
const STAGE = /\b(?:stage|scene|buhne|escenario|palco|podium|tent|tente|zelt|carpa)\b/;

/** A day of the week, folded (en, fr, de, es, it, nl, pt): with a set time, an act's slot. */
const WEEKDAY =
  /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda|terca|quarta|quinta|sexta)\b/;

/**
 * A set time: "21:30", "22h15", "19.00", or the hour alone as programmes print it — "22 h", "21 hs", "20 h 30", "20 Uhr",
 * "9 pm" (round 40's tango orchestras' "Jueves 14 · 22 h · Salón Los Faroles"; lineup-hours-es, lineup-hours-fr).
 */
const SET_TIME = /\b(?:\d{1,2}[:h.]\d{2}|\d{1,2} ?(?:h|hs|hrs|uhr|am|pm))\b/;

/**
 * Opening hours, folded: a time, a dash or "to", another time ("mer et sam 10h–18h", "mer 14h–17h30"). A place's card
 * (a toy library's, a branch's), not an act's slot: an act is given the time it starts.
 */
const OPENING_HOURS = /\b\d{1,2}(?:[:h.]\d{2}| ?h)\s*(?:[-–—]|a|au|to|bis|al)\s*\d{1,2}(?:[:h.]\d{2}| ?h\b)/;

/**
 * A slot that comes back, folded: a show's or a series' card ("Jeden Donnerstag als Podcast", "Hverdage kl. 6.00",
 * "every Sunday at 20:00"), the brand's own programme rather than a guest act's slot.
 */
const RECURRING =
  /\b(?:every|each|weekly|daily|weekdays|nightly|chaque|tous|toutes|jeden|jede|jeweils|taglich|wochentags|cada|todos|todas|ogni|tutti|elke|iedere|wekelijks|hver|hverdage|varje|vardagar|todas)\b/;

/** Whether the card's text after its heading places an act on the programme: a stage, or a day with a set time, once. */
function lineupSlot(text: string): boolean {
  if (RECURRING.test(text)) return false;
  return STAGE.test(text) || (WEEKDAY.test(text) && SET_TIME.test(text) && !OPENING_HOURS.test(text));
}

/** Words of the festival's name from this many letters: a heading holding one whole is a part of the festival's. */
const BRAND_WORD_MIN = 4;

/** Whether the link sits on a line-up act's card whose heading the handle spells. */
export function onLineupCard(finding: { context?: string; heading?: string }, handle: string, target: { domain: string; brandName: string }): boolean {
  const { context, heading } = finding;
  if (!context || !heading || !context.startsWith(heading)) return false;
  const name = heading.trim();
  const words = foldText(name).split(/[^a-z0-9]+/).filter(Boolean);
  const own = brandWords(target, BRAND_WORD_MIN);
  if (words.some((w) => own.includes(w))) return false;
  const text = foldText(context);
  if (OWN_PART.test(text) || !lineupSlot(foldText(context.slice(heading.length)))) return false;
  return handleSpellsName(handle, name);
}
