/**
 * Synthetic but realistic content for measurements (`npm run generate`, `npm run bench`) and tests:
 * N venues with real French municipalities (names, postcodes, INSEE codes from
 * @etalab/decoupage-administratif), plausible names, addresses, phones, opening hours, services,
 * a few itinerant venues and the operators (structures) that run some of them.
 *
 * Pure apart from reading the package's JSON data: `generateContent` returns file paths and texts,
 * the caller writes them. Deterministic for a given (seed, count, scope, today, territory).
 *
 * Coordinates: each municipality takes its point in the gazetteer the site builds (src/node/gazetteer-build.ts:
 * GeoNames, else the centre of its bounding box); the few without one get a deterministic pseudo-random point
 * inside a box around its département's approximate centre (DEPARTEMENT_CENTRES below). Each venue gets a
 * small jitter (≈ 1 km) around its municipality's point.
 */
import { createRequire } from 'node:module';
import { stringify } from 'yaml';
import { serializeVenue } from '../../src/lib/mednum/markdown.ts';
import { buildGazetteer } from '../../src/node/gazetteer-build.ts';
import { DEMARCHE_IDS, LANGUAGE_CODES, SERVICE_PRATIQUE_IDS, type Demarche, type ServicePratique } from '../../src/lib/schema/reperes.ts';
import {
  DISPOSITIFS,
  FORMATIONS_LABELS,
  FRAIS,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PRISES_EN_CHARGE,
  PUBLICS,
  RESUME_MAX_LENGTH,
  SERVICES,
  type Dispositif,
  type Frais,
  type ModaliteAcces,
  type ModaliteAccompagnement,
  type Service,
} from '../../src/lib/schema/standard.ts';
import type { Territory } from '../../src/lib/schema/territory.ts';
import type { Typologie } from '../../src/lib/schema/typologies.ts';
import type { Bounds } from '../../src/lib/schema/countries.ts';
import { departementOf } from '../../src/lib/territory.ts';
import { slugify } from '../../src/lib/text.ts';

// ---------------------------------------------------------------------------------------------------------
// Data of @etalab/decoupage-administratif (read directly: its index.js resolves files from the cwd)

export interface Commune {
  code: string;
  nom: string;
  departement: string;
  region: string;
  zone: string;
  type: string;
  population?: number;
  codesPostaux?: string[];
}

export interface Departement {
  code: string;
  nom: string;
  region: string;
  typeLiaison: number;
  zone: string;
}

export interface Epci {
  code: string;
  nom: string;
  type: string;
  membres: Array<{ code: string; nom: string }>;
}

const require = createRequire(import.meta.url);
let communesCache: Commune[] | undefined;
let departementsCache: Departement[] | undefined;
let epciCache: Epci[] | undefined;

/** Current municipalities (« communes actuelles ») with at least one postcode. */
export function loadCommunes(): Commune[] {
  communesCache ??= (require('@etalab/decoupage-administratif/data/communes.json') as Commune[]).filter(
    (commune) => commune.type === 'commune-actuelle' && (commune.codesPostaux?.length ?? 0) > 0,
  );
  return communesCache;
}

export function loadDepartements(): Departement[] {
  departementsCache ??= require('@etalab/decoupage-administratif/data/departements.json') as Departement[];
  return departementsCache;
}

export function loadEpcis(): Epci[] {
  epciCache ??= require('@etalab/decoupage-administratif/data/epci.json') as Epci[];
  return epciCache;
}

// ---------------------------------------------------------------------------------------------------------
// Seeded pseudo-random numbers

/** 32-bit hash of a string (cyrb-like), to turn a text seed or a code into a number. */
export function hashString(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** A small seeded generator (mulberry32) with the helpers the generator needs. */
export class Random {
  private state: number;

  constructor(seed: string | number) {
    this.state = hashString(String(seed));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)]!;
  }

  /** `count` distinct values, in the order of `values`. */
  sample<T>(values: readonly T[], count: number): T[] {
    const indexes = values.map((_, index) => index);
    for (let index = indexes.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [indexes[index], indexes[other]] = [indexes[other]!, indexes[index]!];
    }
    return indexes
      .slice(0, Math.min(count, values.length))
      .sort((a, b) => a - b)
      .map((index) => values[index]!);
  }

  digits(count: number): string {
    let text = '';
    for (let index = 0; index < count; index++) text += String(this.int(0, 9));
    return text;
  }
}

/** Picks by cumulative weights (binary search), for large weighted lists. */
class WeightedPicker<T> {
  private readonly items: readonly T[];
  private readonly cumulative: number[] = [];
  private total = 0;

