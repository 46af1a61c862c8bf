/**
 * Browser-safe evaluation of compiled opening hours (see compile.ts): is the venue open now, until when, when
 * does it open next, in plain words (`t.hours`). No other runtime import: shipped on every venue page.
 *
 * Times are wall-clock times of the venue's zone `h.tz`, whatever the visitor's zone. Days are handled as day
 * numbers since 1970-01-01 (UTC arithmetic), so daylight-saving changes never shift a day.
 */
import * as t from '../../i18n/index.ts';
import type { CompiledHours, Interval } from './compile.ts';

/** A local moment of the venue: date YYYY-MM-DD and minute of the day (0..1440; 1440 = midnight at its end). */
export interface LocalMoment {
  date: string;
  minute: number;
  /** On `next`: the opening is an `unknown` interval ("à confirmer"). */
  maybe?: true;
}

export interface OpenState {
  /** Open for sure (not in an `unknown` interval). */
  open: boolean;
  /** Now is in an `unknown` interval: maybe open, conditions in the comments (`open` is then false). */
  maybe?: true;
  /** When open (or maybe): the end of that opening; intervals of the same kind adjacent across midnight are continuous. */
  until?: LocalMoment;
  /** When closed: the next opening (sure or unknown), searched up to SEARCH_DAYS days ahead. */
  next?: LocalMoment;
}

/** How many days ahead the next opening (or the end of the current one) is searched. */
export const SEARCH_DAYS = 14;

const DAY_MS = 86_400_000;
const WEEKDAYS = t.hours.weekdays;
const MONTHS = t.hours.months;

const formats: Record<string, Intl.DateTimeFormat> = {};

/** Local day number and minute of instants, by time zone and time (at most 64 kept). */
const localNows = new Map<string, { day: number; minute: number }>();

/**
 * Day number and minute of `now` in `tz`. Answers are kept: a build asks for the same few moments on every page,
 * and a filter for the same moment many times.
 */
function localNow(now: Date, tz: string): { day: number; minute: number } {
  const key = `${tz} ${now.getTime()}`;
  let value = localNows.get(key);
  if (!value) {
    if (localNows.size >= 64) localNows.clear();
    localNows.set(key, (value = computeLocalNow(now, tz)));
  }
  return value;
}

function computeLocalNow(now: Date, tz: string): { day: number; minute: number } {
  const format = (formats[tz] ??= new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }));
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(now)) p[part.type] = Number(part.value);
  return { day: Date.UTC(p.year!, p.month! - 1, p.day!) / DAY_MS, minute: (p.hour! % 24) * 60 + p.minute! };
}

/** ISO date of a day number; the last one is kept (a filter asks the same day for every venue). */
let lastDay = Number.NaN;
let lastIso = '';
const isoOf = (day: number): string => {
  if (day !== lastDay) {
    lastIso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    lastDay = day;
  }
  return lastIso;
};
const dayOf = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
/** Monday = 0 (day 0, 1970-01-01, was a Thursday). */
const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** Intervals of a local day: the exception if there is one within the horizon, else the usual week. */
function intervalsOn(h: CompiledHours, day: number): Interval[] {
  const iso = isoOf(day);
  const exception = iso >= h.from && iso <= h.until ? h.ex[iso] : undefined;
  return exception ?? h.week[weekdayOf(day)] ?? [];
}

/** Local day number (days since 1970-01-01) and minute of an instant in a time zone: compute once, test many venues. */
export function localMoment(now: Date, tz: string): { day: number; minute: number } {
  return localNow(now, tz);
}

/** Whether the venue is surely open at a local day and minute (see localMoment). */
export function isOpenAtLocal(h: CompiledHours, day: number, minute: number): boolean {
  return intervalsOn(h, day).some((interval) => interval.length === 2 && interval[0] <= minute && minute < interval[1]);
}

/** The next local day (today included) that is `weekday` (0 = Monday). */
export function nextWeekday(day: number, weekday: number): number {
  return day + ((weekday - weekdayOf(day) + 7) % 7);
}

/** Whether the venue is surely open at some moment between `from` and `to` (local minutes) of a local day. */
export function isOpenDuringDay(h: CompiledHours, day: number, from: number, to: number): boolean {
  return intervalsOn(h, day).some((interval) => interval.length === 2 && interval[0] < to && interval[1] > from);
}

