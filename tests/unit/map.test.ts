/** The map's pure modules: points file, basemap geometry, markers, view in the URL, style. */
import { describe, expect, it } from 'vitest';
import { decodePoints, encodePoints, leverMask, leversOfMask, pointInputs, pointsToGeoJson, POINTS_VERSION, type PointInput } from '../../src/lib/map/points.ts';
import { boundsOf, contains, expand, intersects, roundPositions, simplifyLine, simplifyRing, type Position } from '../../src/lib/map/simplify.ts';
import { LEVER_SHAPES, leverPath, markerPaths } from '../../src/lib/map/markers.ts';
import { communeLabels, COMMUNE_LAYER, COMMUNE_SOURCE, embeddedStyle, FONT_NAME, formatView, markerImage, markerMask, parseView, venueLayers, withVenues } from '../../src/lib/map/style.ts';
import { splitBasemap } from '../../src/node/basemap-build.ts';
import { LEVERS } from '../../src/lib/schema/reperes.ts';

describe('points file', () => {
  const venues: PointInput[] = [
    { lat: 45.77721, lon: 3.08703, leviers: ['equipement', 'services'], itinerant: false },
    { leviers: ['demarches'], itinerant: false },
    { lat: 45.1885, lon: 5.7245, leviers: ['competences'], itinerant: true, stops: [{ lat: 45.2, lon: 5.8 }, { lat: 45.3, lon: 5.9 }] },
    { lat: -0.5, lon: -1.25, leviers: [], itinerant: false, stops: [{ lat: 1, lon: 1 }] },
  ];

  it('keeps the venues with coordinates, their index, rounded coordinates, levers and stops', () => {
    const points = decodePoints(JSON.parse(JSON.stringify(encodePoints(venues))));
    expect(points).toEqual([
      { venue: 0, lon: 3.087, lat: 45.7772, levers: 0b1001, itinerant: false, stop: false },
      { venue: 2, lon: 5.7245, lat: 45.1885, levers: 0b0100, itinerant: true, stop: false },
      { venue: 3, lon: -1.25, lat: -0.5, levers: 0, itinerant: false, stop: false },
      { venue: 2, lon: 5.8, lat: 45.2, levers: 0b0100, itinerant: true, stop: true },
      { venue: 2, lon: 5.9, lat: 45.3, levers: 0b0100, itinerant: true, stop: true },
    ]);
  });

  it('is compact: integers only, deltas', () => {
    const data = encodePoints(venues);
    expect(data.v).toBe(POINTS_VERSION);
    for (const column of [data.i, data.x, data.y, data.l, data.t, data.s]) for (const value of column) expect(Number.isInteger(value)).toBe(true);
    expect(data.i).toEqual([0, 2, 1]);
  });

  it('refuses another version', () => {
    expect(() => decodePoints({ ...encodePoints(venues), v: POINTS_VERSION + 1 })).toThrow(/version/);
  });

  it('lever masks round-trip in the order of LEVERS', () => {
    expect(leverMask([...LEVERS])).toBe(15);
    expect(leversOfMask(leverMask(['services', 'equipement']))).toEqual(['equipement', 'services']);
  });

  it('takes its input from the summaries, with the stops that have a position', () => {
    const inputs = pointInputs([
      { lat: 45.1, lon: 3.2, leviers: ['equipement'], itinerant: false },
      { lat: 45.2, lon: 5.7, leviers: ['competences'], itinerant: true, arrets: [{ commune: 'Voiron', lat: 45.3, lon: 5.9 }, { commune: 'Nulle-Part' }] },
    ]);
    expect(inputs).toEqual([
      { lat: 45.1, lon: 3.2, leviers: ['equipement'], itinerant: false, stops: [] },
      { lat: 45.2, lon: 5.7, leviers: ['competences'], itinerant: true, stops: [{ lat: 45.3, lon: 5.9 }] },
    ]);
  });

  it('becomes GeoJSON points with the venue index and levers', () => {
    const geojson = pointsToGeoJson(decodePoints(encodePoints(venues)));
    expect(geojson.features).toHaveLength(5);
    expect(geojson.features[0]).toEqual({ type: 'Feature', properties: { venue: 0, levers: 9, stop: 0 }, geometry: { type: 'Point', coordinates: [3.087, 45.7772] } });
  });
});

