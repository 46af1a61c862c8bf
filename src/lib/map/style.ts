/**
 * The MapLibre style of the embedded basemap (no tile server, no glyph server) and the venue layers every
 * style gets. Pure: the URLs are given (absolute, as MapLibre wants them), nothing is fetched here.
 *
 * Basemap features (src/node/basemap-build.ts): `k` = 'pays' (country polygon), 'dep' (département or
 * province polygon), in the outlines file; 'commune' (a point with `n` its name and `p` its population), in the
 * communes file, a source and a layer of their own (`communeLabels`) that the map adds after its first frame.
 * Labels are drawn from a local woff2 through maplibre 6 `font-faces` (FONT_NAME).
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { pointsToGeoJson } from './points.ts';

export const FONT_NAME = 'Noto Sans Regular';
export const BASEMAP_SOURCE = 'fond';
export const COMMUNE_SOURCE = 'communes';
export const COMMUNE_LAYER = 'communes';
export const VENUE_SOURCE = 'lieux';
export const CLUSTER_LAYER = 'lieux-groupes';
export const CLUSTER_COUNT_LAYER = 'lieux-groupes-nombre';
export const POINT_LAYER = 'lieux-points';
/** Cluster points closer than this many pixels; stop clustering beyond this zoom. */
export const CLUSTER = { radius: 48, maxZoom: 12 } as const;

/** The image name of a marker for a lever bitmask (images drawn by the map script). */
export const markerImage = (mask: number) => `levier-${mask}`;

/** The lever bitmask of a marker image name (undefined for any other name). */
export function markerMask(name: string): number | undefined {
  const match = /^levier-(\d{1,2})$/.exec(name);
  const mask = match ? Number(match[1]) : NaN;
  return mask >= 0 && mask < 16 ? mask : undefined;
}

const INK = '#1d1d1b';

export function embeddedStyle(urls: { basemap: string; font: string }): StyleSpecification {
  return {
    version: 8,
    'font-faces': { [FONT_NAME]: urls.font },
    sources: { [BASEMAP_SOURCE]: { type: 'geojson', data: urls.basemap } },
    layers: [
      { id: 'fond', type: 'background', paint: { 'background-color': '#dfe8ee' } },
      { id: 'pays', type: 'fill', source: BASEMAP_SOURCE, filter: ['==', ['get', 'k'], 'pays'], paint: { 'fill-color': '#f4f2ec' } },
      { id: 'departements', type: 'line', source: BASEMAP_SOURCE, filter: ['==', ['get', 'k'], 'dep'], paint: { 'line-color': '#8a8a86', 'line-width': 1, 'line-dasharray': [3, 2] } },
      { id: 'frontieres', type: 'line', source: BASEMAP_SOURCE, filter: ['==', ['get', 'k'], 'pays'], paint: { 'line-color': '#55554f', 'line-width': 1.6 } },
    ],
  };
}

/**
 * The commune labels of the embedded basemap: their source and their layer, to add below the venue layers.
 * Bigger places first; small ones appear as one zooms in.
 */
export function communeLabels(url: string): { source: SourceSpecification; layer: LayerSpecification } {
  return {
    source: { type: 'geojson', data: url },
    layer: {
      id: COMMUNE_LAYER,
      type: 'symbol',
      source: COMMUNE_SOURCE,
      filter: ['>=', ['get', 'p'], ['step', ['zoom'], 50_000, 7, 10_000, 8, 3_000, 9, 1_000, 10, 0]],
      layout: {
        'text-field': ['get', 'n'],
        'text-font': [FONT_NAME],
        'text-size': ['interpolate', ['linear'], ['get', 'p'], 1_000, 11, 100_000, 15],
        'symbol-sort-key': ['-', ['get', 'p']],
        'text-padding': 4,
      },
      paint: { 'text-color': '#3d3d3a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  };
}

/**
 * A style with the venues: their clustered source and their layers on top. Given with the style when the map is
 * created, the venues are clustered by MapLibre's worker while the basemap loads, not after it.
 */
export function withVenues(style: StyleSpecification, data: ReturnType<typeof pointsToGeoJson>): StyleSpecification {
  return {
    ...style,
    sources: { ...style.sources, [VENUE_SOURCE]: { type: 'geojson', data, cluster: true, clusterRadius: CLUSTER.radius, clusterMaxZoom: CLUSTER.maxZoom } },
    layers: [...style.layers, ...venueLayers()],
  };
}

/** The venue layers: clusters (circle and count), then single venues (a marker per lever combination). */
export function venueLayers(): LayerSpecification[] {
  return [
    {
      id: CLUSTER_LAYER,
      type: 'circle',
      source: VENUE_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#ffffff',
        'circle-stroke-color': INK,
        'circle-stroke-width': 2.5,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 100, 23, 1000, 28],
      },
    },
    {
      id: CLUSTER_COUNT_LAYER,
      type: 'symbol',
      source: VENUE_SOURCE,
      filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': [FONT_NAME], 'text-size': 13, 'text-allow-overlap': true },
      paint: { 'text-color': INK },
    },
    {
      id: POINT_LAYER,
      type: 'symbol',
      source: VENUE_SOURCE,
      filter: ['!', ['has', 'point_count']],
      layout: {
        'icon-image': ['concat', 'levier-', ['to-string', ['get', 'levers']]],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
}

/** The view in the URL hash: « #carte=zoom/lat/lon », parsed back (undefined when absent or out of range). */
export function parseView(hash: string): { zoom: number; center: [number, number] } | undefined {
  const match = /(?:^#|&)carte=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(hash);
  if (!match) return undefined;
  const [zoom, lat, lon] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (![zoom, lat, lon].every(Number.isFinite) || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
  return { zoom, center: [lon, lat] };
}

export function formatView(zoom: number, center: { lng: number; lat: number }): string {
  return `#carte=${zoom.toFixed(2)}/${center.lat.toFixed(4)}/${center.lng.toFixed(4)}`;
}
