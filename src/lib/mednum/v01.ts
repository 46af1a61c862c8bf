/**
 * Mapping of one venue of the national standard « Lieux de médiation numérique » v0.1 (JSON, multiple
 * values separated by `;`, e.g. the Hinaura 2021 file) to a Repères venue (standard v1.0.2 + extensions).
 *
 * Pure: no file access. Everything from outside (schema context with the opening-hours checker, territory,
 * communes of France, operator patterns) comes in `V01Options`; scripts/import.ts reads the files.
 *
 * Each v0.1 → v1 table is an exported constant typed with the enumeration types of src/lib/schema, so a
 * value missing from the standard fails type-checking. Values of closed v0.1 lists are matched on their
 * label (the text before « : », e.g. « Gratuit » for « Gratuit : Je peux accéder gratuitement… »).
 * A value with no table entry produces a warning, never a silent loss.
 */
import * as t from '../../i18n/index.ts';
import { isInBounds } from '../schema/countries.ts';
import { formatProblem, parseWithProblems, type Problem } from '../schema/errors.ts';
import { accesLibreUrl, email, httpUrl, normalizePhone, quote } from '../schema/fields.ts';
import type { Country } from '../schema/reperes.ts';
import {
  DISPOSITIFS,
  FORMATIONS_LABELS,
  FRAIS,
  MODALITES_ACCOMPAGNEMENT,
  PRISES_EN_CHARGE,
  PUBLICS,
  RESUME_MAX_LENGTH,
  SERVICES,
  type Dispositif,
  type FormationLabel,
  type Frais,
  type ModaliteAccompagnement,
  type PriseEnCharge,
  type Public,
  type Service,
} from '../schema/standard.ts';
import type { Territory } from '../schema/territory.ts';
import { TYPOLOGIE_CODES, type Typologie } from '../schema/typologies.ts';
import { VenueFieldsSchema, VenueSchema, type SchemaContext, type Venue } from '../schema/venue.ts';
import { departementOf, findSubTerritory } from '../territory.ts';
import { communeMatchKey, communeMatchWords, decodeEntities, slugify } from '../text.ts';

// ————————————————————————————————————————————————————————————————————————————————————————————————
// Mapping tables

/**
 * `services` v0.1 → v1: the table « descriptif des évolutions » of the standard.
 * Embedded (typed) rather than read at run time; tests/unit/import.test.ts checks it equals
 * src/lib/schema/reference/services-v0.1-vers-v1.tsv.
 */
export const V01_SERVICES = {
  "S'équiper en matériel informatique": 'Acquisition de matériel informatique à prix solidaire',
  'Réaliser des démarches administratives avec un accompagnement': 'Aide aux démarches administratives',
  'Devenir autonome dans les démarches administratives': 'Aide aux démarches administratives',
  'Accompagner les démarches de santé': 'Aide aux démarches administratives',
  'Prendre en main un smartphone ou une tablette': 'Maîtrise des outils numériques du quotidien',
  'Prendre en main un ordinateur': 'Maîtrise des outils numériques du quotidien',
  'Utiliser le numérique au quotidien': 'Maîtrise des outils numériques du quotidien',
  'Favoriser mon insertion professionnelle': 'Insertion professionnelle via le numérique',
  'Créer et développer mon entreprise': 'Insertion professionnelle via le numérique',
  "Soutenir la parentalité et l'éducation avec le numérique": 'Parentalité et éducation avec le numérique',
  'Créer avec le numérique': 'Loisirs et créations numériques',
  'Approfondir ma culture numérique': 'Compréhension du monde numérique',
  'Promouvoir la citoyenneté numérique': 'Compréhension du monde numérique',
  'Accéder à une connexion internet': 'Accès internet et matériel informatique',
  'Accéder à du matériel': 'Accès internet et matériel informatique',
} as const satisfies Record<string, Service>;

export interface V01PublicMapping {
  /** → `publics_specifiquement_adresses`. */
  publics?: readonly Public[];
  /** → `prise_en_charge_specifique`. */
  prises?: readonly PriseEnCharge[];
  /** → Repères extension `accueil_langues_etrangeres: true`. */
  langues_etrangeres?: true;
}

