/**
 * The catalogue's map (MapLibre GL JS 6), loaded by ./map.ts only when the map is shown. Embedded basemap
 * (src/lib/map/style.ts: outlines with the first frame, commune labels added once it is drawn), or a remote
 * style when content/territoire.yaml sets `carte.style_distant` and it loads (the page's CSP must then allow its
 * origin); the embedded one otherwise. Venues from the points file
 * (src/lib/map/points.ts), clustered; markers show levers by shape (src/lib/map/markers.ts).
 * The card of a venue comes from the search index (through the host, src/components/finder.ts), its street
 * address and phone from its page's schema.org data (fetched on selection). The view (zoom, centre) is kept in
 * the URL hash (#carte=z/lat/lon), beside the catalogue's query string.
 */
import { Map as MapLibre, NavigationControl, type GeoJSONSource, type MapGeoJSONFeature, type StyleSpecification } from 'maplibre-gl';
import * as t from '../i18n/index.ts';
import { loadMapCss, MAP_LOCALE, workerReady } from './maplibre-base.ts';
import { venueContact } from './venue-contact.ts';
import type { CompiledHours } from '../lib/hours/compile.ts';
import type { VenueCardModel } from '../lib/catalogue/venue-card.ts';
import { describeOpenState, getOpenState } from '../lib/hours/evaluate.ts';
import { markerPaths, MARKER_SIZE } from '../lib/map/markers.ts';
import { decodePoints, pointsToGeoJson, type MapPoint, type PointsData } from '../lib/map/points.ts';
import {
  CLUSTER,
  CLUSTER_LAYER,
  COMMUNE_SOURCE,
  communeLabels,
  embeddedStyle,
  formatView,
  markerImage,
  markerMask,
  parseView,
  POINT_LAYER,
  VENUE_SOURCE,
  withVenues,
} from '../lib/map/style.ts';

/** What the map asks of the page that holds it (the catalogue element, src/components/finder.ts). */
export interface MapHost {
  /** What the card of a venue shows, from the search index (undefined when unknown). */
  describe(index: number, at?: { lat: number; lon: number }): Promise<{ card: VenueCardModel; hours?: CompiledHours } | undefined>;
  /** A marker was selected on the map. */
  selected(index: number, name: string): void;
  /** The view has stopped moving. */
  moved(): void;
}

export interface MapView {
  map: MapLibre;
  /** Centres the map on a venue (its index in the search index) and opens its card; `opener` gets the focus back. */
  select(index: number, opener?: HTMLElement): void;
  /**
   * Draws only the venues whose `mask` entry is 1 (all when undefined); when none of them is in view, fits the
   * view to them. Returns how many venues the map shows.
   */
  show(mask: Uint8Array | undefined, fitAlways?: boolean): number;
  /** Moves the view to a place; with a radius in km, fits the circle. */
  moveTo(lon: number, lat: number, radiusKm?: number): void;
  /** Whether a point is inside the view. */
  inView(lon: number, lat: number): boolean;
}