  constructor(items: readonly T[], weight: (item: T) => number) {
    this.items = items;
    for (const item of items) {
      this.total += weight(item);
      this.cumulative.push(this.total);
    }
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Geography

/**
 * Approximate centre [latitude, longitude] of each département and the half-height in degrees of the
 * box venues are drawn in (the half-width is 1.45 times larger, about the same distance at 46° N).
 * Hand-written approximations, good to a few tens of kilometres: enough for synthetic data.
 */
export const DEPARTEMENT_CENTRES: Record<string, [number, number, number]> = {
  '01': [46.1, 5.35, 0.3], '02': [49.56, 3.55, 0.35], '03': [46.39, 3.19, 0.3], '04': [44.1, 6.24, 0.3],
  '05': [44.66, 6.26, 0.3], '06': [43.94, 7.12, 0.25], '07': [44.75, 4.42, 0.3], '08': [49.62, 4.62, 0.3],
  '09': [42.94, 1.5, 0.2], '10': [48.3, 4.16, 0.3], '11': [43.1, 2.41, 0.3], '12': [44.28, 2.68, 0.35],
  '13': [43.52, 5.09, 0.2], '14': [49.1, -0.36, 0.2], '15': [45.05, 2.67, 0.3], '16': [45.72, 0.2, 0.3],
  '17': [45.78, -0.67, 0.35], '18': [47.06, 2.49, 0.35], '19': [45.36, 1.88, 0.25], '21': [47.42, 4.77, 0.35],
  '22': [48.44, -2.86, 0.2], '23': [46.09, 2.02, 0.25], '24': [45.1, 0.74, 0.35], '25': [47.16, 6.36, 0.3],
  '26': [44.68, 5.17, 0.35], '27': [49.11, 1.0, 0.25], '28': [48.39, 1.37, 0.3], '29': [48.26, -4.06, 0.2],
  '2A': [41.86, 8.99, 0.25], '2B': [42.39, 9.21, 0.3], '30': [43.99, 4.18, 0.3], '31': [43.36, 1.17, 0.4],
  '32': [43.69, 0.45, 0.3], '33': [44.83, -0.58, 0.4], '34': [43.58, 3.37, 0.25], '35': [48.15, -1.64, 0.3],
  '36': [46.78, 1.58, 0.3], '37': [47.26, 0.69, 0.3], '38': [45.26, 5.58, 0.35], '39': [46.73, 5.7, 0.35],
  '40': [43.97, -0.78, 0.35], '41': [47.62, 1.43, 0.3], '42': [45.73, 4.17, 0.35], '43': [45.13, 3.81, 0.25],
  '44': [47.35, -1.68, 0.3], '45': [47.91, 2.34, 0.3], '46': [44.62, 1.6, 0.25], '47': [44.37, 0.46, 0.3],
  '48': [44.52, 3.5, 0.25], '49': [47.39, -0.56, 0.3], '50': [49.08, -1.33, 0.4], '51': [48.95, 4.24, 0.35],
  '52': [48.11, 5.23, 0.35], '53': [48.15, -0.65, 0.3], '54': [48.79, 6.16, 0.4], '55': [48.99, 5.38, 0.4],
  '56': [47.85, -2.81, 0.25], '57': [49.04, 6.66, 0.3], '58': [47.12, 3.5, 0.3], '59': [50.45, 3.22, 0.3],
  '60': [49.41, 2.42, 0.25], '61': [48.62, 0.13, 0.25], '62': [50.49, 2.29, 0.25], '63': [45.73, 3.14, 0.35],
  '64': [43.26, -0.76, 0.3], '65': [43.05, 0.16, 0.3], '66': [42.6, 2.52, 0.25], '67': [48.67, 7.55, 0.35],
  '68': [47.86, 7.27, 0.3], '69': [45.87, 4.64, 0.25], '70': [47.64, 6.09, 0.3], '71': [46.64, 4.54, 0.35],
  '72': [47.99, 0.22, 0.3], '73': [45.48, 6.44, 0.3], '74': [46.04, 6.43, 0.25], '75': [48.857, 2.347, 0.03],
  '76': [49.66, 1.03, 0.3], '77': [48.62, 2.93, 0.35], '78': [48.81, 1.84, 0.2], '79': [46.56, -0.32, 0.4],
  '80': [49.96, 2.28, 0.25], '81': [43.79, 2.17, 0.3], '82': [44.08, 1.29, 0.25], '83': [43.46, 6.22, 0.25],
  '84': [44.01, 5.17, 0.25], '85': [46.67, -1.3, 0.3], '86': [46.56, 0.46, 0.4], '87': [45.89, 1.23, 0.3],
  '88': [48.2, 6.38, 0.25], '89': [47.84, 3.56, 0.35], '90': [47.63, 6.93, 0.08], '91': [48.52, 2.24, 0.15],
  '92': [48.85, 2.25, 0.05], '93': [48.92, 2.48, 0.05], '94': [48.77, 2.47, 0.05], '95': [49.08, 2.13, 0.12],
  '971': [16.2, -61.55, 0.12], '972': [14.65, -61.02, 0.1], '973': [4.85, -52.4, 0.15], '974': [-21.13, 55.53, 0.12],
  '976': [-12.8, 45.15, 0.06],
};

/** Metropolitan France with Corsica, [west, south, east, north]. */
export const METROPOLITAN_BOUNDS: Bounds = [-5.3, 41.3, 9.7, 51.2];

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Real points of the municipalities (the gazetteer the site builds, src/node/gazetteer-build.ts), filled by
 * generateContent: `npm run validate` warns about a venue more than 10 km from its municipality's point.
 */
let realPoints = new Map<string, [number, number]>();

/** The point of a municipality: the gazetteer's, else deterministic from its code, inside its département's box. */
function communePoint(commune: Commune): [number, number] | undefined {
  const real = realPoints.get(commune.code);
  if (real) return real;
  const centre = DEPARTEMENT_CENTRES[commune.departement];
  if (!centre) return undefined;
  const [lat, lon, half] = centre;
  const u = hashString(commune.code, 1) / 4294967296;
  const v = hashString(commune.code, 2) / 4294967296;
  return [lat + (u - 0.5) * 2 * half, lon + (v - 0.5) * 2 * half * 1.45];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A venue's [latitude, longitude]: near its municipality's point, inside `bounds`. */
function venuePoint(commune: Commune, random: Random, bounds: Bounds): { latitude: number; longitude: number } | undefined {
  const point = communePoint(commune);
  if (!point) return undefined;
  const [west, south, east, north] = bounds;
  return {
    latitude: round(clamp(point[0] + (random.next() - 0.5) * 0.02, south + 0.001, north - 0.001), 5),
    longitude: round(clamp(point[1] + (random.next() - 0.5) * 0.03, west + 0.001, east - 0.001), 5),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Text helpers

/** Longest generated id (operators, venues): slugs are cut at a dash (src/lib/text.ts). */
const ID_MAX_LENGTH = 70;

/** « de Riom », « d'Ambérieu-en-Bugey », « du Puy-en-Velay », « des Avanchers », « de La Rochelle ». */
export function ofCommune(name: string): string {
  if (/^Le /.test(name)) return `du ${name.slice(3)}`;
  if (/^Les /.test(name)) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÀÂÉÈÊËÎÏÔÛÜH]/i.test(name) && !/^(Hy|Ha|He|Ho)/.test(name)) return `d'${name}`;
  return `de ${name}`;
}

/** « de l'Ain », « de la Drôme », « du Cantal », « des Vosges », « de Seine-et-Marne » (INSEE typeLiaison). */
export function ofDepartement({ nom, typeLiaison }: Departement): string {
  return [`de ${nom}`, `d'${nom}`, `du ${nom}`, `de la ${nom}`, `des ${nom}`, `de l'${nom}`][typeLiaison] ?? `de ${nom}`;
}

/** « dans l'Ain », « en Haute-Savoie », « dans le Cantal », « à Paris » (INSEE typeLiaison). */
export function inDepartement(departement: Departement): string {
  const { nom, typeLiaison } = departement;
  switch (typeLiaison) {
    case 0:
      return nom === 'Paris' ? 'à Paris' : `en ${nom}`;
    case 1:
      return `en ${nom}`;
    case 2:
      return `dans le ${nom}`;
    case 3:
      return nom.includes('-') ? `en ${nom}` : `dans la ${nom}`;
    case 4:
      return `dans les ${nom}`;
    case 5:
      return `dans l'${nom}`;
    default:
      return `: ${nom}`;
  }
}

function phoneFor(commune: Commune, random: Random): string {
  let first = '0';
  if (random.chance(0.12)) first = random.pick(['6', '7']);
  else if (commune.region === '11') first = '1';
  else if (['24', '28', '52', '53'].includes(commune.region)) first = '2';
  else if (['27', '32', '44'].includes(commune.region)) first = '3';
  else if (['84', '93', '94'].includes(commune.region)) first = '4';
  else if (commune.region === '75') first = '5';
  else if (commune.region === '76') first = ['11', '30', '34', '48', '66'].includes(commune.departement) ? '4' : '5';
  else first = '9';
  const pairs = [random.int(10, 99), random.int(0, 99), random.int(0, 99), random.int(0, 99)].map((n) => String(n).padStart(2, '0'));
  return random.chance(0.8) ? `+33 ${first} ${pairs.join(' ')}` : `0${first} ${pairs.join(' ')}`;
}

/** A SIRET with a valid Luhn key. */
function siret(random: Random): string {
  const digits = `${random.int(1, 9)}${random.digits(12)}`;
  for (let last = 0; last <= 9; last++) {
    const candidate = `${digits}${last}`;
    let sum = 0;
    for (let index = 0; index < 14; index++) {
      let value = Number(candidate[index]);
      if (index % 2 === 0) {
        value *= 2;
        if (value > 9) value -= 9;
      }
      sum += value;
    }
    if (sum % 10 === 0) return candidate;
  }
  return `${digits}0`;
}

const STREETS = [
  'rue de la République', 'place de la Mairie', 'avenue Jean Jaurès', 'rue Victor Hugo', 'boulevard Gambetta',
  'rue du Général de Gaulle', 'place du Marché', 'rue de la Gare', 'rue Pasteur', 'allée des Tilleuls',
  'chemin des Écoles', 'rue Jules Ferry', 'place de la Libération', 'rue des Écoles', 'rue du Stade',
  'avenue de la Paix', 'impasse des Lilas', 'rue Saint-Jean', 'rue de l\'Église', 'place Charles de Gaulle',
  'rue Louise Michel', 'avenue des Alpes', 'rue du Moulin', 'rue de la Fontaine', 'grande rue',
  'rue du 8 Mai 1945', 'rue Jean Moulin', 'place du Champ de Foire', 'rue des Jardins', 'cours Lafayette',
  'avenue de la Libération', 'rue Émile Zola', 'rue Anatole France', 'rue des Acacias', 'rue du Château',
  'place de l\'Hôtel de Ville', 'rue Aristide Briand', 'rue du Commerce', 'avenue du Maréchal Foch', 'quai des Bateliers',
];
const STOP_PLACES = ['Place du marché', 'Parking de la mairie', "Place de l'église", 'Devant la salle des fêtes', 'Place centrale'];
const COMPLEMENTS = [
  'Rez-de-chaussée', '1er étage', 'Bâtiment B', 'Entrée par la cour', 'À côté de la mairie', 'Salle informatique, 2e étage',
  'Espace Simone Veil', 'Porte C', 'Au fond du parking',
];
const PEOPLE = [
  'Jean Jaurès', 'Louise Michel', 'Simone Veil', 'Victor Hugo', 'Aimé Césaire', 'George Sand', 'Jules Verne',
  'Marie Curie', 'Pablo Neruda', 'Gisèle Halimi', 'Olympe de Gouges', 'Albert Camus', 'Colette', 'Jacques Prévert',
  'Lucie Aubrac', 'Nelson Mandela', 'Rosa Parks', 'Boris Vian', 'Joséphine Baker', 'Françoise Dolto',
];
const QUARTERS = [
  'des Tilleuls', 'du Centre', 'Bellevue', 'les Bruyères', 'la Source', 'le Mail', 'Saint-Jean', 'les Hauts',
  'la Roseraie', 'les Marronniers', 'du Val Fleuri', 'la Fontaine', 'les Capucins', 'du Parc', 'Beaulieu',
];
const ASSOCIATION_NAMES = [
  '{C} Numérique', 'Clic & Lien', 'Les Connectés {of}', 'Numérique Solidaire {of}', 'Bien Connectés',
  'Cyber-Solidarité', 'Le Fil numérique', 'Souris Verte', 'Pas à Pas numérique', 'Numérique pour tous {of}',
  'Entraide informatique {of}', 'Les Petits Débrouillards du clavier', 'Accès Libre {of}', 'Point Virgule',
];
const STATEMENT_HELP = [
  'Un médiateur ou une médiatrice numérique vous aide, même si vous débutez.',
  'On vous montre pas à pas, à votre rythme, sans jugement.',
  'Venez avec vos identifiants et vos papiers si vous avez une démarche à faire.',
  'Les ateliers sont ouverts à tous, sur inscription.',
  "Des ordinateurs et une imprimante sont à votre disposition.",
  'Vous pouvez venir avec votre propre téléphone ou votre tablette.',
  "L'accueil est gratuit et confidentiel.",
  'Des permanences ont lieu chaque semaine, appelez pour connaître les jours.',
];

// ---------------------------------------------------------------------------------------------------------
// Opening hours (OpenStreetMap syntax)

/** A few values that need the full `opening_hours` library (monthdays, nth weekday, comments, seasons). */
export const COMPLEX_HOURS = [
  'Mo-Fr 09:00-12:00,14:00-17:00; Jul-Aug Mo-Fr 09:00-12:00; PH off',
  'Tu,Th 14:00-18:00; We 09:00-12:00,14:00-18:00; Sa 10:00-12:00; Aug off; PH off',
  'Mo-Fr 08:30-12:00,13:30-17:00; Dec 24-Jan 01 off; PH off',
  'Mo[1] 14:00-17:00; We 09:00-12:00 "sur rendez-vous"',
  'Tu-Fr 10:00-12:30,13:30-18:00; Sa 10:00-17:00; PH off',
  'Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00; Jul 14-Aug 15 off; PH off',
  'Sa 09:00-12:00 "sur rendez-vous"; Tu 14:00-17:00',
  'Mo-Fr 09:00-17:00; Jan 01 off; May 01 off; Dec 25 off',
  'We[1,3] 14:00-17:00; Sa[2] 09:00-12:00',
  'Tu-Sa 10:00-18:00; Jun-Sep Tu-Sa 10:00-19:00; PH off',
];

const DAY_PATTERNS = ['Mo-Fr', 'Mo-Fr', 'Mo-Fr', 'Tu-Fr', 'Tu-Sa', 'Mo-Th', 'Mo,Tu,Th,Fr', 'Mo,We,Fr', 'Tu,Th', 'We', 'Mo-Sa'];

export function openingHours(random: Random): string | undefined {
  if (random.chance(0.08)) return undefined;
  if (random.chance(0.04)) return random.pick(COMPLEX_HOURS);
  const days = random.pick(DAY_PATTERNS);
  const morningStart = random.pick(['08:00', '08:30', '09:00', '09:00', '09:30', '10:00']);
  const morningEnd = random.pick(['12:00', '12:00', '12:30']);
  const afternoonStart = random.pick(['13:30', '14:00', '14:00']);
  const afternoonEnd = random.pick(['17:00', '17:30', '18:00', '18:00', '19:00']);
  const kind = random.next();
  const times =
    kind < 0.6
      ? `${morningStart}-${morningEnd},${afternoonStart}-${afternoonEnd}`
      : kind < 0.8
        ? `${morningStart}-${afternoonEnd}`
        : kind < 0.9
          ? `${morningStart}-${morningEnd}`
          : `${afternoonStart}-${afternoonEnd}`;
  const rules = [`${days} ${times}`];
  if (random.chance(0.15) && /Mo-Fr|Mo-Th|Tu-Fr/.test(days)) rules.push(`We ${afternoonStart}-${afternoonEnd}`);
  if (random.chance(0.25) && !/Sa/.test(days)) rules.push(`Sa ${random.pick(['09:00', '09:30', '10:00'])}-12:00`);
  if (random.chance(0.45)) rules.push('PH off');
  return rules.join('; ');
}

// ---------------------------------------------------------------------------------------------------------
// Venue kinds

interface Kind {
  id: string;
  weight: number;
  names: readonly string[];
  typologie: readonly Typologie[];
  /** Services always offered, then others drawn from `maybe`. */
  services: readonly Service[];
  maybe: readonly Service[];
  dispositifs?: readonly Dispositif[];
  frais: readonly Frais[];
  acces: readonly ModaliteAcces[];
  accompagnement: readonly ModaliteAccompagnement[];
  publics?: readonly (typeof PUBLICS)[number][];
  pratiques?: readonly ServicePratique[];
  summary: readonly string[];
  /** Short domain label for e-mails and websites. */
  domain: string;
}

const S = {
  access: 'Accès internet et matériel informatique',
  admin: 'Aide aux démarches administratives',
  daily: 'Maîtrise des outils numériques du quotidien',
  job: 'Insertion professionnelle via le numérique',
  safe: 'Utilisation sécurisée du numérique',
  parents: 'Parentalité et éducation avec le numérique',
  leisure: 'Loisirs et créations numériques',
  understand: 'Compréhension du monde numérique',
  hardware: 'Acquisition de matériel informatique à prix solidaire',
} as const satisfies Record<string, Service>;

const KINDS: readonly Kind[] = [
  {
    id: 'mediatheque', weight: 18, domain: 'mediatheque',
    names: ['Médiathèque {of}', 'Médiathèque {P}', 'Bibliothèque municipale {of}', 'Médiathèque intercommunale {of}'],
    typologie: ['BIB'], services: [S.access, S.daily], maybe: [S.leisure, S.understand, S.safe, S.parents],
    dispositifs: ['Bibliothèques numérique de référence', 'Conseillers numériques'],
    frais: ['Gratuit'], acces: ['Se présenter', 'Téléphoner'], accompagnement: ['En autonomie', 'Dans un atelier collectif', 'Accompagnement individuel'],
    pratiques: ['impression', 'adresse-email', 'mooc'],
    summary: [
      "La médiathèque {of} prête des ordinateurs en accès libre et propose des ateliers pour apprendre à se servir d'internet, d'une tablette ou d'un smartphone.",
      "Postes informatiques, wifi gratuit et ateliers numériques chaque semaine à la médiathèque.",
    ],
  },
  {
    id: 'france-services', weight: 14, domain: 'franceservices',
    names: ['France Services {of}', 'Espace France Services {of}', 'Maison France Services {of}'],
    typologie: ['RFS'], services: [S.admin, S.access], maybe: [S.daily, S.safe],
    dispositifs: ['France Services', 'Aidants Connect', 'Conseillers numériques'],
    frais: ['Gratuit'], acces: ['Se présenter', 'Téléphoner', 'Prendre un RDV en ligne'], accompagnement: ['Accompagnement individuel', 'En autonomie'],
    pratiques: ['impression', 'rdv-en-ligne', 'coffre-fort'],
    summary: [
      "Les agents de France Services vous aident pour vos démarches en ligne : CAF, impôts, retraite, carte grise, France Travail, Ameli.",
      "Un guichet unique pour les démarches administratives, avec un ordinateur en libre accès et un conseiller pour vous accompagner.",
    ],
  },
  {
    id: 'centre-social', weight: 12, domain: 'centresocial',
    names: ['Centre social {of}', 'Centre social {Q}', 'Centre socioculturel {P}', 'Maison de quartier {Q}'],
    typologie: ['CS'], services: [S.daily], maybe: [S.admin, S.parents, S.access, S.safe, S.job],
    dispositifs: ['Conseillers numériques', "Point d'accès numérique CAF", 'Aidants Connect'],
    frais: ['Gratuit', 'Gratuit sous condition'], acces: ['Se présenter', 'Téléphoner', 'Contacter par mail'],
    accompagnement: ['Accompagnement individuel', 'Dans un atelier collectif'], publics: ['Familles et/ou enfants', 'Seniors', 'Femmes'],
    pratiques: ['impression', 'cv-annonce'],
    summary: [
      "Le centre social accueille les habitants du quartier pour des ateliers numériques, une aide aux démarches et des temps d'échange en famille.",
      "Ateliers pour débuter sur ordinateur et smartphone, aide aux démarches CAF et accompagnement des parents face aux écrans.",
    ],
  },
  {
    id: 'epn', weight: 12, domain: 'epn',
    names: ['EPN {of}', 'Espace public numérique {of}', 'Cyberbase {of}', 'Espace numérique {P}'],
    typologie: ['EPN'], services: [S.access, S.daily], maybe: [S.safe, S.leisure, S.understand, S.job, S.admin],
    dispositifs: ['Conseillers numériques', 'Certification PIX'],
    frais: ['Gratuit', 'Payant'], acces: ['Se présenter', 'Téléphoner', 'Contacter par mail'],
    accompagnement: ['En autonomie', 'Dans un atelier collectif', 'Accompagnement individuel'], pratiques: ['impression', 'adresse-email', 'cv-annonce', 'mooc'],
    summary: [
      "L'espace public numérique propose des ordinateurs en libre-service et des ateliers pour tous les niveaux : premiers pas, messagerie, photos, sécurité.",
      'Un lieu pour utiliser un ordinateur, imprimer un document et apprendre le numérique avec un animateur.',
    ],
  },
  {
    id: 'association', weight: 12, domain: 'asso',
    names: ['Association {A}'],
    typologie: ['ASSO'], services: [S.daily], maybe: [S.safe, S.understand, S.leisure, S.admin, S.hardware, S.parents],
    dispositifs: ['Conseillers numériques', 'Promeneurs du net'],
    frais: ['Gratuit', 'Payant', 'Gratuit sous condition'], acces: ['Téléphoner', 'Contacter par mail', 'Se présenter'],
    accompagnement: ['Dans un atelier collectif', 'Accompagnement individuel', 'À distance'], publics: ['Seniors', 'Jeunes'],
    pratiques: ['adresse-email', 'reparation'],
    summary: [
      "L'association anime des ateliers d'initiation au numérique, en petits groupes, pour gagner en autonomie au quotidien.",
      'Des bénévoles aident à prendre en main ordinateur, tablette et smartphone, et à éviter les arnaques en ligne.',
    ],
  },
  {
    id: 'ccas', weight: 8, domain: 'ccas',
    names: ['CCAS {of}', 'Mairie {of}', "Point numérique de la mairie {of}"],
    typologie: ['CCAS'], services: [S.admin], maybe: [S.access, S.daily],
    dispositifs: ['Aidants Connect', 'Conseillers numériques'],
    frais: ['Gratuit'], acces: ['Se présenter', 'Téléphoner'], accompagnement: ['Accompagnement individuel'], publics: ['Seniors'],
    pratiques: ['impression', 'rdv-en-ligne'],
    summary: [
      "Le centre communal d'action sociale aide les habitants à faire leurs démarches en ligne et à obtenir leurs droits.",
      'Permanence numérique à la mairie : aide aux démarches et prêt d\'un ordinateur.',
    ],
  },
  {
    id: 'tiers-lieu', weight: 5, domain: 'tierslieu',
    names: ['Tiers-lieu {Q}', 'Fablab {of}', 'La Fabrique numérique {of}', 'Tiers-lieu La Bobine'],
    typologie: ['TIERS_LIEUX'], services: [S.leisure], maybe: [S.understand, S.access, S.job, S.hardware],
    dispositifs: ['Conseillers numériques', 'Grande école du numérique'],
    frais: ['Payant', 'Gratuit'], acces: ['Se présenter', 'Contacter par mail'], accompagnement: ['Dans un atelier collectif', 'En autonomie'],
    pratiques: ['reparation', 'impression'],
    summary: [
      'Un tiers-lieu ouvert à tous : impression 3D, découpe laser, ateliers de réparation et initiation au code.',
      'Coworking, fablab et ateliers créatifs : on y apprend en faisant, seul ou à plusieurs.',
    ],
  },
  {
    id: 'mission-locale', weight: 4, domain: 'missionlocale',
    names: ['Mission locale {of}', 'Mission locale {of}, antenne {Q}'],
    typologie: ['ML'], services: [S.job, S.admin], maybe: [S.daily, S.access],
    dispositifs: ['Promeneurs du net'],
    frais: ['Gratuit'], acces: ['Téléphoner', 'Prendre un RDV en ligne'], accompagnement: ['Accompagnement individuel', 'Dans un atelier collectif'], publics: ['Jeunes'],
    pratiques: ['cv-annonce', 'adresse-email'],
    summary: [
      'La mission locale accompagne les 16-25 ans vers la formation et l\'emploi : CV, candidatures en ligne, démarches.',
    ],
  },
  {
    id: 'reemploi', weight: 3, domain: 'reemploi',
    names: ['Ressourcerie numérique {of}', 'Atelier solidaire {of}', 'Emmaüs Connect {C}'],
    typologie: ['RESSOURCERIE'], services: [S.hardware], maybe: [S.daily, S.access],
    dispositifs: ['Emmaüs Connect', 'Relais numérique (Emmaüs Connect)'],
    frais: ['Payant', 'Gratuit sous condition'], acces: ['Se présenter', 'Envoyer un mail avec une fiche de prescription'], accompagnement: ['Accompagnement individuel'],
    pratiques: ['reparation'],
    summary: [
      'Ordinateurs et téléphones reconditionnés à petit prix, recharges internet solidaires et aide à la prise en main, sur orientation d\'un travailleur social.',
    ],
  },
  {
    id: 'pimms', weight: 3, domain: 'pimms',
    names: ['PIMMS Médiation {C}', 'Point info médiation {of}'],
    typologie: ['PIMMS'], services: [S.admin, S.access], maybe: [S.daily],
    dispositifs: ['Aidants Connect', 'France Services'],
    frais: ['Gratuit'], acces: ['Se présenter', 'Téléphoner'], accompagnement: ['Accompagnement individuel'],
    pratiques: ['impression', 'coffre-fort'],
    summary: ['Médiateurs sociaux pour les démarches en ligne, les factures d\'énergie et les droits sociaux.'],
  },
  {
    id: 'mjc', weight: 4, domain: 'mjc',
    names: ['MJC {of}', 'MJC {P}', 'Maison des jeunes et de la culture {of}'],
    typologie: ['MJC'], services: [S.leisure, S.understand], maybe: [S.parents, S.safe, S.daily],
    dispositifs: ['Promeneurs du net'],
    frais: ['Payant', 'Gratuit'], acces: ['Se présenter', 'Téléphoner'], accompagnement: ['Dans un atelier collectif'], publics: ['Jeunes', 'Familles et/ou enfants'],
    summary: ['Ateliers numériques pour les jeunes et les familles : jeux vidéo, vidéo, programmation, usage raisonné des écrans.'],
  },
];

const ITINERANT_KIND: Kind = {
  id: 'itinerant', weight: 0, domain: 'numeribus',
  names: ['Bus numérique {of}', 'Numéribus {of}', 'France Services itinérant {of}', 'Camion du numérique {of}'],
  typologie: ['ENM'], services: [S.admin, S.daily, S.access], maybe: [S.safe],
  dispositifs: ['Conseillers numériques', 'France Services'],
  frais: ['Gratuit'], acces: ['Se présenter', 'Téléphoner'], accompagnement: ['Accompagnement individuel', 'Dans un atelier collectif'],
  pratiques: ['impression'],
  summary: [
    "Le bus numérique s'arrête chaque semaine dans les villages : ordinateurs, connexion et un conseiller pour vos démarches et vos questions.",
  ],
};

const KIND_PICKER_WEIGHTS = KINDS.map((kind) => kind.weight);

function pickKind(random: Random): Kind {
  const total = KIND_PICKER_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  let target = random.next() * total;
  for (const kind of KINDS) {
    target -= kind.weight;
    if (target < 0) return kind;
  }
  return KINDS[0]!;
}

function fill(template: string, commune: Commune, random: Random): string {
  return template
    .replace('{A}', () => fill(random.pick(ASSOCIATION_NAMES), commune, random))
    .replace('{of}', () => ofCommune(commune.nom))
    .replace('{C}', () => commune.nom)
    .replace('{P}', () => random.pick(PEOPLE))
    .replace('{Q}', () => random.pick(QUARTERS));
}

function oneOrMore<T>(random: Random, values: readonly T[], max = 2): T[] {
  return random.sample(values, random.int(1, Math.min(max, values.length)));
}

/** Keeps the values of `values` in the order of the reference list (as the schema constants list them). */
function ordered<T>(values: Iterable<T>, reference: readonly T[]): T[] {
  const set = new Set(values);
  return reference.filter((value) => set.has(value));
}

// ---------------------------------------------------------------------------------------------------------
// Serialisation

type Frontmatter = Record<string, unknown>;

/** Drops undefined values and empty lists (the schemas treat absent lists as empty). */
function compact(data: Frontmatter): Frontmatter {
  const result: Frontmatter = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    result[key] = value;
  }
  return result;
}

/**
 * A Markdown file with a YAML frontmatter, for operators (venues go through serializeVenue of
 * mednum/markdown.ts). Strings that YAML 1.1 readers would turn into something
 * else (`01400`, `12:30`, `yes`) are quoted: `version: '1.1'` makes `yaml` quote them.
 */
export function toMarkdownFile(data: Frontmatter, body = ''): string {
  const yaml = stringify(compact(data), { version: '1.1', lineWidth: 0 });
  const text = body.trim();
  return `---\n${yaml}---\n${text ? `${text}\n` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------
// Generation

export type Scope = 'national' | 'territory';

export interface GenerateOptions {
  /** Number of venues. */
  count: number;
  /** Seed of the pseudo-random generator (default: "reperes"). */
  seed?: string | number;
  /** national: metropolitan France, one sub-territory per département; territory: within `territory`. */
  scope?: Scope;
  /** The deployment's territory, required for scope `territory` (French territories only). */
  territory?: Territory;
  /** Reference date: every `date_maj` is within the 3 years before it (default: now). */
  today?: Date;
}

export interface GeneratedFile {
  /** Path relative to the content folder: `lieux/x.md`, `structures/y.md`, `territoire.yaml`. */
  path: string;
  content: string;
}

export interface GeneratedContent {
  files: GeneratedFile[];
  scope: Scope;
  venues: number;
  operators: number;
  itinerant: number;
  /** territoire.yaml text for scope `national`; undefined for `territory` (the caller copies its own file). */
  territoryFile?: string;
}

/** Default scope: the whole country above 1,000 venues, else the deployment's territory. */
export function defaultScope(count: number): Scope {
  return count > 1000 ? 'national' : 'territory';
}

/** content/territoire.yaml for metropolitan France, every département a sub-territory. */
export function nationalTerritory(): { data: Territory; file: string } {
  const departements = loadDepartements().filter((departement) => departement.zone === 'metro');
  const data: Territory = {
    nom: 'France métropolitaine',
    nom_site: 'Repères France (données fictives)',
    slogan: "Trouver de l'aide pour le numérique près de chez soi",
    pays: 'FR',
    fuseau_horaire: 'Europe/Paris',
    type_sous_territoires: 'département',
    bornes: [...METROPOLITAN_BOUNDS],
    editeur: 'Repères (jeu de données fictif, npm run generate)',
    contributions: { courriel: 'contact@reperes.example.fr', depot: 'https://github.com/reperes-numerique/reperes' },
    carte: {},
    sous_territoires: departements.map((departement) => ({
      id: slugify(departement.nom, ID_MAX_LENGTH),
      nom: departement.nom,
      dans: inDepartement(departement),
      code: departement.code,
      departements: [departement.code],
      communes: [],
      codes_postaux: [],
    })),
  };
  const header =
    '# Territoire fictif pour les mesures (npm run generate -- --scope national) : la France métropolitaine,\n' +
    '# un sous-territoire par département (liste de @etalab/decoupage-administratif).\n';
  const { carte: _carte, ...written } = data;
  const file =
    header +
    stringify(
      {
        ...written,
        sous_territoires: data.sous_territoires.map((sub) => ({ id: sub.id, nom: sub.nom, dans: sub.dans, code: sub.code, departements: sub.departements })),
      },
      { version: '1.1', lineWidth: 0 },
    );
  return { data, file };
}

interface Operator {
  id: string;
  nom: string;
  typologie: Typologie[];
  communes: Set<string>;
  seat: Commune;
  kind: 'epci' | 'association' | 'departement';
  venues: number;
}

/** Generates the files of a content folder (without leviers/, which the caller copies). */
export function generateContent(options: GenerateOptions): GeneratedContent {
  const { count } = options;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer (got ${count})`);
  const scope = options.scope ?? defaultScope(count);
  const random = new Random(options.seed ?? 'reperes');
  const today = options.today ?? new Date();
  const todayDay = Math.floor(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) / 86_400_000);
  const dayIso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

