/**
 * Fixed moments for the browser tests: pages run with `page.clock.setFixedTime(moment)`, and the test
 * computes what it expects from the same moment, never from the time of day the suite happens to run.
 */
import { localMoment } from '../../src/lib/hours/evaluate.ts';

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a date YYYY-MM-DD. */
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The instant when the wall clock of `timeZone` reads `minute` (minutes after midnight) on `date` (YYYY-MM-DD). */
export function wallClock(date: string, minute: number, timeZone = 'Europe/Paris'): Date {
  const naive = dayOf(date) * DAY_MS + minute * 60_000;
  for (let offset = -14 * 60; offset <= 14 * 60; offset += 15) {
    const instant = new Date(naive - offset * 60_000);
    const local = localMoment(instant, timeZone);
    if (local.day === dayOf(date) && local.minute === minute) return instant;
  }
  throw new Error(`${date} à ${minute} min n'existe pas dans le fuseau ${timeZone} (changement d'heure).`);
}

/** The dates of the next `count` occurrences of `weekday` (0 = Monday) strictly after `date` (YYYY-MM-DD). */
export function nextWeekdays(date: string, weekday: number, count: number): string[] {
  const start = dayOf(date) + 1;
  const first = start + ((weekday - ((start + 3) % 7) + 7) % 7); // day 0 (1970-01-01) was a Thursday
  return Array.from({ length: count }, (_, index) => new Date((first + 7 * index) * DAY_MS).toISOString().slice(0, 10));
}
