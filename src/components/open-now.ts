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
