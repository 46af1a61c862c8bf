/**
 * What the search box understands (src/lib/catalogue/understand.ts): a need and a place, on the demo territory's
 * gazetteer (built as the site builds it) and the demo venues' names; the « Compris » line and its undo buttons.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  conditionLabel,
  describeUnderstanding,
  needParts,
  placeWordsBack,
  understandQuery,
  withoutNeedPart,
  type LeverName,
  type Understanding,
} from '../../src/lib/catalogue/understand.ts';
import { buildWordIndex, someNameHasAll } from '../../src/lib/catalogue/word-index.ts';
import { createSearcher } from '../../src/lib/catalogue/search.ts';
import type { GazetteerRow } from '../../src/lib/gazetteer.ts';
import { parseYamlOrThrow } from '../../src/lib/frontmatter.ts';
import { TerritorySchema } from '../../src/lib/schema/territory.ts';
import { buildGazetteer, readVenueLocations, territoryDepartements } from '../../src/node/gazetteer-build.ts';
import { demoSummaries } from '../helpers/summaries.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
/** The levers' short titles (content/leviers/*.md), as the catalogue element receives them. */
const LEVERS: LeverName[] = [
  { id: 'equipement', label: 'Ordinateur et internet' },
  { id: 'demarches', label: 'Démarches en ligne' },
  { id: 'competences', label: 'Apprendre le numérique' },
  { id: 'services', label: 'Service tout de suite' },
];
const NBSP = '\u00a0';

let rows: GazetteerRow[];
let understand: (query: string) => Understanding;
beforeAll(() => {
  const territory = TerritorySchema.parse(parseYamlOrThrow(readFileSync(join(CONTENT, 'territoire.yaml'), 'utf8')));
  rows = buildGazetteer({ departements: territoryDepartements(territory), venues: readVenueLocations(CONTENT) }).rows;
  const index = buildWordIndex(demoSummaries());
  understand = (query) => understandQuery(query, rows, { isVenueName: (words) => someNameHasAll(index, words) });
});

/** need | place label (or -). */
const read = (query: string) => {
  const { need, place } = understand(query);
  return `${need} | ${place?.label ?? '-'}`;
};

