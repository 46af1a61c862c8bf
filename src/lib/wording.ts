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

/** How to get in: walk in, or appointment by phone / online; « non précisé » when unknown. */
export function describeAppointment({ modalites_acces: access, prise_rdv }: AccessFields): string {
  if (access.includes("Ce lieu n'accueille pas de public")) return t.wording.noPublic;
  return t.wording.waysIn({
    walkIn: access.includes('Se présenter'),
    online: access.includes('Prendre un RDV en ligne') || Boolean(prise_rdv),
    phone: access.includes('Téléphoner'),
    email: access.includes('Contacter par mail') || access.includes('Envoyer un mail avec une fiche de prescription'),
  });
}

/** Days after which a listing is considered old and people are told to call first. */
export const STALE_AFTER_DAYS = 365;

/** True when `date_maj` is more than a year before `today`. */
export function isStale(dateMaj: string, today: Date): boolean {
  const updated = new Date(`${dateMaj}T00:00:00Z`).getTime();
  return today.getTime() - updated > STALE_AFTER_DAYS * 24 * 3600 * 1000;
}

const DATE_FORMAT = new Intl.DateTimeFormat(t.locale.intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 'YYYY-MM-DD' → « 5 mai 2021 ». */
export function formatDate(isoDate: string): string {
  return DATE_FORMAT.format(new Date(`${isoDate}T00:00:00Z`));
}

/** +33473123456 → « 04 73 12 34 56 »; +32… → « 02 123 45 67 »-like grouping; other forms unchanged. */
export function formatPhone(phone: string): string {
  const fr = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(phone);
  if (fr) return `0${fr.slice(1).join(' ')}`.replace(/^0(\d) /, '0$1 ');
  const be = /^\+32(\d{8,9})$/.exec(phone);
  if (be) {
    const national = `0${be[1]}`;
    return national.length === 10
      ? `${national.slice(0, 4)} ${national.slice(4, 6)} ${national.slice(6, 8)} ${national.slice(8)}`
      : `${national.slice(0, 2)} ${national.slice(2, 5)} ${national.slice(5, 7)} ${national.slice(7)}`;
  }
  return phone;
}
