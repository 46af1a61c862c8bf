/**
 * buildVenueSummaries (src/lib/catalogue/venue-summary.ts): the one function that turns validated venues into
 * what the catalogue's search and filters know of them (site, tests and bench).
 */
import { describe, expect, it } from 'vitest';
import { buildVenueSummaries, compareVenues, compileVenueHours, stopSummaries, type VenueRecord } from '../../src/lib/catalogue/venue-summary.ts';
import { checkOpeningHours, compileOpeningHours } from '../../src/lib/hours/compile.ts';
import type { SubTerritory } from '../../src/lib/schema/territory.ts';
import { VenueSchema } from '../../src/lib/schema/venue.ts';
import { TODAY, VALID_VENUE } from '../fixtures/venues.ts';

const schema = VenueSchema({ defaultCountry: 'FR', checkHours: checkOpeningHours, today: TODAY });

function record(id: string, patch: Record<string, unknown> = {}): VenueRecord {
  const input: Record<string, unknown> = { ...VALID_VENUE, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete input[key];
  return { id, data: schema.parse(input) };
}

const sub = (id: string, fields: Partial<SubTerritory>): SubTerritory => ({ id, nom: id, departements: [], communes: [], codes_postaux: [], ...fields });

const territory = {
  fuseau_horaire: 'Europe/Paris',
  sous_territoires: [sub('isere', { departements: ['38'] }), sub('puy-de-dome', { departements: ['63'] })],
};

const venues = [
  record('mediatheque-de-riom', { structure: 'ville-de-riom' }),
  record('fablab-grenoble', { nom: 'Fablab', commune: 'Grenoble', code_postal: '38000', code_insee: '38185', latitude: 45.19, longitude: 5.72, typologie: ['TIERS_LIEUX'], horaires: undefined, presentation_resume: undefined }),
  record('ailleurs', { nom: 'Ailleurs', commune: 'Lyon', code_postal: '69001', code_insee: '69381', latitude: 45.76, longitude: 4.83, structure: 'inconnue' }),
];
const operators = [{ id: 'ville-de-riom', data: { nom: 'Ville de Riom' } }];

describe('buildVenueSummaries', () => {
  const summaries = buildVenueSummaries({ venues, operators, territory, referenceDate: TODAY });

  it('keeps the order and the ids of the venues', () => {
    expect(summaries.map((s) => s.id)).toEqual(['mediatheque-de-riom', 'fablab-grenoble', 'ailleurs']);
  });

  it('indexes the sub-territory in the territory list (-1: none)', () => {
    expect(summaries.map((s) => s.territoire)).toEqual([1, 0, -1]);
  });

  it('finds a venue that welcomes speakers of other languages, unnamed, under « Langues étrangères (autres) », once', () => {
    const [welcoming, both, neither] = buildVenueSummaries({
      venues: [
        record('accueil', { accueil_langues_etrangeres: true, prise_en_charge_specifique: ['Surdité'] }),
        record('deja', { accueil_langues_etrangeres: true, prise_en_charge_specifique: ['Langues étrangères (autres)'] }),
        record('non', { prise_en_charge_specifique: ['Surdité'] }),
      ],
      operators,
      territory,
      referenceDate: TODAY,
    });
    expect(welcoming!.prises_en_charge).toEqual(['Surdité', 'Langues étrangères (autres)']);
    expect(both!.prises_en_charge).toEqual(['Langues étrangères (autres)']);
    expect(neither!.prises_en_charge).toEqual(['Surdité']);
  });

  it("names the operator, and only a known one", () => {
    expect(summaries[0]!.structure).toBe('Ville de Riom');
    expect(summaries[1]).not.toHaveProperty('structure');
    expect(summaries[2]).not.toHaveProperty('structure');
  });

  it('compiles the hours in the territory zone from the reference date', () => {
    expect(summaries[0]!.hours).toEqual(compileOpeningHours(VALID_VENUE.horaires, { country: 'FR', from: TODAY, timeZone: 'Europe/Paris' }));
    expect(summaries[0]!.hours!.from).toBe('2026-11-23');
    expect(summaries[1]).not.toHaveProperty('hours');
    const later = buildVenueSummaries({ venues, operators, territory, referenceDate: new Date('2027-02-01T12:00:00Z') });
    expect(later[0]!.hours!.from).toBe('2027-02-01');
  });

  it('adds the typology words to the searchable text', () => {
    expect(summaries[0]!.texte).toBe(`${VALID_VENUE.presentation_resume} Bibliothèque / Médiathèque`);
    expect(summaries[1]!.texte).toBe('Tiers lieu & coworking');
  });

  it('takes the hours from the caller when given (a per-build cache), once per venue', () => {
    const asked: string[] = [];
    const cached = compileVenueHours(venues[0]!.data, 'Europe/Paris', TODAY);
    const result = buildVenueSummaries({
      venues,
      operators,
      territory,
      referenceDate: TODAY,
      hours: (venue) => {
        asked.push(venue.id);
        return venue.id === 'mediatheque-de-riom' ? cached : undefined;
      },
    });
    expect(asked).toEqual(['mediatheque-de-riom', 'fablab-grenoble', 'ailleurs']);
    expect(result[0]!.hours).toBe(cached);
    expect(result[2]).not.toHaveProperty('hours');
  });
});

describe('stopSummaries', () => {
  const stops = [
    { nom: 'Place du marché', commune: 'Riom', latitude: 45.89, longitude: 3.11 },
    { nom: 'Mairie', commune: 'Volvic' },
    { nom: 'Salle des fêtes', commune: 'Nulle-Part' },
  ];
  it("keeps a stop's own position, else asks where its commune is, else keeps its commune alone", () => {
    const asked: string[] = [];
    const position = (stop: { commune: string }) => {
      asked.push(stop.commune);
      return stop.commune === 'Volvic' ? { lat: 45.87, lon: 3.04 } : undefined;
    };
    expect(stopSummaries({ itinerance: ['Itinérant'], arrets: stops } as never, position)).toEqual([
      { commune: 'Riom', lat: 45.89, lon: 3.11 },
      { commune: 'Volvic', lat: 45.87, lon: 3.04 },
      { commune: 'Nulle-Part' },
    ]);
    expect(asked).toEqual(['Volvic', 'Nulle-Part']);
  });
  it('gives none to a fixed venue', () => {
    expect(stopSummaries({ itinerance: ['Fixe'], arrets: stops } as never)).toEqual([]);
  });
});

describe('compareVenues', () => {
  it('orders by commune then name, French collation (accents and case ignored, numbers by value)', () => {
    const venues = [
      { data: { commune: 'Évian-les-Bains', nom: 'Médiathèque' } },
      { data: { commune: 'annecy', nom: 'Espace 10' } },
      { data: { commune: 'Annecy', nom: 'Espace 9' } },
      { data: { commune: 'Eybens', nom: 'Atelier' } },
    ];
    expect([...venues].sort(compareVenues).map(({ data }) => `${data.commune} / ${data.nom}`)).toEqual([
      'Annecy / Espace 9',
      'annecy / Espace 10',
      'Évian-les-Bains / Médiathèque',
      'Eybens / Atelier',
    ]);
  });
});
