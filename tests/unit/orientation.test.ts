/**
 * The orientation questionnaire's logic: its content's schema (every option maps to the venue schema's
 * constants), the ranking of the personas (tests/fixtures/orientation-personas.ts, from the demo data), the
 * answers ⇄ catalogue filters and share link, the SMS text, the self-check.
 */
import { mkdtempSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as t from '../../src/i18n/index.ts';
import { emptyState, matchesFilters, queryToState, stateToQuery } from '../../src/lib/catalogue/filters.ts';
import { parseYamlOrThrow } from '../../src/lib/frontmatter.ts';
import { answersToState, NEAR_KM, procedureToBring, recommend, remoteHelpFor, whatToBring, type Answers } from '../../src/lib/orientation/recommend.ts';
import { compileOpeningHours } from '../../src/lib/hours/compile.ts';
import { summary } from '../helpers/summaries.ts';
import { answersToQuery, queryToAnswers, smsBody, smsHref } from '../../src/lib/orientation/share.ts';
import { nextSkills, skillResults } from '../../src/lib/orientation/self-check.ts';
import { allOptions, QuestionsSchema } from '../../src/lib/schema/orientation.ts';
import { ACCESS_OPTIONS, DEMARCHE_IDS, LEVERS, SERVICE_PRATIQUE_IDS } from '../../src/lib/schema/reperes.ts';
import { MODALITES_ACCOMPAGNEMENT, PRISES_EN_CHARGE, PUBLICS, SERVICES } from '../../src/lib/schema/standard.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { demoSummaries } from '../helpers/summaries.ts';
import { checkVenue } from '../../src/lib/schema/venue.ts';
import { TODAY, VALID_VENUE } from '../fixtures/venues.ts';
import { PERSONA_NOW, PERSONAS, PLACES } from '../fixtures/orientation-personas.ts';

const content = loadContent(process.cwd());
const orientation = content.orientation!;
const { questions, selfCheck } = orientation;
const venues = demoSummaries();
const territoryIds = content.territory!.sous_territoires.map((sub) => sub.id);

describe('content/orientation/', () => {
  it('is valid, with every problem-free file', () => {
    expect(content.problems.filter((problem) => problem.file.includes('orientation'))).toEqual([]);
    expect(orientation).toBeDefined();
  });

  it('maps every option to the constants of the venue schema', () => {
    const constants: Record<string, readonly unknown[]> = {
      leviers: LEVERS,
      services: SERVICES,
      services_pratiques: SERVICE_PRATIQUE_IDS,
      demarches: DEMARCHE_IDS,
      publics: PUBLICS,
      prises_en_charge: PRISES_EN_CHARGE,
      aide: MODALITES_ACCOMPAGNEMENT,
      acces: ACCESS_OPTIONS,
    };
    const options = [...allOptions(questions), ...selfCheck.competences.map((skill) => ({ id: skill.id, filtres: skill.filtres }))];
    let checked = 0;
    for (const option of options) {
      for (const [key, values] of Object.entries(option.filtres ?? {})) {
        if (key === 'gratuit') continue;
        expect(constants[key], `${option.id}: ${key}`).toBeDefined();
        for (const value of values as unknown[]) {
          expect(constants[key], `${option.id}: ${key} ${String(value)}`).toContain(value);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
    // Every option but « je ne sais pas » and « peu importe » says what it asks of a venue.
    expect(allOptions(questions).filter((option) => !option.filtres).map((option) => option.id)).toEqual(['je-ne-sais-pas', 'peu-importe']);
    // Each lever has its question, each detail a reason.
    for (const lever of LEVERS) expect(questions.details[lever]?.options.length).toBeGreaterThan(1);
  });

  it('refuses an option outside the constants with a French line naming the field, and every problem at once', () => {
    const raw = parseYamlOrThrow(readFileSync('content/orientation/questions.yaml', 'utf8')) as { besoin: { options: Record<string, unknown>[] } };
    raw.besoin.options[0]!.filtres = { services: ['Cours de cuisine'] };
    raw.besoin.options[1]!.pictogramme = 'demarches.png';
    const result = QuestionsSchema.safeParse(raw);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['besoin.options.0.filtres.services.0', 'besoin.options.1.pictogramme']));
  });

  it('names a missing pictogram and a need without its detail question (npm run validate)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'orientation-'));
    cpSync('content', join(dir, 'content'), { recursive: true });
    cpSync('public', join(dir, 'public'), { recursive: true });
    const file = join(dir, 'content', 'orientation', 'questions.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('pictogramme: gratuit.svg', 'pictogramme: gratuite.svg').replace('  services:\n    titre: Quel service', '  autre:\n    titre: Quel service'));
    const lines = loadContent(dir).problems.filter((problem) => problem.file.includes('orientation')).map((problem) => `${problem.field}: ${problem.message}`);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/gratuite\.svg.*introuvable/), expect.stringMatching(/^details\.services: manque/), expect.stringMatching(/^details\.autre: ne correspond/)]));
  });
});