describe('understandQuery: a need and a place', () => {
  it('reads the five queries of the brief', () => {
    expect(read('impots lyon 3')).toBe('impots | Lyon 3e Arrondissement (69003)');
    expect(read('wifi gratuit 38000')).toBe('wifi gratuit | Grenoble (38000, 38100)');
    expect(read('apprendre ordinateur riom')).toBe('apprendre ordinateur | Riom (63200)');
    expect(read('caf villeurbanne')).toBe('caf | Villeurbanne (69100)');
    expect(read('imprimer 63200')).toBe('imprimer | Riom (63200)');
  });

  it('gives the place as « Près de » holds it, with the words that named it as typed', () => {
    const { place } = understand('Impôts  LYON 3e');
    expect(place).toEqual({ label: 'Lyon 3e Arrondissement (69003)', lat: 45.7612, lon: 4.8518, name: 'Lyon 3e Arrondissement', words: 'LYON 3e' });
  });

  it('takes the longest run of words, at the end, else at the start', () => {
    expect(read('carte grise saint etienne')).toBe('carte grise | Saint-Étienne (42000, 42100…)');
    expect(read('carte grise st-etienne')).toBe('carte grise | Saint-Étienne (42000, 42100…)');
    expect(read('imprimer saint germain des fosses')).toBe('imprimer | Saint-Germain-des-Fossés (03260)');
    expect(read('wifi clermont ferrand 63100')).toBe('wifi | Clermont-Ferrand (63000, 63100)');
    expect(read('lyon 3 impots')).toBe('impots | Lyon 3e Arrondissement (69003)');
    expect(read('63200 imprimer')).toBe('imprimer | Riom (63200)');
    // The end first: « riom » rather than « thiers ».
    expect(read('thiers imprimer riom')).toBe('thiers imprimer | Riom (63200)');
  });

  it('drops the small words joining the need and the place', () => {
    expect(read('impots à lyon')).toBe('impots | Lyon');
    expect(read('caf près de villeurbanne')).toBe('caf | Villeurbanne (69100)');
    expect(read('wifi gratuit vers grenoble')).toBe('wifi gratuit | Grenoble (38000, 38100)');
    expect(read('lyon 3 : impots')).toBe('impots | Lyon 3e Arrondissement (69003)');
  });

  it('is only « Près de » when the query is only a place', () => {
    expect(read('riom')).toBe(' | Riom (63200)');
    expect(read('69003')).toBe(' | Lyon 3e Arrondissement (69003)');
    expect(read('à riom')).toBe(' | Riom (63200)');
    expect(understand('riom').parts).toEqual([]);
  });

  it('reads a name as the « Près de » list would offer it first: « clermont » is no place (Clermont-Ferrand or Clermont, 74?)', () => {
    expect(rows.some((row) => row[0] === 'Clermont')).toBe(true);
    expect(understand('clermont').place).toBeUndefined();
    expect(understand('imprimer clermont').place).toBeUndefined();
    expect(read('imprimer clermont ferrand')).toBe('imprimer | Clermont-Ferrand (63000, 63100)');
    expect(read('imprimer clermont 74270')).toBe('imprimer | Clermont (74270)');
    expect(read('lyon')).toBe(' | Lyon');
  });

  it('never reads a beginning of a name (the word being typed) as a place', () => {
    for (const query of ['imprimer rio', 'imprimer r', 'impots lyo', 'wifi 3800', 'wifi 380', 'vals', 'imprimer clermont ferr']) {
      expect(understand(query).place, query).toBeUndefined();
    }
    // « vals » alone is no commune of the territory (Vals-les-Bains and Vals-près-le-Puy are).
    expect(read('imprimer vals les bains')).toBe('imprimer | Vals-les-Bains (07600)');
  });

  it('keeps need words that are also communes as needs (job, cours, école, parent are communes of the territory)', () => {
    for (const name of ['Job', 'Cours', 'École', 'Parent']) expect(rows.some((row) => row[0] === name), name).toBe(true);
    for (const word of ['job', 'cours', 'ecole', 'école', 'parent', 'Parents']) {
      expect(understandQuery(word, rows, { isVenueName: () => false }).place, word).toBeUndefined();
      expect(understand(`aide ${word}`).place, word).toBeUndefined();
    }
    // With its postcode, or after the need, the commune is a place.
    expect(read('cours 69470')).toBe(' | Cours (69470)');
    expect(read('cours informatique riom')).toBe('cours informatique | Riom (63200)');
  });

  it('reads « près de chez moi » and the like as « near me »: never a place (Les Prés, Le Quartier), never a need', () => {
    for (const [query, need, words] of [
      ['imprimer près de chez moi', 'imprimer', 'près de chez moi'],
      ['dans mon quartier', '', 'dans mon quartier'],
      ["caf pas loin d'ici", 'caf', "pas loin d'ici"],
      ['la médiathèque la plus proche', 'la médiathèque', 'la plus proche'],
      ['autour de moi', '', 'autour de moi'],
    ] as const) {
      const understood = understand(query);
      expect(understood.place, query).toBeUndefined();
      expect([understood.need, understood.nearMe], query).toEqual([need, words]);
    }
    // The commune itself is still a place, and a place named with it is read.
    expect(read('imprimer les prés')).toBe('imprimer | Les Prés (26310)');
    expect(read('près de chez moi riom')).toBe(' | Riom (63200)');
    expect(understand('imprimer').nearMe).toBeUndefined();
    // « Compris » asks for the commune, with a button, unless a place is known.
    expect(describeUnderstanding(understand('imprimer près de chez moi'), LEVERS).parts.map((part) => [part.kind, part.undo])).toEqual([
      ['need', `Retirer «${NBSP}imprimer${NBSP}»`],
      ['nearMe', 'Indiquer ma commune'],
    ]);
    expect(describeUnderstanding(understand('près de chez moi'), LEVERS, { label: 'Riom (63200)' }).parts.map((part) => part.kind)).toEqual(['place']);
  });

  it('leaves out whom the help is for (« ma mère », « mon fils », « ma grand-mère »): never a place, a need or a name', () => {
    for (const [query, need] of [
      ['tablette pour ma mère', 'tablette pour'],
      ['aider ma grand-mère avec son téléphone', 'aider avec son téléphone'],
      ["mon fils m'a offert un téléphone", "m'a offert un téléphone"],
      ['internet pour mes parents et mon voisin', 'internet pour et'],
    ] as const) {
      const understood = understand(query);
      expect(understood.place, query).toBeUndefined();
      expect(understood.need, query).toBe(need);
    }
    expect(read('ma mère ne sait pas imprimer riom')).toBe('imprimer | Riom (63200)');
    // A venue's own name keeps its words (« Tiers-lieu Le Vesseaux-Mère »: no possessive before them).
    expect(understand('Tiers-lieu Le Vesseaux-Mère').need).toBe('Tiers-lieu Le Vesseaux-Mère');
  });

  it('leaves out the words of asking (« je voudrais », « j’ai besoin de », « je ne sais pas », « faire »), with the small words around them', () => {
    for (const [query, need] of [
      ["je veux apprendre à me servir d'une tablette", 'apprendre tablette'],
      ['faire ma carte grise', 'carte grise'],
      ["je n'arrive pas à utiliser internet", 'internet'],
      ['Bonjour, je voudrais imprimer svp', 'imprimer'],
      ["j'ai besoin de la CAF", 'CAF'],
      ['comment faire', ''],
      ['je cherche un "comment"', '"comment"'],
      ["je n'ai pas internet chez moi", 'internet chez moi'],
      ['bonjour je cherche un endroit pour imprimer', 'imprimer'],
      ['ordinateur pas cher', 'ordinateur pas cher'],
      ['pas de rendez-vous', 'pas de rendez-vous'],
      ['I need help with my taxes please', 'I help taxes'],
      ['salon de thé', 'salon de thé'],
      ['mon portable est bloqué', 'mon portable'],
      ["l'ordinateur ne marche plus", "l'ordinateur"],
      ['prendre rdv', 'rdv'],
    ] as const) {
      const understood = understand(query);
      expect(understood.need, query).toBe(need);
      expect(understood.parts.map((part) => part.words).join(' '), query).not.toMatch(/voudrais|faire|utiliser|servir|arrive|besoin|bonjour|svp|cherche/i);
    }
    // The place is read in what is left, and the search box keeps only the need (« je cherche à riom » is Riom).
    expect(read('je voudrais faire mes impôts à riom')).toBe('impôts | Riom (63200)');
    // Not in a venue's own name: « Médiathèque "rêve et savoir" d'Aulnat » keeps its words.
    expect(understand('rêve et savoir aulnat').need).toBe('rêve et savoir aulnat');
  });

  it('reads a town called by the beginning of its name (« caf le puy », « thonon »), not a village or several towns', () => {
    expect(read('caf le puy')).toBe('caf | Le Puy-en-Velay (43000)');
    expect(read('imprimer à thonon')).toBe('imprimer | Thonon-les-Bains (74200)');
    expect(read('bourgoin')).toBe(' | Bourgoin-Jallieu (38300)');
    for (const query of ['impots loire', 'aide vals', 'mairie bourg']) expect(read(query), query).toBe(`${query} | -`);
  });

  it('never cuts a need phrase to read a place in it (« garde d’enfant »: « garde » alone is La Garde)', () => {
    expect(rows.some((row) => row[0] === 'La Garde'), 'La Garde').toBe(true);
    for (const query of ["garde d'enfant", 'garde enfant', 'mode de garde']) expect(read(query), query).toBe(`${query} | -`);
    // Not a phrase with its neighbours: the commune is a place.
    expect(read('crèche la garde')).toBe('crèche | La Garde (38520)');
    expect(read('impots garde')).toBe('impots | La Garde (38520)');
  });

  it('reads as a venue name a query whose words are all in one name (« médiathèque de riom »)', () => {
    for (const query of ['médiathèque de riom', 'mediatheque riom', 'Médiathèque Riom']) {
      expect(understand(query).place, query).toBeUndefined();
      expect(understand(query).need).toBe(query);
    }
    // The same need near a commune no name holds is a need and a place.
    expect(read('mediatheque thiers')).toBe('mediatheque | Thiers (63300)');
    // Stop words and joining words are not need words: « pour riom » is Riom, « médiathèque près de riom » a name.
    expect(read('pour riom')).toBe(' | Riom (63200)');
    expect(understand('médiathèque près de riom').place).toBeUndefined();
    // The venue-name test is the caller's: without it, the place is read.
    expect(understandQuery('mediatheque riom', rows).place?.name).toBe('Riom');
  });

  it('reads a number as a place only when it is a whole postcode at the end or the start', () => {
    expect(understand('espace 63200 numerique').place).toBeUndefined();
    expect(understand('espace numerique 1901').place).toBeUndefined();
    expect(understand('cyber 12').place).toBeUndefined();
    // A municipality code is not a postcode: 38185 is Grenoble's INSEE code.
    expect(understand('wifi 38185').place).toBeUndefined();
    // A postcode in a venue's name: the query then reads as that name.
    const named = understandQuery('tiers lieu 38000', rows, { isVenueName: (words) => words.join(' ') === 'tiers lieu 38000' });
    expect(named.place).toBeUndefined();
  });

  it('never reads quoted words as a place', () => {
    expect(understand('impots "lyon 3"').place).toBeUndefined();
    expect(understand('impots «riom»').place).toBeUndefined();
    expect(understand('"riom" imprimer').place).toBeUndefined();
  });

  it('without a gazetteer, reads no place', () => {
    const understood = understandQuery('impots lyon 3', undefined);
    expect(understood.need).toBe('impots lyon 3');
    expect(understood.place).toBeUndefined();
  });
});