/** How many days « ouvert dans les 7 jours » looks ahead (`?ouvert=semaine`, the questionnaire's « cette semaine »). */
export const WEEK_AHEAD_DAYS = 7;

/**
 * Whether the venue is surely open at some moment of the next seven days from a local day and minute (see
 * localMoment): the rest of today, the six following days, and the seventh day until that minute. An opening
 * already over today does not count. Unknown (« à confirmer ») intervals do not count.
 */
export function isOpenWithinWeek(h: CompiledHours, day: number, minute: number): boolean {
  if (isOpenDuringDay(h, day, minute, 1440)) return true;
  for (let offset = 1; offset < WEEK_AHEAD_DAYS; offset++) if (isOpenDuringDay(h, day + offset, 0, 1440)) return true;
  return minute > 0 && isOpenDuringDay(h, day + WEEK_AHEAD_DAYS, 0, minute);
}

/**
 * Whether the venue is surely open at some moment between `from` and `to` (minutes, local time)
 * on the next local occurrence of `weekday` (0 = Monday) from `now` (today included):
 * « ouvert samedi matin ». Unknown (« à confirmer ») intervals do not count.
 */
export function isOpenDuring(h: CompiledHours, now: Date, weekday: number, from: number, to: number): boolean {
  return isOpenDuringDay(h, nextWeekday(localNow(now, h.tz).day, weekday), from, to);
}

/** Whether the venue is open at `now`, until when, or when it opens next. */
export function getOpenState(h: CompiledHours, now: Date): OpenState {
  const { day, minute } = localNow(now, h.tz);
  const current = intervalsOn(h, day).find(([start, end]) => start <= minute && minute < end);
  if (current) {
    const maybe = current.length === 3;
    const state: OpenState = maybe ? { open: false, maybe } : { open: true };
    let endDay = day;
    let end = current[1];
    for (let i = 0; end === 1440; i++) {
      if (i >= SEARCH_DAYS) return state;
      const following = intervalsOn(h, endDay + 1)[0];
      if (!following || following[0] !== 0 || (following.length === 3) !== maybe) break;
      endDay += 1;
      end = following[1];
    }
    return { ...state, until: { date: isoOf(endDay), minute: end } };
  }
  for (let i = 0; i <= SEARCH_DAYS; i++) {
    const next = intervalsOn(h, day + i).find(([start]) => i > 0 || start > minute);
    if (next) {
      const moment: LocalMoment = { date: isoOf(day + i), minute: next[0] };
      if (next.length === 3) moment.maybe = true;
      return { open: false, next: moment };
    }
  }
  return { open: false };
}

/** `9 h`, `14 h 30`, `0 h`; 1440 (end of day) is `minuit`. */
export function formatMinutes(m: number): string {
  if (m === 1440) return t.hours.midnight;
  const minutes = m % 60;
  return t.hours.time((m - minutes) / 60, minutes);
}

/** `lundi 4 janvier`, `vendredi 1er janvier 2027`. */
function longDate(day: number, withYear: boolean): string {
  const date = new Date(day * DAY_MS);
  return t.hours.date(WEEKDAYS[weekdayOf(day)]!, date.getUTCDate(), MONTHS[date.getUTCMonth()]!, withYear ? date.getUTCFullYear() : undefined);
}

/**
 * One sentence: « Ouvert maintenant, jusqu'à 12 h », « Fermé pour le moment, ouvre demain à 9 h »,
 * « … ouvre jeudi à 14 h 30 », « … ouvre le lundi 4 janvier à 9 h » (7 days or more ahead). Unknown intervals:
 * « Peut-être ouvert maintenant (à confirmer), jusqu'à 12 h », « … ouvre demain à 9 h (à confirmer) ».
 */
