/**
 * The word index (src/lib/catalogue/word-index.ts): vocabulary, posting lists, plural siblings, postcodes by their
 * end, per-venue data, typo look-up.
 */
import { describe, expect, it } from 'vitest';
import type { VenueSummary } from '../../src/lib/catalogue/venue-summary.ts';
import { buildWordIndex, FIELDS, lowerBound, maskOf, similarIn, someNameHasAll, type WordIndex } from '../../src/lib/catalogue/word-index.ts';
import { SERVICES } from '../../src/lib/schema/standard.ts';
import { summary } from '../helpers/summaries.ts';

const VENUES: VenueSummary[] = [
  summary({ id: 'a', nom: 'Médiathèque de Riom', structure: 'Ville de Riom', texte: 'démarches' }),
  summary({ id: 'b', nom: 'Les démarches en ligne', commune: 'Lyon', code_postal: '69003', structure: undefined, texte: undefined, lat: undefined, lon: undefined, services: ['Accès internet et matériel informatique'] }),
];

/** Ids of the venues holding a word, with the names of the fields it is in. */
function postingsOf(index: WordIndex, word: string): Array<[string, string[]]> {
  const id = index.wordIds.get(word);
  if (id === undefined) return [];
  const result: Array<[string, string[]]> = [];
  for (let p = index.offsets[id]!; p < index.offsets[id + 1]!; p++) {
    const fields = FIELDS.filter((_, bit) => index.postField[p]! & (1 << bit));
    result.push([VENUES[index.postVenue[p]!]!.id, fields]);
  }
  return result;
}

describe('buildWordIndex', () => {
  const index = buildWordIndex(VENUES);

  it('indexes the content words of the searchable fields, each venue once per word with its fields', () => {
    expect(index.n).toBe(2);
    expect(postingsOf(index, 'riom')).toEqual([['a', ['nom', 'commune', 'structure']]]);
    expect(postingsOf(index, 'mediatheque')).toEqual([['a', ['nom']]]);
    expect(postingsOf(index, 'demarches')).toEqual([
      ['a', ['texte']],
      ['b', ['nom']],
    ]);
    expect(postingsOf(index, '69003')).toEqual([['b', ['code_postal']]]);
    // Stop words are not indexed.
    expect(index.wordIds.has('de')).toBe(false);
    expect(index.postings).toBe(index.offsets[index.words.length]);
  });

  it('keeps the vocabulary sorted for prefix look-ups', () => {
    expect(index.sorted).toEqual([...index.words].sort());
    expect([...index.sortedIds].map((id) => index.words[id])).toEqual(index.sorted);
    const start = lowerBound(index.sorted, 'medi');
    expect(index.sorted[start]).toBe('mediatheque');
    expect(lowerBound(index.sorted, '')).toBe(0);
    expect(lowerBound(index.sorted, 'zzzz')).toBe(index.sorted.length);
  });

  it('finds the plural siblings of a word, not the word itself', () => {
    const siblings = (word: string) => index.stemSiblings(word).map((id) => index.words[id]);
    expect(siblings('demarche')).toEqual(['demarches']);
    expect(siblings('demarches')).toEqual([]);
  });

  it('lists postcodes by their last two digits (arrondissements)', () => {
    expect(index.postcodesEndingWith.get('03')?.map((id) => index.words[id])).toEqual(['69003']);
    expect(index.postcodesEndingWith.get('00')?.map((id) => index.words[id])).toEqual(['63200']);
  });

  it('keeps per venue its first name word, name length, coordinates and enumeration bitsets', () => {
    expect(index.words[index.firstNameWord[0]!]).toBe('mediatheque');
    expect([...index.nameLength]).toEqual([2, 2]);
    expect(index.latitude[0]).toBe(45.8936);
    expect(Number.isNaN(index.latitude[1]!)).toBe(true);
    expect(index.masks.services[1]).toBe(1 << SERVICES.indexOf('Accès internet et matériel informatique'));
    expect(index.masks.services[0]).toBe(maskOf(VENUES[0]!.services, SERVICES));
  });

  it('finds vocabulary words close to a mistyped word, best first', () => {
    expect(index.similarWords('mediateque', false).map(({ id }) => index.words[id])[0]).toBe('mediatheque');
    expect(index.similarWords('zzzzzz', false)).toEqual([]);
  });
});

describe('similarIn', () => {
  const list = ['bibliotheque', 'biblio', 'clermont', 'clermonts', 'crest'];
  const ids = list.map((_, position) => position * 10);

  it('returns the ids of close words with the same first letter, the closest first', () => {
    const found = similarIn(list, ids, 'clermond', false);
    expect(found[0]).toMatchObject({ id: 20 });
    expect(found.every(({ id }) => list[id / 10]!.startsWith('c'))).toBe(true);
    expect(found[0]!.score).toBeLessThanOrEqual(found[found.length - 1]!.score);
  });

  it('compares only the beginning of longer words for a word being typed', () => {
    expect(similarIn(list, ids, 'bibliotec', false)).toEqual([]);
    expect(similarIn(list, ids, 'bibliotec', true).map(({ id }) => id)).toContain(0);
  });
});

describe('maskOf', () => {
  it('sets the bit of each listed value and ignores the others', () => {
    expect(maskOf(['b', 'd', 'z'], ['a', 'b', 'c', 'd'])).toBe(0b1010);
    expect(maskOf(undefined, ['a'])).toBe(0);
  });
});

describe('someNameHasAll', () => {
  const index = buildWordIndex(VENUES);

  it('is true when one name has every word, exactly or up to a plural', () => {
    expect(someNameHasAll(index, ['mediatheque', 'riom'])).toBe(true);
    expect(someNameHasAll(index, ['mediatheques'])).toBe(true);
    expect(someNameHasAll(index, ['demarche', 'ligne'])).toBe(true);
  });

  it('is false when the words are in two names, or outside the names, or when there is no word', () => {
    expect(someNameHasAll(index, ['mediatheque', 'ligne'])).toBe(false);
    // « lyon » is venue b's commune, « ville » the operator of a: not their names.
    expect(someNameHasAll(index, ['demarche', 'lyon'])).toBe(false);
    expect(someNameHasAll(index, ['ville'])).toBe(false);
    expect(someNameHasAll(index, ['mediath'])).toBe(false);
    expect(someNameHasAll(index, [])).toBe(false);
  });
});
