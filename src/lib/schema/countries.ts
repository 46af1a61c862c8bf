/**
 * Where a venue of each country may be (the schema's coordinate rule). Pure data and predicates; `name` is the
 * country in messages (t.fieldChecks.inCountry).
 */
import * as t from '../../i18n/index.ts';
import type { Country } from './reperes.ts';

/** [west, south, east, north] in WGS 84 degrees. */
export type Bounds = [number, number, number, number];

/**
 * Where a venue of each country may be. France: metropolitan France and Corsica, then the
 * overseas départements and collectivités whose phone prefixes the standard accepts.
 */
export const COUNTRY_BOUNDS: Record<Country, { name: string; boxes: Bounds[] }> = {
  FR: {
    name: t.fieldChecks.inCountry.FR,
    boxes: [
      [-5.3, 41.3, 9.7, 51.2], // metropolitan France and Corsica
      [-61.9, 15.8, -60.9, 16.6], // Guadeloupe
      [-63.2, 17.8, -62.7, 18.2], // Saint-Martin, Saint-Barthélemy
      [-61.3, 14.3, -60.8, 14.9], // Martinique
      [-54.7, 2.1, -51.5, 5.9], // Guyane
      [55.2, -21.4, 55.9, -20.8], // La Réunion
      [44.9, -13.1, 45.4, -12.6], // Mayotte
      [-56.5, 46.7, -56.1, 47.2], // Saint-Pierre-et-Miquelon
      [163.5, -22.8, 168.2, -19.5], // Nouvelle-Calédonie
      [-154.8, -27.7, -134.9, -7.8], // Polynésie française
      [-178.3, -14.4, -176.1, -13.1], // Wallis-et-Futuna
    ],
  },
  BE: { name: t.fieldChecks.inCountry.BE, boxes: [[2.5, 49.45, 6.45, 51.55]] },
};

export function isInBounds([lon, lat]: [number, number], [west, south, east, north]: Bounds): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

export function isInCountry(point: [number, number], country: Country): boolean {
  return COUNTRY_BOUNDS[country].boxes.some((box) => isInBounds(point, box));
}
