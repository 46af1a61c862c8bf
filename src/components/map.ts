/**
 * The « Carte » view of the catalogue (used by <reperes-finder>, ./finder.ts): its toggle, « Voir sur la carte »
 * on the list items, « Limiter la liste à la zone affichée », and the map itself (./map-view.ts, MapLibre),
 * downloaded only when it is shown — at once on /carte/ on a wide screen or when the URL holds a map view, on
 * request otherwise (on a phone the list comes first). Without WebGL, or when the map fails, the list stays and a
 * short message says why: never a blank box.
 */
import * as t from '../i18n/index.ts';
import { addStylesheet } from './stylesheet.ts';
import type { EarlyData, MapHost, MapView } from './map-view.ts';

const WIDE = '(min-width: 60rem)';

/** Whether the browser has a WebGL API at all (cheap: creating a test context costs 0.6 s with software WebGL). */
const hasWebGlApi = (): boolean => typeof WebGLRenderingContext !== 'undefined';

/**
 * What the map needs besides MapLibre, asked for as soon as the map is shown, while MapLibre (1 MB) downloads,
 * rather than once it has arrived: the points file, MapLibre's stylesheet, and the labels' font (preloaded for
 * MapLibre's own request, made when the first labels are drawn).
 */
function fetchEarly(element: HTMLElement): EarlyData {
  const points = fetch(element.dataset.points!).then((response) => {
    if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
    return response.json() as Promise<unknown>;
  });
  const css = addStylesheet(element.dataset.mapCss!);
  // Awaited by the map; not an unhandled rejection if MapLibre itself fails to load first.
  points.catch(() => undefined);
  css.catch(() => undefined);
  if (!document.querySelector(`link[rel="preload"][href="${element.dataset.font}"]`)) {
    const font = document.createElement('link');
    font.rel = 'preload';
    font.as = 'fetch';
    font.crossOrigin = 'anonymous';
    font.href = element.dataset.font!;
    document.head.append(font);
  }
  return { points, css };
}

/** Whether a WebGL context can be created: asked only after the map failed, to say why. */
function canCreateWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Resolves once the next frame has been painted (or after 200 ms, when frames are not drawn: a hidden tab). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    window.setTimeout(resolve, 200);
    requestAnimationFrame(() => window.setTimeout(resolve));
  });
}

export interface MapPanelHost extends MapHost {
  /** Which venues the map must show now (undefined: all), computed with the list's search and filters. */
  mask(): Promise<Uint8Array | undefined>;
  /** The map was opened or closed (the page lays the list beside it). */
  toggled(open: boolean): void;
}

export class MapPanel {
  readonly root: HTMLElement;
  readonly #host: MapPanelHost;
  readonly #toggle: HTMLButtonElement;
  readonly #panel: HTMLElement;
  readonly #limit: HTMLInputElement;
  #view: Promise<MapView | undefined> | undefined;
  #loaded: MapView | undefined;

  constructor(root: HTMLElement, host: MapPanelHost) {
    this.root = root;
    this.#host = host;
    this.#toggle = root.querySelector<HTMLButtonElement>('.map-toggle')!;
    this.#panel = root.querySelector<HTMLElement>('.map-panel')!;
    this.#limit = root.querySelector<HTMLInputElement>('.map-limit')!;
    this.#toggle.addEventListener('click', () => {
      if (this.#panel.hidden) void this.open();
      else this.#close();
    });
    this.#limit.addEventListener('change', () => host.moved());
    root.hidden = false;
    const hashView = /(?:^#|&)carte=/.test(location.hash);
    if (hashView || (root.dataset.open === 'wide' && window.matchMedia(WIDE).matches)) void this.open();
  }

  /** The MapLibre map once shown (for tests and debugging). */
  get map() {
    return this.#loaded?.map;
  }

  get isOpen(): boolean {
    return !this.#panel.hidden && this.#loaded !== undefined;
  }

