import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticSummaries } from '../../scripts/bench-search.ts';
import { createSearcher, MAX_TOKENS, parseQuery, type SearchHit, type Searcher } from '../../src/lib/catalogue/search.ts';
import {
  buildSearchIndex,
  decodeSearchIndex,
  DESCRIPTION_KEYWORDS,
  FUSE_KEYS,
  indexedForm,
  SEARCH_INDEX_VERSION,
  type SearchIndexData,
} from '../../src/lib/catalogue/search-index.ts';
import { buildVenueSummaries, type VenueSummary } from '../../src/lib/catalogue/venue-summary.ts';
import { compiledSynonyms, SYNONYMS, type Synonym } from '../../src/lib/catalogue/synonyms.ts';
import { contentWords, normalize, stem } from '../../src/lib/text.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { compileOpeningHours } from '../../src/lib/hours/compile.ts';
import { deriveLevers } from '../../src/lib/schema/levers.ts';

const FROM = new Date('2026-11-23T12:00:00Z');
const HEADER = { territoires: ['Ain', 'Allier'], built: '2026-11-23T12:00:00.000Z' };

/** The summaries of a content folder, as the site builds them. */
function demoSummaries(): VenueSummary[] {
  const content = loadContent(process.cwd(), 'content', { today: FROM });
  return buildVenueSummaries({ venues: content.venues, operators: content.operators, territory: content.territory!, referenceDate: FROM });
}

/** A summary with every field set, to derive edge cases from. */
function summary(overrides: Partial<VenueSummary> = {}): VenueSummary {
  const base: VenueSummary = {
    id: 'mediatheque-de-riom',
    nom: 'Médiathèque de Riom',
    commune: 'Riom',
    code_postal: '63200',
    territoire: 1,
    lat: 45.8936,
    lon: 3.1128,
    leviers: ['equipement', 'demarches', 'services'],
    services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'],
    services_pratiques: ['impression'],
    demarches: ['social-sante'],
    publics: ['Seniors'],
    prises_en_charge: ['Surdité'],
    langues: ['en'],
    frais: ['Gratuit'],
    acces: ['Se présenter', 'Téléphoner'],
    rdv_en_ligne: false,
    accompagnement: ['Accompagnement individuel'],
    itinerant: false,
    structure: 'Ville de Riom',
    hours: compileOpeningHours('Tu-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off', { country: 'FR', from: FROM }),
    texte: 'Ordinateurs en accès libre Bibliothèque / Médiathèque',
  };
  const merged = { ...base, ...overrides };
  for (const key of Object.keys(merged) as Array<keyof VenueSummary>) if (merged[key] === undefined) delete merged[key];
  return merged;
}

const roundTrip = (summaries: VenueSummary[]): VenueSummary[] =>
  decodeSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(summaries, HEADER))) as SearchIndexData);

describe('parseQuery', () => {
  it('keeps content words, marks the word being typed as a prefix', () => {
    expect(parseQuery('Médiathèque de Lyo').tokens).toEqual([
      { text: 'mediatheque', prefix: false },
      { text: 'lyo', prefix: true },
    ]);
    expect(parseQuery('mediatheque de ').tokens).toEqual([{ text: 'mediatheque', prefix: false }]);
    expect(parseQuery('').tokens).toEqual([]);
    expect(parseQuery('  ').tokens).toEqual([]);
  });

  it('keeps a lone stop word being typed (« la » may start « laval »)', () => {
    expect(parseQuery('la').tokens).toEqual([{ text: 'la', prefix: true }]);
    expect(parseQuery('la ').tokens).toEqual([]);
  });

  it('ignores words beyond MAX_TOKENS', () => {
    const words = Array.from({ length: MAX_TOKENS + 3 }, (_, i) => `mot${i}`);
    const { tokens } = parseQuery(words.join(' '));
    expect(tokens).toHaveLength(MAX_TOKENS);
    expect(tokens.every((token) => !token.prefix)).toBe(true);
  });

  it('expands abbreviations of complete words only', () => {
    expect(parseQuery('st etienne').tokens.map((t) => t.text)).toEqual(['saint', 'etienne']);
    expect(parseQuery('st').tokens.map((t) => t.text)).toEqual(['st']);
  });

  it('finds synonym phrases, longest first, and phrases being typed', () => {
    const grise = parseQuery('aide carte grise ');
    expect(grise.synonyms).toHaveLength(1);
    expect(grise.synonyms[0]).toMatchObject({ start: 1, end: 3, keys: ['carte grise'], prefix: false, means: { demarches: ['transports'] } });

    const typing = parseQuery('carte gri');
    expect(typing.synonyms[0]).toMatchObject({ start: 0, end: 2, keys: ['carte grise'], prefix: true });

    const caf = parseQuery('demarche caf');
    expect(caf.synonyms.map((s) => [s.start, s.end, s.label])).toEqual([
      [0, 1, 'démarche'],
      [1, 2, 'CAF'],
    ]);
    expect(caf.synonyms[1]!.means.demarches).toEqual(expect.arrayContaining(['social-sante', 'famille']));
  });

  it('matches synonyms whatever the accents, case and plural', () => {
    expect(parseQuery('IMPÔT ').synonyms[0]?.means.demarches).toEqual(['argent-impots']);
    expect(parseQuery('impots ').synonyms[0]?.means.demarches).toEqual(['argent-impots']);
    expect(parseQuery('Pôle-Emploi ').synonyms[0]?.means.demarches).toEqual(['travail']);
    expect(parseQuery('ordinateurs ').synonyms[0]?.means.services).toContain('Accès internet et matériel informatique');
  });

  it('matches synonyms by prefix only from 4 letters', () => {
    expect(parseQuery('impr').synonyms[0]).toMatchObject({ prefix: true, means: { services_pratiques: ['impression'] } });
    expect(parseQuery('imp').synonyms).toEqual([]);
  });
});