describe('understandQuery: a time (« Quand »)', () => {
  /** need | ouvert jour moment | words | place label (or -). */
  const when = (query: string) => {
    const { need, when: time, place } = understand(query);
    return `${need} | ${time ? `${time.ouvert} ${time.jour ?? '-'} ${time.moment ?? '-'} | ${time.words}` : '-'} | ${place?.label ?? '-'}`;
  };

  it('reads a day, a moment, both, « maintenant » and « cette semaine », wherever they are', () => {
    expect(when('samedi')).toBe(' | le 5 - | samedi | -');
    expect(when('imprimer samedi matin')).toBe('imprimer | le 5 matin | samedi matin | -');
    expect(when('ouvert le samedi')).toBe(' | le 5 - | ouvert le samedi | -');
    expect(when('tous les samedis caf')).toBe('caf | le 5 - | tous les samedis | -');
    expect(when("cours le mercredi après-midi")).toBe('cours | le 2 apres-midi | le mercredi après-midi | -');
    expect(when('caf apres midi')).toBe('caf | le - apres-midi | apres midi | -');
    expect(when('wifi le soir')).toBe('wifi | le - soir | le soir | -');
    expect(when('en soirée')).toBe(' | le - soir | en soirée | -');
    expect(when('ouvert maintenant')).toBe(' | maintenant - - | ouvert maintenant | -');
    expect(when('impots cette semaine')).toBe('impots | semaine - - | cette semaine | -');
  });

  it('reads the phrases people use: « entre midi et deux », « après 18 h », « le week-end », « aujourd’hui »', () => {
    expect(when('entre midi et deux')).toBe(' | le - midi | entre midi et deux | -');
    expect(when('caf après 18h')).toBe('caf | le - soir | après 18h | -');
    expect(when('caf après 18 h')).toBe('caf | le - soir | après 18 h | -');
    expect(when('après 14h30')).toBe(' | le - apres-midi | après 14h30 | -');
    expect(understand('après 9h').when).toBeUndefined();
    // The week-end is read as Saturday, and « Compris » says so.
    expect(when('imprimer le week-end')).toBe('imprimer | le 5 - | le week-end | -');
    expect(describeUnderstanding(understand('weekend'), LEVERS).sentence).toBe(`Compris${NBSP}: ouvert le samedi`);
    // Today is the day given (the device's); without it, the word stays a word.
    expect(understandQuery("ouvert aujourd'hui", undefined, { today: 3 }).when).toMatchObject({ ouvert: 'le', jour: 3, words: "ouvert aujourd'hui" });
    expect(understandQuery("aujourd'hui", undefined).when).toBeUndefined();
  });

  it('reads « demain », « ce soir », « cet après-midi », an hour (« jeudi à 14 h »), « lundi prochain », « tard »', () => {
    // Today is Saturday (5).
    const on = (query: string) => {
      const understood = understandQuery(query, undefined, { today: 5 });
      return `${understood.need} | ${understood.when ? `${understood.when.ouvert} ${understood.when.jour ?? '-'} ${understood.when.moment ?? '-'}` : '-'}`;
    };
    expect(on('ouvert demain')).toBe(' | le 6 -');
    expect(on('imprimer demain matin')).toBe('imprimer | le 6 matin');
    expect(on('caf après-demain')).toBe('caf | le 0 -');
    expect(on('ce soir')).toBe(' | le 5 soir');
    expect(on('cet après-midi')).toBe(' | le 5 apres-midi');
    expect(on('ce matin')).toBe(' | le 5 matin');
    expect(on('jeudi à 14 h')).toBe(' | le 3 apres-midi');
    expect(on('jeudi 14h30')).toBe(' | le 3 apres-midi');
    expect(on('vers 10h')).toBe(' | le - matin');
    expect(on('lundi prochain')).toBe(' | le 0 -');
    expect(on('ouvert tard')).toBe(' | le - soir');
    // Two moments, a night hour, « après 9h »: no one time.
    expect(on('de 9h à 12h')).toBe('de 9h à 12h | -');
    expect(on('caf 24h')).toBe('caf 24h | -');
    expect(on('après 9h')).toBe('après 9h | -');
    // Without today, « demain » stays a word.
    expect(understandQuery('ouvert demain', undefined).when).toMatchObject({ ouvert: 'maintenant' });
  });

  it('reads « ouvert » alone as open now', () => {
    expect(when('mediatheque ouverte')).toBe('mediatheque | maintenant - - | ouverte | -');
    expect(when('ouvert')).toBe(' | maintenant - - | ouvert | -');
    expect(understand('"ouvert" wifi').when).toBeUndefined();
  });

  it('reads the place in what is left (« imprimer annecy samedi »)', () => {
    expect(when('imprimer annecy samedi')).toBe('imprimer | le 5 - | samedi | Annecy (74000, 74370…)');
    expect(when('caf le samedi à riom')).toBe('caf | le 5 - | le samedi | Riom (63200)');
  });

  it('reads no time when it is unclear, quoted, or the query is a venue name', () => {
    expect(understand('samedi ou dimanche').when).toBeUndefined();
    expect(understand('matin et soir').when).toBeUndefined();
    expect(understand('samedi maintenant').when).toBeUndefined();
    expect(understand('caf "samedi"').when).toBeUndefined();
    // Small words alone are no time, and stay words.
    expect(understand('le').need).toBe('le');
    // A venue named with a day (none in the demo): its name is a name.
    const club = buildWordIndex([{ ...demoSummaries()[0]!, nom: 'Club du mardi' }]);
    expect(understandQuery('club du mardi', rows, { isVenueName: (words) => someNameHasAll(club, words) }).when).toBeUndefined();
    expect(understandQuery('caf mardi', rows, { isVenueName: (words) => someNameHasAll(club, words) }).when).toMatchObject({ jour: 1 });
  });

  it('reads a time without a gazetteer', () => {
    expect(understandQuery('caf samedi', undefined)).toMatchObject({ need: 'caf', when: { ouvert: 'le', jour: 5 } });
  });
});

