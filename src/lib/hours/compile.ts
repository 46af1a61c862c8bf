/**
 * Build-time compilation of OpenStreetMap `opening_hours` values (Node only).
 *
 * The `opening_hours` package is large (155 KB gzip) and slow: ~0.4–1 ms to construct (its multilingual
 * error-correction tokenizer), 1–5 ms to evaluate 400 days, ~20 ms when the value mentions PH (it recomputes
 * the holidays at each step). Measured on the build machine: fast path ~0.1 ms per value (~0.16 ms with PH),
 * library path 3–20 ms (cached per value and horizon). So:
 *
 * - **Fast path** (no `opening_hours` call per venue): values made only of month ranges (`Jul-Aug`), weekdays
 *   (`Mo-Fr`, `Tu,Th`, `Sa-Mo`), `PH` (alone, in a weekday list or as `PH Mo-Fr`), times (`09:00-12:00`,
 *   `22:00-02:00`, `24/7`), `open`/`off`/`closed`/`unknown`, comments and `,` additional rules, written in the
 *   canonical selector order, are parsed here and evaluated with a re-implementation of the package's
 *   evaluation rules (`getStatePair`: rule overriding, `off` rules that do not override, additional rules,
 *   times wrapping midnight). A day's hours then depend only on (weekday, month, is-PH) of the day and of the
 *   day before, so each distinct combination is computed once. Public holidays come from `opening_hours`
 *   itself (a `PH` object), computed once per country and year and cached. The unit tests compare this path
 *   with the package on a corpus of values.
 * - **Library path**: anything else (monthdays, weeks, years, easter, `||`, open ends, sunrise…) is evaluated
 *   by `opening_hours` over the whole horizon.
 *
 * Time zones: hours are wall-clock times of the venue's zone; the compiled data is zone-free (dates and minutes),
 * `tz` only tells the browser evaluator how to read "now". The fast path uses pure calendar arithmetic.
 * `opening_hours` reads and builds Dates with the *process* local time; in a zone with daylight saving time it
 * skips or doubles wall-clock hours and shifts "previous day" by 24 h of milliseconds. So every call into the
 * package is made with `process.env.TZ = 'UTC'` (set and restored synchronously around the call; Node applies
 * TZ changes immediately), where every day is 24 h long and local fields are exact wall-clock values. If the
 * switch has no effect (e.g. inside a worker thread) while the process zone has DST, a warning is printed once.
 *
 * Choices (see also `CompiledHours`):
 * - `unknown` periods (`Sa unknown`, and, per the specification, any rule with a comment but no state:
 *   `Mo-Fr 09:00-12:00 "sur rendez-vous"` is unknown, `… open "sur rendez-vous"` is open) are kept as intervals
 *   with a third element `1`. Comments are kept in `comments` (not attached to intervals).
 * - Sunrise/sunset use the package's constant defaults (06:00/18:00…): no venue coordinates are passed.
 * - Public holidays are the national ones (`state: ''`): no Alsace-Moselle or regional days.
 * - School holidays (`SH`) are refused by `checkOpeningHours`: the package has no French/Belgian dates without a
 *   region.
 */
import OpeningHours, { type opening_hours_warning, type optional_conf } from 'opening_hours';
import * as t from '../../i18n/index.ts';

export type Country = 'FR' | 'BE';

/**
 * An interval of one local day, in minutes since local midnight: 0 ≤ start < end ≤ 1440. A third element `1`
 * marks an `unknown` interval ("maybe open", conditions in the comments: `Mo 09:00-12:00 "sur rendez-vous"`).
 */
export type Interval = [number, number] | [number, number, 1];

/** Opening hours compiled for the browser; embedded as JSON in each venue page, hence the short names. */
export interface CompiledHours {
  /** IANA zone of the venue: the browser computes "now" in this zone. */
  tz: string;
  /** 7 entries, Monday..Sunday: the most frequent interval list of that weekday over the horizon. */
  week: Array<Array<Interval>>;
  /** Local dates YYYY-MM-DD of the horizon whose intervals differ from `week` (holidays, seasonal closures…). */
  ex: Record<string, Array<Interval>>;
  /** First date of the horizon of `ex`, YYYY-MM-DD (local). */
  from: string;
  /** Last date of the horizon of `ex` (inclusive), YYYY-MM-DD (local). Past it, `week` alone applies. */
  until: string;
  /** Distinct comments of the value (`"sur rendez-vous"`), in order of appearance. */
  comments?: string[];
}