  // Where venues may be.
  let territory: Territory;
  let territoryFile: string | undefined;
  if (scope === 'national') {
    const national = nationalTerritory();
    territory = national.data;
    territoryFile = national.file;
  } else {
    if (!options.territory) throw new Error('scope "territory" needs the territory (content/territoire.yaml)');
    if (options.territory.pays !== 'FR') throw new Error('le générateur ne connaît que les communes françaises ; utilisez --scope national');
    territory = options.territory;
  }
  const bounds = territory.bornes;
  const subs = territory.sous_territoires;
  realPoints = new Map(
    buildGazetteer({ departements: [...new Set(subs.flatMap((sub) => sub.departements))] }).rows.map((row) => [row[2], [row[3], row[4]] as [number, number]]),
  );
  const communes = loadCommunes().filter((commune) => {
    if (scope === 'national' && commune.zone !== 'metro') return false;
    const departement = departementOf(commune.code);
    return subs.some(
      (sub) =>
        sub.communes.includes(commune.code) ||
        sub.departements.includes(departement) ||
        sub.codes_postaux.some((prefix) => commune.codesPostaux!.some((postcode) => postcode.startsWith(prefix))),
    );
  });
  if (communes.length === 0) throw new Error(`aucune commune française dans le territoire ${territory.nom}`);
  // Bigger towns have more venues, but every village can have one.
  const communePicker = new WeightedPicker(communes, (commune) => Math.max(50, commune.population ?? 0) ** 0.7);
  const communesByDepartement = new Map<string, Commune[]>();
  for (const commune of communes) {
    const list = communesByDepartement.get(commune.departement) ?? [];
    list.push(commune);
    communesByDepartement.set(commune.departement, list);
  }
  const departementByCode = new Map(loadDepartements().map((departement) => [departement.code, departement]));