export function describeOpenState(state: OpenState, now: Date, tz: string): string {
  const today = localNow(now, tz).day;
  if (state.open || state.maybe) {
    const opening = state.open ? t.hours.openNow : t.hours.maybeOpenNow;
    if (!state.until) return opening;
    const { date, minute } = state.until;
    const ahead = dayOf(date) - today;
    const time = formatMinutes(minute);
    const when =
      ahead <= 0 ? t.hours.untilToday(time)
      : ahead === 1 ? t.hours.untilTomorrow(time)
      : ahead < 7 ? t.hours.untilWeekday(WEEKDAYS[weekdayOf(dayOf(date))]!, time)
      : t.hours.untilDate(longDate(dayOf(date), false), time);
    return t.hours.openUntil(opening, when);
  }
  if (!state.next) return t.hours.closedForDays(SEARCH_DAYS);
  const { date, minute } = state.next;
  const ahead = dayOf(date) - today;
  const time = formatMinutes(minute);
  const when =
    ahead <= 0 ? t.hours.opensToday(time)
    : ahead === 1 ? t.hours.opensTomorrow(time)
    : ahead < 7 ? t.hours.opensWeekday(WEEKDAYS[weekdayOf(dayOf(date))]!, time)
    : t.hours.opensDate(longDate(dayOf(date), false), time);
  return t.hours.closedNow(when, state.next.maybe === true);
}

/** `9 h à 12 h, puis 14 h à 17 h`, `Fermé`, `24 h sur 24`, `9 h à 12 h (à confirmer)`. */
export function describeIntervals(intervals: Interval[]): string {
  if (intervals.length === 0) return t.hours.closed;
  const parts = intervals.map((i) => {
    const hours = i[0] === 0 && i[1] === 1440 ? t.hours.allDay : t.hours.interval(formatMinutes(i[0]), formatMinutes(i[1]));
    return i.length === 3 ? t.hours.unsure(hours) : hours;
  });
  const last = parts.pop()!;
  return parts.length === 0 ? last : t.hours.intervals(parts, last);
}

/** The usual week, Monday first: `{ day: 'Lundi', text: '9 h à 12 h, puis 14 h à 17 h' }`. */
export function describeWeek(h: CompiledHours): Array<{ day: string; text: string }> {
  return WEEKDAYS.map((name, index) => ({
    day: name.charAt(0).toUpperCase() + name.slice(1),
    text: describeIntervals(h.week[index] ?? []),
  }));
}

/**
 * The days a value opens in a usual week, on one line, for an itinerant venue's stop: `mardi 9 h à 12 h ; jeudi 14 h
 * à 17 h`, then its comments. Undefined when no day of the usual week opens (the page then shows the value itself).
 */
export function describeOpenDays(h: CompiledHours): string | undefined {
  const days = WEEKDAYS.flatMap((day, index) => {
    const intervals = h.week[index] ?? [];
    return intervals.length > 0 ? [{ day, text: describeIntervals(intervals) }] : [];
  });
  if (days.length === 0) return undefined;
  const comments = h.comments ?? [];
  return t.hoursTable.openDays(days, comments.length > 0 ? t.hoursTable.comments(comments) : undefined);
}

export interface UpcomingException {
  /** First date, YYYY-MM-DD. */
  date: string;
  /** Last date when consecutive exceptional days are grouped (`Jul-Aug off`), YYYY-MM-DD. */
  until?: string;
  /** `jeudi 25 décembre 2026`, or `du jeudi 1er juillet au mardi 31 août 2027`. */
  label: string;
  /** `Fermé` or the hours of the day. */
  text: string;
}

/**
 * Exceptional days from the local date of `today` on, at most `limit` entries. Exceptions with the same text
 * are grouped when every day between them has that text too (a summer closure is one entry, not 44).
 */
export function upcomingExceptions(h: CompiledHours, today: Date, limit = 5): UpcomingException[] {
  const start = isoOf(localNow(today, h.tz).day);
  const dates = Object.keys(h.ex).filter((date) => date >= start).sort();
  const runs: Array<{ first: number; last: number; text: string }> = [];
  for (const date of dates) {
    const day = dayOf(date);
    const text = describeIntervals(h.ex[date]!);
    const run = runs[runs.length - 1];
    let joins = run !== undefined && run.text === text;
    for (let between = (run?.last ?? day) + 1; joins && between < day; between++) {
      joins = describeIntervals(intervalsOn(h, between)) === text;
    }
    if (run && joins) run.last = day;
    else if (runs.length < limit) runs.push({ first: day, last: day, text });
    else break;
  }
  return runs.map(({ first, last, text }) => {
    if (first === last) return { date: isoOf(first), label: longDate(first, true), text };
    const sameYear = isoOf(first).slice(0, 4) === isoOf(last).slice(0, 4);
    return {
      date: isoOf(first),
      until: isoOf(last),
      label: t.hours.period(longDate(first, !sameYear), longDate(last, true)),
      text,
    };
  });
}
