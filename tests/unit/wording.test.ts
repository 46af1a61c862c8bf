import { describe, expect, it } from 'vitest';
import { describeAppointment, describeCost, formatDate, formatPhone, isFree, isStale } from '../../src/lib/wording.ts';
import { normalizePhone } from '../../src/lib/schema/fields.ts';
import type { Frais, ModaliteAcces } from '../../src/lib/schema/standard.ts';

const cost = (...frais: Frais[]) => describeCost({ frais_a_charge: frais });
const access = (modalites: ModaliteAcces[], prise_rdv?: string) => describeAppointment({ modalites_acces: modalites, prise_rdv });

describe('describeCost', () => {
  it('says free, conditional, paid, or unknown', () => {
    expect(cost()).toBe('Coût non précisé');
    expect(cost('Gratuit')).toBe('Gratuit');
    expect(cost('Gratuit sous condition')).toBe('Gratuit sous conditions');
    expect(cost('Payant')).toBe('Payant');
  });

  it('words mixed costs without hiding the paid part', () => {
    expect(cost('Gratuit', 'Gratuit sous condition')).toBe('Gratuit (parfois sous conditions)');
    expect(cost('Gratuit', 'Payant')).toBe('Gratuit ou payant selon le service');
    expect(cost('Gratuit sous condition', 'Payant')).toBe('Gratuit ou payant selon le service');
    expect(cost('Payant', 'Gratuit sous condition', 'Gratuit')).toBe('Gratuit ou payant selon le service');
  });

  it('isFree: at least part of the help is free', () => {
    expect(isFree({ frais_a_charge: ['Gratuit sous condition'] })).toBe(true);
    expect(isFree({ frais_a_charge: ['Payant', 'Gratuit'] })).toBe(true);
    expect(isFree({ frais_a_charge: ['Payant'] })).toBe(false);
    expect(isFree({ frais_a_charge: [] })).toBe(false);
  });
});

describe('describeAppointment', () => {
  it('says how to get in, one way', () => {
    expect(access(['Se présenter'])).toBe('Sans rendez-vous');
    expect(access(['Téléphoner'])).toBe('Sur rendez-vous par téléphone');
    expect(access(['Prendre un RDV en ligne'])).toBe('Sur rendez-vous en ligne');
    expect(access([], 'https://rdv.example.fr/')).toBe('Sur rendez-vous en ligne');
    expect(access(['Contacter par mail'])).toBe('Contact par e-mail');
    expect(access(['Envoyer un mail avec une fiche de prescription'])).toBe('Contact par e-mail');
  });

  it('joins several ways into one readable sentence', () => {
    expect(access(['Prendre un RDV en ligne', 'Téléphoner'])).toBe('Sur rendez-vous en ligne ou par téléphone');
    expect(access(['Se présenter', 'Téléphoner'])).toBe('Sans rendez-vous, ou sur rendez-vous par téléphone');
    expect(access(['Téléphoner', 'Se présenter', 'Prendre un RDV en ligne'])).toBe('Sans rendez-vous, ou sur rendez-vous en ligne ou par téléphone');
    expect(access(['Téléphoner', 'Contacter par mail'])).toBe('Sur rendez-vous par téléphone, contact par e-mail');
    // An online booking link and the same mode ticked: said once.
    expect(access(['Prendre un RDV en ligne'], 'https://rdv.example.fr/')).toBe('Sur rendez-vous en ligne');
  });

  it('says when nothing is known, and when the venue receives no public', () => {
    expect(access([])).toBe('Rendez-vous : non précisé, appelez avant');
    expect(access(["Ce lieu n'accueille pas de public", 'Se présenter'])).toBe("N'accueille pas de public sur place");
  });
});