describe('rules on a fixture: communes named like needs, short names', () => {
  const FIXTURE: GazetteerRow[] = [
    ['Internet', '99001', '99001', 45, 3],
    ['Caf', '99002', '99002', 45, 3],
    ['Vals', '99003', '99003', 45, 3],
    ['La Charité-sur-Loire', '58400', '58059', 47.18, 3.02],
    ['Oz', '38114', '38289', 45.13, 6.05],
  ];
  const place = (query: string) => understandQuery(query, FIXTURE).place?.name;

  it('a need word is never a place alone, a commune that is no need word is', () => {
    expect(place('internet')).toBeUndefined();
    expect(place('wifi internet')).toBeUndefined();
    expect(place('caf')).toBeUndefined();
    expect(place('vals')).toBe('Vals');
    expect(place('imprimer vals')).toBe('Vals');
    expect(place('internet 99001')).toBe('Internet');
  });

  it('a name is read whole, never by a part of it; fewer than 3 letters needs the postcode', () => {
    expect(place('aide charite')).toBeUndefined();
    expect(place('aide la charite sur loire')).toBe('La Charité-sur-Loire');
    expect(place('aide charite sur loire')).toBe('La Charité-sur-Loire');
    expect(place('wifi oz')).toBeUndefined();
    expect(place('wifi oz 38114')).toBe('Oz');
  });
});

