import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/node/content-files.ts';
import { checkOpeningHours } from '../../src/lib/hours/compile.ts';
import { TerritorySchema } from '../../src/lib/schema/territory.ts';
import { VenueSchema } from '../../src/lib/schema/venue.ts';
import { slugify } from '../../src/lib/text.ts';
import {
  COMPLEX_HOURS,
  defaultScope,
  generateContent,
  inDepartement,
  loadDepartements,
  nationalTerritory,
  ofCommune,
  openingHours,
  Random,
  type GeneratedContent,
} from '../../scripts/lib/synthetic.ts';
import { parseFrontMatterOrThrow, parseYamlOrThrow } from '../../src/lib/frontmatter.ts';

const TODAY = new Date('2026-11-01T12:00:00Z');
const PROJECT = join(import.meta.dirname, '..', '..');
const temporary: string[] = [];

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Writes the generated files as a project (content/ + public/pictogrammes) and loads it like the validator. */
function writeAndLoad(generated: GeneratedContent) {
  const root = mkdtempSync(join(tmpdir(), 'reperes-synthetic-'));
  temporary.push(root);
  const content = join(root, 'content');
  for (const file of generated.files) {
    mkdirSync(dirname(join(content, file.path)), { recursive: true });
    writeFileSync(join(content, file.path), file.content);
  }
  if (!generated.territoryFile) cpSync(join(PROJECT, 'content', 'territoire.yaml'), join(content, 'territoire.yaml'));
  cpSync(join(PROJECT, 'content', 'leviers'), join(content, 'leviers'), { recursive: true });
  cpSync(join(PROJECT, 'content', 'orientation'), join(content, 'orientation'), { recursive: true });
  cpSync(join(PROJECT, 'public', 'pictogrammes'), join(root, 'public', 'pictogrammes'), { recursive: true });
  return { root, loaded: loadContent(root, 'content', { today: TODAY }) };
}

function venueFiles(generated: GeneratedContent) {
  return generated.files.filter((file) => file.path.startsWith('lieux/'));
}

