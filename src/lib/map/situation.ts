/**
 * The situation map of a venue page: a small north-up plan drawn at build time as inline SVG (no script, no
 * WebGL, no request), from the embedded basemap of /carte/ (src/node/basemap-build.ts): land, country borders,
 * département boundaries, the nearest communes with their names, the venue (and the stops of an itinerant
 * venue), a scale bar. Pure and browser-safe; the words (accessible name, labels) are given by the caller.
 *
 * Two steps, so that each page stays cheap:
 * - `indexBasemap(features)`, once per build: land polygons with a bounding box per chunk of their rings;
 *   borders and boundaries as lines with shared edges drawn once (a boundary between two départements is in
 *   both rings, simplified differently), cut into chunks in a grid; commune points in a grid;
 * - `situationModel(index, point)`, per page: only the grid cells and chunks that meet the window are read.
 *   Projection: equirectangular around the venue with the cosine of its latitude (at ±12 km it does not differ
 *   from Web Mercator by a pixel). Coordinates are rounded to 0.1 px; shapes are clipped to the window plus a
 *   margin, so that the edges clipping adds are never visible.
 * `situationSvg(model, text)` writes the SVG: shapes coloured by presentation attributes (no style attribute: the
 * CSP forbids them); names as HTML text in `foreignObject`s, dark on a white label from the stylesheet
 * (`.situation-map span`), so that their colours are CSS colours that contrast checkers and people's settings see;
 * every name escaped.
 */
import type { Position } from './simplify.ts';

/** What the index needs of a basemap feature (BasemapFeature in src/node/basemap-build.ts). */
export interface SituationFeature {
  properties: { k: string; n?: string; p?: number };
  geometry: { type: 'MultiPolygon'; coordinates: Position[][][] } | { type: 'Point'; coordinates: Position };
}

type Box = [number, number, number, number];

/** Points per chunk of a ring or line: a page visits only the chunks whose box meets its window. */
const CHUNK = 16;
/** Grid cells, in degrees: about 20 km for lines (a window of ±12 km reads a few cells), 5 km for communes (a
 * window reads a few dozen cells, each with a few communes). */
const LINE_CELL = 0.2;
const COMMUNE_CELL = 0.05;
/**
 * A boundary edge is drawn once: an edge is left out when its ends lie within END_NEAR degrees, and its middle
 * within MIDDLE_NEAR, of an edge already kept. The basemap is simplified to 0.008° (src/node/basemap-build.ts):
 * the kept points of a shared boundary lie on the original line, each simplified copy within 0.008° of it.
 */
const END_NEAR = 0.009;
const MIDDLE_NEAR = 0.017;

interface Ring {
  points: Position[];
  /** [west, south, east, north] of each chunk: points k·CHUNK … (k+1)·CHUNK (shared ends). */
  chunks: Box[];
}

interface LandPolygon {
  box: Box;
  rings: Ring[];
}

/** Kind of a line: 0 a country border or coast, 1 a département or province boundary. */
type LineKind = 0 | 1;

interface LineChunk {
  kind: LineKind;
  /** Order of the chunk along its line: consecutive chunks join without a new move. */
  order: number;
  points: Position[];
  box: Box;
}

interface Commune {
  name: string;
  population: number;
  lon: number;
  lat: number;
}

/**
 * A uniform grid over items with a box. Filled with `add`, then packed on the first query into dense typed arrays
 * over the rectangle of cells the items cover (an offset per cell, then the ids of every cell in a row; the basemap
 * covers the territory's bounds, so a few hundred thousand cells at most): a query reads its cells by index, with
 * no hashing. Items must not be added after the first query.
 */
class Grid<T> {
  readonly #size: number;
  readonly items: T[] = [];
  /** Cells of each item while filling: [x0, y0, x1, y1] per item, in cell units. */
  #spans: number[] = [];
  /** Packed: the cells' range, an offset per cell into `#ids` (one more at the end), the ids. */
  #west = 0;
  #south = 0;
  #columns = 0;
  #rows = 0;
  #offsets = new Uint32Array(1);
  #ids = new Uint32Array(0);
  #packed = false;
  /** The last query that returned each item (so that an item in several cells is returned once). */
  #seen = new Uint32Array(0);
  #query = 0;

  constructor(size: number) {
    this.#size = size;
  }

