import { describe, expect, it } from 'vitest';
import { checkLocations, COMMUNE_DISTANCE_KM } from '../../src/lib/content-check.ts';
import type { GazetteerRow } from '../../src/lib/gazetteer.ts';

const rows: GazetteerRow[] = [
  ['Annecy', ['74000', '74370', '74600'], '74010', 45.8992, 6.1294],
  ['Riom', '63200', '63300', 45.8936, 3.1126],
  ['Mozac', '63200', '63245', 45.8936, 3.0936, 1],
];

function venue(data: Record<string, unknown>) {
  return { file: 'content/lieux/x.md', id: 'x', data: { nom: 'X', ...data } };
}

describe('points that disagree with their address', () => {
  it('warns when a venue lies more than the threshold from its commune (the Annecy venue placed in the Loire)', () => {
    const [problem] = checkLocations([venue({ commune: 'Annecy', code_insee: '74010', code_postal: '74000', latitude: 45.38567, longitude: 4.55 })], rows);
    expect(problem).toMatchObject({ field: 'latitude', severity: 'warning' });
    expect(problem!.message).toMatch(/à 13\d km de Annecy \(plus de 10 km\)/);
  });

  it('accepts a venue within the threshold, finds the commune by name when there is no INSEE code, doubles it for an approximate point', () => {
    const step = (COMMUNE_DISTANCE_KM - 0.5) / 111.2; // degrees of latitude
    expect(checkLocations([venue({ commune: 'Riom', code_postal: '63200', latitude: 45.8936 + step, longitude: 3.1126 })], rows)).toEqual([]);
    expect(checkLocations([venue({ commune: 'Riom', code_postal: '63200', latitude: 45.8936 + 2 * step, longitude: 3.1126 })], rows)).toHaveLength(1);
    expect(checkLocations([venue({ commune: 'Mozac', code_postal: '63200', latitude: 45.8936 + 2 * step, longitude: 3.0936 })], rows)).toEqual([]);
  });

  it("warns when the postcode is not one of the commune's, but not for a CEDEX code of its département", () => {
    const [wrong] = checkLocations([venue({ commune: 'Annecy', code_insee: '74010', code_postal: '06922' })], rows);
    expect(wrong).toMatchObject({ field: 'code_postal', severity: 'warning' });
    expect(wrong!.message).toContain("« 06922 » n'est pas un code postal de Annecy (74000, 74370, 74600)");
    expect(checkLocations([venue({ commune: 'Annecy', code_insee: '74010', code_postal: '74008' })], rows)).toEqual([]);
    expect(checkLocations([venue({ commune: 'Annecy', code_insee: '74010', code_postal: '63200' })], rows)).toHaveLength(1);
  });

  it('says nothing without a gazetteer or for a commune it does not know', () => {
    expect(checkLocations([venue({ commune: 'Annecy', code_postal: '06922', latitude: 45.3, longitude: 4.5 })], [])).toEqual([]);
    expect(checkLocations([venue({ commune: 'Ailleurs', code_postal: '99999', latitude: 45.3, longitude: 4.5 })], rows)).toEqual([]);
  });
});
