/**
 * Query matching (src/lib/catalogue/query-match.ts): parsing a query, and which venues it matches, how well and why,
 * over a word index.
 */
import { describe, expect, it } from 'vitest';
import { createQueryMatcher, MAX_TOKENS, namedTerritories, OTHER_SCRIPT_PHRASE, parseQuery, queryTokens, type QueryMatches } from '../../src/lib/catalogue/query-match.ts';
import type { VenueSummary } from '../../src/lib/catalogue/venue-summary.ts';
import { buildWordIndex } from '../../src/lib/catalogue/word-index.ts';
import { deriveLevers } from '../../src/lib/schema/levers.ts';
import { summary } from '../helpers/summaries.ts';

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
    const grise = parseQuery('vite carte grise ');
    expect(grise.synonyms).toHaveLength(1);
    expect(grise.synonyms[0]).toMatchObject({ start: 1, end: 3, keys: ['carte grise'], prefix: false, means: { demarches: ['transports'] } });

    // One word of a phrase mistyped, but not another phrase that shares a word (« france services » is its own phrase, not « france travail »).
    expect(parseQuery('carte grisse').synonyms[0]).toMatchObject({ start: 0, end: 2, keys: ['carte grise'] });
    expect(parseQuery('france services ').synonyms.map((synonym) => synonym.keys)).toEqual([['france service']]);

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

/** Small venues without description, levers derived. */
function venue(overrides: Partial<VenueSummary>): VenueSummary {
  const s = summary({ texte: undefined, structure: undefined, ...overrides });
  return { ...s, leviers: deriveLevers(s) };
}

const VENUES = [
  venue({ id: 'mediatheque-riom', nom: 'Médiathèque de Riom' }),
  venue({ id: 'espace-riom', nom: 'Espace numérique', services_pratiques: [], lat: 45.894, lon: 3.114 }),
  venue({ id: 'fs-clermont', nom: 'France Services', commune: 'Clermont-Ferrand', code_postal: '63000', lat: 45.777, lon: 3.087, services_pratiques: [], dispositifs: ['France Services'] }),
  venue({ id: 'fs-thiers', nom: 'France Services', commune: 'Thiers', code_postal: '63300', lat: 45.857, lon: 3.547, services_pratiques: [], dispositifs: ['France Services'] }),
  venue({ id: 'mairie-lyon', nom: 'Mairie annexe', commune: 'Lyon', code_postal: '69003', lat: 45.76, lon: 4.85, services_pratiques: [], services: ['Accès internet et matériel informatique'] }),
  venue({ id: 'mediatheques-lyon', nom: 'Réseau des médiathèques', commune: 'Lyon', code_postal: '69001', lat: undefined, lon: undefined, services_pratiques: [] }),
];

const matcher = createQueryMatcher(buildWordIndex(VENUES));

/** The matches of a query, by venue id, with their score and reasons. */
function byId(query: string) {
  const matches = matcher.match(query) as QueryMatches;
  expect(matches, query).toBeDefined();
  return new Map(matches.venues.map((v, i) => [VENUES[v]!.id, { score: matches.scores[i]!, reasons: matches.reasons[i]! }]));
}

describe('namedTerritories', () => {
  const territories = [['savoie'], ['haute', 'savoie'], ['puy', 'dome'], ['isere'], []];
  it('names a sub-territory when every word of its name is in the query', () => {
    expect([...namedTerritories(territories, ['impots', 'isere'])]).toEqual([3]);
    expect([...namedTerritories(territories, ['dome'])]).toEqual([]);
    expect([...namedTerritories(territories, ['aide', 'puy', 'dome'])]).toEqual([2]);
  });
  it('leaves out a name inside a longer one the query names too, and names without words', () => {
    expect([...namedTerritories(territories, ['savoie'])]).toEqual([0]);
    expect([...namedTerritories(territories, ['haute', 'savoie'])]).toEqual([1]);
    expect([...namedTerritories(territories, ['savoie', 'isere'])].sort()).toEqual([0, 3]);
    expect([...namedTerritories([], ['savoie'])]).toEqual([]);
  });
});

