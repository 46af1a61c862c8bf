/**
 * The submission form's map (loaded only when a person asks for it): the embedded basemap, the venue's point as a
 * pin, a cross at the centre. The point moves where the person clicks or drops the pin, or to the centre with the
 * form's « Placer le point ici » button — the keyboard way: the map pans with the arrow keys. Latitude and
 * longitude stay editable in the form; the map is never the only way.
 */
import { Map as MapLibre, Marker, NavigationControl } from 'maplibre-gl';
import { communeLabels, COMMUNE_SOURCE, embeddedStyle } from '../../lib/map/style.ts';
import { loadMapCss, MAP_LOCALE } from '../maplibre-base.ts';

export interface PinMap {
  /** The centre of the view, [lon, lat]. */
  center(): [number, number];
  /** Moves the pin (and the view) to a point. */
  setPoint(lon: number, lat: number): void;
  destroy(): void;
}

const absolute = (path: string) => new URL(path, location.href).href;

export async function createPinMap(container: HTMLElement, start: { lon: number; lat: number; zoom: number }, label: string, onPlace: (lon: number, lat: number) => void): Promise<PinMap> {
  await loadMapCss();
  const map = new MapLibre({
    container,
    style: embeddedStyle({ basemap: absolute('/carte/fond.json'), font: absolute('/carte/noto-sans.woff2') }),
    center: [start.lon, start.lat],
    zoom: start.zoom,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    locale: MAP_LOCALE,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error));
  });
  map.getCanvas().setAttribute('aria-label', label);
  const communes = communeLabels(absolute('/carte/communes.json'));
  map.addSource(COMMUNE_SOURCE, communes.source);
  map.addLayer(communes.layer);
  const marker = new Marker({ draggable: true }).setLngLat([start.lon, start.lat]).addTo(map);
  marker.getElement().setAttribute('aria-hidden', 'true');
  marker.getElement().removeAttribute('tabindex');
  marker.on('dragend', () => {
    const { lng, lat } = marker.getLngLat();
    onPlace(lng, lat);
  });
  map.on('click', (event) => {
    marker.setLngLat(event.lngLat);
    onPlace(event.lngLat.lng, event.lngLat.lat);
  });
  return {
    center: () => {
      const { lng, lat } = map.getCenter();
      return [lng, lat];
    },
    setPoint: (lon, lat) => {
      marker.setLngLat([lon, lat]);
      map.jumpTo({ center: [lon, lat] });
    },
    destroy: () => map.remove(),
  };
}
