import * as t from '../../i18n/index.ts';

/**
 * The submission form's hours editor: a week of days, each open with up to two time slots, closed, or « sur
 * rendez-vous » (with or without slots), plus « fermé les jours fériés » — turned into an OpenStreetMap
 * `opening_hours` value and back. Browser-safe and tiny: the form does not load the 155 KB parser for what it
 * writes itself; `checkOpeningHours` (src/lib/hours/compile.ts) stays the one judge, and the unit tests check that
 * every value written here passes it.
 *
 * Reading back follows the specification's rule that a later rule replaces the days it names
 * (`Mo-Fr 09:00-17:00; We 09:00-12:00`: Wednesday morning only). A value the editor cannot show exactly (months,
 * more than two slots, other comments, open ends…) reads as `null`: the form then offers the value as text.
 */

/** Monday..Sunday, as OpenStreetMap writes them. */
export const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** Most time slots a day may have in the editor. */
export const MAX_SLOTS = 2;

/** The comment that marks hours « sur rendez-vous » (read by the site as « maybe open, on appointment »). */
export const APPOINTMENT_COMMENT = 'sur rendez-vous';

export interface Slot {
  /** HH:MM, 24-hour clock. */
  start: string;
  end: string;
}

export interface DayHours {
  /** `ouvert`: open during the slots; `rdv`: on appointment (during the slots when there are some); `ferme`: closed. */
  mode: 'ouvert' | 'rdv' | 'ferme';
  slots: Slot[];
}

export interface WeekHours {
  /** Monday..Sunday. */
  days: DayHours[];
  /** Closed on public holidays (`PH off`). */
  holidaysClosed: boolean;
}

