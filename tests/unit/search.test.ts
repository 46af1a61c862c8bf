/**
 * The searcher (src/lib/catalogue/search.ts: word index + query matching + ranking) as the catalogue uses it:
 * synonyms, and relevance on the demo data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearcher, type SearchHit, type Searcher } from '../../src/lib/catalogue/search.ts';
import { buildSearchIndex, decodeSearchIndex, type SearchIndexData } from '../../src/lib/catalogue/search-index.ts';
import type { VenueSummary } from '../../src/lib/catalogue/venue-summary.ts';
import { compiledSynonyms, SYNONYMS, type Synonym } from '../../src/lib/catalogue/synonyms.ts';
import { contentWords, normalize, stem } from '../../src/lib/text.ts';
import { deriveLevers } from '../../src/lib/schema/levers.ts';
import { demoCatalogue, demoSummaries, summary } from '../helpers/summaries.ts';
import { buildWordIndex } from '../../src/lib/catalogue/word-index.ts';

const HEADER = { territoires: ['Ain', 'Allier'], built: '2026-11-23T12:00:00.000Z' };

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
      'telephone', 'tablette', 'mail', 'email', 'cv', 'emploi', 'arnaque', 'securite', 'enfants', 'parent', 'aide', 'numerique', 'atelier', 'inscription',
      'remplir', 'courrier', 'ligne', 'cpf', 'apl', 'aide logement', 'changer adresse', 'demenagement', 'cheque energie', 'maprimerenov', 'sdf', 'sans domicile', 'domiciliation', 'arabe', 'ukrainien',
      'cmu', 'sncf', 'billet train', 'word', 'excel', 'bureautique', 'cle usb', 'leboncoin', 'vendre', 'apa', 'ehpad', 'urssaf', 'auto entrepreneur',
      'agirc arrco', 'droits', 'deces', 'veuve', 'divorce', 'creche', 'garde enfant', 'print', 'computer', 'phone', 'tax', 'housing', 'health', 'learn',
      'decede', 'deuil', 'demande logement social', 'bizarre', 'suspect', 'cnfs', 'conseiller numerique', 'conseillere numerique', 'mediateur numerique',
      'fax', 'apprendre francais', 'cours francais', 'aide devoirs', 'soutien scolaire', 'kbis', 'photo identite', 'identite numerique', 'signature electronique',
      'parcoursup', 'revenus', 'cheque emploi service', 'travaux', 'renovation', 'revenu solidarite active', 'carte sim', 'forfait', 'recharge', 'tel', 'pas rendez',
      // Typed without spaces.
      'cartegrise', 'motdepasse', 'permisdeconduire', 'franceconnect'];
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

  it('a typo of a need word or of one word of a need phrase means the need (« inpots » → impôts, « carte grisse » → carte grise)', () => {
    const sorted = (query: string) => searcher.search(query).map((hit) => hit.index).sort((a, b) => a - b);
    for (const [typo, word] of [['inpots', 'impots'], ['impremer', 'imprimer'], ['retraitte', 'retraite'], ['carte grisse', 'carte grise'], ['titre de sejoure', 'titre de sejour'], ['carte vittale', 'carte vitale'], ['pasport', 'passeport']]) {
      expect(sorted(word!).length, word).toBeGreaterThan(50);
      expect(sorted(typo!), typo).toEqual(sorted(word!));
    }
  });

  it('« est », « suis », « ai » in a sentence are not name words (« mon téléphone est bloqué » does not put « Centre Social Est » first)', () => {
    expect(venues.some((v) => /\bEst\b/.test(v.nom)), 'a venue named … Est').toBe(true);
    for (const query of ['mon téléphone est bloqué', 'je suis perdu avec mon téléphone', "j'ai un téléphone"]) {
      for (const v of top(query)) {
        expect(v.nom, query).not.toMatch(/\bEst\b/);
        expect(has(v, 'Maîtrise des outils numériques du quotidien'), `${query}: ${v.nom}`).toBe(true);
      }
    }
  });

  it('France Services by the names people use (« mfs », « msap », « maison france services »): every venue of the network', () => {
    const network = venues.filter((v) => v.dispositifs.includes('France Services')).map((v) => v.id);
    expect(network.length).toBeGreaterThan(100);
    for (const query of ['mfs', 'msap', 'maison france services', 'maison france service', 'espace france services']) {
      const found = new Set(searcher.search(query).map((hit) => venues[hit.index]!.id));
      for (const id of network) expect(found.has(id), `${query}: ${id}`).toBe(true);
    }
    // A place after it: the network's venues near it, the nearest first.
    const near = searcher.search('maison france services', { origin: { lat: 45.8992, lon: 6.1294, label: 'Annecy' }, nearestFirst: true });
    expect(venues[near[0]!.index]!.dispositifs).toContain('France Services');
  });

  it('a sub-territory named in the query narrows to its venues (« impots isere », « aide informatique haute savoie »)', () => {
    const { venues: demo, territories } = demoCatalogue();
    const withTerritories = createSearcher(demo, buildWordIndex(demo, territories));
    const isere = territories.indexOf('isere');
    const haute = territories.indexOf('haute-savoie');
    expect(isere).toBeGreaterThanOrEqual(0);
    const impots = searcher.search('impots').length;
    const found = withTerritories.search('impots isere').map((hit) => demo[hit.index]!);
    expect(found.length).toBeGreaterThan(10);
    expect(found.length).toBeLessThan(impots);
    // The venues of Isère, and those whose own name or town says Isère (« France services Val d'Isère », in Savoie).
    for (const v of found) if (v.territoire !== isere) expect(normalize(`${v.nom} ${v.commune}`), v.nom).toContain('isere');
    expect(found.filter((v) => v.territoire === isere).length).toBeGreaterThan(found.length * 0.9);
    const savoie = withTerritories.search('aide informatique haute savoie').map((hit) => demo[hit.index]!);
    expect(savoie.length).toBeGreaterThan(10);
    for (const v of savoie) expect(v.territoire, v.nom).toBe(haute);
    // Alone: every venue of the sub-territory.
    expect(withTerritories.search('cantal').length).toBe(demo.filter((v) => v.territoire === territories.indexOf('cantal')).length);
  });

  it('an itinerant venue is found by the communes of its stops, and is as near as its nearest stop', () => {
    const { venues: demo, territories } = demoCatalogue();
    const withStops = createSearcher(demo, buildWordIndex(demo, territories));
    const bus = demo.findIndex((v) => v.id === 'bus-france-services-thonon-agglomeration-thonon-les-bains');
    expect(demo[bus]!.arrets?.map((stop) => stop.commune)).toContain('Douvaine');
    // Its base is Thonon-les-Bains: « douvaine » finds it by its Monday stop.
    expect(withStops.search('douvaine').map((hit) => hit.index)).toContain(bus);
    // Near Douvaine, nearest first: the bus is measured to its stop there, which the card names.
    const douvaine = { lat: 46.3054, lon: 6.3038, label: 'Douvaine (74140)' };
    const hits = withStops.search('france services', { origin: douvaine, nearestFirst: true });
    const hit = hits.find((h) => h.index === bus)!;
    expect(hit.distance).toBeLessThan(1);
    expect(demo[bus]!.arrets![hit.stop!]!.commune).toBe('Douvaine');
    expect(hits.indexOf(hit)).toBeLessThan(3);
    // A fixed venue never has a stop.
    expect(hits.filter((h) => h.stop !== undefined).every((h) => demo[h.index]!.itinerant)).toBe(true);
  });

  it('a sub-territory named in full ranks its venues before a venue elsewhere whose name has the word', () => {
    const { venues: demo, territories } = demoCatalogue();
    const withTerritories = createSearcher(demo, buildWordIndex(demo, territories));
    const position = (id: string) => territories.indexOf(id);
    // « France services Val d'Isère » (Savoie) has the word in its name and town; the venues of Isère come first.
    const isere = withTerritories.search('isere').map((hit) => demo[hit.index]!);
    const firstElsewhere = isere.findIndex((v) => v.territoire !== position('isere'));
    expect(isere[firstElsewhere]?.nom).toBeDefined();
    expect(firstElsewhere).toBeGreaterThan(10);
    expect(isere.slice(firstElsewhere).every((v) => v.territoire !== position('isere'))).toBe(true);
    const impots = withTerritories.search('impots isere').map((hit) => demo[hit.index]!);
    expect(impots.length).toBeGreaterThan(10);
    expect(impots[0]!.territoire).toBe(position('isere'));
    // « savoie » is Savoie before Haute-Savoie; « loire » is the Loire before Haute-Loire.
    for (const [query, named, longer] of [['savoie', 'savoie', 'haute-savoie'], ['loire', 'loire', 'haute-loire']] as const) {
      const found = withTerritories.search(query).map((hit) => demo[hit.index]!);
      const inNamed = found.filter((v) => v.territoire === position(named)).length;
      expect(inNamed, query).toBeGreaterThan(10);
      expect(found.some((v) => v.territoire === position(longer)), query).toBe(true);
      expect(found.slice(0, inNamed).every((v) => v.territoire === position(named)), query).toBe(true);
    }
  });

  it('an appointment with a public body (« rdv caf ») is help with that procedure: every venue that helps with the CAF', () => {
    const sorted = (query: string) => searcher.search(query).map((hit) => hit.index).sort((a, b) => a - b);
    expect(sorted('caf').length).toBeGreaterThan(50);
    expect(sorted('rdv caf')).toEqual(sorted('caf'));
    expect(sorted('rendez-vous impots')).toEqual(sorted('impots'));
  });

  it('a sentence as a resident types it finds the need, not the one venue whose name has another of its words', () => {
    for (const [sentence, need] of [
      ['mon mari est décédé que faire', 'deces'],
      ['comment faire une demande de logement social', 'logement'],
      ["j'ai reçu un sms bizarre", 'arnaque'],
    ] as const) {
      const expected = searcher.search(need).length;
      expect(expected, need).toBeGreaterThan(50);
      expect(searcher.search(sentence).length, sentence).toBeGreaterThanOrEqual(Math.min(expected, 300));
    }
  });

  it('« les vieux », « le troisième âge » are the seniors, not the commune Saint-Jean-le-Vieux', () => {
    for (const [query, group] of [['cours internet gratuit pour les vieux', 'vieux'], ['informatique troisième âge', 'troisieme age'], ['atelier 3e âge', '3e age']] as const) {
      const hits = searcher.search(query).slice(0, 5);
      expect(hits.length, query).toBe(5);
      // Each is there for the seniors (a venue for them, or for everyone), none for its town's name.
      for (const hit of hits) {
        expect(hit.matched.find((match) => match.query === group)?.kind, `${query}: ${venues[hit.index]!.nom}`).toBe('synonym');
        expect(venues[hit.index]!.commune, query).not.toMatch(/vieux/i);
      }
    }
  });

  it('English need words find what their French words find (« print » = « imprimer »)', () => {
    const sorted = (query: string) => searcher.search(query).map((hit) => hit.index).sort((a, b) => a - b);
    for (const [english, french] of [['print', 'imprimer'], ['tax', 'impots'], ['phone', 'telephone'], ['housing', 'logement'], ['health insurance', 'assurance maladie']]) {
      expect(sorted(french!).length, french).toBeGreaterThan(50);
      expect(sorted(english!), english).toEqual(sorted(french!));
    }
  });

  it('a query in another script lists every venue, those that welcome other languages first (« مساعدة », « допомога »)', () => {
    for (const query of ['مساعدة', 'допомога', 'я не говорю по-французски']) {
      expect(searcher.search(query), query).toHaveLength(venues.length);
      for (const v of top(query, 10)) expect(v.prises_en_charge, `${query}: ${v.nom}`).toContain('Langues étrangères (autres)');
    }
    // With a need: the need's venues, the welcoming ones first.
    const caf = searcher.search('caf').map((hit) => hit.index).sort((a, b) => a - b);
    expect(searcher.search('caf مساعدة').map((hit) => hit.index).sort((a, b) => a - b)).toEqual(caf);
    expect(venues[searcher.search('caf مساعدة')[0]!.index]!.prises_en_charge).toContain('Langues étrangères (autres)');
  });

  it('a need word mistyped, even when it is also a far typo of a name word, is the need (« internnet » is internet, not « Interventions… »)', () => {
    const typed = new Set(searcher.search('internnet').map((hit) => hit.index));
    expect(typed).toEqual(new Set(searcher.search('internet').map((hit) => hit.index)));
    // A short word stays what it is closest to (« veux »: the names with « Vieux », never the widowers' procedures).
    for (const hit of searcher.search('veux')) expect(normalize(`${venues[hit.index]!.nom} ${venues[hit.index]!.commune}`)).toContain('vieux');
  });

  it('« tel » is the telephone, and a SIM card or a top-up is access to a connection (not « Médiathèque Simone… »)', () => {
    expect(new Set(searcher.search('tel').map((hit) => hit.index))).toEqual(new Set(searcher.search('telephone').map((hit) => hit.index)));
    for (const query of ['carte sim', 'forfait', 'recharge telephone']) {
      for (const v of top(query, 5)) expect(has(v, 'Accès internet et matériel informatique') || has(v, 'Acquisition de matériel informatique à prix solidaire'), `${query}: ${v.nom}`).toBe(true);
    }
  });

  it('medi (being typed) → names with a word starting with medi', () => {
    for (const v of top('medi')) expect(contentWords(v.nom).some((word) => word.startsWith('medi'))).toBe(true);
  });

  it('emmaus connect → the two Emmaüs Connect venues first', () => {
    expect(top('emmaus connect', 2).map((v) => v.id).sort()).toEqual(['emmaus-connect-grenoble', 'emmaus-connect-lyon']);
  });

  it('aide, besoin d’aide, numérique → every venue (all of them help); « aide » beside other words does not shrink them', () => {
    for (const query of ['aide', "j'ai besoin d'aide", 'numerique', 'help']) expect(searcher.search(query).length, query).toBe(venues.length);
    for (const [withHelp, alone] of [['aide caf', 'caf'], ['aide administrative', 'administrative'], ['aide informatique', 'informatique'], ["besoin d'aide pour imprimer", 'imprimer'], ['accompagnement cv', 'cv']]) {
      const expected = searcher.search(alone!).map((hit) => hit.index).sort((a, b) => a - b);
      expect(expected.length, alone).toBeGreaterThan(50);
      expect(searcher.search(withHelp!).map((hit) => hit.index).sort((a, b) => a - b), withHelp).toEqual(expected);
    }
  });

  it('words of what people do (« inscription », « en ligne », « atelier ») widen to their meaning instead of shrinking to the venues named so', () => {
    const sorted = (query: string) => searcher.search(query).map((hit) => hit.index).sort((a, b) => a - b);
    expect(sorted('inscription france travail')).toEqual(sorted('france travail'));
    expect(sorted('banque en ligne')).toEqual(sorted('banque'));
    expect(sorted('france travail').length).toBeGreaterThan(100);
    const workshops = top('atelier informatique', 100);
    expect(workshops[0]!.nom).toMatch(/atelier/i);
    for (const venue of workshops) expect(venue.leviers).toContain('competences');
  });

  it('a need no venue meets exactly falls back to its broader meaning (« arnaque »: everyday digital skills)', () => {
    const hits = searcher.search('arnaque');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect((venues[hit.index]!.services as readonly string[]).some((service) => ['Utilisation sécurisée du numérique', 'Maîtrise des outils numériques du quotidien'].includes(service))).toBe(true);
  });

  it('gratuit, sans rendez-vous → the catalogue\'s price and access filters, typed as words', () => {
    const free = searcher.search('gratuit');
    expect(free.length).toBeGreaterThan(50);
    expect(free.length).toBeLessThan(venues.length);
    for (const hit of free) expect(venues[hit.index]!.frais.some((cost) => cost === 'Gratuit' || cost === 'Gratuit sous condition')).toBe(true);
    // « sans rendez-vous » is the opposite of « rendez-vous »: walk-in venues only.
    for (const query of ['sans rendez vous', 'sans rdv', 'imprimer sans rendez-vous', 'pas de rendez-vous', 'pas de rdv']) {
      const walkIn = searcher.search(query);
      expect(walkIn.length, query).toBeGreaterThan(20);
      for (const hit of walkIn) expect(venues[hit.index]!.acces, query).toContain('Se présenter');
    }
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
    // Hinaura writes « Lyon », France Services « Lyon 8e »
    expect(top('lyon 8', 1)[0]).toMatchObject({ commune: expect.stringMatching(/^Lyon( 8e)?$/), code_postal: '69008' });
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

  it('a sentence with a need is not shrunk to a venue that happens to have a stray word (the word is optional, its venues first)', () => {
    const sorted = (query: string) => searcher.search(query).map((hit) => hit.index).sort((a, b) => a - b);
    // « servir » is only a typo of a commune (Sevrier), « fils » a word of one venue's name.
    expect(sorted("je voudrais apprendre a me servir d'une tablette")).toEqual(sorted('apprendre tablette'));
    const phone = searcher.searchDetailed("mon fils m'a offert un telephone");
    expect(phone.hits.map((hit) => hit.index).sort((a, b) => a - b)).toEqual(sorted('telephone'));
    expect(phone.groups.find((group) => group.query === 'fils')).toMatchObject({ dropped: false, optional: true });
    // The venue with the word comes first, with the word among its reasons.
    expect(phone.hits[0]!.matched.map((match) => match.query)).toContain('fils');
    expect(phone.hits[1]!.matched.map((match) => match.query)).not.toContain('fils');
    // A typo of an optional word counts for nothing: « servir » ≈ Sevrier, « veux » ≈ Vieux do not come first.
    const tablet = searcher.searchDetailed("je voudrais apprendre a me servir d'une tablette");
    expect(tablet.groups.find((group) => group.query === 'servir')).toMatchObject({ optional: true });
    for (const hit of tablet.hits) expect(hit.matched.map((match) => match.query)).not.toContain('servir');
    const learn = searcher.searchDetailed('je veux apprendre a utiliser mon telephone');
    expect(learn.hits[0]!.score).toBe(searcher.searchDetailed('apprendre telephone').hits[0]!.score);
    for (const hit of learn.hits) expect(hit.matched.every((match) => match.kind !== 'fuzzy')).toBe(true);
    // A word found only as a typo of a common word (« sait » ≈ saint, in hundreds of names) narrows nothing.
    const read = searcher.searchDetailed('ne sait pas lire');
    expect(read.groups.find((group) => group.query === 'sait')).toMatchObject({ optional: true });
    expect(read.hits.map((hit) => hit.index).sort((a, b) => a - b)).toEqual(sorted('lire'));
    // A need word mistyped is the need: « aprendre internet » is « apprendre internet », not « internet ».
    const mistyped = searcher.searchDetailed('aprendre internet');
    expect(mistyped.groups.find((group) => group.query === 'aprendre')).not.toHaveProperty('optional');
    expect(mistyped.hits.map((hit) => hit.index).sort((a, b) => a - b)).toEqual(sorted('apprendre internet'));
    expect(sorted('apprendre internet').length).toBeLessThan(sorted('internet').length);
    // Words that keep enough of the need's venues still narrow it, and a place still does.
    expect(searcher.search('centre social caf').length).toBeLessThan(searcher.search('caf').length / 10);
    for (const hit of searcher.search('centre social caf')) expect(normalize(venues[hit.index]!.nom)).toMatch(/centre|social/);
    // A typo of a place still narrows (« clermond »).
    expect(searcher.search('imprimer clermond').length).toBe(searcher.search('imprimer clermont').length);
    const clermont = searcher.search('imprimer clermont');
    expect(clermont.length).toBeGreaterThan(3);
    for (const hit of clermont) expect(normalize(`${venues[hit.index]!.nom} ${venues[hit.index]!.commune}`)).toContain('clermont');
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

describe('the searcher with a place, and its cache of the last results', () => {
  let venues: VenueSummary[];
  let searcher: Searcher;
  beforeAll(() => {
    venues = decodeSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(demoSummaries(), HEADER))) as SearchIndexData);
    searcher = createSearcher(venues);
  });
  const RIOM = { lat: 45.8936, lon: 3.1126, label: 'Riom (63200)' };
  const ANNECY = { lat: 45.8992, lon: 6.1294, label: 'Annecy (74000, 74370…)' };

  it('ranks the same venues nearest first from the place, with their distance', () => {
    const plain = searcher.search('imprimer');
    const near = searcher.search('imprimer', { origin: RIOM, nearestFirst: true });
    expect(near.map((hit) => hit.index).sort((a, b) => a - b)).toEqual(plain.map((hit) => hit.index).sort((a, b) => a - b));
    expect(near[0]!.distance).toBeLessThan(2);
    expect(normalize(venues[near[0]!.index]!.commune)).toBe('riom');
    const distances = near.flatMap((hit) => (hit.distance === undefined ? [] : [hit.distance]));
    expect(distances.length).toBeGreaterThan(100);
    // sorted to the metre (ranking.ts): two distances within a metre are a tie (217.1683 km before 217.1681 km)
    distances.forEach((distance, index) => expect(distance).toBeGreaterThanOrEqual((distances[index - 1] ?? 0) - 0.001));
    // An empty query with a place: every venue, nearest first.
    expect(searcher.search('', { origin: RIOM, nearestFirst: true })).toHaveLength(venues.length);
  });

  it('orders nearest first to the metre, then by score, fewer name words and venue order (as a plain comparator would)', () => {
    for (const query of ['', 'imprimer', 'france services', 'caf']) {
      const hits = searcher.search(query, { origin: ANNECY, nearestFirst: true });
      const metres = (hit: SearchHit) => (hit.distance === undefined ? Infinity : Math.floor(hit.distance * 1000));
      const words = (hit: SearchHit) => Math.min(255, contentWords(venues[hit.index]!.nom).length);
      const expected = [...hits].sort((a, b) => metres(a) - metres(b) || b.score - a.score || words(a) - words(b) || a.index - b.index);
      expect(hits.map((hit) => hit.index), query).toEqual(expected.map((hit) => hit.index));
    }
  });

  it('gives the same array for the same query and place, and fresh results for another', () => {
    const fresh = createSearcher(venues);
    const first = fresh.search('imprimer', { origin: RIOM, nearestFirst: true });
    expect(fresh.search('imprimer', { origin: { ...RIOM }, nearestFirst: true })).toBe(first);
    const annecy = fresh.search('imprimer', { origin: ANNECY, nearestFirst: true });
    expect(annecy).not.toBe(first);
    expect(normalize(venues[annecy[0]!.index]!.commune)).toMatch(/annecy/);
    expect(fresh.search('imprimer', { origin: RIOM })).not.toBe(first);
    // Another query, then back: the same results as a searcher that never saw the others.
    fresh.search('mediatheque');
    const again = fresh.search('imprimer', { origin: RIOM, nearestFirst: true });
    expect(again).toEqual(createSearcher(venues).search('imprimer', { origin: RIOM, nearestFirst: true }));
    expect(fresh.search('imprimer')).toEqual(createSearcher(venues).search('imprimer'));
  });

  it('gives every prefix typed in turn the same results as a fresh searcher (caches of groups and results)', () => {
    const typing = createSearcher(venues);
    for (const query of ['impots lyon 3', 'wifi gratuit 38000', 'mediatheque riom']) {
      for (let length = 1; length <= query.length; length++) {
        const prefix = query.slice(0, length);
        const context = length % 2 ? { origin: RIOM, nearestFirst: true } : undefined;
        expect(typing.search(prefix, context), prefix).toEqual(createSearcher(venues).search(prefix, context));
      }
    }
  });
});