  // 1. Communes of the venues.
  const venueCommunes = Array.from({ length: count }, () => communePicker.pick(random));

  // 2. Operators: intercommunalities and départements with venues, and a few associations.
  const operators: Operator[] = [];
  const operatorIds = new Set<string>();
  const addOperator = (operator: Omit<Operator, 'id' | 'venues'>) => {
    let id = slugify(operator.nom, ID_MAX_LENGTH);
    // Room for the « -<n> » suffix.
    for (let suffix = 2; operatorIds.has(id); suffix++) id = `${slugify(operator.nom, ID_MAX_LENGTH - 6)}-${suffix}`;
    operatorIds.add(id);
    const created = { ...operator, id, venues: 0 };
    operators.push(created);
    return created;
  };
  const operatorTarget = Math.max(3, Math.min(600, Math.round(count / 30)));
  const venueCommuneCodes = new Set(venueCommunes.map((commune) => commune.code));
  const communeByCode = new Map(communes.map((commune) => [commune.code, commune]));
  const epcis = loadEpcis().filter((epci) => epci.membres.some((member) => venueCommuneCodes.has(member.code)));
  for (const epci of random.sample(epcis, Math.ceil(operatorTarget * 0.6))) {
    const members = epci.membres.filter((member) => communeByCode.has(member.code));
    const seat = communeByCode.get(members[0]!.code)!;
    addOperator({
      nom: epci.nom.replace(/^CC /, 'Communauté de communes ').replace(/^CA /, "Communauté d'agglomération ").replace(/^CU /, 'Communauté urbaine '),
      typologie: epci.type === 'CC' ? ['CC'] : ['EPCI'],
      communes: new Set(members.map((member) => member.code)),
      seat,
      kind: 'epci',
    });
  }
  const departementsWithVenues = [...new Set(venueCommunes.map((commune) => commune.departement))].sort();
  for (const code of random.sample(departementsWithVenues, Math.ceil(operatorTarget * 0.25))) {
    const departement = departementByCode.get(code)!;
    const inDep = communesByDepartement.get(code)!;
    const seat = inDep.reduce((best, commune) => ((commune.population ?? 0) > (best.population ?? 0) ? commune : best));
    addOperator({
      nom: departement.code === '75' ? 'Ville de Paris' : `Conseil départemental ${ofDepartement(departement)}`,
      typologie: ['CD'],
      communes: new Set(inDep.map((commune) => commune.code)),
      seat,
      kind: 'departement',
    });
  }
  while (operators.length < operatorTarget) {
    const seat = communePicker.pick(random);
    const inDep = communesByDepartement.get(seat.departement)!;
    addOperator({
      nom: fill(random.pick(ASSOCIATION_NAMES), seat, random),
      typologie: ['ASSO'],
      communes: new Set([seat.code, ...random.sample(inDep, 11).map((commune) => commune.code)]),
      seat,
      kind: 'association',
    });
  }
  const operatorsByCommune = new Map<string, Operator[]>();
  for (const operator of operators) {
    for (const code of operator.communes) {
      const list = operatorsByCommune.get(code) ?? [];
      list.push(operator);
      operatorsByCommune.set(code, list);
    }
  }