/**
 * `publics_accueillis` v0.1 (by label) → `publics_specifiquement_adresses` and `prise_en_charge_specifique`.
 * « Adultes » has no v1 value: it decides whether the other publics are « specifically addressed » (see
 * mapV01Record and docs/import.md). « Public langues étrangères » did not say which language: neither of the
 * standard's language values (they name English / other languages), the extension `accueil_langues_etrangeres`.
 * « Handicaps psychiques » has no v1 value: not in the table, so it is reported as a warning.
 */
export const V01_PUBLICS = {
  Adultes: {},
  'Jeunes (16-26 ans)': { publics: ['Jeunes'] },
  'Seniors (+ 65 ans)': { publics: ['Seniors'] },
  'Familles/enfants': { publics: ['Familles et/ou enfants'] },
  'Uniquement femmes': { publics: ['Femmes'] },
  Surdité: { prises: ['Surdité'] },
  'Handicaps mentaux': { prises: ['Handicaps mentaux'] },
  'Déficience visuelle': { prises: ['Déficience visuelle'] },
  "Personnes en situation d'illettrisme": { prises: ['Illettrisme'] },
  'Public langues étrangères': { langues_etrangeres: true },
} as const satisfies Record<string, V01PublicMapping>;

/**
 * A venue listing all these publics addresses everyone: `publics_specifiquement_adresses` stays empty
 * (« specifically addressed » must not be every public).
 */
export const V01_ALL_PUBLICS = ['Adultes', 'Jeunes (16-26 ans)', 'Seniors (+ 65 ans)', 'Familles/enfants'] as const satisfies readonly (keyof typeof V01_PUBLICS)[];

export interface V01ConditionMapping {
  /** → `frais_a_charge`. */
  frais?: Frais;
  /** → Repères extension `accepte_pass_numerique: true`. */
  accepte_pass_numerique?: true;
  /** → Repères extension `adhesion: true`. */
  adhesion?: true;
}

/**
 * `conditions_acces` v0.1 (by label) → `frais_a_charge`. A membership (« Adhésion ») is not a price: it can be
 * free or a few euros a year, so it does not become « Payant » but the extension `adhesion: true`.
 */
export const V01_CONDITIONS = {
  Gratuit: { frais: 'Gratuit' },
  'Gratuit sous condition': { frais: 'Gratuit sous condition' },
  Payant: { frais: 'Payant' },
  Adhésion: { adhesion: true },
  'Accepte le Pass numérique': { accepte_pass_numerique: true },
} as const satisfies Record<string, V01ConditionMapping>;

/**
 * `modalites_accompagnement` v0.1 (by label) → v1. « A ma place » (someone does the procedure for the person)
 * has no v1 value: `null` here, the extension `fait_a_la_place: true` in mapV01Record.
 */
export const V01_MODALITES = {
  Seul: 'En autonomie',
  "Avec de l'aide": 'Accompagnement individuel',
  'Dans un atelier': 'Dans un atelier collectif',
  'A ma place': null,
} as const satisfies Record<string, ModaliteAccompagnement | null>;

export interface V01LabelMapping {
  dispositif?: Dispositif;
  formation?: FormationLabel;
  accepte_pass_numerique?: true;
}

/**
 * `labels_nationaux` v0.1 → national programmes, labels, or the Pass numérique (APTIC is its issuer).
 * Values not in this table (« Point relais CAF », « Relais pôle emploi », « French Tech », « Campus connecté »)
 * are kept as free text in `autres_formations_labels`, with a warning.
 */
export const V01_LABELS_NATIONAUX = {
  'France Services': { dispositif: 'France Services' },
  CNFS: { dispositif: 'Conseillers numériques' },
  'Aidants Connect': { dispositif: 'Aidants Connect' },
  'Grandes écoles du numérique': { dispositif: 'Grande école du numérique' },
  'Point numérique CAF': { dispositif: "Point d'accès numérique CAF" },
  'Fabriques de Territoire': { formation: 'Fabriques de Territoire' },
  APTIC: { accepte_pass_numerique: true },
} as const satisfies Record<string, V01LabelMapping>;

