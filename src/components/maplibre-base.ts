/**
 * What every MapLibre map of the site shares (the catalogue's map, src/components/map-view.ts, and the submission
 * form's pin, src/components/submission/pin-map.ts): the worker and the stylesheet served from the site itself,
 * and the interface words of MapLibre's controls. Loaded only with a map.
 */
import { getGlobalDispatcher, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import * as t from '../i18n/index.ts';
import { addStylesheet } from './stylesheet.ts';

setWorkerUrl(workerUrl);
// MapLibre's worker starts now, while the data and the style load, instead of when the map is created.
prewarm();

/**
 * Resolves once MapLibre's worker answers (a ping), or after `timeout` ms. Worth waiting for before creating a
 * map: the worker's start needs the main thread, which creating the WebGL context blocks (up to 0.7 s with
 * software WebGL); created first, the map got a worker that started only after it (traces of /carte/: the worker
 * read its script 1.2 s after the panel was shown; waited for, 0.6–0.8 s, before the context).
 */
export function workerReady(timeout = 1500): Promise<void> {
  const ping = getGlobalDispatcher()
    .broadcast('PI', undefined)
    .then(() => undefined, () => undefined);
  return Promise.race([ping, new Promise<void>((resolve) => setTimeout(resolve, timeout))]);
}

/**
 * MapLibre's stylesheet, added once. The catalogue's map asks for it earlier, before MapLibre is loaded
 * (./map.ts, with the same URL from the page: `data-map-css` of src/components/Finder.astro).
 */
export function loadMapCss(): Promise<void> {
  return addStylesheet(cssUrl);
}

/** The words of MapLibre's own controls, in the site's language. */
export const MAP_LOCALE = {
  'Map.Title': t.map.canvasLabel,
  'NavigationControl.ZoomIn': t.map.zoomIn,
  'NavigationControl.ZoomOut': t.map.zoomOut,
  'NavigationControl.ResetBearing': t.map.resetBearing,
  'CooperativeGesturesHandler.WindowsHelpText': t.map.cooperativeDesktop,
  'CooperativeGesturesHandler.MacHelpText': t.map.cooperativeMac,
  'CooperativeGesturesHandler.MobileHelpText': t.map.cooperativeMobile,
  'Popup.Close': t.map.close,
};
