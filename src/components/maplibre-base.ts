/**
 * What every MapLibre map of the site shares (the catalogue's map, src/components/map-view.ts, and the submission
 * form's pin, src/components/submission/pin-map.ts): the worker and the stylesheet served from the site itself,
 * and the interface words of MapLibre's controls. Loaded only with a map.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import * as t from '../i18n/index.ts';

export { loadMapCss } from './maplibre-css.ts';

setWorkerUrl(workerUrl);
// MapLibre's worker starts now, while the data and the style load, instead of when the map is created.
prewarm();

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