  // 3. Venues.
  const files: GeneratedFile[] = [];
  const venueIds = new Set<string>();
  let itinerant = 0;
  const source = `Repères, jeu de données fictif (npm run generate, graine ${options.seed ?? 'reperes'})`;
  for (let index = 0; index < count; index++) {
    const commune = venueCommunes[index]!;
    const isItinerant = random.chance(0.025);
    const kind = isItinerant ? ITINERANT_KIND : pickKind(random);
    const nom = fill(random.pick(kind.names), commune, random);
    const base = slugify(nom.includes(commune.nom) ? nom : `${nom} ${commune.nom}`, ID_MAX_LENGTH);
    let id = base;
    for (let suffix = 2; venueIds.has(id); suffix++) id = `${base}-${suffix}`;
    venueIds.add(id);

    const services = new Set<Service>(kind.services);
    for (const service of random.sample(kind.maybe, random.int(0, 3))) services.add(service);
    const pratiques = kind.pratiques && random.chance(0.6) ? oneOrMore(random, kind.pratiques, 2) : [];
    const demarches: Demarche[] = services.has(S.admin) && random.chance(0.7) ? random.sample(DEMARCHE_IDS, random.int(2, 7)) : [];
    const acces = new Set<ModaliteAcces>(oneOrMore(random, kind.acces, 3));
    const domain = `${kind.domain}-${slugify(commune.nom, 30)}.example.fr`;
    const hasPhone = random.chance(0.9);
    const rdvOnline = acces.has('Prendre un RDV en ligne');
    const point = venuePoint(commune, random, bounds);
    const operatorChoices = operatorsByCommune.get(commune.code);
    const operator = operatorChoices && random.chance(0.5) ? random.pick(operatorChoices) : undefined;
    if (operator) operator.venues++;
    const dateMaj = dayIso(todayDay - Math.floor(1095 * random.next() ** 1.6));
    const pivotKind = random.next();
    const pivot = pivotKind < 0.3 ? undefined : kind.id === 'association' && pivotKind < 0.8 ? `W${random.digits(9)}` : siret(random);

    let summary = fill(random.pick(kind.summary), commune, random);
    if (random.chance(0.5)) {
      const extra = random.pick(STATEMENT_HELP);
      if (summary.length + 1 + extra.length <= RESUME_MAX_LENGTH) summary = `${summary} ${extra}`;
    }

    let horaires = openingHours(random);
    let arrets: Frontmatter[] = [];
    if (isItinerant) {
      itinerant++;
      horaires = random.chance(0.5) ? undefined : horaires;
      const nearby = random.sample(communesByDepartement.get(commune.departement)!, random.int(2, 4));
      const weekdays = random.sample(['Mo', 'Tu', 'We', 'Th', 'Fr'], nearby.length);
      const places = random.sample(STOP_PLACES, nearby.length);
      arrets = nearby.map((stop, stopIndex) => {
        const stopPoint = venuePoint(stop, random, bounds);
        return compact({
          nom: places[stopIndex],
          adresse: random.chance(0.5) ? `${random.int(1, 30)} ${random.pick(STREETS)}` : undefined,
          commune: stop.nom,
          code_postal: stop.codesPostaux![0],
          latitude: stopPoint?.latitude,
          longitude: stopPoint?.longitude,
          horaires: `${weekdays[stopIndex]} ${random.pick(['09:00-12:00', '14:00-17:00', '09:30-12:30', '13:30-16:30'])}`,
        });
      });
    }

    const annonces: Frontmatter[] = [];
    if (random.chance(0.03)) {
      const start = todayDay - random.int(0, 10);
      annonces.push(
        compact({
          type: random.pick(['fermeture', 'horaires', 'info']),
          titre: random.pick(['Fermeture exceptionnelle pour travaux', 'Horaires réduits pendant les vacances', 'Nouveaux ateliers pour débutants']),
          texte: random.chance(0.6) ? 'Merci de votre compréhension. Appelez-nous pour toute question.' : undefined,
          debut: dayIso(start),
          fin: dayIso(start + random.int(10, 40)),
        }),
      );
    }

    const data: Frontmatter = {
      pivot,
      nom,
      adresse: isItinerant ? `${random.int(1, 40)} ${random.pick(STREETS)} (garage du bus)` : `${random.int(1, 120)}${random.chance(0.08) ? ' bis' : ''} ${random.pick(STREETS)}`,
      complement_adresse: random.chance(0.2) ? random.pick(COMPLEMENTS) : undefined,
      code_postal: random.pick(commune.codesPostaux!),
      commune: commune.nom,
      code_insee: commune.code,
      latitude: point?.latitude,
      longitude: point?.longitude,
      typologie: [...kind.typologie],
      telephone: hasPhone ? phoneFor(commune, random) : undefined,
      courriels: random.chance(0.8) ? [`${random.pick(['contact', 'accueil', 'numerique', 'mediation'])}@${domain}`] : [],
      site_web: random.chance(0.45) ? [`https://www.${domain}/`] : [],
      horaires,
      presentation_resume: random.chance(0.92) ? summary : undefined,
      source,
      itinerance: isItinerant ? (random.chance(0.3) ? ['Itinérant', 'Fixe'] : ['Itinérant']) : ['Fixe'],
      structure_parente: operator ? operator.nom : undefined,
      date_maj: dateMaj,
      services: ordered(services, SERVICES),
      publics_specifiquement_adresses: kind.publics && random.chance(0.4) ? ordered(oneOrMore(random, kind.publics), PUBLICS) : [],
      prise_en_charge_specifique: random.chance(0.2) ? ordered(oneOrMore(random, PRISES_EN_CHARGE, 3), PRISES_EN_CHARGE) : [],
      frais_a_charge: ordered(oneOrMore(random, kind.frais, 2), FRAIS),
      dispositif_programmes_nationaux: kind.dispositifs && random.chance(0.55) ? ordered(oneOrMore(random, kind.dispositifs, 2), DISPOSITIFS) : [],
      formations_labels: random.chance(0.1) ? [random.pick(FORMATIONS_LABELS)] : [],
      modalites_acces: ordered(acces, MODALITES_ACCES),
      modalites_accompagnement: ordered(oneOrMore(random, kind.accompagnement, 3), MODALITES_ACCOMPAGNEMENT),
      fiche_acces_libre: random.chance(0.2) ? `https://acceslibre.beta.gouv.fr/app/${commune.departement.toLowerCase()}-${slugify(commune.nom, 40)}/a/${kind.domain}/erp/${id}/` : undefined,
      prise_rdv: rdvOnline && random.chance(0.7) ? `https://rdv.${domain}/` : undefined,
      structure: operator?.id,
      services_pratiques: ordered(pratiques, SERVICE_PRATIQUE_IDS),
      demarches: ordered(demarches, DEMARCHE_IDS),
      langues: random.chance(0.08) ? random.sample(['en', 'ar', 'es', 'pt', 'tr', 'ro', 'ru', 'uk', 'de', 'it'].filter((code) => LANGUAGE_CODES.includes(code)), random.int(1, 2)) : [],
      accepte_pass_numerique: random.chance(0.12) ? true : undefined,
      arrets,
      annonces,
    };
    files.push({ path: `lieux/${id}.md`, content: serializeVenue(data, venueBody(kind, commune, pratiques, random)) });
  }

