/**
 * The French text module (src/lib/text.ts): folding, words, slugs, place-name keys, plurals.
 */
import { describe, expect, it } from 'vitest';
import {
  communeMatchKey,
  communeMatchWords,
  contentWords,
  expandAbbreviation,
  isStopWord,
  normalize,
  placeNameKey,
  placeNameWords,
  plural,
  slugify,
  stem,
  tokenize,
  withoutArticle,
} from '../../src/lib/text.ts';

describe('normalize and tokenize', () => {
  it('lowercases, removes diacritics, expands ligatures and splits on apostrophes and dashes', () => {
    expect(normalize("L'Isle-d'Abeau — Médiathèque ŒUVRE")).toBe('l isle d abeau mediatheque oeuvre');
    expect(normalize('  Ærø  Straße ')).toBe('aerø strasse');
    expect(normalize('Saint‑Étienne’s')).toBe('saint etienne s');
    expect(normalize('Centre Social &amp; Culturel')).toBe('centre social & culturel');
  });

  it('folds decomposed accents and characters outside Latin-1 like precomposed ones', () => {
    expect(normalize('Me\u0301diathe\u0300que')).toBe('mediatheque');
    expect(normalize('ẞ Ǆ')).toBe(normalize('ß ǆ'));
    expect(normalize('plain ascii 42')).toBe('plain ascii 42');
  });

  it('cuts words on anything but ASCII letters and digits', () => {
    expect(tokenize('1/3 LIEU NUMERIQUE')).toEqual(['1', '3', 'lieu', 'numerique']);
    expect(tokenize("Médiathèque « La Ponatière » (Échirolles), 38130")).toEqual(['mediatheque', 'la', 'ponatiere', 'echirolles', '38130']);
    expect(tokenize('  ')).toEqual([]);
  });

  it('drops stop words and expands abbreviations in content words', () => {
    expect(contentWords("Je cherche de l'aide pour mes impôts à St-Étienne")).toEqual(['cherche', 'aide', 'impots', 'saint', 'etienne']);
    expect(isStopWord('les')).toBe(true);
    expect(isStopWord('lieu')).toBe(false);
  });

  it('expands only the listed abbreviations (not inherited object keys)', () => {
    expect(['st', 'ste', 'sts', 'stes'].map(expandAbbreviation)).toEqual(['saint', 'sainte', 'saints', 'saintes']);
    expect(expandAbbreviation('constructor')).toBe('constructor');
    expect(contentWords('constructor')).toEqual(['constructor']);
  });

  it('folds French plurals for matching, not short words', () => {
    expect(stem('demarches')).toBe('demarche');
    expect(stem('bureaux')).toBe('bureau');
    expect(stem('pc')).toBe('pc');
    expect(stem('bus')).toBe('bus');
    expect(stem('75018')).toBe('75018');
  });
});

describe('slugify', () => {
  it('slugifies like venue ids', () => {
    expect(slugify("Médiathèque de L'Isle-d'Abeau")).toBe('mediatheque-de-l-isle-d-abeau');
    expect(slugify('  --Œuvre 1/3-- ')).toBe('oeuvre-1-3');
    expect(slugify("  L'Œuvre d'Été — ÀÉÎ  ")).toBe('l-oeuvre-d-ete-aei');
    expect(slugify('« » !')).toBe('');
  });

  it('cuts a long slug at its last dash within the limit, keeping whole words', () => {
    expect(slugify('Maison France Services de Saint-Julien', 25)).toBe('maison-france-services-de');
    // The limit falls right after a word: that word is kept.
    expect(slugify('Maison France Services de Saint-Julien', 22)).toBe('maison-france-services');
    expect(slugify('Maison France', 40)).toBe('maison-france');
    // One word longer than the limit is cut inside.
    expect(slugify('Anticonstitutionnellement', 10)).toBe('anticonsti');
    for (let max = 1; max <= 40; max++) {
      const slug = slugify("Centre social et culturel d'Échirolles-Ouest", max);
      expect(slug.length, String(max)).toBeLessThanOrEqual(max);
      expect(slug, String(max)).not.toMatch(/^-|-$|--/);
    }
  });
});

describe('place names', () => {
  it('gives one key to the spellings of a name: case, accents, « St », apostrophes and hyphens', () => {
    const key = placeNameKey('Saint-Étienne');
    expect(key).toBe('saint etienne');
    for (const spelling of ['St-Étienne', 'ST ETIENNE', 'saint etienne', ' Saint–Étienne ']) expect(placeNameKey(spelling), spelling).toBe(key);
    expect(placeNameKey("L'Isle-d'Abeau")).toBe('l isle d abeau');
    expect(placeNameKey('  Œuilly-sur-Marne ')).toBe('oeuilly sur marne');
    expect(placeNameKey('Ste-Foy-lès-Lyon')).toBe('sainte foy les lyon');
    expect(placeNameWords('Stes-Maries')).toEqual(['saintes', 'maries']);
  });

  it('keeps the article in the key, and can leave it out', () => {
    expect(placeNameKey('Le Puy-en-Velay')).not.toBe(placeNameKey('Puy-en-Velay'));
    expect(withoutArticle(placeNameWords('Le Puy-en-Velay'))).toEqual(['puy', 'en', 'velay']);
    expect(withoutArticle(placeNameWords("L'Isle-d'Abeau"))).toEqual(['isle', 'd', 'abeau']);
    expect(withoutArticle(['la'])).toEqual(['la']);
  });

  it('matches commune names written by hand more loosely: CEDEX, article and spaces ignored', () => {
    expect(communeMatchKey("Saint-Donat-sur-l'Herbasse")).toBe(communeMatchKey('St Donat sur lHerbasse'));
    expect(communeMatchKey('Le Puy-en-Velay')).toBe(communeMatchKey('PUY EN VELAY'));
    expect(communeMatchWords('LYON CEDEX 03')).toEqual(['lyon']);
    expect(communeMatchWords('Annecy Cedex')).toEqual(['annecy']);
    expect(communeMatchWords('Les Avanchers-Valmorel')).toEqual(['avanchers', 'valmorel']);
    // The stricter place-name key tells them apart.
    expect(placeNameKey("Saint-Donat-sur-l'Herbasse")).not.toBe(placeNameKey('St Donat sur lHerbasse'));
  });
});

describe('plural', () => {
  it('counts in French', () => {
    expect(plural(0, 'lieu', 'lieux')).toBe('aucun lieu');
    expect(plural(0, 'fiche', 'fiches', true)).toBe('aucune fiche');
    expect(plural(1, 'lieu', 'lieux')).toBe('1 lieu');
    expect(plural(18000, 'lieu', 'lieux')).toBe('18\u202f000 lieux');
  });
});
