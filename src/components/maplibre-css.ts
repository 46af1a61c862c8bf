/**
 * MapLibre's stylesheet, served from the site itself and added once. A module of its own, without MapLibre, so
 * that ./map.ts can ask for it as soon as the map is shown, while MapLibre itself is still downloading.
 */
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';

let loading: Promise<void> | undefined;

export function loadMapCss(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = cssUrl;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => {
      loading = undefined;
      link.remove();
      reject(new Error(cssUrl));
    });
    document.head.append(link);
  });
  return loading;
}
