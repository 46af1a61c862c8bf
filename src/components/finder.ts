/**
 * <reperes-finder>: search and filters over the server-rendered venue list.
 * - The form is hidden until this script runs (no-JS users keep the complete static list).
 * - State ⇄ URL query string (src/lib/catalogue/filters.ts): share, reload, Back give the same results;
 *   except the device's position, which stays in the page's memory and is never written to the URL.
 * - The search index and the gazetteer are fetched on first use, together, with the search code (./finder-data.ts).
 * - The search box understands « besoin + lieu » (src/lib/catalogue/understand.ts): a commune or a postcode at the
 *   end or the start of what is typed is « Près de » (the results follow it at once; the URL, the « Près de » field
 *   and the « Compris : … » line once the person pauses); its words leave the box when the person submits or leaves
 *   the box, never while typing in it. A time (« samedi matin », « le soir », « maintenant ») is « Quand », likewise.
 *   Each part of « Compris » has a button that undoes it.
 * - The « Carte » view (./map.ts), when the page has one, shows the venues the list shows; its view (centre, zoom)
 *   is kept in the URL hash beside the query string; « Limiter la liste à la zone affichée » filters the list by it.
 */
import {
  criteriaCount, emptyState, formatNearest, hoursNear, isEmptyState, matchesFilters, queryToState, stateKey, stateToQuery, DEVICE_PLACE_LABEL,
  HELP_OPTIONS, PUBLIC_OPTIONS, SERVICE_OPTIONS, SUPPORT_OPTIONS, type AccessOption, type FilterState, type Moment, type NearPlace,
} from '../lib/catalogue/filters.ts';
import type { SearchHit } from '../lib/catalogue/search.ts';
import type { VenueSummary } from '../lib/catalogue/venue-summary.ts';
import type { Understanding, UnderstoodText, UnderstoodWhen } from '../lib/catalogue/understand.ts';
import { venueCardHtml, venueCardModel, type CardLever } from '../lib/catalogue/venue-card.ts';
import { describeOpenState, getOpenState } from '../lib/hours/evaluate.ts';
import * as t from '../i18n/index.ts';
import type { Catalogue, Place } from './finder-data.ts';
import { MapPanel } from './map.ts';

interface Config {
  territoires: { id: string; nom: string }[];
  leviers: CardLever[];
  fixed: { territoire?: string; levier?: string };
}

const PAGE = 50;

/** The « Quand » filter a time read in the search box stands for. */
const whenFilter = ({ ouvert, jour, moment }: UnderstoodWhen): Pick<FilterState, 'ouvert' | 'jour' | 'moment'> => ({ ouvert, jour, moment });

class ReperesFinder extends HTMLElement {
  private config!: Config;
  private form!: HTMLFormElement;
  private status!: HTMLElement;
  private results!: HTMLOListElement;
  private resultsSection!: HTMLElement;
  private staticList!: HTMLElement;
  private more!: HTMLButtonElement;
  /** Help shown when nothing matches (telephone lines, the questionnaire). */
  private none?: HTMLElement | null;
  private queryInput!: HTMLInputElement;
  private placeInput!: HTMLInputElement;
  private placeList!: HTMLUListElement;
  private understoodBox!: HTMLElement;
  private catalogue?: Promise<Catalogue>;
  /** The catalogue once loaded (synchronous access for the URL and the form). */
  private loaded?: Catalogue;
  private state: FilterState = emptyState();
  /** The search box was edited since its words were last read (settled, or read from the URL): they may name a place. */
  private editing = false;
  /** The place last moved from the search box to « Près de », with its words as typed (« Ne pas chercher près de » puts them back). */
  private moved?: { label: string; name: string; words: string };
  /** The time last moved from the search box to « Quand » (« samedi matin »), which « Compris » still names. */
  private movedWhen?: UnderstoodWhen;
  private shown = PAGE;
  private statusTimer?: number;
  private typingTimer?: number;
  private placeOptions: Place[] = [];
  private activeOption = -1;
  /** The device's position once found: in this page's memory only, never in the URL. */
  private devicePlace?: NearPlace;
  private mapPanel?: MapPanel;
  private mapTimer?: number;

  /** The MapLibre map once shown (read by tests). */
  get map() {
    return this.mapPanel?.map;
  }

  connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = '1';
    this.config = JSON.parse(this.dataset.config ?? '{}') as Config;
    this.form = this.querySelector('form')!;
    this.status = this.querySelector('[data-role="status"]')!;
    this.results = this.querySelector('[data-role="results"]')!;
    this.resultsSection = this.querySelector('.finder-results')!;
    this.staticList = this.querySelector('[data-role="static"]')!;
    this.more = this.querySelector('[data-action="more"]')!;
    this.none = this.querySelector<HTMLElement>('[data-role="none"]');
    this.queryInput = this.form.querySelector('[name="q"]')!;
    this.placeInput = this.form.querySelector('[name="pres"]')!;
    this.placeList = this.form.querySelector('[role="listbox"]')!;
    this.understoodBox = this.querySelector('[data-role="understood"]')!;
    this.form.hidden = false;

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      // Once the catalogue is there, so that a place typed in the search box is read first.
      void this.whenLoaded().then(() => {
        this.settle();
        this.readForm();
        this.commit('push');
        return this.render(false);
      }).then(() => {
        if (!this.resultsSection.hidden) this.resultsSection.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
      });
    });
    this.form.addEventListener('input', (event) => this.onInput(event));
    this.form.addEventListener('change', (event) => this.onChange(event));
    this.form.addEventListener('reset', () => window.setTimeout(() => this.reset()));
    this.form.addEventListener('focusin', () => this.prefetch(), { once: true });
    this.placeInput.addEventListener('keydown', (event) => this.onPlaceKey(event));
    this.placeInput.addEventListener('blur', () => window.setTimeout(() => this.closePlaces(), 150));
    this.placeList.addEventListener('mousedown', (event) => event.preventDefault());
    this.placeList.addEventListener('click', (event) => {
      const option = (event.target as HTMLElement).closest('[role="option"]');
      if (option) this.choosePlace(Number(option.getAttribute('data-index')));
    });
    this.querySelector('[data-action="locate"]')!.addEventListener('click', () => this.locate());
    this.understoodBox.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-part]');
      if (button) void this.undo(Number(button.dataset.part), button.textContent ?? '');
    });
    this.more.addEventListener('click', () => {
      this.shown += PAGE;
      void this.render(false);
    });
    window.addEventListener('popstate', () => this.fromUrl());
    const mapRoot = this.querySelector<HTMLElement>('.finder-map');
    if (mapRoot) this.setUpMap(mapRoot);
    this.fromUrl();
  }

  private setUpMap(root: HTMLElement) {
    const body = this.querySelector<HTMLElement>('.finder-body')!;
    const panel = new MapPanel(root, {
      mask: () => this.mapMask(),
      toggled: (open) => body.classList.toggle('has-map', open),
      describe: async (index, at) => {
        const catalogue = await this.prefetch().catch(() => undefined);
        const venue = catalogue?.venues[index];
        return venue && { card: venueCardModel(venue, this.config.leviers), hours: hoursNear(venue, at) };
      },
      selected: (index) => {
        const list = this.resultsSection.hidden ? this.staticList : this.results;
        for (const other of this.querySelectorAll('.venue-list > li.is-selected')) other.classList.remove('is-selected');
        const item = list.querySelector<HTMLElement>(`li[data-venue="${index}"]`);
        if (!item) return;
        item.classList.add('is-selected');
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        item.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
      },
      moved: () => {
        if (this.limited || panel.limiting) void this.render(false);
      },
    });
    this.mapPanel = panel;
    panel.addLocateButtons(this.staticList);
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('.map-locate');
      const item = button?.closest<HTMLElement>('li[data-venue]');
      if (button && item) panel.locate(Number(item.dataset.venue), button);
    });
  }

  /** The list was limited to the map's area at the last render. */
  private limited = false;
  private mapMaskKey = '';
  private mapMaskCache?: Uint8Array;

  /** The venues the list shows, for the map (undefined: all); the text search included. */
  private async mapMask(): Promise<Uint8Array | undefined> {
    const catalogue = await this.prefetch();
    const state = this.effectiveState();
    if (isEmptyState({ ...state, pres: undefined }) && !(state.pres && state.rayon)) return undefined;
    const filter = this.filterMask(catalogue, state, new Date());
    if (state.q.trim() === '') return filter;
    const key = `${this.maskKey}|${state.q}`;
    if (key !== this.mapMaskKey || !this.mapMaskCache) {
      const mask = new Uint8Array(catalogue.venues.length);
      for (const hit of catalogue.search(state.q, state.pres)) if (!filter || filter[hit.index]) mask[hit.index] = 1;
      this.mapMaskCache = mask;
      this.mapMaskKey = key;
    }
    return this.mapMaskCache;
  }

  /** The map follows the list; while typing, once the person pauses. */
  private updateMap(typing: boolean) {
    if (!this.mapPanel?.isOpen) return;
    window.clearTimeout(this.mapTimer);
    this.mapTimer = window.setTimeout(() => void this.mapPanel?.update(), typing ? 400 : 0);
  }

  /** A place was chosen (« Près de », « Utiliser ma position »): the map goes there. */
  private mapToPlace() {
    const place = this.state.pres;
    if (place) this.mapPanel?.moveTo(place.lon, place.lat, this.state.rayon);
  }

  /** Starts loading the index, the gazetteer and the search code (first focus in the form). */
  private prefetch(): Promise<Catalogue> {
    this.catalogue ??= this.load();
    return this.catalogue;
  }

  private async load(): Promise<Catalogue> {
    const { loadCatalogue } = await import('./finder-data.ts');
    this.loaded = await loadCatalogue(this.dataset.index!, this.dataset.places!);
    return this.loaded;
  }

  /** Resolves once the catalogue is loaded, or could not be (never rejects). */
  private async whenLoaded(): Promise<void> {
    await this.prefetch().catch(() => undefined);
  }

  private fromUrl() {
    this.state = queryToState(window.location.search);
    // A history entry sorted from the device's position carries a mark, never the position: Back and
    // Forward restore it from memory; after a reload it is gone, and the page says so.
    if (!this.state.pres && (window.history.state as { position?: boolean } | null)?.position) {
      if (this.devicePlace) this.state.pres = this.devicePlace;
      else this.querySelector('[data-role="locate-status"]')!.textContent = t.finder.positionForgotten;
    }
    this.editing = false;
    this.writeForm();
    this.shown = PAGE;
    void this.render(false);
  }

  private onInput(event: Event) {
    const target = event.target as HTMLInputElement;
    if (target === this.placeInput) {
      void this.suggestPlaces();
      return;
    }
    if (target.name === 'q') {
      this.state.q = target.value;
      this.editing = true;
      this.shown = PAGE;
      void this.render(true);
      window.clearTimeout(this.typingTimer);
      // The URL once the person pauses, and once the catalogue is there (a place typed before it loaded is read).
      this.typingTimer = window.setTimeout(() => void this.whenLoaded().then(() => this.commit('replace')), 400);
    }
  }

  private onChange(event: Event) {
    const target = event.target as HTMLInputElement;
    if (target.name === 'q') {
      // The person leaves the search box: an understood place moves to « Près de ».
      void this.whenLoaded().then(() => {
        if (document.activeElement !== this.queryInput && this.settle()) {
          this.commit('replace');
          void this.render(false);
        }
      });
      return;
    }
    if (target === this.placeInput) return;
    // Choosing a day or a moment means « open on… ».
    if (target.name === 'jour' || target.name === 'moment') {
      const radio = this.form.querySelector<HTMLInputElement>('[name="ouvert"][value="le"]');
      if (radio) radio.checked = true;
    }
    this.readForm();
    this.shown = PAGE;
    this.commit('push');
    if (target.name === 'rayon') this.mapToPlace();
    void this.render(false);
  }

  /** Writes the state into the URL: `push` for a choice (Back undoes it), `replace` while typing. */
  private commit(mode: 'push' | 'replace') {
    const state = this.currentState();
    const query = stateToQuery(state);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    const mark = state.pres?.device ? { position: true } : null;
    const same = url === `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (same && Boolean((window.history.state as { position?: boolean } | null)?.position) === Boolean(mark)) return;
    if (mode === 'push' && !same) window.history.pushState(mark, '', url);
    else window.history.replaceState(mark, '', url);
  }

  private reset() {
    this.state = emptyState();
    this.editing = false;
    this.moved = undefined;
    this.movedWhen = undefined;
    this.writeForm();
    this.commit('push');
    void this.render(false);
  }

  private values(name: string): string[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`[name="${name}"]:checked`)].map((input) => input.value);
  }

  private readForm() {
    const select = (name: string) => (this.form.elements.namedItem(name) as HTMLSelectElement).value;
    const state = this.state;
    state.q = (this.form.elements.namedItem('q') as HTMLInputElement).value;
    state.leviers = this.values('levier') as FilterState['leviers'];
    state.services = SERVICE_OPTIONS.filter((option) => this.values('service').includes(option.slug)).map((option) => option.value);
    state.services_pratiques = this.values('pratique');
    state.demarches = this.values('demarche');
    state.publics = PUBLIC_OPTIONS.filter((option) => this.values('public').includes(option.slug)).map((option) => option.value);
    state.prises_en_charge = SUPPORT_OPTIONS.filter((option) => this.values('accueil').includes(option.slug)).map((option) => option.value);
    state.langues = this.values('langue');
    state.gratuit = this.values('gratuit').length > 0;
    state.acces = this.values('acces') as AccessOption[];
    state.aide = Object.entries(HELP_OPTIONS).filter(([slug]) => this.values('aide').includes(slug)).map(([, value]) => value);
    const ouvert = this.values('ouvert')[0] ?? '';
    state.ouvert = ouvert === 'maintenant' || ouvert === 'semaine' || ouvert === 'le' ? ouvert : '';
    state.jour = state.ouvert === 'le' && select('jour') !== '' ? Number(select('jour')) : undefined;
    state.moment = state.ouvert === 'le' && select('moment') ? (select('moment') as Moment) : undefined;
    state.territoires = this.values('territoire');
    const rayon = Number(select('rayon'));
    state.rayon = state.pres && rayon > 0 ? rayon : undefined;
    state.tri = select('tri') === 'verifiees' ? 'verifiees' : '';
  }

  private writeForm() {
    const state = this.state;
    const check = (name: string, values: readonly string[]) => {
      for (const input of this.form.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)) input.checked = values.includes(input.value);
    };
    (this.form.elements.namedItem('q') as HTMLInputElement).value = state.q;
    check('levier', state.leviers);
    check('service', SERVICE_OPTIONS.filter((option) => state.services.includes(option.value)).map((option) => option.slug));
    check('pratique', state.services_pratiques);
    check('demarche', state.demarches);
    check('public', PUBLIC_OPTIONS.filter((option) => state.publics.includes(option.value)).map((option) => option.slug));
    check('accueil', SUPPORT_OPTIONS.filter((option) => state.prises_en_charge.includes(option.value)).map((option) => option.slug));
    check('langue', state.langues);
    check('gratuit', state.gratuit ? ['oui'] : []);
    check('acces', state.acces);
    check('aide', Object.entries(HELP_OPTIONS).filter(([, value]) => state.aide.includes(value)).map(([slug]) => slug));
    this.writeWhen();
    check('territoire', state.territoires);
    this.placeInput.value = state.pres?.label ?? '';
    (this.form.elements.namedItem('rayon') as HTMLSelectElement).value = state.rayon ? String(state.rayon) : '';
    (this.form.elements.namedItem('tri') as HTMLSelectElement).value = state.tri;
    const details = this.form.querySelector('details')!;
    const hidden = ['service', 'pratique', 'demarche', 'public', 'accueil', 'langue', 'gratuit', 'acces', 'aide', 'territoire']
      .reduce((count, name) => count + this.values(name).length, 0);
    this.querySelector('[data-role="more-count"]')!.textContent = hidden > 0 ? t.finder.chosen(hidden) : '';
    if (hidden > 0) details.open = true;
  }

  /** « Quand » as the state says. */
  private writeWhen() {
    for (const input of this.form.querySelectorAll<HTMLInputElement>('[name="ouvert"]')) input.checked = input.value === this.state.ouvert;
    (this.form.elements.namedItem('jour') as HTMLSelectElement).value = this.state.jour === undefined ? '' : String(this.state.jour);
    (this.form.elements.namedItem('moment') as HTMLSelectElement).value = this.state.moment ?? '';
  }

  /** The radius chosen in the form (km), if any. */
  private radiusChoice(): number | undefined {
    const rayon = Number((this.form.elements.namedItem('rayon') as HTMLSelectElement).value);
    return rayon > 0 ? rayon : undefined;
  }

  /**
   * What the search box says, once the catalogue is loaded: a need and maybe a place. Its words are read for a place
   * while the person edits it, or when no place is chosen; otherwise they are a need only (« lyon » typed after
   * « Près de Riom » was chosen stays a word until the box is edited again).
   */
  private understanding(): Understanding | undefined {
    return this.loaded?.understand(this.state.q, this.editing || !this.state.pres);
  }

  /**
   * The state with what the search box understood: its place as « Près de », its time as « Quand », its need words as
   * the text (without « près de chez moi », which only asks for a place).
   */
  private currentState(understood = this.understanding()): FilterState {
    if (!understood) return this.state;
    // The need words only: without whom the help is for and the words of asking (« tablette pour ma mère » searches
    // « tablette », not the « Tiers-lieu Le Vesseaux-Mère »), the place and the time.
    const state = { ...this.state, q: understood.need };
    if (understood.place) {
      const { label, lat, lon } = understood.place;
      Object.assign(state, { pres: { label, lat, lon }, rayon: this.radiusChoice() });
    }
    if (understood.when) Object.assign(state, whenFilter(understood.when));
    return state;
  }

  /** The current state plus the page's fixed scope. */
  private effectiveState(understood = this.understanding()): FilterState {
    const state = this.currentState(understood);
    const { territoire, levier } = this.config.fixed;
    return {
      ...state,
      territoires: territoire ? [territoire] : state.territoires,
      leviers: levier ? [levier as FilterState['leviers'][number]] : state.leviers,
    };
  }

  /**
   * Moves an understood place out of the search box: the box keeps the need words, « Près de » holds the place (as
   * if chosen in its list). On submit and when the person leaves the box, never while typing in it. True if it moved.
   */
  private settle(): boolean {
    const understood = this.understanding();
    this.editing = false;
    const place = understood?.place;
    const when = understood?.when;
    if (!place && !when) return false;
    this.state.q = understood.need;
    this.queryInput.value = understood.need;
    this.shown = PAGE;
    if (when) {
      // The time moves to « Quand », as if chosen there.
      this.movedWhen = when;
      Object.assign(this.state, whenFilter(when));
      this.writeWhen();
    }
    if (place) {
      this.moved = { label: place.label, name: place.name, words: place.words };
      this.state.pres = { label: place.label, lat: place.lat, lon: place.lon };
      this.state.rayon = this.radiusChoice();
      this.placeInput.value = place.label;
      this.mapToPlace();
    }
    return true;
  }

  /**
   * A button of « Compris » (its position and its name): removes a need part from the search box, or the place (its
   * words go back to the box, quoted). Nothing when the line has changed since it was shown.
   */
  private async undo(index: number, name: string) {
    const catalogue = await this.prefetch();
    this.settle();
    const understood = this.understanding();
    const part = understood && catalogue.describe(understood, this.config.leviers, this.shownPlace(understood), this.shownWhen(understood)).parts[index];
    if (!understood || !part || part.undo !== name) return;
    // « Indiquer ma commune »: to « Près de », where the commune is chosen (or the device's position, on its button).
    if (part.kind === 'nearMe') {
      this.placeInput.focus();
      return;
    }
    if (part.kind === 'need') {
      const need = understood.parts[index];
      if (!need) return;
      this.state.q = catalogue.withoutNeedPart(understood.need, need);
    } else if (part.kind === 'when') {
      Object.assign(this.state, { ouvert: '', jour: undefined, moment: undefined } satisfies Partial<FilterState>);
      this.movedWhen = undefined;
      this.writeWhen();
    } else {
      const place = this.state.pres;
      if (place && this.moved?.label === place.label && !place.device) this.state.q = catalogue.placeWordsBack(this.state.q, this.moved.words);
      this.state.pres = undefined;
      this.state.rayon = undefined;
      this.moved = undefined;
      this.placeInput.value = '';
    }
    this.editing = false;
    this.queryInput.value = this.state.q;
    this.shown = PAGE;
    this.commit('push');
    await this.render(false);
    this.queryInput.focus();
  }

  private async render(typing: boolean) {
    const started = performance.now();
    const limiting = this.mapPanel?.limiting ?? false;
    this.limited = limiting;
    this.updateMap(typing);
    if (isEmptyState(this.state) && !limiting) {
      this.resultsSection.hidden = true;
      this.staticList.hidden = false;
      this.setStatus('', typing);
      return;
    }
    let catalogue: Catalogue;
    try {
      catalogue = await this.prefetch();
    } catch {
      this.setStatus(t.finder.loadFailed, false);
      return;
    }
    // A place read in the search box moves to « Près de » unless the person is typing in the box (URL, other controls).
    if (!typing && document.activeElement !== this.queryInput && this.settle()) this.commit('replace');
    const understood = this.understanding();
    const state = this.effectiveState(understood);
    const now = new Date();
    const hits = this.ordered(catalogue, catalogue.search(state.q, state.pres), state.tri);
    const filter = this.filterMask(catalogue, state, now);
    const mask = limiting ? this.viewMask(catalogue, filter) : filter;
    const shown = this.shownScratch;
    shown.length = 0;
    let total = 0;
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      if (mask && !mask[hit.index]) continue;
      total++;
      if (shown.length < 3 * this.shown) shown.push(hit.index, hit.distance ?? Number.NaN, hit.stop ?? -1);
    }
    this.staticList.hidden = true;
    this.resultsSection.hidden = false;
    this.showCards(catalogue, shown, now);
    const remaining = total - shown.length / 3;
    this.more.hidden = remaining <= 0;
    const moreText = t.finder.more(Math.min(PAGE, remaining), remaining);
    if (this.more.textContent !== moreText) this.more.textContent = moreText;
    if (this.none) {
      this.none.hidden = total !== 0;
      // A lever no venue lists (« Service tout de suite »): where to ask instead, as its page says (LeverFallback.astro).
      for (const note of this.none.querySelectorAll<HTMLElement>('[data-fallback-for]')) {
        note.hidden = !state.leviers.includes(note.dataset.fallbackFor as FilterState['leviers'][number]);
      }
    }
    const count = total === 0 ? this.noResult(state, understood) : limiting ? t.map.foundInView(total) : t.finder.found(total, state.pres?.label);
    // « Compris » is worded when it is shown: while typing, once the person pauses.
    const place = understood && this.shownPlace(understood);
    const when = understood && this.shownWhen(understood);
    // A word that is a typo of a need word (« aprendre ») is said as that need: asked of the search only then.
    const typos = (understood: Understanding) => (understood.parts.some((part) => !part.synonym) ? catalogue.typos(understood.need) : undefined);
    this.setStatus(count, typing, understood && (() => catalogue.describe(understood, this.config.leviers, place, when, typos(understood))));
    // Measured by `npm run bench` (scripts/bench-search-browser.ts): understanding, search + filters + DOM update.
    this.dataset.renderMs = (performance.now() - started).toFixed(2);
    this.dataset.renders = String(Number(this.dataset.renders ?? 0) + 1);
  }

  /**
   * Why nothing is listed: a need understood that no venue offers yet (« repair café »: « Compris » names it), words
   * matching nothing, the one filter, or too many criteria together.
   */
  private noResult(state: FilterState, understood: Understanding | undefined): string {
    if (criteriaCount(state) > 1) return t.finder.noResult;
    if (!state.q.trim()) return t.finder.noneYet;
    const parts = understood?.parts ?? [];
    return parts.length > 0 && parts.every((part) => part.synonym) ? t.finder.noneOffers : t.finder.noMatch(state.q.trim());
  }

  /** The hits in the order asked for (`?tri=`); the last reordering is kept (the search returns the same array for the same query). */
  private ordered(catalogue: Catalogue, hits: SearchHit[], tri: FilterState['tri']): SearchHit[] {
    if (!tri) return hits;
    if (this.lastOrder?.from !== hits) this.lastOrder = { from: hits, to: catalogue.mostRecentlyVerifiedFirst(hits) };
    return this.lastOrder.to;
  }

  private lastOrder?: { from: SearchHit[]; to: SearchHit[] };

  /** Venue index, distance (NaN: none) and nearest stop (-1: the venue's base) of each card shown, in triples; reused by every render. */
  private shownScratch: number[] = [];

  /** The chosen place « Compris » names when the search box names none (with the name it had when it was moved). */
  private shownPlace(understood: Understanding): { label: string; name?: string } | undefined {
    const place = this.state.pres;
    if (understood.place || !place) return undefined;
    return { label: place.label, ...(this.moved?.label === place.label ? { name: this.moved.name } : {}) };
  }

  /** The time « Compris » names when the search box names none: the one moved to « Quand », while « Quand » still says it. */
  private shownWhen(understood: Understanding): UnderstoodWhen | undefined {
    const moved = this.movedWhen;
    if (understood.when || !moved) return undefined;
    const { ouvert, jour, moment } = this.state;
    return moved.ouvert === ouvert && moved.jour === jour && moved.moment === moment ? moved : undefined;
  }

  private renderGeneration = 0;

  /**
   * The result list shows these cards (triples of venue index, distance and stop), in order. Existing nodes are kept: the
   * cards no longer shown are removed, then each card is inserted only where it is not already (typing usually
   * changes a few positions; the same results change nothing in the page).
   */
  private showCards(catalogue: Catalogue, shown: readonly number[], now: Date) {
    const generation = ++this.renderGeneration;
    this.createCards(catalogue, shown);
    const items: HTMLLIElement[] = [];
    for (let i = 0; i < shown.length; i += 3) {
      const index = shown[i]!;
      const distance = shown[i + 1]!;
      const stop = shown[i + 2]!;
      const card = this.cards.get(index)!;
      this.updateCard(catalogue.venues[index]!, card, Number.isNaN(distance) ? undefined : distance, stop >= 0 ? stop : undefined, now);
      card.shown = generation;
      items.push(card.item);
    }
    const list = this.results;
    for (let child = list.firstElementChild; child; ) {
      const next = child.nextElementSibling;
      if (this.cards.get(Number((child as HTMLElement).dataset.venue))?.shown !== generation) child.remove();
      child = next;
    }
    let current = list.firstElementChild;
    for (const item of items) {
      if (current === item) current = current.nextElementSibling;
      else list.insertBefore(item, current);
    }
  }

  /** Result cards are built once per venue and reused: typing only moves existing nodes. */
  private cards = new Map<number, Card>();

  /**
   * Builds the cards not built yet, all at once: the same HTML as the server's lists (src/lib/catalogue/venue-card.ts,
   * parsed once per render, several times faster than creating each node), plus « open now » and « Voir sur la carte ».
   */
  private createCards(catalogue: Catalogue, shown: readonly number[]) {
    const fresh: number[] = [];
    let html = '';
    for (let i = 0; i < shown.length; i += 3) {
      const index = shown[i]!;
      if (this.cards.has(index) || fresh.includes(index)) continue;
      fresh.push(index);
      html += venueCardHtml(venueCardModel(catalogue.venues[index]!, this.config.leviers), 3, index);
    }
    if (fresh.length === 0) return;
    const template = document.createElement('template');
    template.innerHTML = html;
    const items = [...template.content.children] as HTMLLIElement[];
    fresh.forEach((index, position) => {
      const item = items[position]!;
      const where = item.querySelector('p')!;
      const venue = catalogue.venues[index]!;
      const card: Card = { item, where, place: where.textContent ?? '', open: venue.hours || venue.arrets?.some((stop) => stop.hours) ? document.createElement('p') : undefined, shown: 0 };
      if (card.open) where.after(card.open);
      if (this.mapPanel) item.append(this.mapPanel.locateButton(item.querySelector('a')!.textContent ?? ''));
      this.cards.set(index, card);
    });
  }

  /** A card's distance (to its nearest stop, for a bus) and « open now », changed only when they change. */
  private updateCard(venue: VenueSummary, card: Card, distance: number | undefined, stop: number | undefined, now: Date) {
    if (card.distance !== distance || card.stop !== stop) {
      card.where.textContent = `${card.place}${distance !== undefined ? ` — ${formatNearest(venue, distance, stop)}` : ''}`;
      card.distance = distance;
      card.stop = stop;
    }
    this.updateOpen(venue, card, now);
  }

  private maskKey = '';
  private mask?: Uint8Array;

  /**
   * Which venues pass the filters (all but the text), computed once per filter choice, not per keystroke: typing
   * only intersects it with the search hits. Undefined: no filter. Its key holds only what it depends on: the place
   * with a radius only (a place typed in the search box changes as the person types), the minute for « open now » and « open within 7 days »,
   * the quarter of an hour for « open on a day » (every local midnight falls on one), else no time.
   */
  private filterMask(catalogue: Catalogue, state: FilterState, now: Date): Uint8Array | undefined {
    const radius = state.pres !== undefined && state.rayon !== undefined;
    const filtering = !isEmptyState({ ...state, q: '', pres: undefined }) || radius;
    if (!filtering) return undefined;
    const time = state.ouvert === 'maintenant' || state.ouvert === 'semaine' ? Math.floor(now.getTime() / 60_000) : state.ouvert === 'le' ? Math.floor(now.getTime() / 900_000) : 0;
    const key = `${stateKey({ ...state, q: '', ...(radius ? {} : { pres: undefined, rayon: undefined }) })}|${state.ouvert}${time}`;
    if (key !== this.maskKey || !this.mask) {
      const context = { now, territoryIds: this.config.territoires.map((sub) => sub.id) };
      const mask = new Uint8Array(catalogue.venues.length);
      catalogue.venues.forEach((venue, index) => (mask[index] = matchesFilters(venue, state, context) ? 1 : 0));
      this.mask = mask;
      this.maskKey = key;
    }
    return this.mask;
  }

  /** The filter mask further limited to the venues inside the map's view. */
  private viewMask(catalogue: Catalogue, filter: Uint8Array | undefined): Uint8Array {
    const mask = new Uint8Array(catalogue.venues.length);
    catalogue.venues.forEach((venue, index) => {
      if ((!filter || filter[index]) && venue.lat !== undefined && venue.lon !== undefined && this.mapPanel!.inView(venue.lon, venue.lat)) mask[index] = 1;
    });
    return mask;
  }

  private understoodKey = '';

  /**
   * The result count and what the search understood, announced politely in the status region; while typing, only
   * once the person pauses. The « Compris » line under the search box (with its buttons) changes at the same time.
   */
  private setStatus(count: string, typing: boolean, describe?: () => UnderstoodText) {
    window.clearTimeout(this.statusTimer);
    const write = () => {
      const understood = describe?.();
      this.showUnderstood(understood);
      // The sentence is shown under the search box: in the status region, it is for screen readers only.
      const said = understood?.sentence;
      this.status.textContent = count;
      if (said) {
        const hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = ` ${said}.`;
        this.status.append(hidden);
      }
    };
    if (typing) this.statusTimer = window.setTimeout(write, 700);
    else write();
  }

  /** « Compris : … » and one button per part under the search box; rebuilt only when it changes (focus stays on its buttons). */
  private showUnderstood(understood: UnderstoodText | undefined) {
    const key = understood ? `${understood.sentence}|${understood.parts.map((part) => part.undo).join('|')}` : '';
    if (key === this.understoodKey) return;
    this.understoodKey = key;
    const [sentence, buttons] = [this.understoodBox.querySelector('p')!, this.understoodBox.querySelector('ul')!];
    sentence.textContent = understood?.sentence ?? '';
    buttons.replaceChildren(
      ...(understood?.parts ?? []).map((part, index) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.part = String(index);
        button.textContent = part.undo;
        item.append(button);
        return item;
      }),
    );
    this.understoodBox.hidden = !understood?.sentence;
    // The « Près de » field shows the place the search box named, once the person pauses.
    const place = this.currentState().pres;
    if (document.activeElement !== this.placeInput) this.placeInput.value = place?.label ?? '';
  }

  /**
   * « Ouvert maintenant, jusqu'à 12 h » on a result card, refreshed at most once a minute. `now` is the render's
   * (one instant for every card: the local time is computed once per time zone, not per card).
   */
  private updateOpen(venue: VenueSummary, card: { open?: HTMLParagraphElement; openMinute?: number; stop?: number; openStop?: number }, now: Date) {
    // A bus measured to one of its stops: its hours there, when the stop says them (hoursNear).
    const hours = hoursNear(venue, undefined, card.stop);
    if (!card.open || !hours) return;
    const minute = Math.floor(now.getTime() / 60_000);
    if (card.openMinute === minute && card.openStop === card.stop) return;
    card.openMinute = minute;
    card.openStop = card.stop;
    const state = getOpenState(hours, now);
    card.open.textContent = describeOpenState(state, now, hours.tz);
    card.open.className = `card-open ${state.open ? 'is-open' : state.maybe ? 'is-unsure' : 'is-closed'}`;
  }

  // ——— « Près de » combobox ———

  private async suggestPlaces() {
    const text = this.placeInput.value.trim();
    if (text === '') {
      this.closePlaces();
      if (this.state.pres) {
        this.state.pres = undefined;
        this.state.rayon = undefined;
        this.commit('push');
        void this.render(false);
      }
      return;
    }
    const places = (await this.prefetch().catch(() => undefined))?.places;
    if (this.placeInput.value.trim() !== text) return;
    this.placeOptions = places?.search(text) ?? [];
    this.activeOption = -1;
    this.placeList.replaceChildren(
      ...this.placeOptions.map((place, index) => {
        const option = document.createElement('li');
        option.id = `finder-place-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.index = String(index);
        option.textContent = place.label;
        return option;
      }),
    );
    const open = this.placeOptions.length > 0;
    this.placeList.hidden = !open;
    this.placeInput.setAttribute('aria-expanded', String(open));
    this.placeInput.removeAttribute('aria-activedescendant');
  }

  private onPlaceKey(event: KeyboardEvent) {
    const count = this.placeOptions.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0 || this.placeList.hidden) return;
      event.preventDefault();
      this.activeOption = (this.activeOption + (event.key === 'ArrowDown' ? 1 : -1) + count) % count;
      for (const option of this.placeList.children) option.setAttribute('aria-selected', String(option.id === `finder-place-${this.activeOption}`));
      this.placeInput.setAttribute('aria-activedescendant', `finder-place-${this.activeOption}`);
    } else if (event.key === 'Enter') {
      if (!this.placeList.hidden && count > 0) {
        event.preventDefault();
        this.choosePlace(this.activeOption >= 0 ? this.activeOption : 0);
      }
    } else if (event.key === 'Escape') {
      this.closePlaces();
    }
  }

  private choosePlace(index: number) {
    const place = this.placeOptions[index];
    if (!place) return;
    this.placeInput.value = place.label;
    this.closePlaces();
    this.state.pres = { label: place.label, lat: place.lat, lon: place.lon };
    this.state.rayon = this.radiusChoice();
    this.editing = false;
    this.shown = PAGE;
    this.commit('push');
    this.mapToPlace();
    void this.render(false);
  }

  private closePlaces() {
    this.placeList.hidden = true;
    this.placeInput.setAttribute('aria-expanded', 'false');
    this.placeInput.removeAttribute('aria-activedescendant');
  }

  /** Geolocation, only after an explicit click; the position stays in this page's memory (never in the URL). */
  private locate() {
    const status = this.querySelector('[data-role="locate-status"]')!;
    if (!('geolocation' in navigator)) {
      status.textContent = t.finder.noGeolocation;
      return;
    }
    status.textContent = t.finder.locating;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        status.textContent = t.finder.located;
        this.devicePlace = { label: DEVICE_PLACE_LABEL, lat: position.coords.latitude, lon: position.coords.longitude, device: true };
        this.state.pres = this.devicePlace;
        this.editing = false;
        this.placeInput.value = DEVICE_PLACE_LABEL;
        this.shown = PAGE;
        this.commit('push');
        this.mapToPlace();
        void this.render(false);
      },
      () => (status.textContent = t.finder.locateFailed),
      { maximumAge: 300_000, timeout: 15_000 },
    );
  }
}

/** A result card: its list item, the parts a render updates, and the render that last showed it. */
interface Card {
  item: HTMLLIElement;
  where: HTMLParagraphElement;
  place: string;
  distance?: number;
  stop?: number;
  open?: HTMLParagraphElement;
  /** The stop whose hours the open line says (undefined: the venue's). */
  openStop?: number;
  openMinute?: number;
  shown: number;
}

customElements.define('reperes-finder', ReperesFinder);
