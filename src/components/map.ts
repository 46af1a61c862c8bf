/**
 * <reperes-map>: progressive enhancement of /carte/. Without JavaScript the page is the full list and the
 * legend. With it: a « Voir sur la carte » button on each list item, and the map (./map-view.ts, MapLibre),
 * downloaded only when it is shown — at once on a wide screen, on request on a phone (the list comes first).
 * Without WebGL, or when the map fails, the list stays and a short message says why: never a blank box.
 * Tests reach the MapLibre instance as `element.map` (read only; nothing else is exposed).
 */
import * as t from '../i18n/index.ts';
import type { MapView } from './map-view.ts';

const WIDE = '(min-width: 60rem)';

function hasWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

class ReperesMap extends HTMLElement {
  #view: Promise<MapView | undefined> | undefined;
  #loaded: MapView | undefined;

  /** The MapLibre map once shown (for tests and debugging). */
  get map() {
    return this.#loaded?.map;
  }

  connectedCallback(): void {
    const toggle = this.querySelector<HTMLButtonElement>('.map-toggle')!;
    const panel = this.querySelector<HTMLElement>('.map-panel')!;
    for (const item of this.querySelectorAll<HTMLLIElement>('.venue-list > li')) {
      const name = item.querySelector('h3')?.textContent ?? '';
      const button = document.createElement('button');
      button.type = 'button';
      button.classList.add('button', 'map-locate');
      button.textContent = t.map.seeOnMap;
      button.setAttribute('aria-label', t.map.seeOnMapOf(name));
      item.append(button);
    }
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('.map-locate');
      if (!button) return;
      const item = button.closest('li')!;
      const index = [...item.parentElement!.children].indexOf(item);
      void this.#open(toggle, panel).then((view) => view?.select(index, button as HTMLElement));
    });
    toggle.addEventListener('click', () => {
      if (panel.hidden) void this.#open(toggle, panel);
      else {
        panel.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        toggle.textContent = t.map.show;
      }
    });
    toggle.hidden = false;
    if (window.matchMedia(WIDE).matches || /(?:^#|&)carte=/.test(location.hash)) void this.#open(toggle, panel);
  }

  #status(text: string): void {
    this.querySelector('.map-status')!.textContent = text;
  }

  #open(toggle: HTMLButtonElement, panel: HTMLElement): Promise<MapView | undefined> {
    if (!hasWebGl()) {
      toggle.hidden = true;
      this.#status(t.map.noWebgl);
      this.dataset.state = 'unavailable';
      return Promise.resolve(undefined);
    }
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    toggle.textContent = t.map.hide;
    this.#view ??= (async () => {
      this.#status(t.map.loading);
      try {
        const { createMapView } = await import('./map-view.ts');
        const view = await createMapView(this);
        this.#loaded = view;
        this.#status('');
        this.dataset.state = 'ready';
        return view;
      } catch (error) {
        console.error(error);
        panel.hidden = true;
        toggle.hidden = true;
        this.#status(t.map.failed);
        this.dataset.state = 'failed';
        return undefined;
      }
    })();
    return this.#view;
  }
}

if (!customElements.get('reperes-map')) customElements.define('reperes-map', ReperesMap);