export interface CompileOptions {
  country: Country;
  /** IANA zone; default Europe/Paris (FR) or Europe/Brussels (BE). */
  timeZone?: string;
  /** Start of the horizon: its local date in `timeZone` is the first day. */
  from: Date;
  /** Number of days of the horizon (default 400, at least 7). */
  horizonDays?: number;
}

const DEFAULT_ZONES: Record<Country, string> = { FR: 'Europe/Paris', BE: 'Europe/Brussels' };
const DAY_MS = 86_400_000;
const MINUTES_IN_DAY = 1440;

// ---------------------------------------------------------------------------------------------------------
// Calling opening_hours

/** Messages in the interface's language (t.hoursChecks.packageLocale); `tag_key` sets the time-range mode and the OSM-specific checks. */
const PACKAGE_CONF: optional_conf = {
  mode: undefined,
  tag_key: 'opening_hours',
  map_value: undefined,
  warnings_severity: undefined,
  locale: t.hoursChecks.packageLocale,
};

function nominatim(country: Country) {
  // lat/lon as numbers are ignored by the package (it wants Nominatim strings): constant sun times.
  return { lat: 0, lon: 0, address: { country_code: country.toLowerCase(), state: '' } };
}

let warnedZone = false;

function isUtcLike(): boolean {
  return new Date(2021, 0, 1).getTimezoneOffset() === 0 && new Date(2021, 6, 1).getTimezoneOffset() === 0;
}

