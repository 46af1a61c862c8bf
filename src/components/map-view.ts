/**
 * The map of /carte/ (MapLibre GL JS 6), loaded by ./map.ts only when the map is shown. Embedded basemap
 * (src/lib/map/style.ts), or a remote style when content/territoire.yaml sets `carte.style_distant` and it
 * loads (the page's CSP must then allow its origin); the embedded one otherwise. Venues from the points file
 * (src/lib/map/points.ts), clustered; markers show levers by shape (src/lib/map/markers.ts).
 * The card of a venue takes its name, place and levers from the list item, and its phone and opening hours
 * from its page (fetched on selection). The view (zoom, centre) is kept in the URL hash (#carte=z/lat/lon).
 */
import { Map as MapLibre, NavigationControl, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import * as t from '../i18n/index.ts';
import type { CompiledHours } from '../lib/hours/compile.ts';
import { describeOpenState, getOpenState } from '../lib/hours/evaluate.ts';
import { markerPaths, MARKER_SIZE } from '../lib/map/markers.ts';
import { decodePoints, pointsToGeoJson, type MapPoint, type PointsData } from '../lib/map/points.ts';
import {
  CLUSTER,
  CLUSTER_LAYER,
  embeddedStyle,
  formatView,
  markerImage,
  parseView,
  POINT_LAYER,
  VENUE_SOURCE,
  venueLayers,
} from '../lib/map/style.ts';

setWorkerUrl(workerUrl);

export interface MapView {
  map: MapLibre;
  /** Centres the map on a venue (its index in the list) and opens its card; `opener` gets the focus back. */
  select(index: number, opener?: HTMLElement): void;
}

function loadCss(): Promise<void> {
  if (document.querySelector(`link[href="${cssUrl}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = cssUrl;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(cssUrl)));
    document.head.append(link);
  });
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

async function chooseStyle(element: HTMLElement): Promise<StyleSpecification> {
  const absolute = (path: string) => new URL(path, location.href).href;
  const embedded = embeddedStyle({ basemap: absolute(element.dataset.basemap!), font: absolute(element.dataset.font!) });
  const remote = element.dataset.remoteStyle;
  if (!remote) return embedded;
  try {
    // The venue layers' labels use the local font whatever the remote style's glyphs are.
    const style = await json<StyleSpecification>(remote);
    return { ...style, 'font-faces': { ...style['font-faces'], ...embedded['font-faces'] } };
  } catch {
    return embedded;
  }
}

/** A marker image per lever combination: a white plate with the levers' shapes (pixel ratio 2). */
function markerImages(map: MapLibre): void {
  const ratio = 2;
  for (let mask = 0; mask < 16; mask++) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = MARKER_SIZE * ratio;
    const context = canvas.getContext('2d')!;
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
}

export async function createMapView(element: HTMLElement): Promise<MapView> {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const [points, style] = await Promise.all([
    json<PointsData>(element.dataset.points!).then(decodePoints),
    chooseStyle(element),
    loadCss(),
  ]);
  const bounds = JSON.parse(element.dataset.bounds!) as [number, number, number, number];
  const initial = parseView(location.hash);
  const container = element.querySelector<HTMLElement>('.map-canvas')!;
  const map = new MapLibre({
    container,
    style,
    ...(initial ? { center: initial.center, zoom: initial.zoom } : { bounds, fitBoundsOptions: { padding: 10 } }),
    attributionControl: false,
    cooperativeGestures: window.matchMedia('(pointer: coarse)').matches,
    fadeDuration: reduceMotion ? 0 : 300,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    locale: {
      'Map.Title': t.map.canvasLabel,
      'NavigationControl.ZoomIn': t.map.zoomIn,
      'NavigationControl.ZoomOut': t.map.zoomOut,
      'NavigationControl.ResetBearing': t.map.resetBearing,
      'CooperativeGesturesHandler.WindowsHelpText': t.map.cooperativeDesktop,
      'CooperativeGesturesHandler.MacHelpText': t.map.cooperativeMac,
      'CooperativeGesturesHandler.MobileHelpText': t.map.cooperativeMobile,
      'Popup.Close': t.map.close,
    },
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error));
  });
  map.getCanvas().setAttribute('aria-label', t.map.canvasLabel);
  markerImages(map);
  map.addSource(VENUE_SOURCE, { type: 'geojson', data: pointsToGeoJson(points), cluster: true, clusterRadius: CLUSTER.radius, clusterMaxZoom: CLUSTER.maxZoom });
  for (const layer of venueLayers()) map.addLayer(layer);

  const animate = !reduceMotion;
  const byVenue = new Map<number, MapPoint>();
  for (const point of points) if (!point.stop) byVenue.set(point.venue, point);
  const list = element.querySelector<HTMLElement>('.venue-list')!;
  const card = element.querySelector<HTMLElement>('.map-card')!;
  let opener: HTMLElement | undefined;

  map.on('moveend', () => history.replaceState(history.state, '', formatView(map.getZoom(), map.getCenter())));

  map.on('click', CLUSTER_LAYER, (event) => {
    const feature = event.features?.[0] as MapGeoJSONFeature | undefined;
    if (!feature) return;
    const center = (feature.geometry as { coordinates: [number, number] }).coordinates;
    void (map.getSource(VENUE_SOURCE) as GeoJSONSource).getClusterExpansionZoom(feature.properties.cluster_id as number).then((zoom) => {
      map.easeTo({ center, zoom, animate });
    });
  });
  map.on('click', POINT_LAYER, (event) => {
    const venue = event.features?.[0]?.properties.venue as number | undefined;
    if (venue === undefined) return;
    openCard(venue, map.getCanvas());
    element.querySelector('.map-status')!.textContent = t.map.selected(card.querySelector('h2')?.textContent ?? '');
    const item = list.children[venue] as HTMLElement | undefined;
    if (item) {
      for (const other of list.querySelectorAll('.is-selected')) other.classList.remove('is-selected');
      item.classList.add('is-selected');
      item.scrollIntoView({ block: 'nearest', behavior: animate ? 'smooth' : 'auto' });
    }
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

  function openCard(venue: number, from?: HTMLElement): void {
    const item = list.children[venue] as HTMLElement | undefined;
    if (!item) return;
    const link = item.querySelector<HTMLAnchorElement>('h3 a')!;
    const title = document.createElement('h2');
    title.id = 'carte-fiche-titre';
    title.textContent = link.textContent;
    card.dataset.venue = String(venue);
    const body = card.querySelector('.map-card-body')!;
    card.querySelector('h2')?.remove();
    card.prepend(title);
    body.replaceChildren();
    const place = document.createElement('p');
    place.textContent = item.querySelector('p')?.textContent ?? '';
    const levers = item.querySelector('.lever-tags')?.cloneNode(true) as HTMLElement | undefined;
    levers?.setAttribute('aria-label', t.map.levers);
    const details = document.createElement('div');
    const more = document.createElement('p');
    const page = document.createElement('a');
    page.href = link.getAttribute('href')!;
    page.textContent = t.map.page;
    more.append(page);
    body.append(place, ...(levers ? [levers] : []), details, more);
    opener = from;
    card.hidden = false;
    card.focus();
    // Phone and « open now » come from the venue's page, fetched on selection.
    void fetch(page.href)
      .then((response) => (response.ok ? response.text() : ''))
      .then((html) => {
        if (card.dataset.venue !== String(venue) || !html) return;
        const page = new DOMParser().parseFromString(html, 'text/html');
        const hours = page.querySelector<HTMLElement>('reperes-open-now')?.dataset.hours;
        if (hours) {
          const compiled = JSON.parse(hours) as CompiledHours;
          const now = new Date();
          const open = document.createElement('p');
          open.textContent = describeOpenState(getOpenState(compiled, now), now, compiled.tz);
          details.append(open);
        }
        const phone = page.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
        if (phone) {
          const paragraph = document.createElement('p');
          const call = document.createElement('a');
          call.href = phone.getAttribute('href')!;
          call.textContent = t.map.phone(phone.getAttribute('href')!.slice(4));
          paragraph.append(call);
          details.append(paragraph);
        }
      })
      .catch(() => undefined);
  }

  return {
    map,
    select(index, from) {
      const point = byVenue.get(index);
      if (!point) {
        element.querySelector('.map-status')!.textContent = t.map.noPlace;
        return;
      }
      map.easeTo({ center: [point.lon, point.lat], zoom: Math.max(map.getZoom(), CLUSTER.maxZoom + 1), animate });
      openCard(index, from);
    },
  };
}