describe('synonyms', () => {
  const { byKey, labels } = compiledSynonyms();

  it('every phrase has words once normalised', () => {
    for (const entry of SYNONYMS as readonly Synonym[]) {
      for (const phrase of entry.words) expect(contentWords(phrase).length, phrase).toBeGreaterThan(0);
    }
  });

  it('covers the words people type', () => {
    const typed = ['caf', 'ameli', 'cpam', 'secu', 'impots', 'impot', 'france travail', 'pole emploi', 'chomage', 'retraite', 'carte grise', 'ants',
      'passeport', 'imprimer', 'impression', 'photocopie', 'scanner', 'numeriser', 'wifi', 'internet', 'ordinateur', 'pc', 'portable', 'smartphone',
      'telephone', 'tablette', 'mail', 'email', 'cv', 'emploi', 'arnaque', 'securite', 'enfants', 'parent'];
    for (const words of typed) expect(byKey.has(words.split(' ').map(stem).join(' ')), words).toBe(true);
    expect(labels.get('caf')).toBe('CAF');
  });

  it('is typed: an unknown service does not type-check', () => {
    // @ts-expect-error « Pas un service » is not a Service of the standard.
    const wrong: Synonym = { words: ['x'], means: { services: ['Pas un service'] } };
    expect(wrong.words).toEqual(['x']);
  });

  it('expands to conditions, with the démarches and publics rules', () => {
    const venues = [
      summary({ id: 'a', nom: 'Lieu A', services: ['Aide aux démarches administratives'], demarches: ['social-sante'], services_pratiques: [], publics: [] }),
      summary({ id: 'b', nom: 'Lieu B', services: ['Aide aux démarches administratives'], demarches: [], services_pratiques: [], publics: ['Seniors'] }),
      summary({ id: 'c', nom: 'Lieu C', services: ['Aide aux démarches administratives'], demarches: ['travail'], services_pratiques: [], publics: ['Jeunes'] }),
      summary({ id: 'd', nom: 'Lieu D', services: ['Accès internet et matériel informatique'], demarches: [], services_pratiques: ['impression'], publics: [] }),
      summary({ id: 'e', nom: 'Lieu E', services: ['Accès internet et matériel informatique'], demarches: [], services_pratiques: [], publics: [] }),
    ].map((s) => ({ ...s, leviers: deriveLevers(s), texte: undefined }));
    const searcher = createSearcher(venues);
    const ids = (query: string) => searcher.search(query).map((hit) => venues[hit.index]!.id);
    // CAF: the venue listing the démarche first, then the one not saying which démarches; not the one listing others.
    expect(ids('caf ')).toEqual(['a', 'b']);
    // Printing: the practical service first, then the broader equipment service.
    expect(ids('imprimer ')).toEqual(['d', 'e']);
    // Seniors: the venue addressing them first, then venues for everyone; not the one for young people only.
    expect(ids('seniors ')).toEqual(['b', 'a', 'd', 'e']);
    // AND across words.
    expect(ids('caf seniors ')).toEqual(['b', 'a']);
  });
});

