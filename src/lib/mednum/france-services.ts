/**
 * Import of the France Services list (data.gouv.fr, « Liste des structures labellisées France services »,
 * CSV, one row per France Services) into venues of the standard v1.0.2 + Repères extensions.
 * Pure and browser-safe, like v01.ts: the script (scripts/import.ts) reads the file and writes the venues.
 *
 * Mapping (docs/import.md, « France Services »):
 * - `lib_fs` → nom; `adresse`, `complement_adresse`, `code_postal`, `lib_com` → commune, `insee_com` → code_insee;
 * - `telephone` normalised (`normalizePhone`), `mail` → courriels;
 * - `h_lundi` … `h_samedi` (« 09:00 - 12:00 / 13:30 - 17:00 ») → one OSM `opening_hours`, consecutive days with
 *   the same hours grouped (« Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00 »), checked by the site's parser;
 * - `format_fs` « Bus_équivalent » or « Itinérante » → itinerance [Itinérant], else [Fixe]; the CSV has no stop
 *   column: `arrets` from the stops transcribed from the comments where they name them (`options.stops`), the
 *   comment itself goes to the presentation;
 * - every row: the France Services offer (FRANCE_SERVICES_OFFER): programme France Services, typology RFS,
 *   services, procedures, free of charge, walk in (and phone / e-mail when given);
 * - `prise_rdv` « Oui » → modalites_acces without « Se présenter » (appointment only), the comment kept;
 * - date_maj: the file's date (passed by the script: the CSV has no per-row date).
 * Rows outside the territory's départements are counted, not imported; a row of the territory that does not
 * pass the venue schema is rejected with its reasons.
 */
import * as t from '../../i18n/index.ts';
import { formatProblem, parseWithProblems, type Problem } from '../schema/errors.ts';
import { email, normalizePhone, quote } from '../schema/fields.ts';
import { isInBounds } from '../schema/countries.ts';
import type { Demarche } from '../schema/reperes.ts';
import type { Dispositif, ModaliteAcces, ModaliteAccompagnement, Service, Frais } from '../schema/standard.ts';
import type { Territory } from '../schema/territory.ts';
import type { Typologie } from '../schema/typologies.ts';
import { VenueFieldsSchema, VenueSchema, type SchemaContext } from '../schema/venue.ts';
import { findSubTerritory } from '../territory.ts';
import { recordLabel, resolveIdCollisions, venueSlug, type V01Rejected, type V01Venue } from './v01.ts';

/** Columns of the France Services CSV (2024-08-01). */
export const FRANCE_SERVICES_COLUMNS = [
  'id_fs', 'insee_dep', 'lib_fs', 'adresse', 'complement_adresse', 'insee_com', 'code_postal', 'lib_com', 'latitude',
  'longitude', 'mail', 'telephone', 'h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi', 'prise_rdv',
  'commentaire', 'type_fs', 'format_fs', 'groupe_fs', 'labellisation_fs',
] as const;

export const FRANCE_SERVICES_SOURCE = 'France Services';

/**
 * What every France Services offers (the national charter: help with the online procedures of the nine partner
 * bodies — CAF, Assurance maladie, Assurance retraite, MSA, France Travail, Finances publiques, ministries of the
 * Interior and of Justice, La Poste — and free access to a computer with internet, with help). The Repères
 * `demarches` are the domains of those procedures.
 */
export const FRANCE_SERVICES_OFFER = {
  dispositif_programmes_nationaux: ['France Services'] as Dispositif[],
  typologie: ['RFS'] as Typologie[],
  services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'] as Service[],
  demarches: ['papiers', 'famille', 'social-sante', 'travail', 'argent-impots', 'justice', 'transports'] as Demarche[],
  frais_a_charge: ['Gratuit'] as Frais[],
  modalites_accompagnement: ['En autonomie', 'Accompagnement individuel'] as ModaliteAccompagnement[],
};

/** `format_fs` values of an itinerant France Services. */
export const ITINERANT_FORMATS = ['Bus_équivalent', 'Itinérante'];