/** Fields of the v0.1 schema (src/lib/schema/reference/schema-lieux-mediation-numerique-v0.1.1.json); others are reported. */
export const V01_FIELDS = [
  'id', 'pivot', 'nom', 'commune', 'code_postal', 'code_insee', 'adresse', 'complement_adresse', 'latitude',
  'longitude', 'cle_ban', 'typologie', 'telephone', 'courriel', 'site_web', 'horaires', 'presentation_resume',
  'presentation_detail', 'source', 'structure_parente', 'date_maj', 'services', 'publics_accueillis',
  'conditions_acces', 'labels_nationaux', 'labels_autres', 'modalites_accompagnement', 'accessibilite', 'prise_rdv',
] as const;

/** Maximum length of a venue id. */
export const MAX_ID_LENGTH = 80;

// ————————————————————————————————————————————————————————————————————————————————————————————————
// Communes (INSEE codes)

/** One entry of @etalab/decoupage-administratif data/communes.json (the fields used here). */
export interface CommuneRecord {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  codesPostaux?: string[];
  /** Current commune of a delegated/associated commune. */
  chefLieu?: string;
}

interface IndexedCommune {
  record: CommuneRecord;
  key: string;
  words: string[];
  /** Code of the current commune (itself, or the chef-lieu of a delegated/associated commune). */
  current: string;
}

export interface CommuneIndex {
  byPostcode: Map<string, IndexedCommune[]>;
  byDepartement: Map<string, IndexedCommune[]>;
  current: Map<string, CommuneRecord>;
}

const COMMUNE_TYPES = new Set(['commune-actuelle', 'commune-deleguee', 'commune-associee']);

/** Indexes data/communes.json of @etalab/decoupage-administratif (current, delegated and associated communes). */
export function buildCommuneIndex(communes: readonly CommuneRecord[]): CommuneIndex {
  const index: CommuneIndex = { byPostcode: new Map(), byDepartement: new Map(), current: new Map() };
  const push = <K>(map: Map<K, IndexedCommune[]>, key: K, value: IndexedCommune) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const record of communes) {
    if (!COMMUNE_TYPES.has(record.type)) continue;
    const isCurrent = record.type === 'commune-actuelle';
    if (isCurrent) index.current.set(record.code, record);
    const words = communeMatchWords(record.nom);
    const entry: IndexedCommune = { record, key: words.join(''), words, current: isCurrent ? record.code : (record.chefLieu ?? record.code) };
    if (record.departement) push(index.byDepartement, record.departement, entry);
    if (isCurrent) for (const postcode of record.codesPostaux ?? []) push(index.byPostcode, postcode, entry);
  }
  return index;
}

export interface CommuneMatch {
  /** INSEE code of the current commune; undefined when no unique match. */
  code?: string;
  /** Official name of the matched entry (a delegated commune keeps its own name). */
  nom?: string;
  /** True when the name matched exactly (after normalisation) and the postcode is one of the commune's. */
  exact: boolean;
  /** French warning when the match is approximate or missing. */
  warning?: string;
}

function departementsOfPostcode(postcode: string): string[] {
  const departement = departementOf(postcode);
  return departement === '20' ? ['2A', '2B'] : [departement];
}

function unique(entries: readonly IndexedCommune[]): IndexedCommune | undefined {
  const codes = new Set(entries.map((entry) => entry.current));
  return codes.size === 1 ? entries[0] : undefined;
}

function startsWithWords(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length > 0 && prefix.length < words.length && prefix.every((word, index) => words[index] === word);
}

function matchExact(name: string, postcode: string, index: CommuneIndex): { entry: IndexedCommune; inPostcode: boolean } | undefined {
  const key = communeMatchKey(name);
  if (!key) return undefined;
  // 1. a current commune with this postcode
  const byPostcode = (index.byPostcode.get(postcode) ?? []).filter((entry) => entry.key === key);
  if (byPostcode.length > 0) {
    const entry = unique(byPostcode);
    return entry && { entry, inPostcode: true };
  }
  const inDepartement = departementsOfPostcode(postcode).flatMap((dep) => index.byDepartement.get(dep) ?? []).filter((entry) => entry.key === key);
  // 2. a delegated/associated commune whose current commune has this postcode
  const delegated = inDepartement.filter((entry) => entry.record.type !== 'commune-actuelle' && index.current.get(entry.current)?.codesPostaux?.includes(postcode));
  const entry = unique(delegated);
  if (entry) return { entry, inPostcode: true };
  // 3. the name alone in the postcode's département (CEDEX postcode, wrong postcode)
  const byName = unique(inDepartement);
  return byName && { entry: byName, inPostcode: false };
}

