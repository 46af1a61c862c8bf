/**
 * Dated notices (`annonces`) inside the compiled hours: between its first and last day (both included), a
 * `fermeture` notice closes the venue all day, and a `horaires` notice with an `horaires` value replaces the
 * usual hours by its own. They become exceptions (`ex`) of the CompiledHours, so « ouvert maintenant » and
 * « ouvert le … » apply them on the day the page is read. Days outside the horizon of `ex` are left out (past
 * `until`, the usual week applies again). Information notices, and `horaires` notices without hours, change nothing.
 * Build time only (the compiled result is what the browser gets).
 */
import type { CompiledHours, Interval } from './compile.ts';

/** What a notice needs to say here (a subset of AnnonceSchema's output). */
export interface HoursNotice {
  type: string;
  titre?: string;
  debut: string;
  fin?: string;
  horaires?: string;
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Monday = 0. */
const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

/**
 * The hours with the notices applied (a new object; `hours` is not changed). Later notices in the list win
 * over earlier ones on the same day. `compileNoticeHours` compiles a notice's `horaires` over the same horizon
 * as `hours` (same country, zone and first day).
 */
export function applyNotices(hours: CompiledHours, notices: readonly HoursNotice[], compileNoticeHours: (value: string) => CompiledHours): CompiledHours {
  const relevant = notices.filter((notice) => notice.type === 'fermeture' || (notice.type === 'horaires' && notice.horaires));
  if (relevant.length === 0) return hours;
  const ex: Record<string, Interval[]> = { ...hours.ex };
  for (const notice of relevant) {
    const first = notice.debut > hours.from ? notice.debut : hours.from;
    const last = notice.fin && notice.fin < hours.until ? notice.fin : hours.until;
    if (first > last) continue;
    const own = notice.type === 'horaires' ? compileNoticeHours(notice.horaires!) : undefined;
    for (let day = dayOf(first); day <= dayOf(last); day++) {
      const iso = isoOf(day);
      ex[iso] = own ? (own.ex[iso] ?? own.week[weekdayOf(day)] ?? []) : [];
    }
  }
  const sorted: Record<string, Interval[]> = {};
  for (const date of Object.keys(ex).sort()) sorted[date] = ex[date]!;
  return { ...hours, ex: sorted };
}