describe('search index', () => {
  it('round-trips exactly (key order included) on crafted edge cases', () => {
    const venues: VenueSummary[] = [
      summary(),
      // out-of-order lists, levers that are not the derived ones, several languages
      summary({ id: 'x-1', services: ['Accès internet et matériel informatique', 'Aide aux démarches administratives'], frais: ['Payant', 'Gratuit'], leviers: ['services', 'equipement'], langues: ['en', 'ar'] }),
      // literal id, tab in the name, no coordinates, no operator, no hours, no description, itinerant with online appointments
      summary({ id: 'zz-9', nom: 'Bus\tnumérique', lat: undefined, lon: undefined, structure: undefined, hours: undefined, texte: undefined, itinerant: true, rdv_en_ligne: true, territoire: -1 }),
      // name containing the commune, id with a suffix, same place as the first
      summary({ id: 'mediatheque-de-riom-2', lat: 45.89366, lon: 3.11283 }),
      // hours in another zone with comments, and hours the compact form cannot express (kept as JSON)
      summary({ id: 'a-b', nom: 'A', commune: 'Bruxelles', code_postal: '1000', hours: { ...compileOpeningHours('Mo 09:00-12:00 "sur rendez-vous"', { country: 'BE', from: FROM }) } }),
      summary({ id: 'c-d', nom: 'C', hours: { tz: 'Europe/Paris', week: [[], [], [], [], [], [], [[0, 1440]]], ex: { 'not-a-date': [] }, from: '2026-11-23', until: '2027-12-27' } }),
      summary({ id: 'e-f', nom: 'E', hours: { until: '2027-12-27', tz: 'Europe/Paris', week: [[], [], [], [], [], [], []], ex: {}, from: '2026-11-23' } }),
    ];
    const expected = indexedForm(venues);
    const decoded = roundTrip(venues);
    expect(decoded).toStrictEqual(expected);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(expected));
    // What indexedForm changes: coordinates rounded to 1e-4°, description reduced to keywords.
    expect(decoded[3]).toMatchObject({ lat: 45.8937, lon: 3.1128 });
    expect(decoded[2]).not.toHaveProperty('lat');
  });

  it('round-trips the demo venues exactly, hours included', () => {
    const venues = demoSummaries();
    expect(venues.length).toBeGreaterThan(600);
    const onGrid = venues.map((v) => (v.lat !== undefined ? { ...v, lat: Math.round(v.lat * 1e4) / 1e4, lon: Math.round(v.lon! * 1e4) / 1e4 } : v));
    // Without descriptions and with coordinates on the grid, the index form is the input itself.
    expect(onGrid.every((v) => v.texte === undefined)).toBe(true);
    expect(indexedForm(onGrid)).toStrictEqual(onGrid);
    const decoded = roundTrip(onGrid);
    expect(decoded).toStrictEqual(onGrid);
    expect(decoded.filter((v) => v.hours).length).toBeGreaterThan(500);
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

describe('relevance on the demo data (hold-out queries)', () => {
  let venues: VenueSummary[];
  let searcher: Searcher;
  beforeAll(() => {
    venues = decodeSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(demoSummaries(), HEADER))) as SearchIndexData);
    searcher = createSearcher(venues);
  });
  /** The first `count` venues found; fails when fewer are found (so that an empty result never passes). */
  const top = (query: string, count = 3): VenueSummary[] => {
    const hits = searcher.search(query);
    expect(hits.length, query).toBeGreaterThanOrEqual(count);
    return hits.slice(0, count).map((hit) => venues[hit.index]!);
  };
  const has = (v: VenueSummary, service: string) => (v.services as readonly string[]).includes(service);

  it('returns every venue, in order, for an empty query', () => {
    const hits = searcher.search('');
    expect(hits).toHaveLength(venues.length);
    expect(hits.slice(0, 3).map((hit: SearchHit) => hit.index)).toEqual([0, 1, 2]);
    expect(searcher.search('   ')).toHaveLength(venues.length);
  });

  it('mediatheque → médiathèques only', () => {
    const found = top('mediatheque');
    expect(found).toHaveLength(3);
    for (const v of found) expect(normalize(v.nom)).toMatch(/^mediatheque\b/);
  });

  it('mediateque (typo) → médiathèques', () => {
    for (const v of top('mediateque')) expect(normalize(v.nom)).toContain('mediatheque');
  });

  it('bibliotheqe (typo) → bibliothèques', () => {
    for (const v of top('bibliotheqe')) expect(normalize(v.nom)).toContain('bibliotheque');
  });

  it('medi (being typed) → names with a word starting with medi', () => {
    for (const v of top('medi')) expect(contentWords(v.nom).some((word) => word.startsWith('medi'))).toBe(true);
  });

  it('emmaus connect → the two Emmaüs Connect venues first', () => {
    expect(top('emmaus connect', 2).map((v) => v.id).sort()).toEqual(['emmaus-connect-grenoble', 'emmaus-connect-lyon']);
  });

  it('demarche caf → venues helping with procedures, none without', () => {
    const hits = searcher.search('demarche caf');
    expect(hits.length).toBeGreaterThan(100);
    for (const hit of hits) expect(has(venues[hit.index]!, 'Aide aux démarches administratives')).toBe(true);
    expect(hits.length).toBeLessThan(venues.length);
  });

  it('clermont and clermond (typo) → venues in Clermont-Ferrand', () => {
    for (const query of ['clermont', 'clermond']) {
      const found = top(query);
      expect(found).toHaveLength(3);
      for (const v of found) expect(normalize(v.commune), query).toMatch(/^clermont ferrand$/);
    }
  });

  it('74000 → Annecy', () => {
    for (const v of top('74000')) expect(v).toMatchObject({ code_postal: '74000', commune: 'Annecy' });
  });

  it('lyon 8 → Lyon 8e arrondissement first', () => {
    expect(top('lyon 8', 1)[0]).toMatchObject({ commune: 'Lyon', code_postal: '69008' });
  });

  it('france services annecy → France Services near Annecy (none in Annecy itself)', () => {
    const result = searcher.searchDetailed('france services annecy');
    expect(result.groups.find((group) => group.query === 'annecy')).toMatchObject({ dropped: true, near: true });
    expect(result.hits.length).toBeGreaterThanOrEqual(3);
    for (const hit of result.hits.slice(0, 3)) {
      expect(normalize(venues[hit.index]!.nom)).toContain('france services');
      const near = hit.matched.find((match) => match.kind === 'near');
      expect(Number.parseFloat(near!.word)).toBeLessThan(35);
    }
  });

  it('centre social chambery → the social centre of Chambéry', () => {
    expect(top('centre social chambery', 1)[0]!.nom).toBe("Centre Social et d'Animation du Biollay");
  });

  it('st etienne → Saint-Étienne', () => {
    for (const v of top('st etienne')) expect(normalize(v.commune)).toMatch(/^saint etienne/);
  });

  it('imprimer, wifi → venues with equipment', () => {
    for (const query of ['imprimer', 'wifi']) {
      for (const v of top(query)) {
        expect(has(v, 'Accès internet et matériel informatique') || v.services_pratiques.includes('impression'), query).toBe(true);
      }
    }
  });

  it('cv → help with jobs or everyday digital skills', () => {
    const found = top('cv');
    expect(found).toHaveLength(3);
    for (const v of found) {
      expect(has(v, 'Insertion professionnelle via le numérique') || has(v, 'Maîtrise des outils numériques du quotidien') || v.services_pratiques.includes('cv-annonce')).toBe(true);
    }
  });

  it('mission locale → missions locales', () => {
    for (const v of top('mission locale')) expect(normalize(v.nom)).toMatch(/^mission locale/);
  });

  it('fablab → fablabs', () => {
    for (const v of top('fablab')) expect(normalize(v.nom)).toContain('fablab');
  });

  it('ignores a word that matches nothing and says so', () => {
    const result = searcher.searchDetailed('mediatheque xqzw');
    expect(result.groups[1]).toMatchObject({ query: 'xqzw', venues: 0, dropped: true });
    expect(result.hits.length).toBeGreaterThanOrEqual(3);
    for (const hit of result.hits.slice(0, 3)) expect(normalize(venues[hit.index]!.nom)).toContain('mediatheque');
  });

  it('explains matches', () => {
    const [hit] = searcher.search('emmaus connect');
    expect(hit!.matched).toEqual([
      { query: 'emmaus', field: 'nom', kind: 'exact', word: 'emmaus' },
      { query: 'connect', field: 'nom', kind: 'exact', word: 'connect' },
    ]);
    const [typo] = searcher.search('clermond');
    expect(typo!.matched[0]).toMatchObject({ kind: 'fuzzy', word: 'clermont' });
  });
});