/**
 * The INSEE code of a commune from its postcode and name: exact (normalised) name among the communes of
 * the postcode, then delegated communes, then the name alone in the département (warning), then a name
 * that starts with the other at a word boundary among the communes of the postcode (warning), then each
 * part of « Meythet - Annecy » (warning). No unique match: no code, and a warning.
 */
export function findCommune(name: string, postcode: string, index: CommuneIndex): CommuneMatch {
  const exact = matchExact(name, postcode, index);
  if (exact) {
    const code = exact.entry.current;
    if (exact.inPostcode) return { code, nom: exact.entry.record.nom, exact: true };
    return {
      code,
      nom: exact.entry.record.nom,
      exact: false,
      warning: t.importLines.v01.communeByName(code, exact.entry.record.nom, postcode),
    };
  }
  const words = communeMatchWords(name);
  const prefixed = (index.byPostcode.get(postcode) ?? []).filter((entry) => startsWithWords(entry.words, words) || startsWithWords(words, entry.words));
  const approximate = unique(prefixed);
  if (approximate) {
    return {
      code: approximate.current,
      nom: approximate.record.nom,
      exact: false,
      warning: t.importLines.v01.communeApproximate(quote(name), approximate.record.nom, approximate.current, postcode),
    };
  }
  const parts = name.split(/\s+[-–]\s+/).filter(Boolean);
  if (parts.length > 1) {
    const matches = parts.map((part) => matchExact(part, postcode, index)).filter((match) => match !== undefined);
    const codes = new Set(matches.map((match) => match.entry.current));
    if (codes.size === 1) {
      const [code] = codes;
      const current = index.current.get(code!);
      return {
        code,
        nom: current?.nom,
        exact: false,
        warning: t.importLines.v01.communeFromParts(quote(name), current?.nom ?? code!, code!),
      };
    }
  }
  return {
    exact: false,
    warning: t.importLines.v01.communeNotFound(quote(name), postcode),
  };
}

// ————————————————————————————————————————————————————————————————————————————————————————————————
// Ids

/**
 * Readable id of a venue: slug of its name and commune (the commune is not repeated when the name
 * already ends with it), at most `max` characters, cut at a dash (the name is shortened first).
 */
export function venueSlug(nom: string, commune: string, max = MAX_ID_LENGTH): string {
  const name = slugify(nom);
  const place = slugify(commune);
  if (!place || name === place || name.endsWith(`-${place}`)) return slugify(name || place || 'lieu', max);
  if (!name) return slugify(place, max);
  const room = max - place.length - 1;
  if (room < 10) return slugify(`${name}-${place}`, max);
  return `${slugify(name, room)}-${place}`;
}