describe('recommend: the personas', () => {
  it('has at least 25 personas', () => expect(PERSONAS.length).toBeGreaterThanOrEqual(25));

  for (const persona of PERSONAS) {
    it(persona.name, () => {
      const { results } = recommend({ venues, questions, answers: persona.answers, now: PERSONA_NOW, territoryIds });
      expect(results.length).toBeGreaterThanOrEqual(3);
      expect(results.length).toBeLessThanOrEqual(5);
      const first = results[0]!;
      const venue = venues[first.index]!;
      if (persona.expect.first) expect(venue.id).toBe(persona.expect.first);
      if (persona.expect.lever) expect(venue.leviers).toContain(persona.expect.lever);
      expect(first.full).toBe(persona.expect.full);
      for (const reason of persona.expect.reasons) expect(first.reasons).toContain(reason);
      for (const lack of persona.expect.lacks ?? []) expect(first.lacks).toContain(t.orientation.lacks(lack));
      if (persona.expect.withinKm !== undefined) expect(first.distanceKm).toBeLessThanOrEqual(persona.expect.withinKm);
      // « full » means nothing lacks; full matches come first, but for those far away (more than NEAR_KM), which
      // come after the venues near the person that offer the need.
      for (const result of results) expect(result.full).toBe(result.lacks.length === 0);
      const near = (km: number | undefined) => km !== undefined && km <= NEAR_KM;
      results.forEach((earlier, i) => {
        for (const later of results.slice(i + 1)) {
          if (!earlier.full && later.full) expect([near(earlier.distanceKm), near(later.distanceKm)], persona.name).toEqual([true, false]);
        }
      });
    });
  }

  it('ranks a closer venue first when two meet the same answers, and says how far', () => {
    const answers: Answers = { besoin: 'equipement', criteres: [], lieu: PLACES.privas };
    const { results } = recommend({ venues, questions, answers, now: PERSONA_NOW, territoryIds });
    const distances = results.map((result) => result.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(results[0]!.reasons.at(-1)).toMatch(/^à [\d,]+ (m|km)$/);
  });

  it('proposes a bus by its stop in the person\'s commune, and says where it stops', () => {
    const answers: Answers = { besoin: 'demarches', criteres: [], lieu: { label: 'Douvaine (74140)', lat: 46.3054, lon: 6.3038 } };
    const { results } = recommend({ venues, questions, answers, now: PERSONA_NOW, territoryIds });
    const bus = results.find((result) => venues[result.index]!.id === 'bus-france-services-thonon-agglomeration-thonon-les-bains');
    expect(bus?.distanceKm).toBeLessThan(1);
    expect(bus!.reasons.at(-1)).toMatch(/^arrêt à Douvaine, à [\d,]+ (m|km)$/);
    // The result knows which stop: its hours and its place on the map are that stop's.
    expect(venues[bus!.index]!.arrets![bus!.stop!]!.commune).toBe('Douvaine');
  });

  it('proposes a bus on the day it stops near the person, not on the days it is elsewhere', () => {
    const bus = 'bus-france-services-pimms-mediation-grenoble-qpv-grenoble';
    const at = (label: string, lat: number, lon: number, jour: number) =>
      recommend({ venues, questions, answers: { besoin: 'demarches', criteres: [], lieu: { label, lat, lon }, quand: { kind: 'jour', jour } }, now: PERSONA_NOW, territoryIds }).results;
    const first = (results: ReturnType<typeof at>) => venues[results[0]!.index]!.id;
    // Wednesday mornings at Roussillon's market, Thursday mornings at Chasse-sur-Rhône (its stops' hours).
    expect(first(at('Roussillon (38150)', 45.3739, 4.815, 2))).toBe(bus);
    expect(at('Roussillon (38150)', 45.3739, 4.815, 3).find((result) => venues[result.index]!.id === bus)?.full ?? false).toBe(false);
    const thursday = at('Chasse-sur-Rhône (38670)', 45.5785, 4.8099, 3);
    expect(first(thursday)).toBe(bus);
    expect(thursday[0]!.reasons).toContain('ouvert jeudi');
    expect(at('Chasse-sur-Rhône (38670)', 45.5785, 4.8099, 2).find((result) => venues[result.index]!.id === bus)?.full ?? false).toBe(false);
  });

  it('puts the venues that offer the need before those that do not, and says what they lack', () => {
    const answers: Answers = { besoin: 'demarches', criteres: ['fauteuil', 'surdite', 'vue', 'gratuit', 'sans-rdv'], lieu: PLACES.aurillac };
    const { results, fullCount } = recommend({ venues, questions, answers, now: PERSONA_NOW, territoryIds });
    expect(fullCount).toBe(0);
    expect(results.every((result) => venues[result.index]!.leviers.includes('demarches'))).toBe(true);
    expect(results.every((result) => result.lacks.length > 0)).toBe(true);
  });
});

describe('« cette semaine »', () => {
  it('is the catalogue filter ?ouvert=semaine: the same link, and the same test of each venue', () => {
    const answers: Answers = { besoin: 'equipement', criteres: [], lieu: PLACES.riom, quand: { kind: 'semaine' } };
    const state = answersToState(questions, answers);
    expect(state.ouvert).toBe('semaine');
    expect(stateToQuery(state)).toMatch(/(^|&)ouvert=semaine(&|$)/);
    const from = new Date('2026-11-24T09:30:00+01:00');
    const saturday = summary({ leviers: ['equipement'], hours: compileOpeningHours('Sa 09:00-12:00', { country: 'FR', from }) });
    const closing = summary({ leviers: ['equipement'], hours: compileOpeningHours('Mo-Su off; 2026 Nov 24 09:00-10:00', { country: 'FR', from }) });
    const unknown = summary({ leviers: ['equipement'], hours: undefined });
    const week = (now: Date) => recommend({ venues: [saturday, closing, unknown], questions, answers, now, territoryIds, min: 0 });
    for (const now of [from, new Date('2026-11-25T09:30:00+01:00')]) {
      const { results } = week(now);
      const inWeek = [saturday, closing, unknown].map((venue) => matchesFilters(venue, { ...emptyState(), ouvert: 'semaine' }, { now, territoryIds }));
      expect(results.filter((result) => result.full).map((result) => result.index).sort()).toEqual(inWeek.flatMap((open, index) => (open ? [index] : [])));
    }
    // Open until 10:00 on the 24th only: this week on the 24th at 9:30, not the day after.
    expect(week(from).results.some((result) => result.index === 1 && result.full && result.reasons.includes(t.orientation.openThisWeek))).toBe(true);
    expect(week(new Date('2026-11-25T09:30:00+01:00')).results.some((result) => result.index === 1 && result.full)).toBe(false);
  });
});

describe('« À apporter »: the venue\'s own list first, then the procedure\'s', () => {
  const caf = questions.details.demarches!.options.find((candidate) => candidate.id === 'caf')!;
  const demarches = questions.besoin.options.find((candidate) => candidate.id === 'demarches')!;

  it('takes the procedure\'s list from the detail chosen, else from the need', () => {
    expect(procedureToBring({ need: demarches, detail: caf })).toEqual(caf.a_apporter);
    expect(caf.a_apporter.length).toBeGreaterThan(0);
    expect(procedureToBring({ need: { a_apporter: ['une pièce d’identité'] }, detail: { a_apporter: [] } })).toEqual(['une pièce d’identité']);
    expect(procedureToBring({})).toEqual([]);
  });

  it('puts the venue\'s things first, then the procedure\'s, each thing once whatever its case, accents or punctuation', () => {
    const venue = ['votre convocation, si vous en avez une', 'Une pièce d\'identité.'];
    const bring = whatToBring(venue, caf.a_apporter);
    expect(bring.slice(0, 2)).toEqual(venue);
    expect(caf.a_apporter).toContain("une pièce d'identité");
    expect(bring.filter((item) => /pi[eè]ce d.identit/i.test(item))).toEqual(['Une pièce d\'identité.']);
    expect(bring.slice(2)).toEqual(caf.a_apporter.filter((item) => item !== "une pièce d'identité"));
    expect(whatToBring([], caf.a_apporter)).toEqual(caf.a_apporter);
    expect(whatToBring(venue, [])).toEqual(venue);
  });

  it('reads the venue\'s list as the schema wrote it: the list the page shows is the one merged', () => {
    const file = { ...VALID_VENUE, a_apporter: ['votre carte de lecteur', 'une pièce d’identité'] };
    const checked = checkVenue(file, { today: TODAY });
    expect(checked.issues).toEqual([]);
    expect(whatToBring(checked.data!.a_apporter, ['une piece d’identite', 'un RIB'])).toEqual(['votre carte de lecteur', 'une pièce d’identité', 'un RIB']);
  });
});

describe('remote help lines for a need', () => {
  const general = { nom: 'Ligne générale', leviers: ['demarches', 'competences'], demarches: [] };
  const caf = { nom: 'CAF', leviers: ['demarches'], demarches: ['famille'] };
  const tax = { nom: 'Impôts', leviers: ['demarches'], demarches: ['argent-impots'] };
  const remote = [general, caf, tax];
  const names = (lines: readonly { nom: string }[]) => lines.map((line) => line.nom);

  it('keeps the lines of the need’s levers, and of its démarches when both name some', () => {
    expect(names(remoteHelpFor(remote, [], []))).toEqual(['Ligne générale', 'CAF', 'Impôts']);
    expect(names(remoteHelpFor(remote, ['competences'], []))).toEqual(['Ligne générale']);
    expect(names(remoteHelpFor(remote, ['demarches'], ['famille']))).toEqual(['Ligne générale', 'CAF']);
  });

  it('gives only the general lines (no démarche named) when asked, as the catalogue does when nothing matches', () => {
    expect(names(remoteHelpFor(remote, [], [], true))).toEqual(['Ligne générale']);
    expect(names(remoteHelpFor(remote, ['equipement'], [], true))).toEqual([]);
  });
});

describe('full matches far away', () => {
  it('come after the venues near the person that offer the need, each saying what it lacks', () => {
    const answers: Answers = { besoin: 'competences', detail: 'telephone', accompagnement: 'atelier', criteres: ['seniors'], lieu: PLACES.clermont };
    const { results, fullCount } = recommend({ venues, questions, answers, now: PERSONA_NOW, territoryIds });
    expect(fullCount).toBeGreaterThan(0);
    // Every full match is far from Clermont-Ferrand in the demo data; the first proposals are near, and partial.
    expect(results.filter((result) => result.full).every((result) => result.distanceKm! > NEAR_KM)).toBe(true);
    const first = results[0]!;
    expect(first.full).toBe(false);
    expect(first.distanceKm).toBeLessThanOrEqual(NEAR_KM);
    expect(venues[first.index]!.leviers).toContain('competences');
    expect(first.lacks.length).toBeGreaterThan(0);
    expect(results.some((result) => result.full)).toBe(true);
    expect(results.length).toBeLessThanOrEqual(5);
  });
});

describe('a practical service no venue names (« a_defaut »)', () => {
  it('proposes the venues that probably can, before the others, saying why and what is not said', () => {
    const answers: Answers = { besoin: 'services', detail: 'imprimer', criteres: [], lieu: PLACES.riom };
    const at = (km: number) => ({ lat: PLACES.riom.lat + km / 111, lon: PLACES.riom.lon });
    const fallback = questions.details.services!.options.find((option) => option.id === 'imprimer')!.a_defaut!;
    const near = [
      summary({ id: 'mairie', leviers: ['demarches'], services: ['Aide aux démarches administratives'], services_pratiques: [], ...at(0.2) }),
      summary({ id: 'cyber', leviers: ['equipement'], services: ['Accès internet et matériel informatique'], services_pratiques: [], ...at(5) }),
      summary({ id: 'club', leviers: ['competences'], services: ['Maîtrise des outils numériques du quotidien'], services_pratiques: [], ...at(0.5) }),
    ];
    const { results, fullCount, needCount } = recommend({ venues: near, questions, answers, now: PERSONA_NOW, territoryIds });
    expect([fullCount, needCount]).toEqual([0, 0]);
    expect(results.map((result) => near[result.index]!.id)).toEqual(['cyber', 'mairie', 'club']);
    expect(results[0]!.reasons[0]).toBe(fallback.raison);
    expect(results[0]!.lacks).toEqual([t.orientation.lacks('impression et scan')]);
    expect(results[1]!.reasons).not.toContain(fallback.raison);
    // A venue that says it prints comes first, as a full match.
    const printer = summary({ id: 'imprimerie', leviers: ['services'], services: [], services_pratiques: ['impression'], ...at(20) });
    const withPrinter = recommend({ venues: [...near, printer], questions, answers, now: PERSONA_NOW, territoryIds });
    expect(withPrinter.results.map((result) => [...near, printer][result.index]!.id).slice(0, 2)).toEqual(['imprimerie', 'cyber']);
    expect(withPrinter.results[0]!.full).toBe(true);
  });
});

describe('partial matches near the person', () => {
  it('come before those farther than NEAR_KM, even when the far ones meet more wishes', () => {
    const answers: Answers = { besoin: 'services', detail: 'imprimer', criteres: ['jeunes'], lieu: PLACES.riom };
    const at = (km: number) => ({ lat: PLACES.riom.lat + km / 111, lon: PLACES.riom.lon });
    const near = summary({ id: 'proche', leviers: ['equipement'], services: ['Accès internet et matériel informatique'], services_pratiques: [], publics: [], ...at(2) });
    const far = summary({ id: 'loin', leviers: ['equipement'], services: ['Accès internet et matériel informatique'], services_pratiques: [], publics: ['Jeunes'], ...at(NEAR_KM + 50) });
    const { results } = recommend({ venues: [far, near], questions, answers, now: PERSONA_NOW, territoryIds, min: 2 });
    expect(results.map((result) => result.index)).toEqual([1, 0]);
    expect(results[1]!.lacks.length).toBeLessThan(results[0]!.lacks.length);
  });
});

describe('a required detail (« exige »)', () => {
  it('is a full match only where the venue offers it; elsewhere the need is not met, and the result says so', () => {
    const answers: Answers = { besoin: 'equipement', detail: 'acheter-appareil', criteres: [], lieu: PLACES.riom };
    const at = (km: number) => ({ lat: PLACES.riom.lat + km / 111, lon: PLACES.riom.lon });
    const access = summary({ id: 'acces', leviers: ['equipement'], services: ['Accès internet et matériel informatique'], services_pratiques: [], ...at(1) });
    const shop = summary({ id: 'solidaire', leviers: ['equipement'], services: ['Acquisition de matériel informatique à prix solidaire'], services_pratiques: [], ...at(15) });
    const withShop = recommend({ venues: [access, shop], questions, answers, now: PERSONA_NOW, territoryIds, min: 1 });
    expect(withShop.results.map((result) => [result.index, result.full])).toEqual([[1, true]]);
    const without = recommend({ venues: [access], questions, answers, now: PERSONA_NOW, territoryIds, min: 1 });
    expect(without.needCount).toBe(0);
    expect(without.results[0]).toMatchObject({ index: 0, full: false, lacks: [t.orientation.lacks('matériel à prix solidaire')] });
    // A detail that is not required only ranks: « la CAF » on a venue that says « démarches » only is a full match.
    const caf = recommend({ venues: [summary({ leviers: ['demarches'], services: ['Aide aux démarches administratives'], demarches: [], ...at(1) })], questions, answers: { besoin: 'demarches', detail: 'caf', criteres: [], lieu: PLACES.riom }, now: PERSONA_NOW, territoryIds, min: 1 });
    expect(caf.results[0]!.full).toBe(true);
  });
});

describe('« le soir », whatever the day', () => {
  it('is the catalogue filter ?ouvert=un-jour&moment=soir, says so, and keeps it in the share link', () => {
    const answers: Answers = { besoin: 'equipement', criteres: [], lieu: PLACES.riom, quand: { kind: 'jour', moment: 'soir' } };
    const state = answersToState(questions, answers);
    expect(stateToQuery(state)).toMatch(/(^|&)ouvert=un-jour&moment=soir(&|$)/);
    expect(queryToAnswers(answersToQuery(questions, answers)).quand).toEqual({ kind: 'jour', moment: 'soir' });
    const from = new Date('2026-11-24T09:30:00+01:00');
    const evening = summary({ leviers: ['equipement'], hours: compileOpeningHours('Th 18:00-20:00', { country: 'FR', from }) });
    const morning = summary({ leviers: ['equipement'], hours: compileOpeningHours('Mo-Fr 09:00-12:00', { country: 'FR', from }) });
    const { results } = recommend({ venues: [evening, morning], questions, answers, now: from, territoryIds, min: 0 });
    expect(results.filter((result) => result.full).map((result) => result.index)).toEqual([0]);
    expect(results.find((result) => result.index === 0)!.reasons).toContain('ouvert le soir');
  });
});

describe('answers ⇄ catalogue filters and share link', () => {
  const answers: Answers = {
    besoin: 'demarches',
    detail: 'sante',
    accompagnement: 'avec-quelqu-un',
    criteres: ['gratuit', 'fauteuil', 'seniors'],
    lieu: PLACES.riom,
    quand: { kind: 'jour', jour: 1, moment: 'matin' },
  };

  it('gives the catalogue the same selection (the « Voir dans la liste » link)', () => {
    const state = answersToState(questions, answers);
    expect(state.leviers).toEqual(['demarches']);
    expect(state.demarches).toEqual(['social-sante']);
    expect(state.aide).toEqual(['Accompagnement individuel']);
    expect(state.prises_en_charge).toEqual(['Handicaps moteurs']);
    expect(state.gratuit).toBe(true);
    const query = stateToQuery(state);
    expect(query).toMatch(/ouvert=mardi&moment=matin/);
    expect(queryToState(query)).toEqual(state);
  });

  it('never writes a sensitive answer in a share link, and reads the rest back', () => {
    const query = answersToQuery(questions, answers);
    expect(query).not.toMatch(/sante|fauteuil/);
    expect(stateToQuery(answersToState(questions, answers, true))).not.toMatch(/accueil=|demarche=/);
    const back = queryToAnswers(query);
    expect(back).toEqual({ besoin: 'demarches', accompagnement: 'avec-quelqu-un', criteres: ['gratuit', 'seniors'], lieu: { ...PLACES.riom, lat: 45.8936, lon: 3.1128 }, quand: answers.quand });
  });

  it('never writes the device position, and ignores malformed values', () => {
    expect(answersToQuery(questions, { criteres: [], lieu: { label: 'votre position', lat: 45, lon: 3, device: true } })).toBe('');
    expect(queryToAnswers('besoin=<script>&criteres=gratuit,%22x%22&lat=999&lon=3&pres=X&quand=jeudi&moment=nuit')).toEqual({ criteres: ['gratuit'], quand: { kind: 'jour', jour: 3 } });
  });
});

describe('SMS', () => {
  it('carries the name, address, phone, next opening and page, and encodes them', () => {
    const body = smsBody({ name: 'Médiathèque & Co', address: '1 rue du Pont, 63200 Riom', phone: '04 73 00 00 00', opening: 'Ouvre mardi à 9 h', url: 'https://exemple.org/lieux/m/' });
    expect(body.split('\n')).toEqual(['Médiathèque & Co', '1 rue du Pont, 63200 Riom', '04 73 00 00 00', 'Ouvre mardi à 9 h', 'https://exemple.org/lieux/m/']);
    const href = smsHref(body);
    expect(href.startsWith('sms:?&body=')).toBe(true);
    expect(decodeURIComponent(href.slice('sms:?&body='.length))).toBe(body);
    expect(href).not.toMatch(/[ &]Co/);
  });

  it('says what to bring, on one line before the page, only when there is something to bring', () => {
    const venue = { name: 'Médiathèque', address: '1 rue du Pont, 63200 Riom', url: 'https://exemple.org/lieux/m/' };
    expect(smsBody({ ...venue, bring: ['Pièce d’identité', 'Le courrier reçu'] }).split('\n')).toEqual([
      'Médiathèque',
      '1 rue du Pont, 63200 Riom',
      'À apporter : Pièce d’identité, Le courrier reçu',
      'https://exemple.org/lieux/m/',
    ]);
    expect(smsBody({ ...venue, bring: [] })).not.toContain('apporter');
  });
});

describe('self-check', () => {
  const all = (answer: string) => Object.fromEntries(selfCheck.affirmations.map((statement) => [statement.id, answer]));

  it('has 8 to 12 statements, each in a declared skill', () => {
    expect(selfCheck.affirmations.length).toBeGreaterThanOrEqual(8);
    expect(selfCheck.affirmations.length).toBeLessThanOrEqual(12);
  });

  it('gives a result per skill, never one score, and the skills to work on easiest first', () => {
    const answers = { ...all('oui'), wifi: 'avec-aide', compte: 'non', arnaque: 'non' };
    const results = skillResults(selfCheck, answers);
    expect(results.map((result) => [result.id, result.level])).toEqual([
      ['bases', 'acquis'],
      ['internet', 'en-cours'],
      ['demarches', 'a-apprendre'],
      ['securite', 'a-apprendre'],
    ]);
    expect(nextSkills(selfCheck, results).map((skill) => skill.id)).toEqual(['demarches', 'securite', 'internet']);
    expect(nextSkills(selfCheck, skillResults(selfCheck, all('oui')))).toEqual([]);
    expect(skillResults(selfCheck, {}).every((result) => result.level === 'sans-reponse')).toBe(true);
  });
});
