/**
 * Open Referral HSDS 3 export, in its tabular form as JSON: one array per table (organizations, services,
 * locations, addresses, service_at_locations, schedules, phones, languages, accessibility), linked by
 * UUIDs (stable: derived from the venue and operator ids). Each record follows its table's JSON schema
 * (openreferral/specification, schema/*.json), checked by tests/unit/export-formats.test.ts.
 *
 * - organization: the venue's operator (content/structures/<id>.md), else the venue itself;
 * - service: one per service of the standard (and per practical service) the venue offers;
 * - location: the venue (physical), with its address, phone, accessibility, languages and schedules;
 * - `assured_date`: when a person last checked the listing (`date_verification`, or `date_maj` when later or alone);
 *   `last_modified`: when it last changed (`date_maj`) (docs/donnees.md).
 */
import { checkedDate } from '../freshness.ts';
import { compileOpeningHours, type Country } from '../hours/compile.ts';
import * as t from '../../i18n/index.ts';
import type { ServicePratique } from '../schema/reperes.ts';
import { byId, exportMetadata, stableUuid, venueUrl, type ExportContext, type ExportOperator, type ExportVenue } from './common.ts';
import { jsonPieces } from './pieces.ts';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function time(minutes: number): string {
  const clamped = Math.min(minutes, 1439);
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

function clean<T extends Record<string, unknown>>(record: T): T {
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record;
}

function pivotType(pivot: string, country: Country): string {
  if (country === 'BE') return 'BCE';
  if (/^W/i.test(pivot)) return 'RNA';
  return pivot.length === 14 ? 'SIRET' : 'SIREN';
}

/**
 * HSDS requires `state_province`: in France the département code (from the INSEE code, else the postcode:
 * 3 digits overseas, 2A/2B in Corsica), in Belgium the municipality's NIS code when known, else the postcode.
 */
function stateProvince(codeInsee: string | undefined, postcode: string, country: Country): string {
  if (country === 'BE') return codeInsee ?? postcode;
  const code = codeInsee ?? postcode;
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

/**
 * The weekly schedules of an opening_hours value: one row per opening interval shared by some weekdays
 * (`freq: WEEKLY`, `byday`, `opens_at`, `closes_at`), each with the original value in `description`.
 * Intervals marked « maybe » (comments such as « sur rendez-vous ») keep their comment in `notes`.
 * A value that cannot be read gives one row with the value only.
 */
/** One HSDS schedule row. */
export interface HsdsSchedule {
  id: string;
  location_id: string;
  description: string;
  freq?: string;
  wkst?: string;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  attending_type?: string;
  notes?: string;
}

export function hsdsSchedules(horaires: string, locationId: string, country: Country, from: Date): HsdsSchedule[] {
  const base = { location_id: locationId, description: horaires };
  let week: ReturnType<typeof compileOpeningHours>['week'];
  let comments: string[] = [];
  try {
    const compiled = compileOpeningHours(horaires, { country, from, horizonDays: 14 });
    week = compiled.week;
    comments = compiled.comments ?? [];
  } catch {
    return [{ id: stableUuid(`schedule:${locationId}:0`), ...base }];
  }
  const groups = new Map<string, { start: number; end: number; unknown: boolean; days: string[] }>();
  week.forEach((intervals, day) => {
    for (const [start, end, unknown] of intervals) {
      const key = `${start}-${end}-${unknown ? 1 : 0}`;
      const group = groups.get(key) ?? { start, end, unknown: unknown === 1, days: [] };
      group.days.push(DAYS[day]!);
      groups.set(key, group);
    }
  });
  if (groups.size === 0) return [{ id: stableUuid(`schedule:${locationId}:0`), ...base, notes: comments.join(' ; ') || undefined }].map(clean);
  return [...groups.values()].map((group, index) =>
    clean({
      id: stableUuid(`schedule:${locationId}:${index}`),
      ...base,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: group.days.join(','),
      opens_at: time(group.start),
      closes_at: time(group.end),
      attending_type: 'in_person',
      notes: group.unknown ? comments.join(' ; ') || undefined : undefined,
    }),
  );
}

/** The HSDS tables, in the order the export writes them (after the metadata). */
export const HSDS_TABLES = [
  'organizations',
  'services',
  'locations',
  'addresses',
  'service_at_locations',
  'schedules',
  'phones',
  'languages',
  'accessibility',
  'required_documents',
] as const;
export type HsdsTable = (typeof HSDS_TABLES)[number];

/**
 * The rows of one HSDS table, venue after venue in id order (`sorted`). Each table is one pass over the venues,
 * so that the export is written a row at a time (src/lib/export/pieces.ts); the ids that link tables are derived
 * again in each pass (stable UUIDs of the venue and operator ids).
 */
function* hsdsRows(table: HsdsTable, sorted: readonly ExportVenue[], operatorMap: ReadonlyMap<string, ExportOperator>, context: ExportContext): Generator<object> {
  const from = new Date(`${context.generated}T12:00:00Z`);
  const organizations = new Set<string>();
  for (const venue of sorted) {
    const { data } = venue;
    const operator = data.structure ? operatorMap.get(data.structure) : undefined;
    const organizationKey = operator ? `structure:${operator.id}` : `lieu:${venue.id}`;
    const organizationId = () => stableUuid(`organization:${organizationKey}`);
    const locationId = () => stableUuid(`location:${venue.id}`);
    switch (table) {
      case 'organizations': {
        if (organizations.has(organizationKey)) break;
        organizations.add(organizationKey);
        const source = operator?.data ?? { nom: data.structure_parente ?? data.nom, presentation_resume: data.presentation_resume, courriels: data.courriels, site_web: data.site_web, pivot: data.pivot };
        yield clean({
          id: organizationId(),
          name: source.nom,
          description: source.presentation_resume ?? source.nom,
          email: source.courriels[0],
          website: source.site_web[0],
          tax_id: source.pivot,
        });
        break;
      }
      case 'locations':
        yield clean({
          id: locationId(),
          location_type: 'physical',
          organization_id: organizationId(),
          name: data.nom,
          description: data.presentation_resume,
          latitude: data.latitude,
          longitude: data.longitude,
          external_identifier: data.pivot,
          external_identifier_type: data.pivot ? pivotType(data.pivot, data.pays) : undefined,
        });
        break;
      case 'addresses':
        yield clean({
          id: stableUuid(`address:${venue.id}`),
          location_id: locationId(),
          address_1: data.adresse,
          address_2: data.complement_adresse,
          city: data.commune,
          state_province: stateProvince(data.code_insee, data.code_postal, data.pays),
          postal_code: data.code_postal,
          country: data.pays,
          address_type: 'physical',
        });
        break;
      case 'phones':
        if (data.telephone) yield { id: stableUuid(`phone:${venue.id}`), location_id: locationId(), number: data.telephone, type: 'voice' };
        break;
      case 'languages':
        for (const code of ['fr', ...data.langues.filter((code) => code !== 'fr')]) {
          yield { id: stableUuid(`language:${venue.id}:${code}`), location_id: locationId(), code };
        }
        break;
      case 'accessibility': {
        const support = data.prise_en_charge_specifique;
        if (data.fiche_acces_libre || support.length > 0) {
          yield clean({
            id: stableUuid(`accessibility:${venue.id}`),
            location_id: locationId(),
            description: support.length > 0 ? support.join(', ') : undefined,
            url: data.fiche_acces_libre,
          });
        }
        break;
      }
      case 'schedules':
        if (data.horaires) yield* hsdsSchedules(data.horaires, locationId(), data.pays, from);
        break;
      case 'services':
      case 'service_at_locations':
      case 'required_documents': {
        const names = [...data.services, ...(data.services_pratiques as ServicePratique[]).map((id) => t.labels.servicesPratiques[id])];
        for (let index = 0; index < names.length; index++) {
          const serviceId = stableUuid(`service:${venue.id}:${index}`);
          if (table === 'services') {
            yield clean({
              id: serviceId,
              organization_id: organizationId(),
              name: names[index],
              description: data.presentation_resume,
              url: venueUrl(venue.id, context) ?? data.site_web[0],
              email: data.courriels[0],
              status: 'active',
              application_process: data.modalites_acces.length > 0 ? data.modalites_acces.join(', ') : undefined,
              fees_description: data.frais_a_charge.length > 0 ? data.frais_a_charge.join(', ') : undefined,
              // the date a person last checked the listing (src/lib/freshness.ts: the later of `date_verification` and
              // `date_maj`, a change being a check), then the date it last changed
              assured_date: checkedDate(data),
              last_modified: `${data.date_maj}T00:00:00Z`,
            });
          } else if (table === 'service_at_locations') {
            yield { id: stableUuid(`service_at_location:${venue.id}:${index}`), service_id: serviceId, location_id: locationId() };
          } else {
            // the venue's « À apporter » holds for every service there (HSDS ties a required document to a service)
            for (let item = 0; item < data.a_apporter.length; item++) {
              yield { id: stableUuid(`required_document:${venue.id}:${index}:${item}`), service_id: serviceId, document: data.a_apporter[item] };
            }
          }
        }
        break;
      }
    }
  }
}

/** The export's metadata and, for each table, an iterable of its rows (each iteration a new pass). */
function hsdsParts(venues: readonly ExportVenue[], operators: readonly ExportOperator[], context: ExportContext) {
  const sorted = byId(venues);
  const operatorMap = new Map(operators.map((operator) => [operator.id, operator]));
  return {
    head: { schema: 'Open Referral HSDS 3 (https://docs.openreferral.org/en/latest/)', ...exportMetadata(sorted, context) },
    tables: HSDS_TABLES.map((table) => [table, { [Symbol.iterator]: () => hsdsRows(table, sorted, operatorMap, context) }] as const),
  };
}

/** The HSDS tables of the venues (all countries: HSDS has no national patterns). */
export function hsdsExport(venues: readonly ExportVenue[], operators: readonly ExportOperator[], context: ExportContext) {
  const { head, tables } = hsdsParts(venues, operators, context);
  return { ...head, ...(Object.fromEntries(tables.map(([table, rows]) => [table, [...rows]])) as Record<HsdsTable, Record<string, unknown>[]>) };
}

/** The export's JSON text, in pieces (src/lib/export/pieces.ts): the same object, a row at a time. */
export function* hsdsPieces(venues: readonly ExportVenue[], operators: readonly ExportOperator[], context: ExportContext): Generator<string> {
  const { head, tables } = hsdsParts(venues, operators, context);
  yield* jsonPieces(head, tables);
  yield '\n';
}

export function hsdsJson(venues: readonly ExportVenue[], operators: readonly ExportOperator[], context: ExportContext): string {
  return [...hsdsPieces(venues, operators, context)].join('');
}