  // 4. Operators with at least one venue (the others are dropped: an operator is found through its venues).
  const kept = operators.filter((operator) => operator.venues > 0);
  for (const operator of kept) {
    const domain = `${slugify(operator.nom, 40)}.example.fr`;
    const communeNames = [...operator.communes]
      .map((code) => communeByCode.get(code)?.nom)
      .filter((name): name is string => name !== undefined)
      .slice(0, 12);
    const summary =
      operator.kind === 'epci'
        ? `${operator.nom} anime des lieux de médiation numérique et des permanences France Services dans ses communes.`
        : operator.kind === 'departement'
          ? `Le département coordonne l'inclusion numérique sur son territoire et finance des conseillers numériques ${inDepartement(departementByCode.get(operator.seat.departement)!)}.`
          : `Association qui accompagne les habitants dans leurs usages du numérique, dans ses locaux et hors les murs.`;
    const data: Frontmatter = {
      nom: operator.nom,
      pivot: random.chance(0.7) ? siret(random) : undefined,
      typologie: operator.typologie,
      adresse: `${random.int(1, 60)} ${random.pick(STREETS)}`,
      code_postal: operator.seat.codesPostaux![0],
      commune: operator.seat.nom,
      telephone: phoneFor(operator.seat, random),
      courriels: [`contact@${domain}`],
      site_web: random.chance(0.7) ? [`https://www.${domain}/`] : [],
      presentation_resume: summary,
      communes_intervention: communeNames,
      hors_les_murs: operator.kind === 'association' ? random.chance(0.6) : random.chance(0.3),
      source,
      date_maj: dayIso(todayDay - random.int(0, 700)),
    };
    const body = `${operator.nom} anime ${operator.venues === 1 ? 'un lieu' : `${operator.venues} lieux`} de ce répertoire. ${random.pick(STATEMENT_HELP)}`;
    files.push({ path: `structures/${operator.id}.md`, content: toMarkdownFile(data, body) });
  }