function compareSourceIds(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b) || a.localeCompare(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Makes ids unique: when several venues share an id, the one with the smallest source id keeps it and the
 * others get `-h<source id>` appended (the same input always gives the same ids, whatever the order).
 * Returns the final ids, in the order of `items`.
 */
export function resolveIdCollisions(items: readonly { id: string; sourceId: string }[]): string[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, position) => {
    const group = groups.get(item.id);
    if (group) group.push(position);
    else groups.set(item.id, [position]);
  });
  const taken = new Set(groups.keys());
  const result = items.map((item) => item.id);
  const sorted = [...groups.values()].filter((group) => group.length > 1);
  for (const group of sorted) {
    const [, ...others] = [...group].sort((a, b) => compareSourceIds(items[a]!.sourceId, items[b]!.sourceId));
    for (const position of others) {
      const base = `${items[position]!.id}-h${slugify(items[position]!.sourceId) || position}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      result[position] = id;
    }
  }
  return result;
}

// ————————————————————————————————————————————————————————————————————————————————————————————————
// Records

/** Operator linked by a case-insensitive regular expression on the venue name (content/_sources/*-structures.yaml). */
export interface StructurePattern {
  structure: string;
  pattern: string;
}

/**
 * The mappings whose effect the import report counts (`correspondances`, docs/import.md), one per venue: its
 * record said « Adhésion » (`adhesion_sans_frais`: and no cost at all, so it has no `frais_a_charge` now),
 * « Public langues étrangères », « A ma place » (`a_ma_place_seule`: and no other way of helping), or listed
 * « Adultes » with some of the other publics (`publics_accueillis`: those are welcomed, not specifically addressed).
 */
export const V01_MAPPING_EFFECTS = ['adhesion', 'adhesion_sans_frais', 'langues_etrangeres', 'a_ma_place', 'a_ma_place_seule', 'publics_accueillis'] as const;
export type V01MappingEffect = (typeof V01_MAPPING_EFFECTS)[number];

export interface V01Options {
  /** Schema context: country, real opening-hours check (`checkHours`), today. */
  context: SchemaContext;
  /** The deployment's territory (content/territoire.yaml): venues outside are rejected. */
  territory: Territory;
  /** Communes of France, from buildCommuneIndex(); without it `code_insee` is only taken from the record. */
  communes?: CommuneIndex;
  /** Operators recognised in venue names, first match wins. */
  structures?: readonly StructurePattern[];
}

/** A venue file's frontmatter: the validated venue without what is derived (`leviers`) or defaulted (`pays`). */
export type VenueFrontmatter = Omit<Venue, 'leviers' | 'pays'> & { pays?: Venue['pays'] };

export type V01Result =
  | { ok: true; sourceId: string; id: string; frontmatter: VenueFrontmatter; body: string; warnings: string[]; mappings?: V01MappingEffect[] }
  | { ok: false; sourceId: string; nom: string; commune: string; label: string; reasons: string[] };

export type V01Venue = Extract<V01Result, { ok: true }>;
export type V01Rejected = Extract<V01Result, { ok: false }>;

const KNOWN_FIELDS = Object.keys(VenueFieldsSchema.shape);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A trimmed text from a string or a number; undefined when empty or of another type. HTML entities a source left in
 * its texts (« Centre Social &amp; Culturel ») become the characters they stand for: the site shows text, never markup.
 */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = decodeEntities(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** The values of a `;`-separated v0.1 field, with typographic apostrophes straightened. */
export function splitV01(value: unknown): string[] {
  const text = Array.isArray(value) ? value.map(String).join(';') : (textOf(value) ?? '');
  return text
    .split(';')
    .map((part) => part.replace(/[’ʼ]/g, "'").trim())
    .filter(Boolean);
}

/** Label of a v0.1 value of a closed list: the text before « : ». */
function labelOf(value: string): string {
  return value.split(/\s+:\s+/)[0]!.trim();
}

function lookup<T extends Record<string, unknown>>(table: T, key: string): T[keyof T] | undefined {
  return Object.hasOwn(table, key) ? (table[key as keyof T] as T[keyof T]) : undefined;
}

/** Keeps the values of `enumeration` present in `found`, in the order of the standard. */
function inOrder<T extends string>(enumeration: readonly T[], found: ReadonlySet<T>): T[] {
  return enumeration.filter((value) => found.has(value));
}

function numberOf(value: unknown): unknown {
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return value === null || value === '' ? undefined : value;
}

/** A record's label in messages: « n° 36 « Maison France Services » (Annecy) ». */
export function recordLabel(sourceId: string, nom: string, commune: string): string {
  return t.importLines.record(sourceId || '?', nom || t.importLines.unnamed, commune);
}

function hasNoLowerCase(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The list of the venues of `territory` in one line, for messages. */
function territoryScope(territory: Territory): string {
  const codes = territory.sous_territoires.flatMap((sub) => [...sub.departements, ...sub.codes_postaux, ...sub.communes]);
  return `${territory.nom}${codes.length ? ` (${codes.join(', ')})` : ''}`;
}

/**
 * Maps and validates one v0.1 record. Rejected (with French problem lines) when the mapped venue fails
 * the venue schema or lies outside the territory. Optional fields that cannot be kept (invalid phone,
 * hours, URL…) are dropped with a warning instead.
 */
export function mapV01Record(record: unknown, options: V01Options): V01Result {
  if (!isRecord(record)) {
    const label = recordLabel('', '', '');
    return { ok: false, sourceId: '', nom: '', commune: '', label, reasons: [formatProblem({ file: label, field: '', message: t.importLines.v01.notAnObject })] };
  }
  const warnings: string[] = [];
  const mappings: V01MappingEffect[] = [];
  const country: Country = options.context.defaultCountry ?? 'FR';
  const sourceId = textOf(record.id) ?? '';
  const nom = textOf(record.nom) ?? '';
  let commune = textOf(record.commune) ?? '';
  const codePostal = textOf(record.code_postal);
  const withoutCedex = commune.replace(/[\s,]+cedex\b.*$/i, '');
  if (withoutCedex && withoutCedex !== commune) {
    warnings.push(t.importLines.v01.cedexRemoved(quote(commune), withoutCedex));
    commune = withoutCedex;
  }

  for (const key of Object.keys(record)) {
    if (!(V01_FIELDS as readonly string[]).includes(key)) warnings.push(t.importLines.v01.unknownField(quote(key)));
  }

  // services
  const services = new Set<Service>();
  for (const value of splitV01(record.services)) {
    const mapped = lookup(V01_SERVICES, value);
    if (mapped) services.add(mapped);
    else warnings.push(t.importLines.v01.unknownService(quote(value)));
  }

  // publics
  const publicValues = splitV01(record.publics_accueillis);
  const labels = new Set(publicValues.map(labelOf));
  // « Adultes » listed: the venue welcomes everyone, the other publics are welcomed, not specifically addressed
  const adults = labels.has('Adultes');
  const everyone = adults || V01_ALL_PUBLICS.every((label) => labels.has(label));
  const publics = new Set<Public>();
  const welcomed = new Set<Public>();
  const prises = new Set<PriseEnCharge>();
  let accueil_langues_etrangeres: true | undefined;
  for (const value of publicValues) {
    const mapped: V01PublicMapping | undefined = lookup(V01_PUBLICS, labelOf(value));
    if (!mapped) {
      warnings.push(t.importLines.v01.unknownPublic(quote(value)));
      continue;
    }
    for (const item of mapped.publics ?? []) (everyone ? welcomed : publics).add(item);
    for (const item of mapped.prises ?? []) prises.add(item);
    if (mapped.langues_etrangeres) accueil_langues_etrangeres = true;
  }
  if (accueil_langues_etrangeres) mappings.push('langues_etrangeres');
  // welcomed publics are kept (extension) only when they say more than « everyone »
  const publicsAccueillis = adults && welcomed.size > 0 && !V01_ALL_PUBLICS.every((label) => labels.has(label)) ? ['Adultes', ...inOrder(PUBLICS, welcomed)] : [];
  if (publicsAccueillis.length > 0) mappings.push('publics_accueillis');


  // conditions
  const frais = new Set<Frais>();
  let accepte_pass_numerique: true | undefined;
  let adhesion: true | undefined;
  for (const value of splitV01(record.conditions_acces)) {
    const mapped: V01ConditionMapping | undefined = lookup(V01_CONDITIONS, labelOf(value));
    if (!mapped) warnings.push(t.importLines.v01.unknownCondition(quote(value)));
    if (mapped?.frais) frais.add(mapped.frais);
    if (mapped?.accepte_pass_numerique) accepte_pass_numerique = true;
    if (mapped?.adhesion) adhesion = true;
  }
  if (adhesion) mappings.push(frais.size === 0 ? 'adhesion_sans_frais' : 'adhesion');

  // modalités
  const modalites = new Set<ModaliteAccompagnement>();
  let fait_a_la_place: true | undefined;
  for (const value of splitV01(record.modalites_accompagnement)) {
    const mapped = lookup(V01_MODALITES, labelOf(value));
    if (mapped) modalites.add(mapped);
    else if (mapped === null) fait_a_la_place = true;
    else warnings.push(t.importLines.v01.unknownModalite(quote(value)));
  }
  if (fait_a_la_place) mappings.push(modalites.size === 0 ? 'a_ma_place_seule' : 'a_ma_place');

  // labels
  const dispositifs = new Set<Dispositif>();
  const formations = new Set<FormationLabel>();
  const autresLabels: string[] = [];
  for (const value of splitV01(record.labels_nationaux)) {
    const mapped: V01LabelMapping | undefined = lookup(V01_LABELS_NATIONAUX, value);
    if (mapped?.dispositif) dispositifs.add(mapped.dispositif);
    if (mapped?.formation) formations.add(mapped.formation);
    if (mapped?.accepte_pass_numerique) accepte_pass_numerique = true;
    if (!mapped) {
      autresLabels.push(value);
      warnings.push(t.importLines.v01.otherLabel(quote(value)));
    }
  }
  autresLabels.push(...splitV01(record.labels_autres));

  // typologie
  const typologie: Typologie[] = [];
  for (const value of splitV01(record.typologie)) {
    if ((TYPOLOGIE_CODES as readonly string[]).includes(value)) typologie.push(value as Typologie);
    else warnings.push(t.importLines.v01.unknownTypologie(quote(value)));
  }

  // contact
  const courriels: string[] = [];
  for (const value of splitV01(record.courriel).flatMap((part) => part.split(/[\s,]+/)).filter(Boolean)) {
    const parsed = email.safeParse(value);
    if (parsed.success) courriels.push(parsed.data);
    else warnings.push(t.importLines.warnings.email(quote(value)));
  }
  const siteWeb: string[] = [];
  for (let value of splitV01(record.site_web).flatMap((part) => part.split(/\s+/)).filter(Boolean)) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) {
      const completed = `https://${value.replace(/^\/+/, '')}`;
      warnings.push(t.importLines.v01.siteWithoutScheme(quote(value), completed));
      value = completed;
    }
    const parsed = httpUrl().safeParse(value);
    if (parsed.success) siteWeb.push(parsed.data);
    else warnings.push(t.importLines.v01.badSite(quote(value)));
  }
  let telephone: string | undefined;
  const rawPhone = textOf(record.telephone);
  if (rawPhone) {
    telephone = normalizePhone(rawPhone, country) ?? undefined;
    if (!telephone) warnings.push(t.importLines.warnings.phone(quote(rawPhone)));
  }

  // hours
  let horaires = textOf(record.horaires);
  if (horaires && options.context.checkHours) {
    const problem = options.context.checkHours(horaires, country);
    if (problem) {
      warnings.push(t.importLines.warnings.hours(quote(horaires), problem));
      horaires = undefined;
    }
  }

  // texts
  let presentationResume = textOf(record.presentation_resume);
  let body = typeof record.presentation_detail === 'string' ? record.presentation_detail.replace(/\r\n?/g, '\n').trim() : '';
  if (presentationResume && presentationResume.length > RESUME_MAX_LENGTH) {
    if (body) warnings.push(t.importLines.v01.resumeDropped(presentationResume.length, RESUME_MAX_LENGTH));
    else {
      warnings.push(t.importLines.v01.resumeToBody(presentationResume.length, RESUME_MAX_LENGTH));
      body = presentationResume;
    }
    presentationResume = undefined;
  }

  // links
  let ficheAccesLibre: string | undefined;
  const accessibilite = textOf(record.accessibilite);
  if (accessibilite) {
    const parsed = accesLibreUrl.safeParse(accessibilite);
    if (parsed.success) ficheAccesLibre = parsed.data;
    else warnings.push(t.importLines.v01.badAccessibilite(quote(accessibilite)));
  }
  let priseRdv: string | undefined;
  const rawRdv = textOf(record.prise_rdv);
  if (rawRdv) {
    const parsed = httpUrl().safeParse(rawRdv);
    if (parsed.success) priseRdv = parsed.data;
    else warnings.push(t.importLines.v01.badPriseRdv(quote(rawRdv)));
  }
  if (textOf(record.cle_ban)) warnings.push(t.importLines.v01.cleBan(quote(textOf(record.cle_ban))));

  // pivot: absent or the standard's placeholder of zeros → not written (content files need none; exports write the placeholder)
  const rawPivot = textOf(record.pivot);
  const pivot = rawPivot && !/^0+$/.test(rawPivot.replace(/\s/g, '')) ? rawPivot : undefined;

  // commune and INSEE code
  let codeInsee = textOf(record.code_insee);
  if (!codeInsee && options.communes && codePostal && commune) {
    const match = findCommune(commune, codePostal, options.communes);
    codeInsee = match.code;
    if (match.warning) warnings.push(match.warning);
    if (match.exact && match.nom && hasNoLowerCase(commune)) commune = match.nom;
  }

  // operator
  let structure: string | undefined;
  for (const { structure: id, pattern } of options.structures ?? []) {
    if (new RegExp(pattern, 'iu').test(nom)) {
      structure = id;
      break;
    }
  }

  const input: Record<string, unknown> = {
    pivot,
    nom: nom || undefined,
    adresse: textOf(record.adresse),
    complement_adresse: textOf(record.complement_adresse),
    code_postal: record.code_postal,
    commune: commune || record.commune,
    code_insee: codeInsee,
    latitude: numberOf(record.latitude),
    longitude: numberOf(record.longitude),
    typologie,
    telephone,
    courriels,
    site_web: siteWeb,
    horaires,
    presentation_resume: presentationResume,
    source: textOf(record.source),
    structure_parente: textOf(record.structure_parente),
    date_maj: record.date_maj,
    services: inOrder(SERVICES, services),
    publics_specifiquement_adresses: inOrder(PUBLICS, publics),
    prise_en_charge_specifique: inOrder(PRISES_EN_CHARGE, prises),
    frais_a_charge: inOrder(FRAIS, frais),
    dispositif_programmes_nationaux: inOrder(DISPOSITIFS, dispositifs),
    formations_labels: inOrder(FORMATIONS_LABELS, formations),
    autres_formations_labels: autresLabels,
    modalites_accompagnement: inOrder(MODALITES_ACCOMPAGNEMENT, modalites),
    fiche_acces_libre: ficheAccesLibre,
    prise_rdv: priseRdv,
    structure,
    accepte_pass_numerique,
    adhesion,
    accueil_langues_etrangeres,
    publics_accueillis: publicsAccueillis,
    fait_a_la_place,
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];

  const label = recordLabel(sourceId, nom, commune);
  const parsed = parseWithProblems(VenueSchema(options.context), input, label, KNOWN_FIELDS);
  const problems: Problem[] = parsed.ok ? [] : [...parsed.problems];

  // territory
  const { territory } = options;
  const latitude = input.latitude;
  const longitude = input.longitude;
  if (typeof latitude === 'number' && typeof longitude === 'number' && !isInBounds([longitude, latitude], territory.bornes)) {
    problems.push({
      file: label,
      field: 'latitude',
      message: t.importLines.v01.outsideBounds(quote(latitude), quote(longitude), territory.nom, territory.bornes.join(', ')),
    });
  }
  if (codePostal && !findSubTerritory({ code_insee: codeInsee, code_postal: codePostal }, territory.sous_territoires)) {
    problems.push({
      file: label,
      field: codeInsee ? 'code_insee' : 'code_postal',
      message: t.importLines.rejections.outsideSubTerritories(quote(codeInsee ?? codePostal), territoryScope(territory)),
    });
  }

  if (!parsed.ok || problems.length > 0) {
    return { ok: false, sourceId, nom, commune, label, reasons: problems.map(formatProblem) };
  }
  const { leviers: _leviers, pays: _pays, ...frontmatter } = parsed.data;
  return {
    ok: true,
    sourceId,
    id: venueSlug(frontmatter.nom, frontmatter.commune),
    frontmatter,
    body,
    warnings,
    mappings,
  };
}

/**
 * Maps a whole v0.1 file: every record is either a venue (with a unique id, see resolveIdCollisions) or
 * rejected with its reasons. A repeated source id is rejected (the first occurrence is kept).
 */
export function mapV01Records(records: readonly unknown[], options: V01Options): { venues: V01Venue[]; rejected: V01Rejected[] } {
  const venues: V01Venue[] = [];
  const rejected: V01Rejected[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const result = mapV01Record(record, options);
    if (result.ok && result.sourceId && seen.has(result.sourceId)) {
      const label = recordLabel(result.sourceId, result.frontmatter.nom, result.frontmatter.commune);
      rejected.push({
        ok: false,
        sourceId: result.sourceId,
        nom: result.frontmatter.nom,
        commune: result.frontmatter.commune,
        label,
        reasons: [formatProblem({ file: label, field: 'id', message: t.importLines.v01.duplicateId(quote(result.sourceId)) })],
      });
      continue;
    }
    if (result.sourceId) seen.add(result.sourceId);
    if (result.ok) venues.push(result);
    else rejected.push(result);
  }
  const ids = resolveIdCollisions(venues);
  venues.forEach((venue, index) => {
    venue.id = ids[index]!;
  });
  return { venues, rejected };
}
