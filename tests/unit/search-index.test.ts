/**
 * The search index format (src/lib/catalogue/search-index.ts): what the build writes and the browser decodes.
 */
import { describe, expect, it } from 'vitest';
import { syntheticSummaries } from '../../scripts/bench-search.ts';
import {
  buildSearchIndex,
  decodeSearchIndex,
  DESCRIPTION_KEYWORDS,
  FUSE_KEYS,
  indexedForm,
  SEARCH_INDEX_VERSION,
  type SearchIndexData,
} from '../../src/lib/catalogue/search-index.ts';
import type { VenueSummary } from '../../src/lib/catalogue/venue-summary.ts';
import { compileOpeningHours } from '../../src/lib/hours/compile.ts';
import { contentWords } from '../../src/lib/text.ts';
import { demoSummaries, FROM, summary } from '../helpers/summaries.ts';

const HEADER = { territoires: ['Ain', 'Allier'], built: '2026-11-23T12:00:00.000Z' };

const roundTrip = (summaries: VenueSummary[]): VenueSummary[] =>
  decodeSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(summaries, HEADER))) as SearchIndexData);

describe('search index', () => {
  it('round-trips exactly (key order included) on crafted edge cases', () => {
    const venues: VenueSummary[] = [
      summary(),
      // out-of-order lists, levers that are not the derived ones, several languages, national programmes
      summary({ id: 'x-1', services: ['Accès internet et matériel informatique', 'Aide aux démarches administratives'], frais: ['Payant', 'Gratuit'], leviers: ['services', 'equipement'], langues: ['en', 'ar'], dispositifs: ['France Services', 'Aidants Connect'] }),
      // literal id, tab in the name, no coordinates, no operator, no hours, no description, itinerant with online appointments
      summary({ id: 'zz-9', nom: 'Bus\tnumérique', lat: undefined, lon: undefined, structure: undefined, hours: undefined, texte: undefined, itinerant: true, rdv_en_ligne: true, territoire: -1 }),
      // name containing the commune, id with a suffix, same place as the first
      summary({ id: 'mediatheque-de-riom-2', lat: 45.89366, lon: 3.11283 }),
      // hours in another zone with comments, and hours the compact form cannot express (kept as JSON)
      summary({ id: 'a-b', nom: 'A', commune: 'Bruxelles', code_postal: '1000', hours: { ...compileOpeningHours('Mo 09:00-12:00 "sur rendez-vous"', { country: 'BE', from: FROM }) } }),
      summary({ id: 'c-d', nom: 'C', hours: { tz: 'Europe/Paris', week: [[], [], [], [], [], [], [[0, 1440]]], ex: { 'not-a-date': [] }, from: '2026-11-23', until: '2027-12-27' } }),
      summary({ id: 'e-f', nom: 'E', hours: { until: '2027-12-27', tz: 'Europe/Paris', week: [[], [], [], [], [], [], []], ex: {}, from: '2026-11-23' } }),
      // an itinerant venue's stops, one placed (rounded like the venue), one not
      summary({ id: 'bus-riom', nom: 'Bus', itinerant: true, arrets: [{ commune: 'Châtel-Guyon', lat: 45.923456, lon: 3.066543, hours: compileOpeningHours('Th 09:00-12:00', { country: 'FR', from: FROM }) }, { commune: 'Volvic' }] }),
    ];
    const expected = indexedForm(venues);
    const decoded = roundTrip(venues);
    expect(decoded).toStrictEqual(expected);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(expected));
    // What indexedForm changes: coordinates rounded to 1e-4°, description reduced to keywords.
    expect(decoded[3]).toMatchObject({ lat: 45.8937, lon: 3.1128 });
    expect(decoded[2]).not.toHaveProperty('lat');
    expect(decoded[7]!.arrets).toEqual([{ commune: 'Châtel-Guyon', lat: 45.9235, lon: 3.0665, hours: venues[7]!.arrets![0]!.hours }, { commune: 'Volvic' }]);
    expect(decoded[0]).not.toHaveProperty('arrets');
  });

  it('round-trips the demo venues exactly, hours included', () => {
    const venues = demoSummaries();
    expect(venues.length).toBeGreaterThan(600);
    const onGrid = venues.map((v) => (v.lat !== undefined ? { ...v, lat: Math.round(v.lat * 1e4) / 1e4, lon: Math.round(v.lon! * 1e4) / 1e4 } : v));
    // Without descriptions and with coordinates on the grid, the index form is the input itself.
    // (The France Services have a description: their typology's label, « Réseau France Services ».)
    const plain = onGrid.filter((v) => v.texte === undefined);
    expect(plain.length).toBeGreaterThan(600);
    expect(indexedForm(plain)).toStrictEqual(plain);
    const decoded = roundTrip(plain);
    expect(decoded).toStrictEqual(plain);
    expect(decoded.filter((v) => v.hours).length).toBeGreaterThan(500);
    expect(roundTrip(onGrid)).toStrictEqual(indexedForm(onGrid));
  });

  it('round-trips synthetic venues with descriptions, keeping a bounded set of keywords', () => {
    const { summaries } = syntheticSummaries(300, 'search-test');
    const expected = indexedForm(summaries);
    expect(JSON.stringify(roundTrip(summaries))).toBe(JSON.stringify(expected));
    const withText = expected.filter((s) => s.texte);
    expect(withText.length).toBeGreaterThan(100);
    for (const s of withText) {
      const words = s.texte!.split(' ');
      expect(words.length).toBeLessThanOrEqual(DESCRIPTION_KEYWORDS.perVenue);
      // Keywords are description words, never words of the name.
      expect(words.some((word) => contentWords(s.nom).includes(word))).toBe(false);
    }
  });

  it('round-trips an empty list', () => {
    expect(roundTrip([])).toEqual([]);
  });

  it('has a format version, dictionaries and no venue object', () => {
    const data = buildSearchIndex([summary(), summary({ id: 'mediatheque-de-riom-2' })], HEADER);
    expect(data.v).toBe(SEARCH_INDEX_VERSION);
    expect(data).toMatchObject({ n: 2, territoires: HEADER.territoires, built: HEADER.built, pn: ['Riom'], pc: ['63200'], ops: ['Ville de Riom'] });
    expect(data.hs).toHaveLength(1);
    expect(data.ids).toEqual(['', '0-2']);
    expect(data.noms).toEqual(['Médiathèque de \t', 'Médiathèque de \t']);
    expect(() => decodeSearchIndex({ ...data, v: SEARCH_INDEX_VERSION + 1 })).toThrow(/format/);
    expect(() => buildSearchIndex([summary({ services: ['Cuisine' as never] })], HEADER)).toThrow(/Cuisine/);
  });

  it('stores ids from the name and commune whatever made them: predicted, suffixed, cut, or verbatim', () => {
    const venues = [
      summary({ id: 'mediatheque-de-riom' }),
      summary({ id: 'espace-numerique-riom', nom: 'Espace numérique' }),
      // the commune inside the name, not at its end
      summary({ id: 'mairie-de-riom-annexe', nom: 'Mairie de Riom annexe' }),
      // a name cut to fit a length, then the commune
      summary({ id: 'maison-des-services-au-public-du-riom', nom: 'Maison des services au public du pays de Riom-Limagne', commune: 'Riom' }),
      summary({ id: 'sans-rapport', nom: 'Autre chose' }),
      summary({ id: 'mediatheque-de-riom-2' }),
      summary({ id: 'mediatheque-de-riom~1', lat: 45.9 }),
    ];
    const data = buildSearchIndex(venues, HEADER);
    // The prediction most ids follow here: the commune is not repeated when the name contains it.
    expect(data.ids.slice(0, 3)).toEqual(['', '', '']);
    expect(data.ids[3]).toMatch(/^\d~/);
    expect(data.ids[3]!.length).toBeLessThan(venues[3]!.id.length / 2);
    expect(data.ids[4]).toBe('=sans-rapport');
    expect(data.ids[5]).toMatch(/^\d-2$/);
    expect(roundTrip(venues).map((v) => v.id)).toEqual(venues.map((v) => v.id));
  });

  it('declares the searched fields once, name first', () => {
    expect(FUSE_KEYS.map((key) => key.name)).toEqual(['nom', 'commune', 'code_postal', 'structure', 'texte']);
  });
});
