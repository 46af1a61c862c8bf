/**
 * What a person needs to know at a glance: cost, appointment, freshness. Pure functions over
 * validated venues, shared by lists, venue pages and the catalogue; the words are in src/i18n/.
 */
import * as t from '../i18n/index.ts';
import type { Venue } from './schema/venue.ts';

type CostFields = Pick<Venue, 'frais_a_charge'>;
type AccessFields = Pick<Venue, 'modalites_acces' | 'prise_rdv'>;

/** What `frais_a_charge` says, from « Gratuit » to « Gratuit ou payant selon le service ». */
export type CostKind = 'unknown' | 'free' | 'freeSometimesConditional' | 'conditional' | 'paid' | 'mixed';

/** The ways in a venue offers (see describeAppointment). */
export interface WaysIn {
  walkIn: boolean;
  online: boolean;
  phone: boolean;
  email: boolean;
}

function costKind({ frais_a_charge: frais }: CostFields): CostKind {
  if (frais.length === 0) return 'unknown';
  const free = frais.includes('Gratuit');
  const conditional = frais.includes('Gratuit sous condition');
  const paid = frais.includes('Payant');
  if (free && !paid) return conditional ? 'freeSometimesConditional' : 'free';
  if (conditional && !paid) return 'conditional';
  if (paid && !free && !conditional) return 'paid';
  return 'mixed';
}

/** « Gratuit », « Gratuit sous conditions », « Payant », a mix, or « Coût non précisé ». */
export function describeCost(venue: CostFields): string {
  return t.wording.cost[costKind(venue)];
}

/** True when at least part of the help is free. */
export function isFree({ frais_a_charge: frais }: CostFields): boolean {
  return frais.includes('Gratuit') || frais.includes('Gratuit sous condition');
}

/**
 * How to get in: « Sans rendez-vous », « Sur rendez-vous en ligne ou par téléphone », both
 * (« Sans rendez-vous, ou sur rendez-vous par téléphone »), an e-mail contact; « non précisé » when unknown.
 */
export function describeAppointment({ modalites_acces: access, prise_rdv }: AccessFields): string {
  if (access.includes("Ce lieu n'accueille pas de public")) return t.wording.noPublic;
  return t.wording.waysIn({
    walkIn: access.includes('Se présenter'),
    online: access.includes('Prendre un RDV en ligne') || Boolean(prise_rdv),
    phone: access.includes('Téléphoner'),
    email: access.includes('Contacter par mail') || access.includes('Envoyer un mail avec une fiche de prescription'),
  });
}

/**
 * True when `date_maj` (YYYY-MM-DD) is more than a year before `today` (its UTC date): a listing
 * updated on 23 November 2025 is old from 24 November 2026, whatever the hour of the build.
 * People are then told to call first.
 */
export function isStale(dateMaj: string, today: Date): boolean {
  const date = today.toISOString().slice(0, 10);
  const yearBefore = `${String(Number(date.slice(0, 4)) - 1).padStart(4, '0')}${date.slice(4)}`;
  return dateMaj < yearBefore;
}

const DATE_FORMAT = new Intl.DateTimeFormat(t.locale.intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 'YYYY-MM-DD' → « 5 mai 2021 », « 1er mai 2021 ». */
export function formatDate(isoDate: string): string {
  let text = dates.get(isoDate);
  if (text === undefined) {
    text = DATE_FORMAT.formatToParts(new Date(`${isoDate}T00:00:00Z`))
      .map((part) => (part.type === 'day' && part.value === '1' ? t.locale.firstDay : part.value))
      .join('');
    dates.set(isoDate, text);
  }
  return text;
}

/** Dates already written (a build writes the same few hundred dates on thousands of pages). */
const dates = new Map<string, string>();

/** Digits in groups of two: « 12 34 56 ». */
const pairs = (digits: string) => digits.replace(/(\d{2})(?=\d)/g, '$1 ');

/**
 * A normalised number (src/lib/schema/fields.ts) as people read it:
 * - France: « 04 73 12 34 56 »; overseas departments in the French plan (+590, +594, +596, +262) as
 *   dialled from France, « 02 62 12 34 56 »; other overseas collectivities « +687 12 34 56 »;
 * - Belgium: mobile « 0470 12 34 56 », one-digit zones (Brussels, Antwerp, Liège, Ghent) « 02 123 45 67 »,
 *   two-digit zones « 081 23 45 67 », free and paid numbers « 0800 12 345 »;
 * anything else unchanged.
 */
export function formatPhone(phone: string): string {
  const fr = /^\+(?:33|590|594|596|262)(\d{9})$/.exec(phone);
  if (fr) return `0${fr[1]!.slice(0, 1)} ${pairs(fr[1]!.slice(1))}`;
  const overseas = /^\+(508|681|687|689)(\d{6,8})$/.exec(phone);
  if (overseas) return `+${overseas[1]} ${pairs(overseas[2]!)}`;
  const be = /^\+32(\d{8,9})$/.exec(phone);
  if (be) {
    const national = `0${be[1]}`;
    if (national.length === 10) return `${national.slice(0, 4)} ${pairs(national.slice(4))}`;
    if (/^0(800|90\d)/.test(national)) return `${national.slice(0, 4)} ${national.slice(4, 6)} ${national.slice(6)}`;
    if (/^0[2349]/.test(national)) return `${national.slice(0, 2)} ${national.slice(2, 5)} ${pairs(national.slice(5))}`;
    return `${national.slice(0, 3)} ${pairs(national.slice(3))}`;
  }
  return phone;
}
