/** The venue pages' situation plan (src/lib/map/situation.ts): projection, clipping, labels, escaping. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COLOURS,
  INK,
  clipPolygon,
  clipSegment,
  escapeXml,
  indexBasemap,
  pathData,
  situationModel,
  situationSvg,
  type SituationFeature,
} from '../../src/lib/map/situation.ts';
import type { Position } from '../../src/lib/map/simplify.ts';
import * as t from '../../src/i18n/index.ts';

const VENUE = { lon: 3, lat: 45 };

const square = (west: number, south: number, east: number, north: number): Position[] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];
const area = (k: 'pays' | 'dep', ...rings: Position[][]): SituationFeature => ({ properties: { k }, geometry: { type: 'MultiPolygon', coordinates: [rings] } });
const commune = (n: string, lon: number, lat: number, p = 5000): SituationFeature => ({ properties: { k: 'commune', n, p }, geometry: { type: 'Point', coordinates: [lon, lat] } });

/** Absolute points of each subpath of path data written by pathData (M, l, z). */
function subpaths(d: string): Position[][] {
  const result: Position[][] = [];
  let current: Position = [0, 0];
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (command === 'M') {
      current = [numbers[0]!, numbers[1]!];
      result.push([current]);
      numbers.splice(0, 2);
    }
    if (command === 'M' || command === 'l') {
      for (let k = 0; k < numbers.length; k += 2) {
        current = [current[0] + numbers[k]!, current[1] + numbers[k + 1]!];
        result.at(-1)!.push(current);
      }
    }
  }
  return result;
}

/** Shoelace area (absolute). */
const polygonArea = (points: readonly Position[]) =>
  Math.abs(points.reduce((sum, [x, y], k) => sum + x * points[(k + 1) % points.length]![1] - points[(k + 1) % points.length]![0] * y, 0)) / 2;