describe('createQueryMatcher', () => {
  it('matches nothing for a query without words (every venue answers it)', () => {
    expect(matcher.match('')).toBeUndefined();
    expect(matcher.match(' de la ')).toBeUndefined();
  });

  it('returns each matching venue once, with its score and why', () => {
    const found = byId('mediatheque ');
    expect([...found.keys()].sort()).toEqual(['mediatheque-riom', 'mediatheques-lyon']);
    expect(found.get('mediatheque-riom')!.reasons).toEqual([{ query: 'mediatheque', field: 'nom', kind: 'exact', word: 'mediatheque' }]);
    expect(found.get('mediatheques-lyon')!.reasons).toEqual([{ query: 'mediatheque', field: 'nom', kind: 'stem', word: 'mediatheques' }]);
    expect(found.get('mediatheque-riom')!.score).toBeGreaterThan(found.get('mediatheques-lyon')!.score);
  });

  it('ranks a word in the name above the same word in the commune', () => {
    const found = byId('riom ');
    expect(found.get('mediatheque-riom')!.reasons[0]).toMatchObject({ field: 'nom', kind: 'exact' });
    expect(found.get('espace-riom')!.reasons[0]).toMatchObject({ field: 'commune', kind: 'exact' });
    expect(found.get('mediatheque-riom')!.score).toBeGreaterThan(found.get('espace-riom')!.score);
  });

  it('matches plurals, the word being typed and typos, each kind below the previous', () => {
    const plural = byId('mediatheques ');
    expect(plural.get('mediatheque-riom')!.reasons[0]).toMatchObject({ kind: 'stem', word: 'mediatheque' });
    expect(plural.get('mediatheques-lyon')!.reasons[0]).toMatchObject({ kind: 'exact' });
    const typing = byId('mediath');
    expect(typing.get('mediatheque-riom')!.reasons[0]).toMatchObject({ kind: 'prefix', word: 'mediatheque' });
    const typo = byId('mediateque ');
    expect(typo.get('mediatheque-riom')!.reasons[0]).toMatchObject({ kind: 'fuzzy', word: 'mediatheque' });
    const [exact, prefix, fuzzy] = [byId('mediatheque '), typing, typo].map((found) => found.get('mediatheque-riom')!.score);
    expect(exact).toBeGreaterThan(prefix!);
    expect(prefix).toBeGreaterThan(fuzzy!);
  });

  it('combines words with AND', () => {
    expect([...byId('france services thiers').keys()]).toEqual(['fs-thiers']);
  });

  it('ignores a word that matches nothing, and says so', () => {
    const matches = matcher.match('mediatheque xqzw')!;
    expect(matches.venues.map((v) => VENUES[v]!.id).sort()).toEqual(['mediatheque-riom', 'mediatheques-lyon']);
    expect(matches.groups).toEqual([
      { query: 'mediatheque', venues: 2, dropped: false },
      { query: 'xqzw', venues: 0, dropped: true },
    ]);
    expect(matches.reasons[0]).toHaveLength(1);
  });

  it('drops a place where nothing else matches and returns its centre, to rank by distance', () => {
    const matches = matcher.match('france services riom')!;
    expect(matches.venues.map((v) => VENUES[v]!.id).sort()).toEqual(['fs-clermont', 'fs-thiers']);
    expect(matches.groups.find((group) => group.query === 'riom')).toMatchObject({ dropped: true, near: true });
    expect(matches.near).toMatchObject({ label: 'riom' });
    expect(matches.near!.lat).toBeCloseTo(45.894, 2);
    expect(matches.near!.lon).toBeCloseTo(3.113, 2);
  });

  it('reads a short number next to other words as an arrondissement', () => {
    expect(byId('lyon 3').get('mairie-lyon')!.reasons[1]).toMatchObject({ query: '3', field: 'code_postal', word: '69003' });
    expect([...byId('lyon 3').keys()]).toEqual(['mairie-lyon']);
  });

  it('reads « 80 ans » as an age: neither an arrondissement nor a word that narrows', () => {
    // « imprimer 3 » narrows to the venue of Lyon 3e (69003); « imprimer 3 ans » does not.
    expect([...byId('imprimer 3').keys()]).toEqual(['mairie-lyon']);
    expect([...byId('imprimer 3 ans').keys()].sort()).toEqual([...byId('imprimer').keys()].sort());
    expect(byId('imprimer').size).toBeGreaterThan(1);
  });

  it('matches synonyms by the venue data, and explains with the synonym', () => {
    const found = byId('imprimer ');
    expect(found.get('mediatheque-riom')!.reasons[0]).toMatchObject({ field: 'synonym', kind: 'synonym' });
    expect(found.get('mediatheque-riom')!.reasons[0]!.word).toContain('impression');
    // The broader service ranks below the listed practical service.
    expect(found.get('mediatheque-riom')!.score).toBeGreaterThan(found.get('mairie-lyon')!.score);
  });

  it('ranks the venues that meet a need above those whose town bears the need word (« cours » in Cours)', () => {
    const venues = [
      venue({ id: 'fs-cours', nom: 'France Services Cours', commune: 'Cours', code_postal: '69470', services: ['Aide aux démarches administratives'], services_pratiques: [], demarches: [] }),
      venue({ id: 'ateliers-tarare', nom: 'Espace numérique', commune: 'Tarare', code_postal: '69170', services: ['Maîtrise des outils numériques du quotidien'], services_pratiques: [], demarches: [] }),
      venue({ id: 'cours-du-soir', nom: 'Cours du soir', commune: 'Riom', services: ['Aide aux démarches administratives'], services_pratiques: [], demarches: [] }),
    ];
    const matches = createQueryMatcher(buildWordIndex(venues)).match('cours ')!;
    const score = new Map([...matches.venues].map((v, i) => [venues[v]!.id, matches.scores[i]!]));
    expect([...score.keys()].sort()).toEqual(['ateliers-tarare', 'cours-du-soir', 'fs-cours']);
    expect(score.get('ateliers-tarare')).toBeGreaterThan(score.get('fs-cours')!);
    // A venue named with the word, not in a town of that name, keeps the weight of its name.
    expect(score.get('cours-du-soir')).toBeGreaterThan(score.get('ateliers-tarare')!);
    // The town still counts where the word names no need.
    const tarare = createQueryMatcher(buildWordIndex(venues)).match('tarare ')!;
    expect([...tarare.venues].map((v) => venues[v]!.id)).toEqual(['ateliers-tarare']);
  });

  it('reads a housing allowance (« apl ») as a CAF procedure too, which France Services list', () => {
    const venues = [
      venue({ id: 'france-services', nom: 'France Services', services: ['Aide aux démarches administratives'], demarches: ['social-sante', 'famille', 'travail'], services_pratiques: [] }),
      venue({ id: 'sans-precision', nom: 'Espace numérique', services: ['Aide aux démarches administratives'], demarches: [], services_pratiques: [] }),
      venue({ id: 'ordinateurs', nom: 'Salle informatique', services: ['Accès internet et matériel informatique'], demarches: [], services_pratiques: [] }),
    ];
    const matches = createQueryMatcher(buildWordIndex(venues)).match('apl ')!;
    expect([...matches.venues].map((v) => venues[v]!.id)).toEqual(['france-services', 'sans-precision']);
    expect(matches.scores[0]).toBeGreaterThan(matches.scores[1]!);
  });

  it('reads a language as the venues that welcome its speakers; English also, after, those that welcome others', () => {
    const venues = [
      venue({ id: 'autres', nom: 'Espace numérique', prises_en_charge: ['Langues étrangères (autres)'] }),
      venue({ id: 'anglais', nom: 'Médiathèque', prises_en_charge: ['Langues étrangères (anglais)'] }),
      venue({ id: 'aucune', nom: 'Mairie', prises_en_charge: [] }),
    ];
    const found = (query: string) => {
      const matches = createQueryMatcher(buildWordIndex(venues)).match(query)!;
      return [...matches.venues].map((v, i) => [venues[v]!.id, matches.scores[i]!] as const).sort((a, b) => b[1] - a[1]).map(([id]) => id);
    };
    expect(found('arabe ')).toEqual(['autres']);
    expect(found('je parle pas francais ')).toEqual(['autres']);
    expect(found('anglais ')).toEqual(['anglais', 'autres']);
    // Words in another script, or « help » in another language: those that welcome other languages first, then every venue.
    for (const query of ['مساعدة', 'допомога ', 'ayuda ', 'я не говорю по французски']) {
      expect(found(query)[0], query).toBe('autres');
      expect(found(query), query).toHaveLength(3);
    }
    // « help »: English speakers' venues first, then every venue.
    expect(found('help ')[0]).toBe('anglais');
    expect(found('help ')).toHaveLength(3);
  });

  it('reads a run of words in another script as the phrase « autre alphabet », once', () => {
    expect(queryTokens('مساعدة')).toEqual([...OTHER_SCRIPT_PHRASE]);
    expect(queryTokens('я не говорю caf по французски')).toEqual(['autre', 'alphabet', 'caf', 'autre', 'alphabet']);
    expect(queryTokens('imprimer')).toEqual(['imprimer']);
    expect(parseQuery('допомога мені').synonyms.map((synonym) => synonym.label)).toEqual(['autre alphabet']);
  });

  it('gives the same answer from its cache', () => {
    const first = byId('france services');
    matcher.match('mediatheque');
    expect(byId('france services')).toEqual(first);
  });
});
