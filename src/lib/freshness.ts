/**
 * How fresh a listing is: from the day someone last checked it (`date_verification`), else the day it last
 * changed (`date_maj`), to a given day. Pure and browser-safe.
 *
 * The curve: full (1) while the listing is at most FULL_DAYS old (6 months), then a straight line down to 0 at
 * ZERO_DAYS (2 years), and 0 after: score = (ZERO_DAYS − age) / (ZERO_DAYS − FULL_DAYS), clamped to [0, 1].
 * At 15 months (456 days) it is 0.50; at one year (365 days) 0.67.
 */

/** Up to this age in days (6 months), the score is full. */
export const FRESH_FULL_DAYS = 183;
/** From this age in days (2 years), the score is 0. */
export const FRESH_ZERO_DAYS = 730;

const DAY_MS = 86_400_000;

const dayNumber = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;

/**
 * The date freshness is read from: the verification date, else the change date (both YYYY-MM-DD); the later of the
 * two when both are given (a change is made by someone who checked the listing).
 */
export function checkedDate(venue: { date_verification?: string; date_maj: string }): string {
  return venue.date_verification && venue.date_verification > venue.date_maj ? venue.date_verification : venue.date_maj;
}

/** Whole days from `date` to `today` (both YYYY-MM-DD); 0 when `date` is later. */
export function ageInDays(date: string, today: string): number {
  return Math.max(0, dayNumber(today) - dayNumber(date));
}

/** The freshness score in [0, 1] of a listing checked on `date` (YYYY-MM-DD), read on `today` (YYYY-MM-DD). */
export function freshnessScore(date: string, today: string): number {
  const age = ageInDays(date, today);
  if (age <= FRESH_FULL_DAYS) return 1;
  if (age >= FRESH_ZERO_DAYS) return 0;
  return (FRESH_ZERO_DAYS - age) / (FRESH_ZERO_DAYS - FRESH_FULL_DAYS);
}

/** Which words say the freshness (`t.venue.freshness[level]`): by age, under 6 months, 1 year, 2 years, older. */
export type FreshnessLevel = 'recent' | 'months' | 'year' | 'old';

export function freshnessLevel(date: string, today: string): FreshnessLevel {
  const age = ageInDays(date, today);
  return age <= FRESH_FULL_DAYS ? 'recent' : age <= 365 ? 'months' : age < FRESH_ZERO_DAYS ? 'year' : 'old';
}