describe('needParts: what the need words mean', () => {
  it('one part per synonym phrase and per run of other words, with the words as typed', () => {
    expect(needParts('aide pour mes Impôts').map(({ words, start, end, synonym }) => [words, start, end, synonym?.label])).toEqual([
      ['aide', 0, 1, 'aide'],
      ['Impôts', 3, 4, 'impôts'],
    ]);
    expect(needParts('carte grise').map((part) => [part.words, part.synonym?.label])).toEqual([['carte grise', 'carte grise']]);
    expect(needParts('mediatheque annecy').map((part) => [part.words, part.synonym])).toEqual([['mediatheque annecy', undefined]]);
    expect(needParts('maison france services annecy').map((part) => [part.words, part.synonym?.means])).toEqual([
      ['maison france services', { dispositifs: ['France Services'] }],
      ['annecy', undefined],
    ]);
    expect(needParts('wifi gratuit').map((part) => [part.words, part.synonym?.means])).toEqual([
      ['wifi', { services: ['Accès internet et matériel informatique'] }],
      ['gratuit', { frais: ['Gratuit', 'Gratuit sous condition'] }],
    ]);
    expect(needParts('')).toEqual([]);
    expect(needParts(' de la ')).toEqual([]);
  });

  it('undoing a part leaves the other words as typed; the place goes back quoted', () => {
    const need = 'aide pour mes Impôts';
    const [aide, impots] = needParts(need);
    expect(withoutNeedPart(need, impots!)).toBe('aide pour mes');
    expect(withoutNeedPart(need, aide!)).toBe('pour mes Impôts');
    expect(placeWordsBack('impots', 'lyon 3')).toBe('impots "lyon 3"');
    expect(placeWordsBack('', '63200')).toBe('"63200"');
    // What goes back is never read as a place again.
    expect(understand(placeWordsBack('impots', 'lyon 3')).place).toBeUndefined();
  });
});

