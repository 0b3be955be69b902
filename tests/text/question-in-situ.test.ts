// French questions without a mark whose question word stays where the answer goes (question-in-situ.ts: a question,
// whatever the question model says), in posts written for these tests beside near misses that state.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { asksInSitu } from '../../src/text/question-in-situ.js';

const folded = (text: string): string => postText(text, 'fr').folded;

describe('a French question with its question word in place', () => {
  it.each([
    'cest combien le menu midi chez Tavelle',
    'slt c combien la carte senior sur le réseau Ondine',
    'La piscine de Marbois c’est laquelle l’entrée pour les groupes svp',
    'Hâte pour la saison 2 de Corbelle, elle sort quand sur la plateforme',
    'Le car de remplacement part d’où exactement, la gare ou la mairie',
    'Spectacle Ombrelune dimanche, faut être là combien de temps avant',
    'j’hésite entre le forfait Léger et le Plus, lequel inclut l’Europe',
    'Qqn a le numéro du SAV Brasserie Lorvane, celui du site ne répond pas',
  ])('%j', (text) => {
    expect(asksInSitu(folded(text))).toBe(true);
    expect(isQuestion(text, 'fr')).toBe(true);
  });

  it.each([
    'La piscine ouvre quand il fait beau, pas avant',
    'Le car part quand il est plein, c’est pénible',
    'La saison 2 sort quand même en décembre, trop hâte',
    'J’ai le numéro du SAV, ils répondent vite en fait',
    'cest combien le menu midi ? je trouve pas sur le site',
  ])('%j asks nothing by this form', (text) => {
    expect(asksInSitu(folded(text))).toBe(false);
  });
});