const overlaps = (a: readonly number[], b: readonly number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

describe('situation plan: model', () => {
  const features = [
    area('pays', square(1, 43, 5, 47)),
    // Two départements sharing the meridian 3.05, just east of the venue; one far away.
    area('dep', square(2, 44, 3.05, 46)),
    area('dep', square(3.05, 44, 4, 46)),
    area('dep', square(10, 44, 11, 46)),
    commune('Estville', 3.1, 45),
    commune('Nordville', 3, 45.05),
    commune('Loinville', 6, 45, 500_000),
  ];
  const index = indexBasemap(features);
  const model = situationModel(index, VENUE)!;

  it('draws nothing without coordinates', () => {
    expect(situationModel(index, {})).toBeUndefined();
    expect(situationModel(index, { lat: 45 })).toBeUndefined();
    expect(situationModel(index, { lon: 3 })).toBeUndefined();
    expect(situationModel(index, { lat: Number.NaN, lon: 3 })).toBeUndefined();
  });

  it('puts the venue at the centre', () => {
    expect(model.venue).toEqual({ x: model.width / 2, y: model.height / 2 });
    expect(model.width).toBeGreaterThan(model.height);
  });

  it('puts a commune east of the venue to its right and one north of it above, at the right distance', () => {
    const east = model.communes.find((label) => label.name === 'Estville')!;
    const north = model.communes.find((label) => label.name === 'Nordville')!;
    expect(east.x).toBeGreaterThan(model.venue.x + 10);
    expect(Math.abs(east.y - model.venue.y)).toBeLessThan(0.5);
    expect(north.y).toBeLessThan(model.venue.y - 10);
    expect(Math.abs(north.x - model.venue.x)).toBeLessThan(0.5);
    // 0.1° of longitude at 45° is 7.9 km; 0.05° of latitude is 5.5 km. The venue is west of Estville, south of Nordville.
    expect(east.distanceKm).toBeCloseTo(7.87, 1);
    expect((east.x - model.venue.x) * model.kmPerPx).toBeCloseTo(7.87, 1);
    expect((model.venue.y - north.y) * model.kmPerPx).toBeCloseTo(5.53, 1);
    expect(east.direction).toBe(6);
    expect(north.direction).toBe(4);
  });

  it('leaves out what is outside the window: far communes, far shapes', () => {
    expect(model.communes.map((label) => label.name).sort()).toEqual(['Estville', 'Nordville']);
    // The far département changes nothing; so does removing it.
    const without = situationModel(indexBasemap(features.filter((_, k) => k !== 3)), VENUE)!;
    expect(without.boundaries).toBe(model.boundaries);
    // A venue far from every shape: no land (water), no line.
    const nowhere = situationModel(index, { lon: 20, lat: 45 })!;
    expect(nowhere).toMatchObject({ land: [], borders: '', boundaries: '', communes: [] });
  });

  it('clips shapes to the window (plus a margin), and draws a shared boundary once', () => {
    for (const d of [model.boundaries, ...model.land]) {
      for (const point of subpaths(d).flat()) {
        expect(point[0]).toBeGreaterThanOrEqual(-4.05);
        expect(point[0]).toBeLessThanOrEqual(model.width + 4.05);
        expect(point[1]).toBeGreaterThanOrEqual(-4.05);
        expect(point[1]).toBeLessThanOrEqual(model.height + 4.05);
      }
    }
    // The meridian 3.05 is in both départements: one line, from the top of the window to its bottom.
    const lines = subpaths(model.boundaries);
    expect(lines).toHaveLength(1);
    const x = lines[0]![0]![0];
    expect(x).toBeGreaterThan(model.venue.x);
    expect(lines[0]!.every((point) => Math.abs(point[0] - x) < 0.11)).toBe(true);
    expect(lines[0]!.map((point) => point[1]).sort((a, b) => a - b)).toEqual([-4, model.height + 4]);
    // The country's edges are far: no border in the window; the land covers it.
    expect(model.borders).toBe('');
    expect(model.land).toHaveLength(1);
    expect(polygonArea(subpaths(model.land[0]!)[0]!)).toBeCloseTo((model.width + 8) * (model.height + 8), 0);
  });

  it('draws a boundary once even when the two copies were simplified differently', () => {
    const drifted = indexBasemap([
      area('dep', square(2, 44, 3.05, 46)),
      // The same meridian with a point kept in one copy only, 0.004° off the line.
      area('dep', [[3.05, 44], [4, 44], [4, 46], [3.05, 46], [3.054, 45.02], [3.05, 44]]),
    ]);
    expect(subpaths(situationModel(drifted, VENUE)!.boundaries)).toHaveLength(1);
    // A boundary with several points in the window is one subpath under one line command.
    const zigzag = indexBasemap([area('dep', [[3.05, 44], [3.06, 44.95], [3.04, 44.98], [3.06, 45.02], [3.05, 46], [4, 46], [4, 44], [3.05, 44]])]);
    expect(situationModel(zigzag, VENUE)!.boundaries).toMatch(/^M[^Mlz]+l[^Mlz]+$/);
    // Two different boundaries 2 km apart are both drawn.
    const apart = indexBasemap([area('dep', square(2, 44, 3.05, 46)), area('dep', square(3.08, 44, 4, 46))]);
    expect(subpaths(situationModel(apart, VENUE)!.boundaries)).toHaveLength(2);
  });

  it('fills the land exactly, though it reads only the parts of a long coast that meet the window', () => {
    // A coast of 2,000 points around the venue: a jagged bay of 300 points comes into the window, the rest is far.
    const ring: Position[] = [];
    for (let k = 0; k < 2000; k++) {
      const angle = (2 * Math.PI * k) / 2000;
      const radius = k < 300 ? 0.06 + 0.03 * Math.sin(k) : 1 + 0.5 * Math.sin(k * 1.3);
      ring.push([VENUE.lon + radius * Math.cos(angle) * 1.4, VENUE.lat + radius * Math.sin(angle)]);
    }
    ring.push(ring[0]!);
    const plan = situationModel(indexBasemap([area('pays', ring)]), VENUE)!;
    // The reference: every point projected, then clipped.
    const scale = 1 / plan.kmPerPx;
    const cos = Math.cos((VENUE.lat * Math.PI) / 180);
    const projected = ring.map(([lon, lat]): Position => [plan.width / 2 + (lon - VENUE.lon) * 111.32 * cos * scale, plan.height / 2 - (lat - VENUE.lat) * 110.574 * scale]);
    const expected = polygonArea(clipPolygon(projected, [-4, -4, plan.width + 4, plan.height + 4]));
    const drawn = subpaths(plan.land.join('')).reduce((sum, points) => sum + polygonArea(points), 0);
    expect(expected).toBeGreaterThan(1000);
    expect(expected).toBeLessThan((plan.width + 8) * (plan.height + 8) * 0.95);
    expect(Math.abs(drawn - expected) / expected).toBeLessThan(0.005);
    // Points outside the window are not written.
    expect(subpaths(plan.land.join('')).flat().length).toBeLessThan(400);
  });

  it('labels a few communes, never over each other, the marker or the scale bar, inside the plan', () => {
    const crowd: SituationFeature[] = [];
    for (let i = -6; i <= 6; i++) for (let j = -5; j <= 5; j++) crowd.push(commune(`Commune-${i}-${j}`, VENUE.lon + i * 0.02, VENUE.lat + j * 0.015, 1000 + 100 * (i + j + 20)));
    const plan = situationModel(indexBasemap(crowd), { ...VENUE, labels: ['Médiathèque'] })!;
    expect(plan.communes.length).toBeGreaterThanOrEqual(3);
    expect(plan.communes.length).toBeLessThanOrEqual(5);
    const marker = [plan.venue.x - 8, plan.venue.y - 22, plan.venue.x + 8, plan.venue.y];
    const boxes = [...plan.communes.map((label) => label.box), plan.venueLabel!.box];
    boxes.forEach((box, k) => {
      expect(box[0]).toBeGreaterThanOrEqual(0);
      expect(box[2]).toBeLessThanOrEqual(plan.width);
      expect(box[1]).toBeGreaterThanOrEqual(0);
      expect(box[3]).toBeLessThanOrEqual(plan.height);
      expect(overlaps(box, marker), `label ${k} over the marker`).toBe(false);
      expect(overlaps(box, [0, plan.height - 30, 10 + plan.scale.px, plan.height]), `label ${k} over the scale bar`).toBe(false);
      for (const other of boxes.slice(k + 1)) expect(overlaps(box, other), `labels ${k} and another overlap`).toBe(false);
    });
    // Each label box is as wide as its text needs, at least 0.5 em per character.
    for (const label of plan.communes) expect(label.box[2] - label.box[0]).toBeGreaterThan(label.name.length * 7);
  });

  it('writes the marker label that fits: the name, else the short label', () => {
    expect(situationModel(index, { ...VENUE, labels: ['Fablab', 'Le lieu'] })!.venueLabel?.text).toBe('Fablab');
    const long = 'Espace France Services de la communauté de communes du Pays de Saint-Félicien';
    expect(situationModel(index, { ...VENUE, labels: [long, 'Le lieu'] })!.venueLabel?.text).toBe('Le lieu');
    expect(situationModel(index, { ...VENUE, labels: [long] })!.venueLabel).toBeUndefined();
  });

  it('gives a round scale bar of the right length', () => {
    expect([1, 2, 5, 10]).toContain(model.scale.km);
    expect(model.scale.px * model.kmPerPx).toBeCloseTo(model.scale.km, 1);
    expect(model.scale.px).toBeLessThanOrEqual(model.width / 3);
  });

  it('widens the window to show the stops of an itinerant venue, up to a limit', () => {
    const near = situationModel(index, { ...VENUE, stops: [{ lon: 3.25, lat: 45 }, { lon: 3, lat: 45.01 }, {}] })!;
    expect(near.stops).toHaveLength(2);
    expect(near.kmPerPx).toBeGreaterThan(model.kmPerPx);
    expect(near.stops[0]!.x).toBeGreaterThan(near.venue.x);
    expect(near.stops[0]!.x).toBeLessThan(near.width - 5);
    const far = situationModel(index, { ...VENUE, stops: [{ lon: 6, lat: 45 }] })!;
    expect(far.stops).toEqual([]);
    expect(far.kmPerPx).toBeCloseTo(model.kmPerPx, 6);
  });
});

describe('situation plan: SVG', () => {
  const index = indexBasemap([area('pays', square(1, 43, 5, 47)), commune('Saint-<b>&"Ville"', 2.97, 44.96)]);
  const model = situationModel(index, { ...VENUE, labels: ['A < B & C'] })!;
  const svg = situationSvg(model, { label: 'Plan de situation : « <script> » & co', scale: '5 km', describedBy: 'plan-position', className: 'situation-map' });

  it('is an image with an accessible name and a description', () => {
    expect(svg).toMatch(/^<svg viewBox="0 0 \d+ \d+" width="\d+" height="\d+" role="img" aria-label="[^"]+" aria-describedby="plan-position" class="situation-map">/);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes every name, in text and in attributes', () => {
    expect(svg).toContain('aria-label="Plan de situation : « &lt;script&gt; » &amp; co"');
    expect(svg).toContain('<span>Saint-&lt;b&gt;&amp;&quot;Ville&quot;</span>');
    expect(svg).toContain('<span><b>A &lt; B &amp; C</b></span>');
    expect(svg).not.toMatch(/<script|<b>&|<b>"/);
    expect(escapeXml('<&>"')).toBe('&lt;&amp;&gt;&quot;');
  });

  it('uses no style attribute and no script (the CSP forbids them), and draws the marker with a dark outline', () => {
    expect(svg).not.toMatch(/\sstyle=|<style|<script|\son\w+=/);
    expect(svg).toMatch(/<path fill="#[0-9a-f]{6}" stroke="#1a1a1a" stroke-width="2\.5"/);
  });

  it('writes the names as HTML over the boxes they were placed in', () => {
    const label = model.communes[0]!;
    expect(svg).toContain(`<foreignObject x="${label.box[0]}" y="${label.box[1]}" width="${Math.round((label.box[2] - label.box[0]) * 10) / 10}"`);
    expect(svg.match(/<foreignObject /g)).toHaveLength(3); // the commune, the venue, the scale
  });

  it('stays small', () => {
    expect(svg.length).toBeLessThan(2000);
  });
});

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('situation plan: colours (WCAG 2.2 AA)', () => {
  it('checks contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('draws the marker, its outline, borders and boundaries at 3:1 or more on land and on water', () => {
    for (const background of [COLOURS.land, COLOURS.water]) {
      for (const colour of [INK, COLOURS.venue, COLOURS.border, COLOURS.boundary]) expect(contrast(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes names in the ink of the page on white labels (the stylesheet), 4.5:1 or more', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(css).toMatch(/\.situation-map span \{[^}]*color: var\(--ink\);[^}]*background: #fff;/);
    const ink = /--ink: (#[0-9a-f]{6});/.exec(css)![1]!;
    expect(contrast(ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('situation plan: geometry helpers', () => {
  it('clips a polygon and a segment to a rectangle', () => {
    expect(polygonArea(clipPolygon(square(-5, -5, 5, 5), [0, 0, 10, 10]))).toBe(25);
    expect(clipPolygon(square(20, 20, 30, 30), [0, 0, 10, 10])).toEqual([]);
    expect(clipSegment([-5, 5], [15, 5], [0, 0, 10, 10])).toEqual([[0, 5], [10, 5]]);
    expect(clipSegment([-5, -5], [-1, 20], [0, 0, 10, 10])).toBeUndefined();
  });

  it('writes short path data at 0.1 px', () => {
    expect(pathData([[10, 20], [10.04, 20.01], [12.5, 18], [12.5, 18.5]])).toBe('M10 20l2.5-2 0 .5');
    expect(pathData([[0, 0], [0.5, 0.25], [0, 0]], true)).toBe('M0 0l.5.3-.5-.3z');
  });
});

describe('situation plan: words', () => {
  it('places the venue from a commune, with French prepositions and elision', () => {
    expect(t.situation.from(3.2, 6, 'Riom')).toBe("à 3 km à l'ouest de Riom");
    expect(t.situation.from(12.6, 1, 'Annecy')).toBe("à 13 km au nord-est d’Annecy");
    expect(t.situation.from(2, 4, 'Le Puy-en-Velay')).toBe('à 2 km au sud du Puy-en-Velay');
    expect(t.situation.from(0.4, 0, 'Les Abrets')).toBe("à moins d'un kilomètre des Abrets");
    expect(t.situation.position(['à 3 km au nord de Riom', "à 5 km à l'est de Mozac"])).toBe("Sur le plan, le lieu est à 3 km au nord de Riom et à 5 km à l'est de Mozac.");
    expect(t.situation.label('Fablab', 'Crest')).toBe('Plan de situation : Fablab, à Crest');
  });
});