describe('isStale', () => {
  const at = (iso: string) => new Date(iso);

  it('is old from the day after its first anniversary, whatever the hour of the build', () => {
    expect(isStale('2025-11-23', at('2026-11-23T00:00:00Z'))).toBe(false);
    expect(isStale('2025-11-23', at('2026-11-23T23:59:59Z'))).toBe(false);
    expect(isStale('2025-11-23', at('2026-11-24T00:00:00Z'))).toBe(true);
    expect(isStale('2026-06-01', at('2026-11-23T12:00:00Z'))).toBe(false);
    expect(isStale('2019-01-01', at('2026-11-23T12:00:00Z'))).toBe(true);
  });

  it('handles 29 February', () => {
    expect(isStale('2024-02-29', at('2025-02-28T12:00:00Z'))).toBe(false);
    expect(isStale('2024-02-29', at('2025-03-01T12:00:00Z'))).toBe(true);
    expect(isStale('2027-02-28', at('2028-02-29T12:00:00Z'))).toBe(true);
  });

  it('never calls a listing dated after today old', () => {
    expect(isStale('2027-01-01', at('2026-11-23T12:00:00Z'))).toBe(false);
  });
});

describe('formatDate', () => {
  it('writes French dates, « 1er » for the first of the month', () => {
    expect(formatDate('2021-05-05')).toBe('5 mai 2021');
    expect(formatDate('2021-05-01')).toBe('1er mai 2021');
    expect(formatDate('2026-01-01')).toBe('1er janvier 2026');
    expect(formatDate('2026-12-31')).toBe('31 décembre 2026');
    expect(formatDate('2026-08-11')).toBe('11 août 2026');
  });

  it('reads the date as a calendar date, with no time-zone shift', () => {
    expect(formatDate('2026-03-29')).toBe('29 mars 2026'); // daylight saving starts in Paris
  });
});

describe('formatPhone', () => {
  it('groups French numbers by two', () => {
    expect(formatPhone('+33473123456')).toBe('04 73 12 34 56');
    expect(formatPhone('+33612345678')).toBe('06 12 34 56 78');
    expect(formatPhone('+33972123456')).toBe('09 72 12 34 56');
  });

  it('writes overseas departments as dialled from France, other collectivities with their code', () => {
    expect(formatPhone('+262262123456')).toBe('02 62 12 34 56');
    expect(formatPhone('+590590123456')).toBe('05 90 12 34 56');
    expect(formatPhone('+594594123456')).toBe('05 94 12 34 56');
    expect(formatPhone('+687123456')).toBe('+687 12 34 56');
    expect(formatPhone('+68940123456')).toBe('+689 40 12 34 56');
  });

  it('groups Belgian numbers by their zone', () => {
    expect(formatPhone('+3221234567')).toBe('02 123 45 67'); // Brussels
    expect(formatPhone('+3241234567')).toBe('04 123 45 67'); // Liège (landline: 9 digits)
    expect(formatPhone('+3292123456')).toBe('09 212 34 56'); // Ghent
    expect(formatPhone('+3281234567')).toBe('081 23 45 67'); // Namur
    expect(formatPhone('+3210123456')).toBe('010 12 34 56'); // Wavre
    expect(formatPhone('+3265123456')).toBe('065 12 34 56'); // Mons
    expect(formatPhone('+32470123456')).toBe('0470 12 34 56'); // mobile
    expect(formatPhone('+3280012345')).toBe('0800 12 345'); // free number
  });

  it('formats what the schema normalises, from any typed form', () => {
    expect(formatPhone(normalizePhone('081/23.45.67', 'BE')!)).toBe('081 23 45 67');
    expect(formatPhone(normalizePhone('0032 2 123 45 67', 'BE')!)).toBe('02 123 45 67');
    expect(formatPhone(normalizePhone('+33 (0)4 73 12 34 56', 'FR')!)).toBe('04 73 12 34 56');
  });

  it('leaves anything else as it is', () => {
    expect(formatPhone('')).toBe('');
    expect(formatPhone('04 73 12 34 56')).toBe('04 73 12 34 56');
    expect(formatPhone('+3347312345')).toBe('+3347312345');
    expect(formatPhone('+442079460958')).toBe('+442079460958');
  });
});