/** Parses a CSV text (RFC 4180: commas, double quotes, "" inside quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.length > 1 || cells[0] !== '');
}

/** CSV rows as records keyed by the header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name.trim(), (cells[index] ?? '').trim()])));
}

const DAYS = [
  ['h_lundi', 'Mo'],
  ['h_mardi', 'Tu'],
  ['h_mercredi', 'We'],
  ['h_jeudi', 'Th'],
  ['h_vendredi', 'Fr'],
  ['h_samedi', 'Sa'],
] as const;

/**
 * One day's hours « 09:00 - 12:00 / 13:30 - 17:00 » → « 09:00-12:00,13:30-17:00 »; '' when empty;
 * null when the text is not a list of ranges.
 */
export function dayHours(text: string): string | null {
  const value = text.trim();
  if (!value) return '';
  const ranges = value.split('/').map((part) => part.trim().match(/^(\d{1,2})[:h](\d{2})\s*-\s*(\d{1,2})[:h](\d{2})$/));
  if (ranges.some((match) => !match)) return null;
  return ranges.map((match) => `${match![1]!.padStart(2, '0')}:${match![2]}-${match![3]!.padStart(2, '0')}:${match![4]}`).join(',');
}

/**
 * The six day columns → OSM opening_hours (consecutive days with the same hours grouped: « Mo-Th …; Fr … »),
 * '' when no day has hours, or `{ error }` naming the first day that cannot be read.
 */
export function franceServicesHours(row: Readonly<Record<string, string>>): string | { error: string } {
  const parts: { days: string[]; hours: string }[] = [];
  for (const [column, day] of DAYS) {
    const hours = dayHours(row[column] ?? '');
    if (hours === null) return { error: t.importLines.franceServices.unreadableDay(column, quote(row[column] ?? '')) };
    if (!hours) continue;
    const last = parts.at(-1);
    const previousDay = DAYS[DAYS.findIndex(([, d]) => d === day) - 1]?.[1];
    if (last && last.hours === hours && last.days.at(-1) === previousDay) last.days.push(day);
    else parts.push({ days: [day], hours });
  }
  return parts
    .map(({ days, hours }) => `${days.length > 2 ? `${days[0]}-${days.at(-1)}` : days.join(',')} ${hours}`)
    .join('; ');
}

export interface FranceServicesOptions {
  context: SchemaContext;
  territory: Territory;
  /** date_maj of every venue: the file's date (AAAA-MM-JJ). */
  date: string;
  /**
   * Stops of itinerant France Services by `id_fs`, transcribed by hand from the rows' comments where they name
   * them (content/_sources/france-services-arrets.yaml): the CSV has no stop column.
   */
  stops?: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

export interface FranceServicesResult {
  venues: V01Venue[];
  rejected: V01Rejected[];
  /** Rows of départements outside the territory (not imported). */
  outside: number;
}

const KNOWN_FIELDS = Object.keys(VenueFieldsSchema.shape);

function numberOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value.replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
}

/** True when the row's département is one of the territory's. */
export function inTerritoryDepartements(row: Readonly<Record<string, string>>, territory: Territory): boolean {
  const departement = row.insee_dep ?? '';
  return territory.sous_territoires.some((sub) => sub.departements.includes(departement));
}