describe('basemap geometry', () => {
  it('bounds, intersection, containment, margin', () => {
    expect(boundsOf([[1, 2], [3, -1], [0, 5]])).toEqual([0, -1, 3, 5]);
    expect(intersects([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(intersects([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
    expect(contains([0, 0, 1, 1], [0.5, 0.5])).toBe(true);
    expect(contains([0, 0, 1, 1], [1.5, 0.5])).toBe(false);
    expect(expand([0, 0, 2, 4], 0.5)).toEqual([-1, -2, 3, 6]);
  });

  it('simplifies a line within the tolerance and keeps its ends', () => {
    const line: Position[] = [[0, 0], [1, 0.001], [2, -0.001], [3, 0], [3, 1]];
    expect(simplifyLine(line, 0.01)).toEqual([[0, 0], [3, 0], [3, 1]]);
    expect(simplifyLine(line, 0.0001)).toEqual(line);
  });

  it('drops a ring that collapses and rounds coordinates to the tolerance', () => {
    expect(simplifyRing([[0, 0], [0.001, 0], [0.001, 0.001], [0, 0]], 0.01)).toBeUndefined();
    const square: Position[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(simplifyRing(square, 0.01)).toEqual(square);
    expect(roundPositions([[1.23456, 2.34567], [1.23457, 2.34568]], 0.01)).toEqual([[1.235, 2.346]]);
  });
});

describe('markers', () => {
  it('gives each lever its own shape and place, without colour', () => {
    expect(new Set(Object.values(LEVER_SHAPES)).size).toBe(LEVERS.length);
    expect(new Set(LEVERS.map(leverPath)).size).toBe(LEVERS.length);
    expect(markerPaths(0)).toEqual([]);
    expect(markerPaths(0b1010)).toEqual([leverPath('demarches'), leverPath('services')]);
    for (const lever of LEVERS) expect(leverPath(lever)).toMatch(/^M[\d. ]+[LHVA][\d. LHVAZ]*Z$/);
  });
});

describe('style and view', () => {
  it('labels with a local font and no glyph server', () => {
    const style = embeddedStyle({ basemap: 'http://localhost/carte/fond.json', font: 'http://localhost/carte/noto-sans.woff2' });
    expect(style['font-faces']).toEqual({ [FONT_NAME]: 'http://localhost/carte/noto-sans.woff2' });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(venueLayers().map((layer) => layer.id)).toEqual(['lieux-groupes', 'lieux-groupes-nombre', 'lieux-points']);
  });

  it('gives the venues with the style: a clustered source and their layers on top', () => {
    const base = embeddedStyle({ basemap: 'https://example.org/carte/fond.json', font: 'https://example.org/carte/noto-sans.woff2' });
    const data = pointsToGeoJson(decodePoints(encodePoints([{ lat: 45.1, lon: 3.2, leviers: ['equipement'], itinerant: false }])));
    const style = withVenues(base, data);
    expect(style.sources.lieux).toEqual({ type: 'geojson', data, cluster: true, clusterRadius: 48, clusterMaxZoom: 12 });
    expect(style.sources.fond).toEqual(base.sources.fond);
    expect(style.layers.map((layer) => layer.id)).toEqual([...base.layers.map((layer) => layer.id), ...venueLayers().map((layer) => layer.id)]);
    expect(base.sources).not.toHaveProperty('lieux');
  });

  it('the commune labels are a source and a layer of their own, added after the first frame; the outlines keep the rest', () => {
    const base = embeddedStyle({ basemap: 'https://example.org/carte/fond.json', font: 'https://example.org/carte/noto-sans.woff2' });
    expect(Object.keys(base.sources)).toEqual(['fond']);
    expect(base.layers.map((layer) => layer.id)).not.toContain(COMMUNE_LAYER);
    const { source, layer } = communeLabels('https://example.org/carte/communes.json');
    expect(source).toEqual({ type: 'geojson', data: 'https://example.org/carte/communes.json' });
    expect(layer).toMatchObject({ id: COMMUNE_LAYER, type: 'symbol', source: COMMUNE_SOURCE, layout: { 'text-field': ['get', 'n'], 'text-font': [FONT_NAME] } });
    const feature = (k: 'pays' | 'dep' | 'commune') => ({ type: 'Feature' as const, properties: { k }, geometry: { type: 'Point' as const, coordinates: [3, 45] as Position } });
    const split = splitBasemap({ features: [feature('pays'), feature('commune'), feature('dep'), feature('commune')] });
    expect(split.outlines.features.map((f) => f.properties.k)).toEqual(['pays', 'dep']);
    expect(split.communes.features.map((f) => f.properties.k)).toEqual(['commune', 'commune']);
  });

  it('reads a marker image name back to its lever mask, and nothing else', () => {
    for (let mask = 0; mask < 16; mask++) expect(markerMask(markerImage(mask))).toBe(mask);
    for (const name of ['levier-16', 'levier-', 'levier-1a', 'fond', 'levier--1']) expect(markerMask(name)).toBeUndefined();
  });

  it('writes and reads the view in the URL hash', () => {
    const hash = formatView(9.5, { lng: 4.83571, lat: 45.76401 });
    expect(hash).toBe('#carte=9.50/45.7640/4.8357');
    expect(parseView(hash)).toEqual({ zoom: 9.5, center: [4.8357, 45.764] });
    expect(parseView('#carte=30/45/4')).toBeUndefined();
    expect(parseView('#autre')).toBeUndefined();
  });
});