  add(item: T, [west, south, east, north]: Box): void {
    this.items.push(item);
    const size = this.#size;
    this.#spans.push(Math.floor(west / size), Math.floor(south / size), Math.floor(east / size), Math.floor(north / size));
  }

  #pack(): void {
    const spans = this.#spans;
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (let k = 0; k < spans.length; k += 4) {
      west = Math.min(west, spans[k]!);
      south = Math.min(south, spans[k + 1]!);
      east = Math.max(east, spans[k + 2]!);
      north = Math.max(north, spans[k + 3]!);
    }
    const columns = spans.length > 0 ? east - west + 1 : 0;
    const rows = spans.length > 0 ? north - south + 1 : 0;
    const counts = new Uint32Array(columns * rows + 1);
    for (let k = 0; k < spans.length; k += 4) {
      for (let x = spans[k]!; x <= spans[k + 2]!; x++) for (let y = spans[k + 1]!; y <= spans[k + 3]!; y++) counts[(x - west) * rows + (y - south) + 1]!++;
    }
    for (let cell = 1; cell < counts.length; cell++) counts[cell]! += counts[cell - 1]!;
    const ids = new Uint32Array(counts[counts.length - 1]!);
    const next = counts.slice(0, -1);
    // ids in ascending order within each cell: items are visited in the order they were added
    for (let k = 0; k < spans.length; k += 4) {
      for (let x = spans[k]!; x <= spans[k + 2]!; x++) for (let y = spans[k + 1]!; y <= spans[k + 3]!; y++) ids[next[(x - west) * rows + (y - south)]!++] = k / 4;
    }
    this.#west = west;
    this.#south = south;
    this.#columns = columns;
    this.#rows = rows;
    this.#offsets = counts;
    this.#ids = ids;
    this.#spans = [];
    this.#packed = true;
  }

  /** Ids of the items whose cells meet the box, each once, in ascending order (the order they were added in). */
  query([west, south, east, north]: Box): Uint32Array {
    if (!this.#packed) this.#pack();
    if (this.#seen.length < this.items.length) this.#seen = new Uint32Array(this.items.length);
    const seen = this.#seen;
    const query = ++this.#query;
    const found: number[] = [];
    const size = this.#size;
    const rows = this.#rows;
    const offsets = this.#offsets;
    const ids = this.#ids;
    const x0 = Math.max(Math.floor(west / size), this.#west);
    const x1 = Math.min(Math.floor(east / size), this.#west + this.#columns - 1);
    const y0 = Math.max(Math.floor(south / size), this.#south);
    const y1 = Math.min(Math.floor(north / size), this.#south + rows - 1);
    for (let x = x0; x <= x1; x++) {
      const column = (x - this.#west) * rows - this.#south;
      for (let cell = column + y0; cell <= column + y1; cell++) {
        for (let k = offsets[cell]!; k < offsets[cell + 1]!; k++) {
          const id = ids[k]!;
          if (seen[id] === query) continue;
          seen[id] = query;
          found.push(id);
        }
      }
    }
    // a typed array sorts numbers natively, several times faster than a comparison function
    return Uint32Array.from(found).sort();
  }
}

const cellKey = (x: number, y: number) => (x + 2000) * 4000 + (y + 2000);

export interface SituationIndex {
  land: LandPolygon[];
  lines: Grid<LineChunk>;
  communes: Grid<Commune>;
}

function boxOf(points: readonly Position[], from = 0, to = points.length - 1): Box {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let k = from; k <= to; k++) {
    const [x, y] = points[k]!;
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  return [west, south, east, north];
}

const meets = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Distance from p to the segment a–b, in degrees (the units the basemap was simplified in). */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** The edges kept so far, by grid cell, to find an edge that repeats one of them. */
class EdgeSet {
  readonly #cells = new Map<number, number[]>();
  readonly #size = 0.05;

  add(ax: number, ay: number, bx: number, by: number): void {
    const size = this.#size;
    for (let x = Math.floor(Math.min(ax, bx) / size); x <= Math.floor(Math.max(ax, bx) / size); x++) {
      for (let y = Math.floor(Math.min(ay, by) / size); y <= Math.floor(Math.max(ay, by) / size); y++) {
        const key = cellKey(x, y);
        const cell = this.#cells.get(key);
        if (cell) cell.push(ax, ay, bx, by);
        else this.#cells.set(key, [ax, ay, bx, by]);
      }
    }
  }

  /** Distance from a point to the nearest kept edge, when below `limit` (else Infinity). */
  near(px: number, py: number, limit: number): number {
    const size = this.#size;
    let best = Infinity;
    for (let x = Math.floor((px - limit) / size); x <= Math.floor((px + limit) / size); x++) {
      for (let y = Math.floor((py - limit) / size); y <= Math.floor((py + limit) / size); y++) {
        const cell = this.#cells.get(cellKey(x, y));
        if (!cell) continue;
        for (let k = 0; k < cell.length; k += 4) {
          const distance = segmentDistance(px, py, cell[k]!, cell[k + 1]!, cell[k + 2]!, cell[k + 3]!);
          if (distance < best) best = distance;
        }
      }
    }
    return best <= limit ? best : Infinity;
  }

  repeats([ax, ay]: Position, [bx, by]: Position): boolean {
    return this.near(ax, ay, END_NEAR) <= END_NEAR && this.near(bx, by, END_NEAR) <= END_NEAR && this.near((ax + bx) / 2, (ay + by) / 2, MIDDLE_NEAR) <= MIDDLE_NEAR;
  }
}

function indexRing(points: Position[]): Ring {
  const chunks: Box[] = [];
  for (let from = 0; from < points.length - 1; from += CHUNK) chunks.push(boxOf(points, from, Math.min(from + CHUNK, points.length - 1)));
  return { points, chunks };
}

/**
 * The index of a basemap, built once per build: `pays` polygons as land, the rings of `pays` then `dep` as
 * lines (each edge once, borders first), `commune` points.
 */
export function indexBasemap(features: readonly SituationFeature[]): SituationIndex {
  const land: LandPolygon[] = [];
  const lines = new Grid<LineChunk>(LINE_CELL);
  const communes = new Grid<Commune>(COMMUNE_CELL);
  const edges = new EdgeSet();
  let order = 0;

  const addLines = (ring: readonly Position[], kind: LineKind) => {
    const repeated = ring.slice(1).map((point, k) => edges.repeats(ring[k]!, point));
    const runs: Position[][] = [];
    let run: Position[] | undefined;
    for (let k = 1; k < ring.length; k++) {
      if (repeated[k - 1]) {
        run = undefined;
        continue;
      }
      if (!run) runs.push((run = [ring[k - 1]!]));
      run.push(ring[k]!);
    }
    for (let k = 1; k < ring.length; k++) if (!repeated[k - 1]) edges.add(ring[k - 1]![0], ring[k - 1]![1], ring[k]![0], ring[k]![1]);
    for (const line of runs) {
      for (let from = 0; from < line.length - 1; from += CHUNK) {
        const points = line.slice(from, Math.min(from + CHUNK, line.length - 1) + 1);
        const box = boxOf(points);
        lines.add({ kind, order: order++, points, box }, box);
      }
      order++;
    }
  };

  const polygonsOf = (kind: string) =>
    features.flatMap((feature) => (feature.properties.k === kind && feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates : []));
  for (const polygon of polygonsOf('pays')) {
    if (polygon.length === 0 || polygon[0]!.length < 4) continue;
    land.push({ box: boxOf(polygon[0]!), rings: polygon.map(indexRing) });
    for (const ring of polygon) addLines(ring, 0);
  }
  for (const polygon of polygonsOf('dep')) for (const ring of polygon) addLines(ring, 1);
  const points = features
    .filter((feature) => feature.properties.k === 'commune' && feature.geometry.type === 'Point' && feature.properties.n)
    .map((feature) => ({ name: feature.properties.n!, population: feature.properties.p ?? 0, position: feature.geometry.coordinates as Position }))
    .sort((a, b) => b.population - a.population);
  for (const { name, population, position: [lon, lat] } of points) communes.add({ name, population, lon, lat }, [lon, lat, lon, lat]);
  return { land, lines, communes };
}

// ---------------------------------------------------------------------------------------------------------
// One page

export interface SituationInput {
  /** The venue's point; without both, there is no map. */
  lat?: number;
  lon?: number;
  /** Stops of an itinerant venue: the window grows to show them (up to MAX_HALF_WIDTH_KM). */
  stops?: readonly { lat?: number; lon?: number }[];
  /** Size of the SVG in pixels (its viewBox). */
  width?: number;
  height?: number;
  /** Half the width of the window, in kilometres. */
  halfWidthKm?: number;
  /** The marker's label: the first of these texts that fits beside or above the marker is drawn. */
  labels?: readonly string[];
}

export interface SituationLabel {
  name: string;
  /** The commune's dot. */
  x: number;
  y: number;
  /** The text's anchor point and alignment. */
  tx: number;
  ty: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the text covers, [left, top, right, bottom], halo included (estimated from the name's length). */
  box: Box;
  /** From the commune to the venue: distance in kilometres and compass direction (0 north, 1 north-east … 7). */
  distanceKm: number;
  direction: number;
}

export interface SituationModel {
  width: number;
  height: number;
  /** Path data: land (one path per polygon), country borders and coasts, département boundaries. */
  land: string[];
  borders: string;
  boundaries: string;
  venue: { x: number; y: number };
  /** The marker's label, or undefined if none fits. */
  venueLabel?: { text: string; tx: number; ty: number; anchor: 'start' | 'middle' | 'end'; box: Box };
  stops: { x: number; y: number }[];
  communes: SituationLabel[];
  scale: { km: number; px: number };
  kmPerPx: number;
}

export const SITUATION_SIZE = { width: 280, height: 210, halfWidthKm: 12 } as const;
const MAX_HALF_WIDTH_KM = 40;
/** Clipping margin in pixels, wider than any stroke: the edges clipping adds stay out of sight. */
const MARGIN = 4;
export const LABEL_SIZE = 14;
/** Average advance of a character, in ems (a sans-serif; generous, so that estimated boxes are not too short). */
const CHAR_WIDTH = 0.6;
const MAX_LABELS = 5;
/** Communes considered for the labels: the most populated in the window. */
const CANDIDATES = 40;
const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LON = 111.32;

/** Estimated width of a text, in pixels. */
export const textWidth = (text: string, size = LABEL_SIZE, bold = false) => text.length * size * (bold ? CHAR_WIDTH * 1.1 : CHAR_WIDTH);

/** The plan around a venue, or undefined when it has no coordinates. */
export function situationModel(index: SituationIndex, input: SituationInput): SituationModel | undefined {
  const { lat, lon } = input;
  if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  const width = input.width ?? SITUATION_SIZE.width;
  const height = input.height ?? SITUATION_SIZE.height;
  const cos = Math.cos((lat * Math.PI) / 180);
  const kmX = (pointLon: number) => (pointLon - lon) * KM_PER_DEGREE_LON * cos;
  const kmY = (pointLat: number) => (pointLat - lat) * KM_PER_DEGREE_LAT;

  const stopPoints = (input.stops ?? []).filter((stop): stop is { lat: number; lon: number } => stop.lat !== undefined && stop.lon !== undefined);
  let halfWidth = input.halfWidthKm ?? SITUATION_SIZE.halfWidthKm;
  for (const stop of stopPoints) {
    // A stop sits inside the window with a margin for its marker, unless it is too far (then it is left out).
    const needed = Math.max(Math.abs(kmX(stop.lon)), (Math.abs(kmY(stop.lat)) * width) / height) * 1.15;
    if (needed <= MAX_HALF_WIDTH_KM) halfWidth = Math.max(halfWidth, needed);
  }
  const pxPerKm = width / (2 * halfWidth);
  const x = (pointLon: number) => width / 2 + kmX(pointLon) * pxPerKm;
  const y = (pointLat: number) => height / 2 - kmY(pointLat) * pxPerKm;

  // The window in degrees, with the clipping margin.
  const lonPerPx = 1 / (pxPerKm * KM_PER_DEGREE_LON * cos);
  const latPerPx = 1 / (pxPerKm * KM_PER_DEGREE_LAT);
  const window = (margin: number): Box => [
    lon - (width / 2 + margin) * lonPerPx,
    lat - (height / 2 + margin) * latPerPx,
    lon + (width / 2 + margin) * lonPerPx,
    lat + (height / 2 + margin) * latPerPx,
  ];
  const clipWindow = window(MARGIN);
  const clipRect: Box = [-MARGIN, -MARGIN, width + MARGIN, height + MARGIN];

  // Land: the chunks of a ring that miss the window are reduced to their ends, and a run of such chunks on the
  // same side of the window to its two ends (this changes nothing inside the window: what is left out lies in one
  // half-plane outside it), then the ring is clipped.
  const land: string[] = [];
  for (const polygon of index.land) {
    if (!meets(polygon.box, clipWindow)) continue;
    let path = '';
    for (const ring of polygon.rings) {
      const points = ring.points;
      const reduced: Position[] = [[x(points[0]![0]), y(points[0]![1])]];
      let runSide = 0;
      for (let chunk = 0; chunk < ring.chunks.length; chunk++) {
        const box = ring.chunks[chunk]!;
        const from = chunk * CHUNK;
        const to = Math.min(from + CHUNK, points.length - 1);
        const side = box[2] < clipWindow[0] ? 1 : box[0] > clipWindow[2] ? 2 : box[3] < clipWindow[1] ? 3 : box[1] > clipWindow[3] ? 4 : 0;
        if (side === 0) for (let k = from + 1; k <= to; k++) reduced.push([x(points[k]![0]), y(points[k]![1])]);
        else if (side === runSide) reduced[reduced.length - 1] = [x(points[to]![0]), y(points[to]![1])];
        else reduced.push([x(points[to]![0]), y(points[to]![1])]);
        runSide = side;
      }
      const clipped = clipPolygon(reduced, clipRect);
      if (clipped.length >= 3) path += pathData(clipped, true);
    }
    if (path) land.push(path);
  }

  // Lines: the chunks in the window's cells, clipped segment by segment.
  const lines = [new PathWriter(), new PathWriter()] as const;
  const lastOrder = [-2, -2];
  for (const id of index.lines.query(clipWindow)) {
    const chunk = index.lines.items[id]!;
    if (!meets(chunk.box, clipWindow)) continue;
    const path = lines[chunk.kind];
    // A chunk that does not continue the previous one starts a new subpath.
    let joined = chunk.order === lastOrder[chunk.kind]! + 1;
    lastOrder[chunk.kind] = chunk.order;
    let previous: Position = [x(chunk.points[0]![0]), y(chunk.points[0]![1])];
    for (let k = 1; k < chunk.points.length; k++) {
      const current: Position = [x(chunk.points[k]![0]), y(chunk.points[k]![1])];
      const segment = clipSegment(previous, current, clipRect);
      if (segment) {
        const [a, b] = segment;
        if (!joined || !path.isAt(a)) path.moveTo(a);
        path.lineTo(b);
        joined = true;
      } else joined = false;
      previous = current;
    }
  }

  // Marker, stops and scale bar: boxes that labels must not cover.
  const venue = { x: round(width / 2), y: round(height / 2) };
  const occupied: Box[] = [[venue.x - 10, venue.y - 25, venue.x + 10, venue.y + 2]];
  const stops = stopPoints
    .map((stop) => ({ x: round(x(stop.lon)), y: round(y(stop.lat)) }))
    .filter((stop) => stop.x >= 5 && stop.x <= width - 5 && stop.y >= 5 && stop.y <= height - 5);
  for (const stop of stops) occupied.push([stop.x - 6, stop.y - 6, stop.x + 6, stop.y + 6]);
  const scale = scaleBar(width, pxPerKm);
  occupied.push([0, height - 34, 16 + Math.max(scale.px, textWidth(`${scale.km} km`)), height]);

  let venueLabel: SituationModel['venueLabel'];
  for (const text of input.labels ?? []) {
    const labelWidth = textWidth(text, LABEL_SIZE, true);
    const positions: [number, number, 'start' | 'middle' | 'end'][] = [
      [venue.x + 12, venue.y - 10, 'start'],
      [venue.x - 12, venue.y - 10, 'end'],
      [venue.x, venue.y - 30, 'middle'],
      [venue.x, venue.y + 18, 'middle'],
    ];
    for (const [tx, ty, anchor] of positions) {
      const box = textBox(tx, ty, labelWidth, anchor);
      if (inside(box, width, height) && !occupied.some((other) => overlaps(box, other))) {
        venueLabel = { text, tx, ty, anchor, box };
        break;
      }
    }
    if (venueLabel) {
      occupied.push(venueLabel.box);
      break;
    }
  }

  // Communes: bigger and nearer first, each label where it covers nothing already placed. The index holds them
  // by population, largest first: the CANDIDATES largest in the window are enough to choose a few.
  const view = window(0);
  const candidates: { commune: Commune; distanceKm: number; score: number }[] = [];
  for (const id of index.communes.query(view)) {
    const commune = index.communes.items[id]!;
    if (commune.lon < view[0] || commune.lon > view[2] || commune.lat < view[1] || commune.lat > view[3]) continue;
    const distanceKm = Math.hypot(kmX(commune.lon), kmY(commune.lat));
    candidates.push({ commune, distanceKm, score: Math.log10(Math.max(commune.population, 1)) - distanceKm / 6 });
    if (candidates.length === CANDIDATES) break;
  }
  candidates.sort((a, b) => b.score - a.score || (a.commune.name < b.commune.name ? -1 : a.commune.name > b.commune.name ? 1 : 0));
  const communes: SituationLabel[] = [];
  for (const { commune, distanceKm } of candidates) {
    if (communes.length >= MAX_LABELS) break;
    const cx = round(x(commune.lon));
    const cy = round(y(commune.lat));
    const dot: Box = [cx - 3, cy - 3, cx + 3, cy + 3];
    if (!inside(dot, width, height) || occupied.some((other) => overlaps(dot, other))) continue;
    const labelWidth = textWidth(commune.name);
    const positions: [number, number, SituationLabel['anchor']][] = [
      [cx + 6, cy + 5, 'start'],
      [cx - 6, cy + 5, 'end'],
      [cx, cy - 6, 'middle'],
      [cx, cy + 17, 'middle'],
    ];
    for (const [tx, ty, anchor] of positions) {
      const box = textBox(tx, ty, labelWidth, anchor);
      if (!inside(box, width, height) || occupied.some((other) => overlaps(box, other) || overlaps(dot, other))) continue;
      const east = -kmX(commune.lon);
      const north = -kmY(commune.lat);
      const bearing = (Math.atan2(east, north) * 180) / Math.PI;
      communes.push({ name: commune.name, x: cx, y: cy, tx, ty, anchor, box, distanceKm, direction: (Math.round(bearing / 45) + 8) % 8 });
      occupied.push(box, dot);
      break;
    }
  }

  return { width, height, land, borders: lines[0].text, boundaries: lines[1].text, venue, venueLabel, stops, communes, scale, kmPerPx: 1 / pxPerKm };
}

/** A round length (1, 2 or 5 × 10ⁿ km) whose bar is at most a third of the width. */
function scaleBar(width: number, pxPerKm: number): { km: number; px: number } {
  let km = 1;
  for (const candidate of [1, 2, 5, 10, 20, 50, 100]) if (candidate * pxPerKm <= width / 3) km = candidate;
  return { km, px: round(km * pxPerKm) };
}

/** The box of a text at (x, y) (baseline), halo included. */
function textBox(x: number, y: number, width: number, anchor: 'start' | 'middle' | 'end', size = LABEL_SIZE): Box {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return [left - 2, y - size * 0.8 - 2, left + width + 2, y + size * 0.25 + 2];
}

const inside = (box: Box, width: number, height: number) => box[0] >= 1 && box[1] >= 1 && box[2] <= width - 1 && box[3] <= height - 1;
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

// ---------------------------------------------------------------------------------------------------------
// Clipping and path data

/** Sutherland–Hodgman: a polygon clipped to a rectangle (edges along the rectangle where it was cut). */
export function clipPolygon(points: readonly Position[], [left, top, right, bottom]: Box): Position[] {
  let output = [...points];
  if (output.length > 1 && output[0]![0] === output.at(-1)![0] && output[0]![1] === output.at(-1)![1]) output.pop();
  const planes: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0] >= left, (a, b) => [left, a[1] + ((b[1] - a[1]) * (left - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= right, (a, b) => [right, a[1] + ((b[1] - a[1]) * (right - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= top, (a, b) => [a[0] + ((b[0] - a[0]) * (top - a[1])) / (b[1] - a[1]), top]],
    [(p) => p[1] <= bottom, (a, b) => [a[0] + ((b[0] - a[0]) * (bottom - a[1])) / (b[1] - a[1]), bottom]],
  ];
  for (const [isIn, cross] of planes) {
    if (output.length === 0) break;
    const input = output;
    output = [];
    let previous = input.at(-1)!;
    for (const current of input) {
      if (isIn(current)) {
        if (!isIn(previous)) output.push(cross(previous, current));
        output.push(current);
      } else if (isIn(previous)) output.push(cross(previous, current));
      previous = current;
    }
  }
  return output;
}

/** Liang–Barsky: the part of a segment inside a rectangle, or undefined. */
export function clipSegment(a: Position, b: Position, [left, top, right, bottom]: Box): [Position, Position] | undefined {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - left],
    [dx, right - a[0]],
    [-dy, a[1] - top],
    [dy, bottom - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return undefined;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return undefined;
      if (t < t1) t1 = t;
    }
  }
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

const tenths = (value: number) => Math.round(value * 10);
const round = (value: number) => tenths(value) / 10;

/** A number at 0.1 px, short: « 12.3 », « .5 », « -.5 », « 7 ». */
function number(value: number): string {
  return tenthsText(tenths(value));
}

function tenthsText(count: number): string {
  const magnitude = count < 0 ? -count : count;
  const whole = Math.floor(magnitude / 10);
  const tenth = magnitude - whole * 10;
  const text = tenth === 0 ? String(whole) : whole === 0 ? `.${tenth}` : `${whole}.${tenth}`;
  return count < 0 ? `-${text}` : text;
}

/** Numbers (in tenths) joined the short way: a minus sign, or a point after a number that has one, separates by itself. */
function joinTenths(counts: readonly number[]): string {
  let out = '';
  let pointed = false;
  for (const count of counts) {
    const text = tenthsText(count);
    out += out === '' || count < 0 || (pointed && text.startsWith('.')) ? text : ` ${text}`;
    pointed = text.includes('.');
  }
  return out;
}

function join(values: readonly number[]): string {
  return joinTenths(values.map(tenths));
}

/**
 * Path data written as it goes, at 0.1 px: absolute moves, relative lines, consecutive lines under one command,
 * steps that round to nothing left out.
 */
class PathWriter {
  text = '';
  /** The current point, in tenths of a pixel. */
  #x = 0;
  #y = 0;
  /** Whether the last thing written is a number of a line command, and whether that number has a point. */
  #inLine = false;
  #pointed = false;

  moveTo([x, y]: Position): void {
    this.#x = tenths(x);
    this.#y = tenths(y);
    const text = joinTenths([this.#x, this.#y]);
    this.text += `M${text}`;
    this.#inLine = false;
    this.#pointed = /\.\d*$/.test(text);
  }

  lineTo([x, y]: Position): void {
    const dx = tenths(x) - this.#x;
    const dy = tenths(y) - this.#y;
    if (dx === 0 && dy === 0) return;
    this.#x += dx;
    this.#y += dy;
    for (const count of [dx, dy]) {
      const text = tenthsText(count);
      if (!this.#inLine) this.text += `l${text}`;
      else this.text += count < 0 || (this.#pointed && text.startsWith('.')) ? text : ` ${text}`;
      this.#inLine = true;
      this.#pointed = text.includes('.');
    }
  }

  /** Whether the current point is this one, at 0.1 px. */
  isAt([x, y]: Position): boolean {
    return this.text !== '' && tenths(x) === this.#x && tenths(y) === this.#y;
  }

  close(): void {
    this.text += 'z';
    this.#inLine = false;
  }
}

/** Path data of a polyline or polygon: absolute start, relative steps at 0.1 px, repeated points dropped. */
export function pathData(points: readonly Position[], close = false): string {
  if (points.length === 0) return '';
  const path = new PathWriter();
  path.moveTo(points[0]!);
  for (let k = 1; k < points.length; k++) path.lineTo(points[k]!);
  if (close) path.close();
  return path.text;
}

// ---------------------------------------------------------------------------------------------------------
// SVG

export const INK = '#1a1a1a';
/** Land and water as on /carte/; lines and the marker at least 3:1 on both (tests/unit/situation-map.test.ts). */
export const COLOURS = { water: '#dfe8ee', land: '#f4f2ec', border: '#4a4a45', boundary: '#6b6b66', venue: '#9a3412' } as const;

/**
 * A name on the plan: HTML in a foreignObject over `box`, aligned on its anchor; `html` is already escaped.
 * The box is the one the labels were placed with; the text does not wrap and may go past it if the estimate of
 * its width was short.
 */
function labelHtml(box: Box, anchor: 'start' | 'middle' | 'end', html: string): string {
  const align = anchor === 'start' ? '' : ` class="${anchor === 'end' ? 'end' : 'middle'}"`;
  return `<foreignObject x="${number(box[0])}" y="${number(box[1])}" width="${number(box[2] - box[0])}" height="${number(box[3] - box[1])}"${align}><span>${html}</span></foreignObject>`;
}

/** `&`, `<`, `>` and `"` escaped, for text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;'));
}

export interface SituationText {
  /** The accessible name (`aria-label`). */
  label: string;
  /** The scale bar's length in words: « 5 km ». */
  scale: string;
  /** id of the element that describes the plan in words (`aria-describedby`). */
  describedBy?: string;
  /** Class of the <svg> element. */
  className?: string;
}

/** The inline SVG of a plan: `role="img"`, named, described, with no style attribute. */
export function situationSvg(model: SituationModel, text: SituationText): string {
  const { width, height } = model;
  const attributes = [
    `viewBox="0 0 ${width} ${height}"`,
    `width="${width}"`,
    `height="${height}"`,
    'role="img"',
    `aria-label="${escapeXml(text.label)}"`,
    text.describedBy ? `aria-describedby="${escapeXml(text.describedBy)}"` : '',
    text.className ? `class="${escapeXml(text.className)}"` : '',
  ].filter(Boolean);
  let svg = `<svg ${attributes.join(' ')}>`;
  svg += `<rect width="${width}" height="${height}" fill="${COLOURS.water}"/>`;
  // Land: one path per polygon (neighbours may overlap a little), outlined in its own colour to close the thin
  // gaps the simplification leaves between neighbours.
  if (model.land.length > 0) {
    svg += `<g fill="${COLOURS.land}" fill-rule="evenodd" stroke="${COLOURS.land}" stroke-width="6" stroke-linejoin="round">`;
    for (const path of model.land) svg += `<path d="${path}"/>`;
    svg += '</g>';
  }
  if (model.boundaries) {
    svg += `<path fill="none" stroke="${COLOURS.boundary}" stroke-width="1.2" stroke-dasharray="5 3" stroke-linejoin="round" d="${model.boundaries}"/>`;
  }
  if (model.borders) svg += `<path fill="none" stroke="${COLOURS.border}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round" d="${model.borders}"/>`;
  // Names: HTML text on a white label (foreignObject), so that its colours are real CSS colours that people's
  // settings and contrast checkers see (the stylesheet gives `.situation-map span` its white background).
  // Stops before the names: a name is never under a marker, whatever the width of the font that draws it.
  if (model.stops.length > 0) {
    svg += `<g fill="#fff" stroke="${INK}" stroke-width="2">`;
    for (const stop of model.stops) svg += `<rect x="${number(stop.x - 4)}" y="${number(stop.y - 4)}" width="8" height="8"/>`;
    svg += '</g>';
  }
  if (model.communes.length > 0) {
    svg += `<g fill="${INK}" stroke="#fff" stroke-width="2">`;
    for (const commune of model.communes) svg += `<circle cx="${number(commune.x)}" cy="${number(commune.y)}" r="3.5"/>`;
    svg += '</g>';
    for (const commune of model.communes) svg += labelHtml(commune.box, commune.anchor, escapeXml(commune.name));
  }
  // The venue: a pin (tip on the point), dark outline, white centre; its label in bold.
  const { x, y } = model.venue;
  svg += `<path fill="${COLOURS.venue}" stroke="${INK}" stroke-width="2.5" stroke-linejoin="round" d="M${join([x, y])}c-2-6-8-8-8-14a8 8 0 1 1 16 0c0 6-6 8-8 14z"/>`;
  svg += `<circle cx="${number(x)}" cy="${number(y - 14)}" r="3" fill="#fff"/>`;
  if (model.venueLabel) svg += labelHtml(model.venueLabel.box, model.venueLabel.anchor, `<b>${escapeXml(model.venueLabel.text)}</b>`);
  // Scale bar, bottom left, its length written above it.
  const bar = height - 10;
  svg += `<path fill="none" stroke="#fff" stroke-width="5" stroke-linecap="square" d="M10 ${bar - 5}v5h${number(model.scale.px)}v-5"/>`;
  svg += `<path fill="none" stroke="${INK}" stroke-width="2" d="M10 ${bar - 5}v5h${number(model.scale.px)}v-5"/>`;
  svg += labelHtml(textBox(10, bar - 9, textWidth(text.scale), 'start'), 'start', escapeXml(text.scale));
  return `${svg}</svg>`;
}