/** Maps one row (already known to be in the territory's départements). */
export function mapFranceServicesRow(row: Readonly<Record<string, string>>, options: FranceServicesOptions): V01Venue | V01Rejected {
  const warnings: string[] = [];
  const country = options.context.defaultCountry ?? 'FR';
  const sourceId = row.id_fs ?? '';
  const nom = row.lib_fs ?? '';
  const commune = row.lib_com ?? '';
  const label = recordLabel(sourceId, nom, commune);

  let telephone: string | undefined;
  if (row.telephone) {
    telephone = normalizePhone(row.telephone, country) ?? undefined;
    if (!telephone) warnings.push(t.importLines.warnings.phone(quote(row.telephone)));
  }
  const courriels: string[] = [];
  for (const value of (row.mail ?? '').split(/[\s,;]+/).filter(Boolean)) {
    const parsed = email.safeParse(value);
    if (parsed.success) courriels.push(parsed.data);
    else warnings.push(t.importLines.warnings.email(quote(value)));
  }
  let horaires: string | undefined;
  const hours = franceServicesHours(row);
  if (typeof hours !== 'string') warnings.push(t.importLines.franceServices.unreadableHours(hours.error));
  else if (hours) {
    const problem = options.context.checkHours?.(hours, country);
    if (problem) warnings.push(t.importLines.warnings.hours(quote(hours), problem));
    else horaires = hours;
  } else warnings.push(t.importLines.franceServices.noHours);

  const itinerant = ITINERANT_FORMATS.includes(row.format_fs ?? '');
  const appointment = row.prise_rdv === 'Oui';
  const acces: ModaliteAcces[] = [];
  if (!appointment) acces.push('Se présenter');
  if (telephone) acces.push('Téléphoner');
  if (courriels.length > 0) acces.push('Contacter par mail');

  const body = [
    row.commentaire ? row.commentaire : '',
    appointment ? 'Sur rendez-vous.' : '',
    row.labellisation_fs ? `${row.labellisation_fs}.` : '',
  ].filter(Boolean).join('\n\n');

  const input: Record<string, unknown> = {
    nom: nom || undefined,
    adresse: row.adresse || undefined,
    complement_adresse: row.complement_adresse || undefined,
    code_postal: row.code_postal || undefined,
    commune: commune || undefined,
    code_insee: row.insee_com || undefined,
    latitude: numberOf(row.latitude),
    longitude: numberOf(row.longitude),
    typologie: FRANCE_SERVICES_OFFER.typologie,
    telephone,
    courriels,
    horaires,
    source: FRANCE_SERVICES_SOURCE,
    itinerance: [itinerant || options.stops?.[sourceId] ? 'Itinérant' : 'Fixe'],
    arrets: options.stops?.[sourceId],
    date_maj: options.date,
    services: FRANCE_SERVICES_OFFER.services,
    frais_a_charge: FRANCE_SERVICES_OFFER.frais_a_charge,
    dispositif_programmes_nationaux: FRANCE_SERVICES_OFFER.dispositif_programmes_nationaux,
    modalites_acces: acces,
    modalites_accompagnement: FRANCE_SERVICES_OFFER.modalites_accompagnement,
    demarches: FRANCE_SERVICES_OFFER.demarches,
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];

  const parsed = parseWithProblems(VenueSchema(options.context), input, label, KNOWN_FIELDS);
  const problems: Problem[] = parsed.ok ? [] : [...parsed.problems];
  const { territory } = options;
  const { latitude, longitude } = input;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') {
    problems.push({ file: label, field: 'latitude', message: t.importLines.franceServices.noCoordinates });
  } else if (!isInBounds([longitude, latitude], territory.bornes)) {
    problems.push({ file: label, field: 'latitude', message: t.importLines.rejections.outsideBounds(quote(latitude), quote(longitude), territory.nom) });
  }
  if (!findSubTerritory({ code_insee: row.insee_com, code_postal: row.code_postal ?? '' }, territory.sous_territoires)) {
    problems.push({ file: label, field: 'code_insee', message: t.importLines.rejections.outsideSubTerritories(quote(row.insee_com ?? ''), territory.nom) });
  }
  if (!parsed.ok || problems.length > 0) return { ok: false, sourceId, nom, commune, label, reasons: problems.map(formatProblem) };
  const { leviers: _leviers, pays: _pays, ...frontmatter } = parsed.data;
  return { ok: true, sourceId, id: venueSlug(frontmatter.nom, frontmatter.commune), frontmatter, body, warnings };
}

/** Maps the whole CSV: rows of the territory's départements are venues or rejected; others are counted. */
export function mapFranceServicesRows(rows: readonly Record<string, string>[], options: FranceServicesOptions): FranceServicesResult {
  const venues: V01Venue[] = [];
  const rejected: V01Rejected[] = [];
  let outside = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    if (!inTerritoryDepartements(row, options.territory)) {
      outside++;
      continue;
    }
    const result = mapFranceServicesRow(row, options);
    if (result.ok && seen.has(result.sourceId)) {
      rejected.push({ ok: false, sourceId: result.sourceId, nom: result.frontmatter.nom, commune: result.frontmatter.commune, label: result.id, reasons: [t.importLines.franceServices.repeatedId(quote(result.sourceId))] });
      continue;
    }
    seen.add(result.sourceId);
    if (result.ok) venues.push(result);
    else rejected.push(result);
  }
  const ids = resolveIdCollisions(venues);
  venues.forEach((venue, index) => {
    venue.id = ids[index]!;
  });
  return { venues, rejected, outside };
}
