/**
 * <reperes-open-now data-hours="{…CompiledHours…}"><p class="open-now" role="status" hidden></p></reperes-open-now>
 *
 * Fills the paragraph with « Ouvert maintenant, jusqu'à 12 h » / « Fermé pour le moment, ouvre demain à 9 h »,
 * in the venue's time zone, un-hides it, and refreshes it at each new minute. Without JavaScript nothing is
 * shown: the static hours table is the baseline. Classes on the paragraph: `is-open`, `is-closed`, and
 * `is-unsure` for an `unknown` interval ("à confirmer"); the text alone carries the meaning.
 */
import { describeOpenState, getOpenState } from '../lib/hours/evaluate.ts';
import type { CompiledHours } from '../lib/hours/compile.ts';

class ReperesOpenNow extends HTMLElement {
  #hours: CompiledHours | undefined;
  #timer: number | undefined;

  connectedCallback(): void {
    try {
      this.#hours = JSON.parse(this.dataset.hours ?? '') as CompiledHours;
    } catch {
      return;
    }
    this.#tick();
  }

  disconnectedCallback(): void {
    window.clearTimeout(this.#timer);
  }

  #tick = (): void => {
    this.#render();
    // Just after the start of the next minute.
    this.#timer = window.setTimeout(this.#tick, 60_000 - (Date.now() % 60_000) + 50);
  };

  #render(): void {
    const paragraph = this.querySelector<HTMLElement>('.open-now');
    const hours = this.#hours;
    if (!paragraph || !hours) return;
    const now = new Date();
    let text: string;
    let state: ReturnType<typeof getOpenState>;
    try {
      state = getOpenState(hours, now);
      text = describeOpenState(state, now, hours.tz);
    } catch {
      paragraph.hidden = true; // e.g. an unknown time zone in an old browser
      return;
    }
    // Only touch the live region when the sentence changes, so it is not announced every minute.
    if (paragraph.textContent !== text) paragraph.textContent = text;
    paragraph.classList.toggle('is-open', state.open);
    paragraph.classList.toggle('is-unsure', state.maybe === true);
    paragraph.classList.toggle('is-closed', !state.open && state.maybe !== true);
    paragraph.hidden = false;
  }
}

if (!customElements.get('reperes-open-now')) customElements.define('reperes-open-now', ReperesOpenNow);

/**
 * <reperes-notices data-tz="Europe/Paris"><div data-debut="2026-12-24" data-fin="2027-01-02">…</div>…</reperes-notices>
 *
 * Shows the notices whose dates include the day the page is read, in the venue's zone, and hides the others
 * (not started yet, or ended); checked again every minute, so a page left open changes at midnight. Without
 * JavaScript every notice stays shown with its dates in words.
 */
class ReperesNotices extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    this.#tick();
  }

  disconnectedCallback(): void {
    window.clearTimeout(this.#timer);
  }

  #tick = (): void => {
    let today: string;
    try {
      const parts: Record<string, string> = {};
      for (const part of new Intl.DateTimeFormat('en-US', { timeZone: this.dataset.tz, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date())) parts[part.type] = part.value;
      today = `${parts.year}-${parts.month}-${parts.day}`;
    } catch {
      return; // an unknown zone: keep every notice shown, as without JavaScript
    }
    for (const notice of this.querySelectorAll<HTMLElement>('[data-debut]')) {
      const { debut = '', fin } = notice.dataset;
      notice.hidden = today < debut || (fin !== undefined && today > fin);
    }
    this.#timer = window.setTimeout(this.#tick, 60_000 - (Date.now() % 60_000) + 50);
  };
}

if (!customElements.get('reperes-notices')) customElements.define('reperes-notices', ReperesNotices);