/** What ./map.ts has already asked for when the map is shown (see `fetchEarly` there). */
export interface EarlyData {
  /** The points file, parsed (src/lib/map/points.ts). */
  points: Promise<unknown>;
  /** MapLibre's stylesheet. */
  css: Promise<void>;
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

const absolute = (path: string) => new URL(path, location.href).href;

/** The remote style when there is one and it loads, the embedded one otherwise (`embedded` says which). */
async function chooseStyle(element: HTMLElement): Promise<{ style: StyleSpecification; embedded: boolean }> {
  const embedded = embeddedStyle({ basemap: absolute(element.dataset.basemap!), font: absolute(element.dataset.font!) });
  const remote = element.dataset.remoteStyle;
  if (!remote) return { style: embedded, embedded: true };
  try {
    // The venue layers' labels use the local font whatever the remote style's glyphs are.
    const style = await json<StyleSpecification>(remote);
    return { style: { ...style, 'font-faces': { ...style['font-faces'], ...embedded['font-faces'] } }, embedded: false };
  } catch {
    return { style: embedded, embedded: true };
  }
}

/**
 * The marker image of a lever combination: a white plate with the levers' shapes (pixel ratio 2). Drawn when
 * MapLibre first needs it (a view with clusters only needs none), on a canvas kept in memory (read back at once).
 */
function addMarkerImage(map: MapLibre, mask: number): void {
  const ratio = 2;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = MARKER_SIZE * ratio;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.scale(ratio, ratio);
  context.fillStyle = '#ffffff';
  context.strokeStyle = '#1d1d1b';
  context.lineWidth = 1.5;
  context.beginPath();
  context.roundRect(1, 1, MARKER_SIZE - 2, MARKER_SIZE - 2, 5);
  context.fill();
  context.stroke();
  context.fillStyle = '#1d1d1b';
  for (const path of markerPaths(mask)) context.fill(new Path2D(path));
  map.addImage(markerImage(mask), context.getImageData(0, 0, canvas.width, canvas.height), { pixelRatio: ratio });
}

export async function createMapView(element: HTMLElement, host: MapHost, early?: EarlyData): Promise<MapView> {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const [points, { style, embedded }] = await Promise.all([
    (early?.points ?? json<PointsData>(element.dataset.points!)).then((data) => decodePoints(data as PointsData)),
    chooseStyle(element),
    early?.css ?? loadMapCss(),
    workerReady(),
  ]);
  const bounds = JSON.parse(element.dataset.bounds!) as [number, number, number, number];
  const initial = parseView(location.hash);
  const container = element.querySelector<HTMLElement>('.map-canvas')!;
  const map = new MapLibre({
    container,
    style: withVenues(style, pointsToGeoJson(points)),
    ...(initial ? { center: initial.center, zoom: initial.zoom } : { bounds, fitBoundsOptions: { padding: 10 } }),
    attributionControl: false,
    cooperativeGestures: window.matchMedia('(pointer: coarse)').matches,
    fadeDuration: reduceMotion ? 0 : 300,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    locale: MAP_LOCALE,
  });
  map.setMissingStyleImageResolver((id) => {
    const mask = markerMask(id);
    if (mask !== undefined && !map.hasImage(id)) addMarkerImage(map, mask);
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error));
  });
  map.getCanvas().setAttribute('aria-label', t.map.canvasLabel);
  if (embedded) {
    // The commune labels come once the venues and the outlines are drawn: MapLibre's worker reads them last.
    const communes = communeLabels(absolute(element.dataset.communes!));
    map.addSource(COMMUNE_SOURCE, communes.source);
    map.addLayer(communes.layer, CLUSTER_LAYER);
  }

  const animate = !reduceMotion;
  const byVenue = new Map<number, MapPoint>();
  for (const point of points) if (!point.stop) byVenue.set(point.venue, point);
  const card = element.querySelector<HTMLElement>('.map-card')!;
  const status = element.querySelector<HTMLElement>('.map-status')!;
  let opener: HTMLElement | undefined;
  let shownMask: Uint8Array | undefined;

  map.on('moveend', () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${formatView(map.getZoom(), map.getCenter())}`);
    host.moved();
  });

  map.on('click', CLUSTER_LAYER, (event) => {
    const feature = event.features?.[0] as MapGeoJSONFeature | undefined;
    if (!feature) return;
    const center = (feature.geometry as { coordinates: [number, number] }).coordinates;
    void (map.getSource(VENUE_SOURCE) as GeoJSONSource).getClusterExpansionZoom(feature.properties.cluster_id as number).then((zoom) => {
      map.easeTo({ center, zoom, animate });
    });
  });
  map.on('click', POINT_LAYER, (event) => {
    const feature = event.features?.[0];
    const venue = feature?.properties.venue as number | undefined;
    if (venue === undefined) return;
    // A stop's marker: the card says the venue's hours at that stop, when the stop has its own.
    const [lon, lat] = (feature!.geometry as { coordinates: [number, number] }).coordinates;
    void openCard(venue, map.getCanvas(), feature!.properties.stop ? { lat, lon } : undefined).then((name) => {
      if (name === undefined) return;
      status.textContent = t.map.selected(name);
      host.selected(venue, name);
    });
  });
  for (const layer of [CLUSTER_LAYER, POINT_LAYER]) {
    map.on('mouseenter', layer, () => map.getCanvas().classList.add('is-pointing'));
    map.on('mouseleave', layer, () => map.getCanvas().classList.remove('is-pointing'));
  }

  function closeCard(): void {
    if (card.hidden) return;
    card.hidden = true;
    opener?.focus();
    opener = undefined;
  }
  card.querySelector('.map-card-close')!.addEventListener('click', closeCard);
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !card.hidden) {
      event.preventDefault();
      closeCard();
    }
  });

  function paragraph(text: string): HTMLParagraphElement {
    const element = document.createElement('p');
    element.textContent = text;
    return element;
  }

  /** Fills the card from the search index; the street address and the phone come from the venue's page. */
  async function openCard(venue: number, from?: HTMLElement, at?: { lat: number; lon: number }): Promise<string | undefined> {
    const described = await host.describe(venue, at);
    if (!described) return undefined;
    const { card: model, hours } = described;
    const title = document.createElement('h2');
    title.id = 'carte-fiche-titre';
    title.textContent = model.name;
    card.dataset.venue = String(venue);
    card.querySelector('h2')?.remove();
    card.prepend(title);
    const place = paragraph(model.place);
    const levers = document.createElement('ul');
    levers.className = 'lever-tags';
    levers.setAttribute('aria-label', t.map.levers);
    for (const lever of model.levers) {
      const item = document.createElement('li');
      const picto = document.createElement('img');
      picto.src = lever.picto;
      picto.alt = '';
      picto.width = picto.height = 24;
      item.append(picto, lever.label);
      levers.append(item);
    }
    const now = new Date();
    const open = hours ? [paragraph(describeOpenState(getOpenState(hours, now), now, hours.tz))] : [];
    const details = document.createElement('div');
    const more = document.createElement('p');
    const page = document.createElement('a');
    page.href = model.href;
    page.textContent = t.map.page;
    more.append(page);
    const stops = model.stops ? [paragraph(model.stops)] : [];
    card.querySelector('.map-card-body')!.replaceChildren(place, ...stops, levers, ...open, ...model.meta.map(paragraph), details, more);
    opener = from;
    card.hidden = false;
    card.focus();
    void venueContact(model.href).then((contact) => {
      if (card.dataset.venue !== String(venue) || !contact) return;
      if (contact.street) place.textContent = `${contact.street}, ${model.place}`;
      if (contact.phone) {
        const line = document.createElement('p');
        const call = document.createElement('a');
        call.href = `tel:${contact.phone}`;
        call.textContent = t.map.phone(contact.phone);
        line.append(call);
        details.append(line);
      }
    });
    return model.name;
  }

  function pointsOf(mask: Uint8Array | undefined): MapPoint[] {
    return mask ? points.filter((point) => mask[point.venue] === 1) : points;
  }

  function fit(shown: readonly MapPoint[]): void {
    if (shown.length === 0) return;
    let [west, south, east, north] = [180, 90, -180, -90];
    for (const point of shown) {
      west = Math.min(west, point.lon);
      east = Math.max(east, point.lon);
      south = Math.min(south, point.lat);
      north = Math.max(north, point.lat);
    }
    map.fitBounds([west, south, east, north], { padding: 40, maxZoom: CLUSTER.maxZoom + 2, animate });
  }

  function inView(lon: number, lat: number): boolean {
    return map.getBounds().contains([lon, lat]);
  }

  return {
    map,
    select(index, from) {
      const point = byVenue.get(index);
      if (!point) {
        status.textContent = t.map.noPlace;
        return;
      }
      map.easeTo({ center: [point.lon, point.lat], zoom: Math.max(map.getZoom(), CLUSTER.maxZoom + 1), animate });
      void openCard(index, from);
    },
    show(mask, fitAlways = false) {
      const changed = mask !== shownMask;
      shownMask = mask;
      const shown = pointsOf(mask);
      if (changed) (map.getSource(VENUE_SOURCE) as GeoJSONSource).setData(pointsToGeoJson(shown));
      if (fitAlways || (!map.isMoving() && shown.length > 0 && !shown.some((point) => inView(point.lon, point.lat)))) fit(shown);
      return new Set(shown.map((point) => point.venue)).size;
    },
    moveTo(lon, lat, radiusKm) {
      if (radiusKm) {
        const dLat = radiusKm / 111.2;
        const dLon = dLat / Math.cos((lat * Math.PI) / 180);
        map.fitBounds([lon - dLon, lat - dLat, lon + dLon, lat + dLat], { animate });
      } else map.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 11), animate });
    },
    inView,
  };
}