  if (territoryFile) files.push({ path: 'territoire.yaml', content: territoryFile });
  return { files, scope, venues: count, operators: kept.length, itinerant, territoryFile };
}

function venueBody(kind: Kind, commune: Commune, pratiques: readonly ServicePratique[], random: Random): string {
  if (random.chance(0.1)) return '';
  const paragraphs: string[] = [random.pick(STATEMENT_HELP)];
  if (random.chance(0.5)) paragraphs.push(random.pick(STATEMENT_HELP.filter((text) => text !== paragraphs[0])));
  if (pratiques.length > 0 && random.chance(0.5)) {
    const items = pratiques.map((id) => `- ${PRATIQUE_TEXT[id]}`);
    paragraphs.push(`Sur place, vous pouvez aussi :\n\n${items.join(' ;\n')}.`);
  }
  if (kind.id !== 'itinerant' && random.chance(0.3)) {
    const access = random.pick(['arrêt de bus à 100 mètres', 'parking gratuit devant le bâtiment', 'entrée de plain-pied, accessible en fauteuil roulant', `à cinq minutes de la gare ${ofCommune(commune.nom)}`]);
    paragraphs.push(`**Accès** : ${access}.`);
  }
  return paragraphs.join('\n\n');
}

/** Body wording of the practical services (the labels themselves are `t.labels.servicesPratiques`, src/i18n/fr-labels.ts). */
const PRATIQUE_TEXT: Record<ServicePratique, string> = {
  impression: 'imprimer, photocopier ou scanner un document',
  'adresse-email': 'créer une adresse e-mail',
  'cv-annonce': 'préparer un CV ou une petite annonce',
  mooc: 'vous inscrire à une formation en ligne',
  'rdv-en-ligne': 'prendre un rendez-vous en ligne',
  'coffre-fort': 'ranger vos documents dans un coffre-fort numérique',
  reparation: 'faire réparer un ordinateur ou un téléphone',
};