  /** The list is limited to the area shown on the map. */
  get limiting(): boolean {
    return this.isOpen && this.#limit.checked;
  }

  inView(lon: number, lat: number): boolean {
    return this.#loaded?.inView(lon, lat) ?? true;
  }

  /** Adds « Voir sur la carte » to the list items (`li[data-venue]`) of `container` that lack it. */
  addLocateButtons(container: ParentNode): void {
    for (const item of container.querySelectorAll<HTMLLIElement>('li[data-venue]')) {
      if (item.querySelector(':scope > .map-locate')) continue;
      item.append(this.locateButton(item.querySelector('h2, h3, h4')?.textContent ?? ''));
    }
  }

  locateButton(name: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.classList.add('button', 'map-locate');
    button.textContent = t.map.seeOnMap;
    button.setAttribute('aria-label', t.map.seeOnMapOf(name));
    return button;
  }

  /** « Voir sur la carte »: opens the map, centres it on the venue and opens its card. */
  locate(index: number, opener: HTMLElement): void {
    void this.open().then((view) => view?.select(index, opener));
  }

  /** Shows the venues the list shows; says how many. */
  async update(): Promise<void> {
    if (!this.#loaded) return;
    this.#count(this.#loaded.show(await this.#host.mask()));
  }

  moveTo(lon: number, lat: number, radiusKm?: number): void {
    this.#loaded?.moveTo(lon, lat, radiusKm);
  }

  #count(venues: number): void {
    this.root.querySelector('.map-count')!.textContent = t.map.showing(venues);
  }

  #status(text: string): void {
    this.root.querySelector('.map-status')!.textContent = text;
  }

  #close(): void {
    this.#panel.hidden = true;
    this.#toggle.setAttribute('aria-expanded', 'false');
    this.#toggle.textContent = t.map.show;
    this.#host.toggled(false);
  }

  /** No WebGL on this device: the list stays, a short message says why. */
  #unavailable(): undefined {
    this.#panel.hidden = true;
    this.#toggle.hidden = true;
    this.#host.toggled(false);
    this.#status(t.map.noWebgl);
    this.root.dataset.state = 'unavailable';
    return undefined;
  }

  open(): Promise<MapView | undefined> {
    if (!hasWebGlApi()) return Promise.resolve(this.#unavailable());
    this.#panel.hidden = false;
    // Read by `npm run bench:map` (scripts/bench-map.ts): the time to the first clusters counts from here.
    performance.mark('carte-visible');
    this.#toggle.setAttribute('aria-expanded', 'true');
    this.#toggle.textContent = t.map.hide;
    this.#host.toggled(true);
    this.#loaded?.map.resize();
    this.#view ??= (async () => {
      this.#status(t.map.loading);
      const early = fetchEarly(this.root);
      // Until the map is drawn, the list beside it is laid out only where it is seen (global.css); all of it once
      // the frame with the map has been painted.
      this.root.dataset.listDeferred = '';
      const layOutList = () => afterNextPaint().then(() => delete this.root.dataset.listDeferred);
      try {
        const { createMapView } = await import('./map-view.ts');
        const view = await createMapView(this.root, this.#host, early).catch((error: unknown) => {
          delete this.root.dataset.listDeferred;
          throw error;
        });
        const listLaidOut = layOutList();
        this.#loaded = view;
        const hashView = /(?:^#|&)carte=/.test(location.hash);
        this.#count(view.show(await this.#host.mask(), !hashView && this.root.dataset.open !== 'wide'));
        await listLaidOut;
        this.#status('');
        this.root.dataset.state = 'ready';
        return view;
      } catch (error) {
        console.error(error);
        if (!canCreateWebGl()) return this.#unavailable();
        this.#panel.hidden = true;
        this.#toggle.hidden = true;
        this.#host.toggled(false);
        this.#status(t.map.failed);
        this.root.dataset.state = 'failed';
        return undefined;
      }
    })();
    return this.#view;
  }
}