/** Runs `fn` with the process zone set to UTC (synchronously restored). */
function withUtc<T>(fn: () => T): T {
  // In a browser (the submission form checks hours typed as text) there is no process zone to switch; whether a
  // value is valid does not depend on the zone.
  if (isUtcLike() || typeof process === 'undefined') return fn();
  const saved = process.env.TZ;
  process.env.TZ = 'UTC';
  try {
    if (!isUtcLike() && !warnedZone) {
      warnedZone = true;
      console.warn(
        `[hours] could not switch the process time zone to UTC (TZ=${saved ?? ''}); opening_hours results may be ` +
          'off by one hour around daylight-saving changes. Run the build with TZ=UTC.',
      );
    }
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Calendar helpers (days are numbered since 1970-01-01, UTC arithmetic only)

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Local date (in `timeZone`) of an instant, as a day number. */
function localDayNumber(instant: Date, timeZone: string): number {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dateFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = Number(part.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!) / DAY_MS;
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of the local (process zone) calendar date of a Date produced by opening_hours. */
function processLocalDay(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS;
}

// Public holidays, from opening_hours, cached per country and year.
const holidayCache = new Map<string, Set<number>>();

function holidaysOfYear(country: Country, year: number): Set<number> {
  const key = `${country}:${year}`;
  let days = holidayCache.get(key);
  if (days) return days;
  days = new Set();
  const found = days;
  withUtc(() => {
    const ph = new OpeningHours('PH', nominatim(country));
    for (const [start, end] of ph.getOpenIntervals(new Date(year, 0, 1), new Date(year + 1, 0, 1))) {
      const last = processLocalDay(new Date(end.getTime() - 1));
      for (let day = processLocalDay(start); day <= last; day++) found.add(day);
    }
  });
  holidayCache.set(key, days);
  return days;
}

/** Public holidays of `country` from day `first` to day `last` (inclusive). */
function holidaysBetween(country: Country, first: number, last: number): Set<number> {
  const result = new Set<number>();
  const firstYear = new Date(first * DAY_MS).getUTCFullYear();
  const lastYear = new Date(last * DAY_MS).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year++) {
    for (const day of holidaysOfYear(country, year)) if (day >= first && day <= last) result.add(day);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Fast path: parser of the simple subset

type Token =
  | { k: 'wd'; v: number } // 0 = Su … 6 = Sa, as opening_hours
  | { k: 'mon'; v: number } // 0 = Jan
  | { k: 'ph' }
  | { k: 'state'; v: 'open' | 'closed' | 'unknown' }
  | { k: 'time'; v: number } // minutes, hours up to 48
  | { k: '24/7' }
  | { k: 'comment'; v: string }
  | { k: '-' | ',' | ';' };

const WORDS: Record<string, Token> = {
  su: { k: 'wd', v: 0 }, mo: { k: 'wd', v: 1 }, tu: { k: 'wd', v: 2 }, we: { k: 'wd', v: 3 },
  th: { k: 'wd', v: 4 }, fr: { k: 'wd', v: 5 }, sa: { k: 'wd', v: 6 },
  jan: { k: 'mon', v: 0 }, feb: { k: 'mon', v: 1 }, mar: { k: 'mon', v: 2 }, apr: { k: 'mon', v: 3 },
  may: { k: 'mon', v: 4 }, jun: { k: 'mon', v: 5 }, jul: { k: 'mon', v: 6 }, aug: { k: 'mon', v: 7 },
  sep: { k: 'mon', v: 8 }, oct: { k: 'mon', v: 9 }, nov: { k: 'mon', v: 10 }, dec: { k: 'mon', v: 11 },
  ph: { k: 'ph' },
  open: { k: 'state', v: 'open' }, closed: { k: 'state', v: 'closed' }, off: { k: 'state', v: 'closed' },
  unknown: { k: 'state', v: 'unknown' },
};

function tokenize(value: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < value.length) {
    const rest = value.slice(i);
    let m: RegExpMatchArray | null;
    if ((m = rest.match(/^\s+/))) {
      i += m[0].length;
    } else if ((m = rest.match(/^[A-Za-z]+/))) {
      const token = WORDS[m[0].toLowerCase()];
      if (!token) return null;
      tokens.push(token);
      i += m[0].length;
    } else if ((m = rest.match(/^24\/7/))) {
      tokens.push({ k: '24/7' });
      i += 4;
    } else if ((m = rest.match(/^(\d{1,2}):(\d{2})(?![\d:.])/))) {
      const minutes = Number(m[2]);
      if (minutes > 59) return null;
      tokens.push({ k: 'time', v: Number(m[1]) * 60 + minutes });
      i += m[0].length;
    } else if ((m = rest.match(/^"([^"]*)"/))) {
      tokens.push({ k: 'comment', v: m[1]! });
      i += m[0].length;
    } else if (rest[0] === '-' || rest[0] === ',' || rest[0] === ';') {
      tokens.push({ k: rest[0] });
      i += 1;
    } else {
      return null;
    }
  }
  return tokens;
}

/** A weekday or month range as opening_hours stores it (after its reversal of wrapping ranges). */
interface Range {
  from: number;
  to: number;
  inside: boolean;
}

type DaySelector = Range | 'PH';

/** One internal rule, as in opening_hours (a time range wrapping midnight adds a `wrapped` rule after it). */
interface FastRule {
  months: Range[] | null;
  holiday: boolean;
  days: DaySelector[] | null;
  /** Painted ranges [from, to) in minutes of the day; empty = the whole day. */
  times: Interval[];
  meaning: boolean;
  unknown: boolean;
  additional: boolean;
  wrapped: boolean;
  /** Number of date selector types (months, holiday, weekdays). */
  dateCount: number;
}

function range(from: number, to: number): Range {
  if (to < from) return { from: to + 1, to: from - 1, inside: false };
  return { from, to, inside: true };
}

function inRange(r: Range, value: number): boolean {
  if (r.to < r.from) return !r.inside; // full range
  return value < r.from || value > r.to ? !r.inside : r.inside;
}

/**
 * Parses the simple subset; returns null for anything else (which may still be valid for opening_hours).
 * The grammar is stricter than the package: canonical selector order (months, PH, weekdays, times, state,
 * comment), one selector of each type per rule, so an accepted value never triggers a warning that
 * `checkOpeningHours` refuses.
 */
function parseSimple(value: string): FastRule[] | null {
  const tokens = tokenize(value);
  if (!tokens || tokens.length === 0) return null;
  const rules: FastRule[] = [];
  let at = 0;
  const peek = (offset = 0) => tokens[at + offset];
  const is = (kind: Token['k'], offset = 0) => peek(offset)?.k === kind;

  let ruleIndex = 0; // index of the `;`-separated rule
  while (is(';')) at += 1;
  if (at === tokens.length) return null;
  for (;;) {
    let additional = false;
    // One `;` rule: parts separated by `,` additional rules.
    for (;;) {
      const rule: FastRule = {
        months: null, holiday: false, days: null, times: [], meaning: true, unknown: false,
        additional, wrapped: false, dateCount: 0,
      };
      const wraps: Interval[] = [];
      let hasTime = false;
      let hasState = false;
      let hasComment = false;
      const start = at;

      // Months: `Jul-Aug`, `Dec-Feb`, `Jan,Mar`. A rule starting with a single month followed by a time or a
      // weekday is parsed by opening_hours as a monthday: not simple.
      if (is('mon')) {
        rule.months = [];
        for (let item = 0; ; item++) {
          const first = (peek() as { v: number }).v;
          if (is('-', 1) && is('mon', 2)) {
            rule.months.push(range(first, (peek(2) as { v: number }).v));
            at += 3;
          } else {
            if (is('-', 1) || (item === 0 && (is('time', 1) || is('wd', 1)))) return null;
            rule.months.push(range(first, first));
            at += 1;
          }
          if (is(',') && is('mon', 1)) at += 1;
          else break;
        }
        if (is(',')) return null;
      }

      // Holidays: `PH` alone (its own selector type) unless followed by a comma (then in the weekday list).
      if (is('ph') && !is(',', 1)) {
        if (is('-', 1)) return null; // PH -1 day
        rule.holiday = true;
        at += 1;
      }

      // Weekday list: `Mo-Fr,PH`, `Tu,Th`, `Sa-Mo` (only weekdays after a `PH` selector: `PH Mo-Fr`).
      if (is('wd') || (is('ph') && !rule.holiday)) {
        rule.days = [];
        for (;;) {
          if (is('ph') && !rule.holiday) {
            if (is('-', 1)) return null;
            rule.days.push('PH');
            at += 1;
          } else if (is('wd')) {
            const first = (peek() as { v: number }).v;
            if (is('-', 1)) {
              if (!is('wd', 2)) return null;
              rule.days.push(range(first, (peek(2) as { v: number }).v));
              at += 3;
            } else {
              rule.days.push(range(first, first));
              at += 1;
            }
          } else {
            return null;
          }
          if (is(',') && (is('wd', 1) || is('ph', 1))) at += 1;
          else break;
        }
      }

      // Times: `09:00-12:00,14:00-17:00`, `22:00-02:00`, `24/7`.
      let hasRanges = false;
      if (is('24/7')) {
        rule.times.push([0, MINUTES_IN_DAY]);
        hasTime = true;
        at += 1;
      } else if (is('time')) {
        hasRanges = true;
        for (;;) {
          if (!(is('time') && is('-', 1) && is('time', 2))) return null;
          const from = (peek() as { v: number }).v;
          let to = (peek(2) as { v: number }).v;
          if (from >= MINUTES_IN_DAY) return null;
          if (to <= from) to += MINUTES_IN_DAY;
          if (to > 2 * MINUTES_IN_DAY) return null;
          if (to > MINUTES_IN_DAY) {
            rule.times.push([from, MINUTES_IN_DAY]);
            wraps.push([0, to - MINUTES_IN_DAY]);
          } else {
            rule.times.push([from, to]);
          }
          hasTime = true;
          at += 3;
          if (is(',') && is('time', 1)) at += 1;
          else break;
        }
      }

      if (is('state')) {
        const state = (peek() as { v: string }).v;
        rule.meaning = state === 'open';
        rule.unknown = state === 'unknown';
        hasState = true;
        at += 1;
      }
      if (is('comment')) {
        if (!hasState) {
          rule.meaning = false;
          rule.unknown = true;
        }
        hasComment = true;
        at += 1;
      }

      if (at === start) return null; // empty rule or unexpected token
      // A rule made only of a state, after another rule, overrides everything before it (warning default_state).
      const onlyState = hasState && !hasComment && !hasTime && !rule.months && !rule.holiday && !rule.days;
      if (onlyState && (ruleIndex > 0 || additional)) return null;

      rule.dateCount = (rule.months ? 1 : 0) + (rule.holiday ? 1 : 0) + (rule.days ? 1 : 0);
      rules.push(rule);
      if (wraps.length > 0) {
        rules.push({ ...rule, times: wraps, wrapped: true, additional: false });
      }

      // `,` then a selector: additional rule (only after time ranges, a state or a comment, as the package).
      const ends = hasState || hasComment ? 'modifier' : hasRanges ? 'ranges' : 'other';
      if (is(',') && ends !== 'other' && (is('mon', 1) || is('ph', 1) || is('wd', 1))) {
        at += 1;
        additional = true;
        continue;
      }
      break;
    }
    if (at === tokens.length) break;
    if (!is(';')) return null;
    // Empty rules (`a;; b`, a trailing `;`) are skipped, as by the package (warning nothing_useful, accepted).
    while (is(';')) at += 1;
    if (at === tokens.length) break;
    ruleIndex += 1;
  }
  return rules;
}

interface DayAttributes {
  weekday: number; // 0 = Sunday
  month: number;
  holiday: boolean;
}

function dateMatches(rule: FastRule, day: DayAttributes): boolean {
  if (rule.months && !rule.months.some((r) => inRange(r, day.month))) return false;
  if (rule.holiday && !day.holiday) return false;
  if (rule.days && !rule.days.some((d) => (d === 'PH' ? day.holiday : inRange(d, day.weekday)))) return false;
  return true;
}

/** Open and unknown intervals of a day (mirror of opening_hours getStatePair). */
function evaluateDay(rules: FastRule[], day: DayAttributes, previous: DayAttributes): Interval[] {
  let matching: number[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (!dateMatches(rule, rule.wrapped ? previous : day)) continue;
    const overrides =
      (rule.dateCount > 0 || (i > 0 && rule.meaning && rules[i - 1]!.dateCount === 0)) &&
      (rule.meaning || rule.unknown) &&
      !rule.wrapped &&
      !rule.additional;
    if (overrides) matching = [];
    matching.push(i);
  }
  // Paint in order: the last rule covering a minute gives its state (0 closed, 1 open, 2 unknown).
  const paints: Array<[number, number, number]> = [];
  for (const index of matching) {
    const rule = rules[index]!;
    const state = rule.meaning ? 1 : rule.unknown ? 2 : 0;
    if (rule.times.length === 0) paints.push([0, MINUTES_IN_DAY, state]);
    else for (const [from, to] of rule.times) paints.push([from, to, state]);
  }
  const cuts = [...new Set([0, MINUTES_IN_DAY, ...paints.flatMap(([from, to]) => [from, to])])].sort((a, b) => a - b);
  const intervals: Interval[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c]!;
    const to = cuts[c + 1]!;
    let state = 0;
    for (let p = paints.length - 1; p >= 0; p--) {
      const paint = paints[p]!;
      if (paint[0] <= from && to <= paint[1]) {
        state = paint[2];
        break;
      }
    }
    if (state !== 0) append(intervals, from, to, state === 2);
  }
  return intervals;
}

/** Appends [from, to) to a day's sorted intervals, merging it with the last one when adjacent and of the same kind. */
function append(intervals: Interval[], from: number, to: number, unknown: boolean): void {
  const last = intervals[intervals.length - 1];
  if (last && last[1] === from && (last.length === 3) === unknown) last[1] = to;
  else intervals.push(unknown ? [from, to, 1] : [from, to]);
}

/** Intervals of each day of the horizon, by the fast path. */
function compileFast(rules: FastRule[], firstDay: number, days: number, country: Country): Interval[][] {
  const usesHoliday = rules.some((r) => r.holiday || r.days?.includes('PH'));
  const usesMonth = rules.some((r) => r.months);
  const holidays = usesHoliday ? holidaysBetween(country, firstDay - 1, firstDay + days - 1) : new Set<number>();
  const attributes = (day: number): DayAttributes => ({
    weekday: (day + 4) % 7, // day 0, 1970-01-01, was a Thursday
    month: usesMonth ? new Date(day * DAY_MS).getUTCMonth() : 0,
    holiday: usesHoliday && holidays.has(day),
  });
  const memo = new Map<number, Interval[]>();
  const perDay: Interval[][] = [];
  let previous = attributes(firstDay - 1);
  for (let i = 0; i < days; i++) {
    const current = attributes(firstDay + i);
    const key =
      current.weekday + 8 * current.month + 128 * Number(current.holiday) + 256 * previous.month + 4096 * Number(previous.holiday);
    let result = memo.get(key);
    if (!result) {
      result = evaluateDay(rules, current, previous);
      memo.set(key, result);
    }
    perDay.push(result);
    previous = current;
  }
  return perDay;
}

// ---------------------------------------------------------------------------------------------------------
// Library path

/** Results of the library path, which is slow (1–20 ms): values are often shared by several venues. */
const packageCache = new Map<string, Interval[][]>();

/** Intervals of each day of the horizon, by opening_hours. */
function compileWithPackage(oh: OpeningHours, firstDay: number, days: number): Interval[][] {
  return withUtc(() => {
    const perDay: Interval[][] = Array.from({ length: days }, () => []);
    const first = new Date(firstDay * DAY_MS);
    const start = new Date(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
    const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + days);
    for (const [from, to, unknown] of oh.getOpenIntervals(start, end)) {
      const fromDay = processLocalDay(from) - firstDay;
      const toDay = processLocalDay(to) - firstDay;
      const fromMinute = from.getHours() * 60 + from.getMinutes();
      const toMinute = to.getHours() * 60 + to.getMinutes();
      for (let d = Math.max(fromDay, 0); d <= Math.min(toDay, days - 1); d++) {
        const a = d === fromDay ? fromMinute : 0;
        const b = d === toDay ? toMinute : MINUTES_IN_DAY;
        if (b > a) append(perDay[d]!, a, b, unknown);
      }
    }
    return perDay;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Summary: usual week + exceptions

const copy = (intervals: Interval[]): Interval[] => intervals.map((i) => [...i] as Interval);

function summarize(perDay: Interval[][], firstDay: number, tz: string, comments: string[]): CompiledHours {
  // Keys of the interval lists (the fast path shares one array between days with the same hours).
  const keyOf = new Map<Interval[], string>();
  const keys = perDay.map((intervals) => {
    let key = keyOf.get(intervals);
    if (key === undefined) {
      key = intervals.map((i) => `${i[0]}-${i[1]}${i.length === 3 ? '?' : ''}`).join(',');
      keyOf.set(intervals, key);
    }
    return key;
  });
  // Monday = 0: day number 0 (1970-01-01) was a Thursday (3).
  const counts = Array.from({ length: 7 }, () => new Map<string, { count: number; index: number }>());
  for (let i = 0; i < perDay.length; i++) {
    const byKey = counts[(firstDay + i + 3) % 7]!;
    const entry = byKey.get(keys[i]!);
    if (entry) entry.count += 1;
    else byKey.set(keys[i]!, { count: 1, index: i });
  }
  const week: Interval[][] = [];
  const weekKeys: string[] = [];
  for (const byKey of counts) {
    let best: { count: number; index: number } | undefined;
    let bestKey = '';
    for (const [key, entry] of byKey) {
      if (!best || entry.count > best.count) {
        best = entry;
        bestKey = key;
      }
    }
    week.push(best ? copy(perDay[best.index]!) : []);
    weekKeys.push(bestKey);
  }
  const ex: Record<string, Interval[]> = {};
  for (let i = 0; i < perDay.length; i++) {
    if (keys[i] !== weekKeys[(firstDay + i + 3) % 7]) ex[isoDate(firstDay + i)] = copy(perDay[i]!);
  }
  const compiled: CompiledHours = { tz, week, ex, from: isoDate(firstDay), until: isoDate(firstDay + perDay.length - 1) };
  if (comments.length > 0) compiled.comments = comments;
  return compiled;
}

function extractComments(value: string): string[] {
  const comments: string[] = [];
  for (const match of value.matchAll(/"([^"]*)"/g)) {
    const text = match[1]!.trim();
    if (text && !comments.includes(text)) comments.push(text);
  }
  return comments;
}

// ---------------------------------------------------------------------------------------------------------
// Public API

/** Whether a value is handled by the fast path (no opening_hours call). */
export function isSimpleOpeningHours(value: string): boolean {
  return parseSimple(value.trim()) !== null;
}

/**
 * Compiles a valid opening_hours value into the usual week and its exceptions over the horizon.
 * Throws an Error with an interface message (t.hoursChecks) when the value is not valid (see `checkOpeningHours`).
 * `engine: 'opening_hours'` forces the library path (tests, debugging).
 */
export function compileOpeningHours(
  value: string,
  options: CompileOptions & { engine?: 'auto' | 'opening_hours' },
): CompiledHours {
  const trimmed = value.trim();
  const tz = options.timeZone ?? DEFAULT_ZONES[options.country];
  const days = options.horizonDays ?? 400;
  if (!Number.isInteger(days) || days < 7) throw new RangeError(`horizonDays must be an integer ≥ 7 (got ${days})`);
  const firstDay = localDayNumber(options.from, tz);
  const comments = extractComments(trimmed);
  const rules = options.engine === 'opening_hours' ? null : parseSimple(trimmed);
  if (rules) return summarize(compileFast(rules, firstDay, days, options.country), firstDay, tz, comments);
  const cacheKey = `${options.country}|${firstDay}|${days}|${trimmed}`;
  let perDay = packageCache.get(cacheKey);
  if (!perDay) {
    const { problem, oh } = checkWithPackageAndKeep(trimmed, options.country);
    if (problem || !oh) throw new Error(t.hoursChecks.thrown(trimmed, String(problem)));
    perDay = compileWithPackage(oh, firstDay, days);
    if (packageCache.size >= 2000) packageCache.clear();
    packageCache.set(cacheKey, perDay);
  }
  return summarize(perDay, firstDay, tz, comments);
}

// ---------------------------------------------------------------------------------------------------------
// Validation

/**
 * Warnings of opening_hours that are refused: the package had to guess or correct a value that is not in the
 * specification (`lundi`, `9h`, `9-12`, `09.00`, typographic dashes, `et`, `fermé`…), or the value very likely
 * does not say what was meant (`use_multi`: a missing `;`; `default_state`: a lone `open`/`off` rule after
 * other rules cancels them all). Other warnings (trailing `;`, `PH` without time, dates in the past, a rule
 * overriding the end of a time range wrapping midnight…) are style remarks: accepted.
 */
const REFUSED_WARNINGS = new Set<string>([
  'word_error_correction',
  'without_minutes',
  'hour_min_separator',
  'ambiguous_word',
  'rant_degree_sign_used_for_zero',
  'please_use_ok_for_ko',
  'omit_ko',
  'interpreted_as_year',
  'value_ends_with_token',
  'no_colon_after',
  'use_multi',
  'default_state',
]);

/** Short hints for some refused warnings; the others use the package's message. */
const WARNING_HINTS: Record<string, string> = t.hoursChecks.warnings;

/** Error messages of the package (some are not translated) → short hints. */
const ERROR_HINTS: Array<[RegExp, string]> = [
  [/omettre "h"|omit "h"/i, t.hoursChecks.errors.omitH],
  [/typographiquement|typographically/i, t.hoursChecks.errors.dash],
  [/format 24 heures|24 hours time/i, t.hoursChecks.errors.twentyFourHours],
  [/Minutes are greater than 59|minutes.*59/i, t.hoursChecks.errors.minutes],
  [/en dehors du jour actuel|outside (of )?the current day/i, t.hoursChecks.errors.startOutsideDay],
  [/plusieurs fois minuit|two midnights|more than one midnight/i, t.hoursChecks.errors.twoMidnights],
  [/ne continue pas comme prévu/i, t.hoursChecks.errors.rangeEnd],
  [/Missing minutes|Missing time separator/i, t.hoursChecks.errors.missingMinutes],
  [/rien qui puisse être évalué|nothing meaningful/i, t.hoursChecks.empty],
  [/Point dans le temps|point in time|Tiret \(-\)/i, t.hoursChecks.errors.pointInTime],
];

/** Cleans one message of the package into a short hint (known messages get a rewritten hint). */
function cleanMessage(message: string): string {
  const text = message.trim();
  for (const [pattern, hint] of ERROR_HINTS) if (pattern.test(text)) return hint;
  if (/^Une erreur s'est produite|^An error occurred/i.test(text)) return t.hoursChecks.unreadable;
  let hint = text.replace(/\s*https?:\/\/\S+/g, '').replace(/"([^"]*)"/g, (_, inner: string) => t.hoursChecks.quoted(inner)).replace(/\.$/, '');
  if (hint.length > 200) hint = `${hint.slice(0, 197).replace(/\s+\S*$/, '')}…`;
  return hint.charAt(0).toLowerCase() + hint.slice(1);
}

/** Turns a thrown message of the package (`value <--- (message) other warnings`) into one short hint. */
function hintFromError(error: unknown): string {
  const raw = typeof error === 'string' ? error : error instanceof Error ? error.message : String(error);
  const marked = raw.match(/^(.*?) <--- \((.*?)\)(?: |$)/s);
  if (!marked) return cleanMessage(raw);
  return withNear(cleanMessage(marked[2]!), marked[1]!.trim());
}

function withNear(hint: string, near: string): string {
  const shown = near.length > 40 ? `…${near.slice(-40)}` : near;
  return shown ? t.hoursChecks.near(hint, shown) : hint;
}

/**
 * Checks an opening_hours value for `country`; null when valid, else a message (t.hoursChecks) meant to follow the
 * quoted value: « Mo-Fr 9h-12h » n'est pas au format OpenStreetMap « opening_hours » (…) : hint.
 * Values of the fast-path subset are accepted without calling the package.
 */
export function checkOpeningHours(value: string, country: Country): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return t.hoursChecks.problem(t.hoursChecks.empty);
  if (parseSimple(trimmed)) return null;
  return checkWithPackage(trimmed, country);
}

/** The check by opening_hours alone, without the fast-path shortcut (used by tests to compare both). */
export function checkWithPackage(value: string, country: Country): string | null {
  return checkWithPackageAndKeep(value, country).problem;
}

/** The check by opening_hours; also returns the parsed object when the value is valid. */
function checkWithPackageAndKeep(value: string, country: Country): { problem: string | null; oh?: OpeningHours } {
  const trimmed = value.trim();
  if (trimmed === '') return { problem: t.hoursChecks.problem(t.hoursChecks.empty) };
  const withoutComments = trimmed.replace(/"[^"]*"/g, '""');
  if (/\bSH\b/i.test(withoutComments)) {
    return {
      problem: t.hoursChecks.problem(t.hoursChecks.schoolHolidays),
    };
  }
  return withUtc(() => {
    let oh: OpeningHours;
    try {
      oh = new OpeningHours(trimmed, nominatim(country), PACKAGE_CONF);
    } catch (error) {
      return { problem: t.hoursChecks.problem(hintFromError(error)) };
    }
    let refused: opening_hours_warning | undefined;
    try {
      refused = oh.getStructuredWarnings().find((w) => REFUSED_WARNINGS.has(w.type));
    } catch (error) {
      return { problem: t.hoursChecks.problem(hintFromError(error)) };
    }
    if (!refused) return { problem: null, oh };
    const near = refused.position !== null ? refused.value.slice(0, refused.position).trim() : '';
    return { problem: t.hoursChecks.problem(withNear(WARNING_HINTS[refused.type] ?? cleanMessage(refused.message), near)) };
  });
}
