/**
 * Geometry helpers for the embedded basemap, built at build time (src/node/basemap-build.ts): bounding boxes,
 * Douglas–Peucker simplification of rings and lines, rounding of coordinates. Pure, browser-safe.
 */
export type Position = [number, number];
/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

export function boundsOf(positions: readonly Position[]): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [x, y] of positions) {
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  return [west, south, east, north];
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

export function contains(bounds: Bounds, [x, y]: Position): boolean {
  return x >= bounds[0] && x <= bounds[2] && y >= bounds[1] && y <= bounds[3];
}

/** The bounds grown by `margin` (a fraction of their width and height) on every side. */
export function expand(bounds: Bounds, margin: number): [number, number, number, number] {
  const dx = (bounds[2] - bounds[0]) * margin;
  const dy = (bounds[3] - bounds[1]) * margin;
  return [bounds[0] - dx, bounds[1] - dy, bounds[2] + dx, bounds[3] + dy];
}

function segmentDistance2([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  let dx = bx - ax;
  let dy = by - ay;
  if (dx !== 0 || dy !== 0) {
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    ax += t * dx;
    ay += t * dy;
  }
  dx = px - ax;
  dy = py - ay;
  return dx * dx + dy * dy;
}

/** Douglas–Peucker: the points of `line` kept within `tolerance` degrees; the ends are always kept. */
export function simplifyLine(line: readonly Position[], tolerance: number): Position[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  const tolerance2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance2;
    for (let k = first + 1; k < last; k++) {
      const d = segmentDistance2(line[k]!, line[first]!, line[last]!);
      if (d > distance) {
        distance = d;
        farthest = k;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return line.filter((_, k) => keep[k] === 1);
}

/** A closed ring simplified (first point = last point kept), or undefined when it collapses below 4 points. */
export function simplifyRing(ring: readonly Position[], tolerance: number): Position[] | undefined {
  const simplified = roundPositions(simplifyLine(ring, tolerance), tolerance);
  return simplified.length >= 4 ? simplified : undefined;
}

/** Coordinates rounded to the decimals the tolerance needs, consecutive duplicates removed. */
export function roundPositions(line: readonly Position[], tolerance: number): Position[] {
  const decimals = Math.max(0, Math.min(6, Math.ceil(-Math.log10(tolerance)) + 1));
  const factor = 10 ** decimals;
  const out: Position[] = [];
  for (const [x, y] of line) {
    const position: Position = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== position[0] || previous[1] !== position[1]) out.push(position);
  }
  return out;
}
