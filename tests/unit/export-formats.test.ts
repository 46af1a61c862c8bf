/**
 * data·inclusion and HSDS 3 exports, validated against the published JSON schemas copied into
 * src/lib/export/reference/ (with their licences), by Ajv (already in the lockfile through @astrojs/check).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { stableUuid } from '../../src/lib/export/common.ts';
import { dataInclusionExport, SERVICE_PRATIQUE_THEMATIQUES, SERVICE_THEMATIQUES, DEMARCHE_THEMATIQUES, DISPOSITIF_RESEAUX } from '../../src/lib/export/data-inclusion.ts';
import { hsdsExport, hsdsSchedules } from '../../src/lib/export/hsds.ts';
import { demoContent, EXPORT_CONTEXT, PROJECT, syntheticVenues } from '../helpers/export-venues.ts';

const REFERENCE = resolve(PROJECT, 'src/lib/export/reference');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as new (options: object) => {
  addFormat(name: string, format: RegExp | ((value: string) => boolean)): void;
  addSchema(schema: object, key: string): void;
  compile(schema: object): Validate;
  getSchema(key: string): Validate | undefined;
};

function newAjv() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('date', (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value);
  ajv.addFormat('date-time', (value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)));
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri', (value) => {
    try {
      return /^[a-z][a-z0-9+.-]*:/i.test(value) && !!new URL(value);
    } catch {
      return false;
    }
  });
  return ajv;
}

const venues = [...demoContent().venues, ...syntheticVenues(300, 'formats')];
const operators = demoContent().operators;

function errorsOf(validate: Validate, items: readonly unknown[], label: string): string[] {
  const problems: string[] = [];
  items.forEach((item, index) => {
    if (!validate(item)) problems.push(`${label}[${index}] ${JSON.stringify(validate.errors).slice(0, 400)}`);
  });
  return problems.slice(0, 10);
}

describe('data·inclusion export', () => {
  const ajv = newAjv();
  const structure = ajv.compile(readJson(resolve(REFERENCE, 'data-inclusion/structure.json')));
  const service = ajv.compile(readJson(resolve(REFERENCE, 'data-inclusion/service.json')));
  const result = dataInclusionExport(venues, EXPORT_CONTEXT);

  it('every structure and service passes the published schema', () => {
    expect(result.structures.length).toBe(venues.filter((venue) => venue.data.pays === 'FR').length);
    expect(result.services.length).toBeGreaterThan(result.structures.length);
    expect(errorsOf(structure, result.structures, 'structures')).toEqual([]);
    expect(errorsOf(service, result.services, 'services')).toEqual([]);
  });

  it('the validator refuses what the schema refuses', () => {
    expect(structure({ ...result.structures[0], code_postal: '1000' })).toBe(false);
    expect(service({ ...result.services[0], thematiques: ['numerique--inconnu'] })).toBe(false);
    const { description: _description, ...withoutDescription } = result.services[0]!;
    expect(service(withoutDescription)).toBe(false);
  });

  it('maps only to thématiques and réseaux of the schema’s lists', () => {
    const defs = readJson(resolve(REFERENCE, 'data-inclusion/service.json')).$defs;
    const thematiques = new Set<string>(defs.Thematique.enum);
    const all = [...Object.values(SERVICE_THEMATIQUES), ...Object.values(SERVICE_PRATIQUE_THEMATIQUES), ...Object.values(DEMARCHE_THEMATIQUES)].flat();
    for (const value of all) expect(thematiques.has(value!)).toBe(true);
    const reseaux = new Set<string>(readJson(resolve(REFERENCE, 'data-inclusion/structure.json')).$defs.ReseauPorteur.enum);
    for (const value of Object.values(DISPOSITIF_RESEAUX)) expect(reseaux.has(value!)).toBe(true);
  });

  it('gives each venue its services with their thématiques, and credits the licence', () => {
    const venue = venues.find((item) => item.data.pays === 'FR' && item.data.services.includes('Accès internet et matériel informatique'))!;
    const own = result.services.filter((item) => item.structure_id === venue.id);
    expect(own.length).toBe(venue.data.services.length + venue.data.services_pratiques.length);
    expect(own.find((item) => item.nom === 'Accès internet et matériel informatique')!.thematiques).toContain('numerique--acceder-a-une-connexion-internet');
    expect(result.licence).toBe('Licence Ouverte 2.0');
  });
});

describe('HSDS 3 export', () => {
  const ajv = newAjv();
  for (const file of readdirSync(resolve(REFERENCE, 'hsds')).filter((name) => name.endsWith('.json'))) ajv.addSchema(readJson(resolve(REFERENCE, 'hsds', file)), file);
  const result = hsdsExport(venues, operators, EXPORT_CONTEXT);
  const tables = {
    organizations: 'organization.json',
    services: 'service.json',
    locations: 'location.json',
    addresses: 'address.json',
    service_at_locations: 'service_at_location.json',
    schedules: 'schedule.json',
    phones: 'phone.json',
    languages: 'language.json',
    accessibility: 'accessibility.json',
  } as const;

  for (const [table, schema] of Object.entries(tables)) {
    it(`every record of ${table} passes ${schema}`, () => {
      const items = result[table as keyof typeof tables] as unknown[];
      expect(items.length).toBeGreaterThan(0);
      expect(errorsOf(ajv.getSchema(schema)!, items, table)).toEqual([]);
    });
  }

  it('carries a venue\'s « À apporter » as required documents of each of its services', () => {
    const venue = demoContent().venues[0]!;
    const bring = ['votre convocation, si vous en avez une', 'une clé USB'];
    const hsds = hsdsExport([{ ...venue, data: { ...venue.data, a_apporter: bring } }], [], EXPORT_CONTEXT);
    expect(hsds.services.length).toBeGreaterThan(0);
    expect(hsds.required_documents).toHaveLength(hsds.services.length * bring.length);
    expect(errorsOf(ajv.getSchema('required_document.json')!, hsds.required_documents, 'required_documents')).toEqual([]);
    for (const service of hsds.services) {
      expect(hsds.required_documents.filter((row) => row.service_id === service.id).map((row) => row.document)).toEqual(bring);
    }
    expect(new Set(hsds.required_documents.map((row) => row.id)).size).toBe(hsds.required_documents.length);
    expect(hsdsExport([venue], [], EXPORT_CONTEXT).required_documents).toEqual([]);
  });

  it('the validator refuses what the schema refuses', () => {
    const validate = ajv.getSchema('service.json')!;
    expect(validate({ ...result.services[0], status: 'open' })).toBe(false);
    expect(validate({ ...result.services[0], id: 'not-a-uuid' })).toBe(false);
  });

  it('carries Belgian venues, which the standard and data·inclusion files leave out', () => {
    const french = demoContent().venues[0]!;
    const belgian = { ...french, id: 'lieu-belge', data: { ...french.data, pays: 'BE' as const, code_postal: '1000', code_insee: '21004', telephone: '+3225551234', pivot: '0123456749' } };
    const hsds = hsdsExport([belgian], [], EXPORT_CONTEXT);
    expect(hsds.locations).toHaveLength(1);
    expect(hsds.locations[0]!.external_identifier_type).toBe('BCE');
    expect(hsds.addresses[0]).toMatchObject({ country: 'BE', postal_code: '1000' });
    for (const [table, schema] of Object.entries(tables)) {
      expect(errorsOf(ajv.getSchema(schema)!, hsds[table as keyof typeof tables] as unknown[], table)).toEqual([]);
    }
    expect(dataInclusionExport([belgian], EXPORT_CONTEXT).structures).toEqual([]);
  });

  it('links every table by ids that exist, and keeps the check date apart from the change date', () => {
    const ids = (items: readonly Record<string, unknown>[]) => new Set(items.map((item) => item.id));
    const services = ids(result.services);
    const locations = ids(result.locations);
    const organizations = ids(result.organizations);
    for (const link of result.service_at_locations) {
      expect(services.has(link.service_id)).toBe(true);
      expect(locations.has(link.location_id)).toBe(true);
    }
    for (const item of result.services) expect(organizations.has(item.organization_id)).toBe(true);
    for (const table of [result.schedules, result.phones, result.languages, result.accessibility, result.addresses]) for (const item of table) expect(locations.has(item.location_id)).toBe(true);
    const all = Object.keys(tables).flatMap((table) => (result[table as keyof typeof tables] as Record<string, unknown>[]).map((item) => item.id));
    expect(new Set(all).size).toBe(all.length);
    const service = result.services[0]!;
    expect(service.assured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(service.last_modified).toBe(`${service.assured_date}T00:00:00Z`);
  });

  it('turns opening hours into weekly schedules', () => {
    const rows = hsdsSchedules('Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00', stableUuid('x'), 'FR', new Date('2026-11-02T12:00:00Z'));
    expect(rows.map((row) => [row.byday, row.opens_at, row.closes_at])).toEqual([
      ['MO,TU,WE,TH,FR,SA', '09:00', '12:00'],
      ['MO,TU,WE,TH,FR', '14:00', '17:00'],
    ]);
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });

  it('keeps the ids reusers already hold: the same text gives the same UUID from one version to the next', () => {
    // Values written by the first published export: changing the hash would change every HSDS id.
    expect(stableUuid('location:mediatheque-de-riom')).toBe('d6c7441e-c715-8853-9067-2675d03a3c54');
    expect(stableUuid('service:mediatheque-de-riom:0')).toBe('1224ab60-df1c-886f-ba5b-4b06f3f23106');
    expect(stableUuid('')).toBe('17d5bf6c-d264-86ae-ac27-543948fc64f8');
    expect(stableUuid('lieu:é€𝄞')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