export function emptyWeek(): WeekHours {
  return { days: OSM_DAYS.map(() => ({ mode: 'ferme', slots: [] })), holidaysClosed: false };
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** « 9h », « 9:30 », « 09h30 », « 9 » → « 09:00 »/« 09:30 »; null when it is not a time of day. */
export function normalizeTime(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** What is wrong with one day of the editor, in French (null when nothing): a slot without an end, an end before its start… */
export function dayProblem(day: DayHours): string | null {
  if (day.mode === 'ferme') return null;
  const words = t.submission.hours;
  if (day.mode === 'ouvert' && day.slots.length === 0) return words.noSlot;
  if (day.slots.length > MAX_SLOTS) return words.tooManySlots(MAX_SLOTS);
  let previousEnd = -1;
  for (const [index, slot] of day.slots.entries()) {
    const start = normalizeTime(slot.start);
    const end = normalizeTime(slot.end);
    const which = words.whichSlot(day.slots.length, index);
    if (!start || !end) return words.slotIncomplete(which);
    if (minutesOf(end) <= minutesOf(start)) return words.slotBackwards(which, start, end);
    if (minutesOf(start) < previousEnd) return words.slotsOverlap;
    previousEnd = minutesOf(end);
  }
  return null;
}

/** The rule part after the days, for one day: `09:00-12:00,14:00-17:00`, `09:00-12:00 "sur rendez-vous"`, `"sur rendez-vous"`. */
function dayRule(day: DayHours): string {
  const times = day.slots.map((slot) => `${normalizeTime(slot.start)}-${normalizeTime(slot.end)}`).join(',');
  if (day.mode === 'rdv') return times ? `${times} "${APPOINTMENT_COMMENT}"` : `"${APPOINTMENT_COMMENT}"`;
  return times;
}

/** Day indexes → `Mo-We,Fr` (runs of three or more days as ranges, two days as a list). */
function daySelector(indexes: readonly number[]): string {
  const parts: string[] = [];
  let runStart = 0;
  for (let position = 1; position <= indexes.length; position++) {
    if (position < indexes.length && indexes[position] === indexes[position - 1]! + 1) continue;
    const first = indexes[runStart]!;
    const last = indexes[position - 1]!;
    if (last - first >= 2) parts.push(`${OSM_DAYS[first]}-${OSM_DAYS[last]}`);
    else for (let day = first; day <= last; day++) parts.push(OSM_DAYS[day]!);
    runStart = position;
  }
  return parts.join(',');
}

/**
 * The week as an `opening_hours` value: days with the same hours share one rule, rules in the order of their first
 * day: `Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off`. Empty when every day is closed (no hours known).
 * Assumes `dayProblem` found nothing for each day.
 */
export function weekToOpeningHours(week: WeekHours): string {
  const groups = new Map<string, number[]>();
  week.days.forEach((day, index) => {
    if (day.mode === 'ferme') return;
    const rule = dayRule(day);
    groups.set(rule, [...(groups.get(rule) ?? []), index]);
  });
  if (groups.size === 0) return '';
  const rules = [...groups.entries()].map(([rule, days]) => `${daySelector(days)} ${rule}`);
  if (week.holidaysClosed) rules.push('PH off');
  return rules.join('; ');
}

const DAY_TOKEN = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const DAY_PART = new RegExp(`^${DAY_TOKEN}(?:-${DAY_TOKEN})?$`);
const SLOT = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/;

/** `Mo-We,Fr` → [0,1,2,4] (ranges may wrap: `Sa-Mo`); null when it is not a plain weekday selector. */
function parseDays(selector: string): number[] | null {
  const days = new Set<number>();
  for (const part of selector.split(',')) {
    if (!DAY_PART.test(part)) return null;
    const [from, to = from] = part.split('-') as [string, string?];
    const first = OSM_DAYS.indexOf(from as (typeof OSM_DAYS)[number]);
    const last = OSM_DAYS.indexOf(to as (typeof OSM_DAYS)[number]);
    for (let day = first; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === last) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * An `opening_hours` value → the week, or null when the editor cannot show it exactly (the form then keeps the
 * value as text). Empty → a closed week.
 */
export function openingHoursToWeek(value: string | undefined): WeekHours | null {
  const week = emptyWeek();
  const text = (value ?? '').trim();
  if (text === '') return week;
  const rules = text.split(';').map((rule) => rule.trim()).filter(Boolean);
  for (const [position, rule] of rules.entries()) {
    if (/^PH\s+(off|closed)$/.test(rule)) {
      if (position !== rules.length - 1) return null;
      week.holidaysClosed = true;
      continue;
    }
    const match = /^(?:(\S+)\s+)?([^"]*?)\s*(?:"([^"]*)")?$/.exec(rule);
    if (!match) return null;
    let selector: string | undefined = match[1];
    let times = match[2] ?? '';
    const comment = match[3];
    if (selector !== undefined && !/^(Mo|Tu|We|Th|Fr|Sa|Su)/.test(selector)) {
      times = `${selector} ${times}`.trim();
      selector = undefined;
    }
    const days = selector === undefined ? [0, 1, 2, 3, 4, 5, 6] : parseDays(selector);
    if (!days) return null;
    if (comment !== undefined && comment !== APPOINTMENT_COMMENT) return null;
    let day: DayHours;
    if (times === 'off' || times === 'closed') {
      if (comment !== undefined) return null;
      day = { mode: 'ferme', slots: [] };
    } else {
      const slots: Slot[] = [];
      if (times !== '') {
        for (const part of times.split(',')) {
          const slot = SLOT.exec(part.trim());
          if (!slot || !TIME.test(slot[1]!) || !(TIME.test(slot[2]!) || slot[2] === '24:00')) return null;
          slots.push({ start: slot[1]!, end: slot[2]! });
        }
      }
      day = { mode: comment === undefined ? 'ouvert' : 'rdv', slots };
      if (dayProblem(day)) return null;
    }
    for (const index of days) week.days[index] = { mode: day.mode, slots: day.slots.map((slot) => ({ ...slot })) };
  }
  return week;
}