describe('generateContent', () => {
  const national = generateContent({ count: 300, seed: 'test', scope: 'national', today: TODAY });

  it('is deterministic for a seed and differs for another seed', () => {
    const again = generateContent({ count: 300, seed: 'test', scope: 'national', today: TODAY });
    expect(again.files).toEqual(national.files);
    const other = generateContent({ count: 300, seed: 'other', scope: 'national', today: TODAY });
    expect(other.files.map((file) => file.content)).not.toEqual(national.files.map((file) => file.content));
  });

  it('writes N venues with unique ids, some operators and a few itinerant venues', () => {
    const venues = venueFiles(national);
    expect(venues).toHaveLength(300);
    expect(new Set(venues.map((file) => file.path)).size).toBe(300);
    for (const file of venues) expect(file.path).toMatch(/^lieux\/[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
    expect(national.operators).toBeGreaterThan(0);
    expect(national.files.filter((file) => file.path.startsWith('structures/'))).toHaveLength(national.operators);
    expect(national.itinerant).toBeGreaterThan(0);
  });

  it('produces files that pass every check of npm run validate (national scope)', () => {
    const { loaded } = writeAndLoad(national);
    expect(loaded.problems).toEqual([]);
    expect(loaded.venues).toHaveLength(300);
    expect(loaded.operators).toHaveLength(national.operators);
    expect(loaded.territory?.sous_territoires).toHaveLength(96);
    // Every operator runs at least one venue; venues are spread over many départements.
    const referenced = new Set(loaded.venues.map((venue) => venue.data.structure).filter(Boolean));
    expect(referenced.size).toBe(national.operators);
    expect(new Set(loaded.venues.map((venue) => venue.data.code_insee?.slice(0, 2))).size).toBeGreaterThan(40);
    expect(loaded.venues.some((venue) => venue.data.arrets.length > 0)).toBe(true);
    for (const venue of loaded.venues) {
      expect(venue.data.date_maj <= '2026-11-01' && venue.data.date_maj >= '2023-11-01').toBe(true);
      if (venue.data.telephone) expect(venue.data.telephone).toMatch(/^\+33\d{9}$/);
    }
  });

  it('stays within the deployment territory (territory scope)', () => {
    const territory = TerritorySchema.parse(parseYamlOrThrow(readFileSync(join(PROJECT, 'content', 'territoire.yaml'), 'utf8')));
    const generated = generateContent({ count: 120, seed: 'territoire', scope: 'territory', territory, today: TODAY });
    expect(generated.territoryFile).toBeUndefined();
    const { loaded } = writeAndLoad(generated);
    expect(loaded.problems).toEqual([]);
    expect(loaded.venues).toHaveLength(120);
    const departements = new Set(territory.sous_territoires.flatMap((sub) => sub.departements));
    for (const venue of loaded.venues) expect(departements.has(venue.data.code_insee!.slice(0, 2))).toBe(true);
  });

  it('validates each venue with VenueSchema alone', () => {
    const schema = VenueSchema({ defaultCountry: 'FR', checkHours: checkOpeningHours, today: TODAY });
    for (const file of venueFiles(national).slice(0, 50)) {
      const result = schema.safeParse(parseFrontMatterOrThrow(file.content).data);
      expect(result.success, `${file.path}: ${result.error?.message}`).toBe(true);
    }
  });

  it('refuses a territory scope without a territory, and defaults to national above 1,000 venues', () => {
    expect(() => generateContent({ count: 5, scope: 'territory' })).toThrow();
    expect(() => generateContent({ count: 0 })).toThrow(RangeError);
    expect(defaultScope(1000)).toBe('territory');
    expect(defaultScope(1001)).toBe('national');
  });
});

describe('the national territory', () => {
  it('validates and has every metropolitan département once', () => {
    const { data, file } = nationalTerritory();
    const parsed = TerritorySchema.parse(parseYamlOrThrow(file));
    expect(parsed.sous_territoires).toHaveLength(96);
    expect(new Set(parsed.sous_territoires.map((sub) => sub.id)).size).toBe(96);
    expect(parsed.sous_territoires.map((sub) => sub.code)).toContain('2A');
    expect(parsed.sous_territoires.map((sub) => sub.code)).not.toContain('971');
    expect(parsed.bornes).toEqual(data.bornes);
  });

  it('says « dans l’Ain », « en Haute-Savoie », « dans le Cantal », « à Paris »', () => {
    const byCode = new Map(loadDepartements().map((departement) => [departement.code, departement]));
    expect(inDepartement(byCode.get('01')!)).toBe("dans l'Ain");
    expect(inDepartement(byCode.get('74')!)).toBe('en Haute-Savoie');
    expect(inDepartement(byCode.get('15')!)).toBe('dans le Cantal');
    expect(inDepartement(byCode.get('88')!)).toBe('dans les Vosges');
    expect(inDepartement(byCode.get('75')!)).toBe('à Paris');
  });
});

describe('helpers', () => {
  it('generates valid and varied opening hours', () => {
    const random = new Random(7);
    const values = new Set<string>();
    for (let index = 0; index < 400; index++) {
      const value = openingHours(random);
      if (value) values.add(value);
    }
    for (const value of [...values, ...COMPLEX_HOURS]) expect(checkOpeningHours(value, 'FR'), value).toBeNull();
    expect(values.size).toBeGreaterThan(100);
    expect([...values].some((value) => value.includes('PH off'))).toBe(true);
    expect([...values].some((value) => /\d,\d/.test(value))).toBe(true);
  });

  it('slugs names and writes « de »/« d’ »/« du »', () => {
    expect(slugify("Médiathèque de L'Isle-d'Abeau")).toBe('mediatheque-de-l-isle-d-abeau');
    expect(ofCommune('Riom')).toBe('de Riom');
    expect(ofCommune('Ambérieu-en-Bugey')).toBe("d'Ambérieu-en-Bugey");
    expect(ofCommune('Le Puy-en-Velay')).toBe('du Puy-en-Velay');
    expect(ofCommune('Les Avanchers-Valmorel')).toBe('des Avanchers-Valmorel');
    expect(ofCommune('La Rochelle')).toBe('de La Rochelle');
  });
});
