/**
 * A grid of points for « is there a point within r km? » over tens of thousands of queries (the coverage
 * indicators: ~4,000 communes of a région, ~35,000 nationally, against every venue and lever). Points are put
 * in cells of CELL degrees; a query reads only the cells that can hold a point within r km, then measures
 * with `distanceKm` (src/lib/geo.ts). Pure, browser-safe.
 */
import { distanceKm } from '../geo.ts';

export type LonLat = [lon: number, lat: number];

/** 0.1° ≈ 11 km north–south, 7–8 km east–west in metropolitan France. */
const CELL = 0.1;
/** Kilometres in one degree of latitude (a lower bound, so that no cell that can hold a point is skipped). */
const KM_PER_DEGREE = 110.5;

export interface PointGrid {
  cells: Map<number, LonLat[]>;
}

/** A number per cell (no string built per look-up): cell indices are within ±1,800 for any longitude or latitude. */
const key = (x: number, y: number) => (x + 4096) * 8192 + (y + 4096);

export function buildGrid(points: Iterable<LonLat>): PointGrid {
  const cells = new Map<number, LonLat[]>();
  for (const point of points) {
    const k = key(Math.floor(point[0] / CELL), Math.floor(point[1] / CELL));
    const cell = cells.get(k);
    if (cell) cell.push(point);
    else cells.set(k, [point]);
  }
  return { cells };
}

/** Whether some point of the grid lies within `km` kilometres (great-circle distance, inclusive) of `point`. */
export function anyWithin(grid: PointGrid, point: LonLat, km: number): boolean {
  if (grid.cells.size === 0) return false;
  const [lon, lat] = point;
  const dy = Math.ceil(km / KM_PER_DEGREE / CELL);
  // East–west, a degree shrinks with the cosine of the latitude: use the widest latitude the window reaches.
  const far = Math.min(89, Math.abs(lat) + (dy + 1) * CELL);
  const dx = Math.ceil(km / (KM_PER_DEGREE * Math.cos((far * Math.PI) / 180)) / CELL);
  const cx = Math.floor(lon / CELL);
  const cy = Math.floor(lat / CELL);
  for (let y = cy - dy; y <= cy + dy; y++) {
    for (let x = cx - dx; x <= cx + dx; x++) {
      const cell = grid.cells.get(key(x, y));
      if (!cell) continue;
      for (const other of cell) if (distanceKm(point, other) <= km) return true;
    }
  }
  return false;
}