describe('describeUnderstanding: « Compris : … »', () => {
  it('says the need by what it stands for and the place by its label, with a button per part', () => {
    const text = describeUnderstanding(understand('impots lyon 3'), LEVERS);
    expect(text.sentence).toBe(`Compris${NBSP}: Démarches en ligne (impôts) · près de Lyon 3e Arrondissement (69003)`);
    expect(text.parts).toEqual([
      { text: 'Démarches en ligne (impôts)', undo: `Retirer «${NBSP}impots${NBSP}»`, kind: 'need' },
      { text: 'près de Lyon 3e Arrondissement (69003)', undo: 'Ne pas chercher près de Lyon 3e Arrondissement', kind: 'place' },
    ]);
    expect(describeUnderstanding(understand('wifi gratuit 38000'), LEVERS).sentence).toBe(
      `Compris${NBSP}: Ordinateur et internet (wifi) · Gratuit · près de Grenoble (38000, 38100)`,
    );
    // A word that means any help narrows nothing, and says so briefly.
    expect(describeUnderstanding(understand('aide caf'), LEVERS).sentence).toBe(`Compris${NBSP}: toute aide au numérique · Démarches en ligne (CAF)`);
    expect(describeUnderstanding(understand('imprimer 63200'), LEVERS).sentence).toBe(
      `Compris${NBSP}: Imprimer, photocopier ou scanner un document · près de Riom (63200)`,
    );
  });

  it('says a word the search read as a typo of a need word as that need (« aprendre », « internnet »), with the button as typed', () => {
    const searcher = createSearcher(demoSummaries());
    const typos = (need: string) => new Map(searcher.searchDetailed(need).groups.flatMap((group) => (group.typoOf ? [[group.query, group.typoOf] as const] : [])));
    const learn = describeUnderstanding(understand('Aprendre internet'), LEVERS, undefined, undefined, typos('Aprendre internet'));
    expect(learn.sentence).toBe(`Compris${NBSP}: Apprendre le numérique · Ordinateur et internet`);
    expect(learn.parts[0]!.undo).toBe(`Retirer «${NBSP}Aprendre${NBSP}»`);
    expect(describeUnderstanding(understand('internnet gratuit'), LEVERS, undefined, undefined, typos('internnet gratuit')).sentence).toBe(
      `Compris${NBSP}: Ordinateur et internet · Gratuit`,
    );
    // Without the search's word, the typo is quoted as typed.
    expect(describeUnderstanding(understand('Aprendre internet'), LEVERS).sentence).toBe(`Compris${NBSP}: «${NBSP}Aprendre${NBSP}» · Ordinateur et internet`);
  });

  it('says words in another script as the welcome in other languages, and never reads them as a place', () => {
    expect(describeUnderstanding(understand('مساعدة'), LEVERS).sentence).toBe(`Compris${NBSP}: Accueil adapté${NBSP}: Langues étrangères (autres)`);
    expect(read('caf مساعدة lyon')).toBe('caf مساعدة | Lyon');
    expect(describeUnderstanding(understand('caf مساعدة lyon'), LEVERS).parts.map((part) => part.undo)).toEqual([
      `Retirer «${NBSP}caf${NBSP}»`, `Retirer «${NBSP}مساعدة${NBSP}»`, 'Ne pas chercher près de Lyon',
    ]);
  });

  it('says nothing for plain words alone; names a chosen place without its postcodes', () => {
    expect(describeUnderstanding(understand('mediatheque'), LEVERS)).toEqual({ sentence: '', parts: [] });
    const chosen = describeUnderstanding(understand('mediatheque'), LEVERS, { label: 'Riom (63200)' });
    expect(chosen.sentence).toBe(`Compris${NBSP}: «${NBSP}mediatheque${NBSP}» · près de Riom (63200)`);
    expect(chosen.parts[1]!.undo).toBe('Ne pas chercher près de Riom');
    expect(describeUnderstanding(understand(''), LEVERS, { label: 'votre position' }).parts[0]!.undo).toBe('Ne pas chercher près de votre position');
  });

  it('says a time in plain words, with a button that removes it; and a time moved to « Quand »', () => {
    const text = describeUnderstanding(understand('imprimer samedi matin riom'), LEVERS);
    expect(text.sentence).toBe(`Compris${NBSP}: Imprimer, photocopier ou scanner un document · ouvert le samedi, le matin (8 h – 12 h) · près de Riom (63200)`);
    expect(text.parts[1]).toEqual({ text: 'ouvert le samedi, le matin (8 h – 12 h)', undo: `Retirer «${NBSP}samedi matin${NBSP}» (horaire)`, kind: 'when' });
    expect(describeUnderstanding(understand('le soir'), LEVERS).sentence).toBe(`Compris${NBSP}: ouvert le soir (après 18 h)`);
    expect(describeUnderstanding(understand('maintenant'), LEVERS).sentence).toBe(`Compris${NBSP}: ouvert maintenant`);
    expect(describeUnderstanding(understand('cette semaine'), LEVERS).sentence).toBe(`Compris${NBSP}: ouvert dans les 7 jours`);
    const moved = describeUnderstanding(understand('mediatheque'), LEVERS, undefined, { ouvert: 'le', jour: 2, words: 'mercredi' });
    expect(moved.sentence).toBe(`Compris${NBSP}: «${NBSP}mediatheque${NBSP}» · ouvert le mercredi`);
  });

  it('writes « de » the French way before the place', () => {
    expect(describeUnderstanding(understand('wifi annecy'), LEVERS).parts[1]).toEqual({ text: 'près d’Annecy (74000, 74370…)', undo: 'Ne pas chercher près d’Annecy', kind: 'place' });
    expect(describeUnderstanding(understand('wifi le puy en velay'), LEVERS).parts[1]!.text).toBe('près du Puy-en-Velay (43000)');
    expect(describeUnderstanding(understand('wifi les abrets en dauphine'), LEVERS).parts[1]!.undo).toBe('Ne pas chercher près des Abrets en Dauphiné');
  });

  it('conditionLabel: practical service, démarches, publics, support, else the levers', () => {
    expect(conditionLabel({ services_pratiques: ['cv-annonce'], services: ['Insertion professionnelle via le numérique'] }, LEVERS)).toBe('Créer un CV ou une petite annonce');
    expect(conditionLabel({ demarches: ['argent-impots'] }, LEVERS)).toBe('Démarches en ligne');
    expect(conditionLabel({ publics: ['Seniors'] }, LEVERS)).toBe(`Pour qui${NBSP}: Seniors`);
    expect(conditionLabel({ prises_en_charge: ['Surdité'] }, LEVERS)).toBe(`Accueil adapté${NBSP}: Surdité`);
    expect(conditionLabel({ services: ['Accès internet et matériel informatique', 'Maîtrise des outils numériques du quotidien'] }, LEVERS)).toBe(
      'Ordinateur et internet ou Apprendre le numérique',
    );
  });
});
