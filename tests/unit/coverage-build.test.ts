/**
 * The coverage inputs from the open-data packages (src/node/coverage-build.ts): communes with population, point
 * and sub-territory; sub-territory outlines from the départements.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { coverageCommunes, subTerritoryShapes } from '../../src/node/coverage-build.ts';
import { buildGazetteer } from '../../src/node/gazetteer-build.ts';
import type { Territory } from '../../src/lib/schema/territory.ts';

const require = createRequire(import.meta.url);
const sub = (id: string, extra: Partial<Territory['sous_territoires'][number]>) => ({ id, nom: id, departements: [], communes: [], codes_postaux: [], ...extra }) as Territory['sous_territoires'][number];
const territory = { pays: 'FR', sous_territoires: [sub('bourg', { communes: ['01053'] }), sub('ain', { departements: ['01'] }), sub('cantal', { departements: ['15'] })] } as Pick<Territory, 'pays' | 'sous_territoires'>;

describe('coverageCommunes', () => {
  const communes = coverageCommunes(territory)!;
  const all = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')) as { code: string; type: string; departement: string; population?: number }[];

  it('current communes of the départements, each once, with their legal population; those the gazetteer cannot place left out', () => {
    const unresolved = new Set(buildGazetteer({ departements: ['01', '15'] }).coverage.unresolved.map((line) => line.slice(0, 5)));
    expect(unresolved.size).toBeLessThan(10);
    const expected = all.filter((commune) => commune.type === 'commune-actuelle' && ['01', '15'].includes(commune.departement) && !unresolved.has(commune.code));
    expect(communes.map((commune) => commune.code).sort()).toEqual(expected.map((commune) => commune.code).sort());
    expect(new Set(communes.map((commune) => commune.code)).size).toBe(communes.length);
    const population = (code: string) => expected.find((commune) => commune.code === code)?.population;
    for (const commune of communes.slice(0, 50)) expect(commune.population).toBe(population(commune.code));
  });

  it('each commune in its sub-territory, by the rule venues follow (commune first, then département)', () => {
    expect(communes.find((commune) => commune.code === '01053')).toMatchObject({ nom: 'Bourg-en-Bresse', sub: 'bourg' });
    expect(communes.find((commune) => commune.code === '01004')?.sub).toBe('ain');
    expect(communes.find((commune) => commune.code === '15014')).toMatchObject({ nom: 'Aurillac', sub: 'cantal' });
    // Bourg-en-Bresse's point is in the town (≈ 46.2° N, 5.22° E).
    const [lon, lat] = communes.find((commune) => commune.code === '01053')!.point;
    expect(Math.abs(lon - 5.22)).toBeLessThan(0.05);
    expect(Math.abs(lat - 46.2)).toBeLessThan(0.05);
  });

  it('no population data outside France', () => {
    expect(coverageCommunes({ ...territory, pays: 'BE' })).toBeUndefined();
  });
});

describe('subTerritoryShapes', () => {
  it('outlines the sub-territories made of whole départements only; the outline holds its communes', () => {
    const shapes = subTerritoryShapes(territory);
    expect([...shapes.keys()].sort()).toEqual(['ain', 'cantal']);
    const ring = shapes.get('cantal')![0]![0]!;
    const west = Math.min(...ring.map((point) => point[0]));
    const east = Math.max(...ring.map((point) => point[0]));
    const south = Math.min(...ring.map((point) => point[1]));
    const north = Math.max(...ring.map((point) => point[1]));
    // Aurillac (2.44° E, 44.93° N) lies inside the Cantal's box.
    expect(west < 2.44 && 2.44 < east && south < 44.93 && 44.93 < north).toBe(true);
  });
});
