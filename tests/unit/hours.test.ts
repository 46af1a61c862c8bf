import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  checkOpeningHours,
  checkWithPackage,
  compileOpeningHours,
  isSimpleOpeningHours,
  type CompiledHours,
  type Country,
} from '../../src/lib/hours/compile.ts';
import {
  describeOpenState,
  describeOpenDays,
  describeWeek,
  formatMinutes,
  getOpenState,
  upcomingExceptions,
} from '../../src/lib/hours/evaluate.ts';

const FROM = new Date('2026-11-01T12:00:00Z');
const USUAL = 'Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off';
const PARIS = 'Europe/Paris';

function compile(value: string, country: Country = 'FR', from = FROM, horizonDays?: number): CompiledHours {
  return compileOpeningHours(value, { country, from, horizonDays });
}

function sentence(h: CompiledHours, instant: string): string {
  const now = new Date(instant);
  return describeOpenState(getOpenState(h, now), now, h.tz);
}

describe('checkOpeningHours', () => {
  it.each([
    USUAL,
    'Tu,Th 09:00-19:00',
    'Fr 22:00-02:00',
    'Mo-Fr 09:00-17:00; Jul-Aug off',
    'Mo-Fr 09:00-12:00 "sur rendez-vous"',
    '"sur rendez-vous"',
    'Mo-Fr 09:00-12:00; 2026 Dec 24-2027 Jan 02 off',
    'Mo-Fr 09:00-12:00;',
  ])('accepts %s', (value) => {
    expect(checkOpeningHours(value, 'FR')).toBeNull();
    expect(checkOpeningHours(value, 'BE')).toBeNull();
  });

  it.each([
    ['Mo-Fr 9h-12h', /HH:MM/],
    ['lundi 9-12', /« Mo » pour « lundi »/],
    ['Mo-Fr 25:00-26:00', /heure de début/],
    ['Mo-Fr 09:00-12:60', /minutes/],
    ['Mo-Fr 9-12', /HH:MM/],
    ['Mo-Fr 09.00-12.00', /« : »/],
    ['Mo–Fr 09:00–12:00', /trait d'union/],
    ['Mo-Fr 09:00-12:00 Sa 10:00-12:00', /« ; »/],
    ['Mo-Fr 09:00-12:00; open', /annule/],
    ['Mo-Fr 09:00-12:00; SH off', /vacances scolaires/],
    ['Mo-Fr 09:00-', /début et une fin/],
    ['n\'importe quoi', /./],
    ['', /vide/],
  ])('refuses %s with a French message', (value, hint) => {
    const message = checkOpeningHours(value, 'FR');
    expect(message).not.toBeNull();
    expect(message).toMatch(/^n'est pas au format OpenStreetMap « opening_hours » \(exemple attendu : « Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00 »\) : /);
    expect(message).toMatch(hint);
    expect(message).not.toMatch(/<---|\n\s+at |https?:\/\/|Error/);
  });

  it('refuses when compiling an invalid value', () => {
    expect(() => compile('lundi 9-12')).toThrow(/n'est pas au format/);
  });
});

describe('compileOpeningHours', () => {
  it('closes French public holidays with PH off', () => {
    const h = compile(USUAL);
    expect(h.tz).toBe(PARIS);
    expect(h.from).toBe('2026-11-01');
    expect(h.until).toBe('2027-12-05');
    expect(h.week).toEqual([
      [[540, 720], [840, 1020]],
      [[540, 720], [840, 1020]],
      [[540, 720], [840, 1020]],
      [[540, 720], [840, 1020]],
      [[540, 720], [840, 1020]],
      [[540, 720]],
      [],
    ]);
    expect(h.ex['2026-12-25']).toEqual([]);
    expect(h.ex['2027-01-01']).toEqual([]);
    expect(h.ex['2026-11-11']).toEqual([]);
    expect(h.ex['2027-05-06']).toEqual([]); // Ascension
    expect(h.ex['2027-07-14']).toEqual([]);
    expect(h.ex['2027-07-21']).toBeUndefined();
    expect(h.ex['2026-11-01']).toBeUndefined(); // Toussaint 2026 is a Sunday: closed anyway
    expect(Object.keys(h.ex).every((date) => date >= h.from && date <= h.until)).toBe(true);
  });

  it('uses Belgian public holidays for BE', () => {
    const be = compile('Mo-Fr 09:00-17:00; PH off', 'BE');
    const fr = compile('Mo-Fr 09:00-17:00; PH off', 'FR');
    expect(be.tz).toBe('Europe/Brussels');
    expect(be.ex['2027-07-21']).toEqual([]);
    expect(fr.ex['2027-07-21']).toBeUndefined();
    expect(fr.ex['2027-07-14']).toEqual([]);
    expect(be.ex['2027-07-14']).toBeUndefined();
    expect(be.ex['2027-05-08']).toBeUndefined();
  });

  it('keeps holidays open when the rule does not mention PH', () => {
    const h = compile('Mo-Fr 09:00-17:00');
    expect(h.ex).toEqual({});
    expect(sentence(h, '2026-12-25T09:00:00Z')).toBe("Ouvert maintenant, jusqu'à 17 h");
  });

  it('opens on holidays with a PH rule of its own', () => {
    const h = compile('Mo-Fr 09:00-17:00; PH 10:00-12:00');
    expect(h.ex['2026-12-25']).toEqual([[600, 720]]);
    expect(h.ex['2027-08-15']).toEqual([[600, 720]]); // a Sunday
  });

  it('splits intervals crossing midnight', () => {
    const h = compile('Fr 22:00-02:00');
    expect(h.week[4]).toEqual([[1320, 1440]]);
    expect(h.week[5]).toEqual([[0, 120]]);
    expect(h.ex).toEqual({});
  });

  it('applies seasonal closures', () => {
    const h = compile('Mo-Fr 09:00-17:00; Jul-Aug off');
    expect(h.week[0]).toEqual([[540, 1020]]);
    const closed = Object.keys(h.ex);
    expect(closed).toHaveLength(44); // weekdays of July and August 2027
    expect(closed[0]).toBe('2027-07-01');
    expect(closed.at(-1)).toBe('2027-08-31');
    expect(closed.every((date) => h.ex[date]!.length === 0)).toBe(true);
    expect(upcomingExceptions(h, new Date('2027-06-20T10:00:00Z'))).toEqual([
      { date: '2027-07-01', until: '2027-08-31', label: 'du jeudi 1er juillet au mardi 31 août 2027', text: 'Fermé' },
    ]);
  });

  it('keeps comments and marks unknown intervals', () => {
    const h = compile('Mo-Fr 09:00-12:00 "sur rendez-vous"; Tu 14:00-16:00 open "atelier"; Sa unknown "appeler avant"');
    expect(h.comments).toEqual(['sur rendez-vous', 'atelier', 'appeler avant']);
    // A comment without a state means unknown; with `open`, open.
    expect(h.week[0]).toEqual([[540, 720, 1]]);
    expect(h.week[1]).toEqual([[840, 960]]);
    expect(h.week[5]).toEqual([[0, 1440, 1]]);
    expect(h.week[6]).toEqual([]);
    expect(describeWeek(h)[0]).toEqual({ day: 'Lundi', text: '9 h à 12 h (à confirmer)' });
    expect(describeWeek(h)[5]).toEqual({ day: 'Samedi', text: '24 h sur 24 (à confirmer)' });
    // Monday 30 November 2026, 10:00 and 08:00 in Paris.
    expect(getOpenState(h, new Date('2026-11-30T09:00:00Z'))).toEqual({
      open: false,
      maybe: true,
      until: { date: '2026-11-30', minute: 720 },
    });
    expect(sentence(h, '2026-11-30T09:00:00Z')).toBe("Peut-être ouvert maintenant (à confirmer), jusqu'à 12 h");
    expect(sentence(h, '2026-11-30T07:00:00Z')).toBe("Fermé pour le moment, ouvre aujourd'hui à 9 h (à confirmer)");
    const only = compile('"sur rendez-vous"');
    expect(only.week.every((day) => day.length === 1 && day[0]!.length === 3)).toBe(true);
    expect(only.comments).toEqual(['sur rendez-vous']);
    expect(compile(USUAL).comments).toBeUndefined();
  });

  it('follows the overriding rules of opening_hours', () => {
    // A later rule replaces the days it selects...
    expect(compile('Mo-Fr 09:00-17:00; We 14:00-16:00').week[2]).toEqual([[840, 960]]);
    // ...but an `off` rule with times only closes those times...
    expect(compile('Mo-Fr 09:00-17:00; We 12:00-14:00 off').week[2]).toEqual([[540, 720], [840, 1020]]);
    // ...an additional rule adds...
    expect(compile('Mo-Fr 08:00-12:00, We 14:00-18:00').week[2]).toEqual([[480, 720], [840, 1080]]);
    // ...and a rule on Saturday cancels the end of Friday night.
    expect(compile('Fr 22:00-02:00; Sa 09:00-12:00').week[5]).toEqual([[540, 720]]);
  });

  it('uses the local date of `from` in the venue zone', () => {
    // 23:30 UTC on 31 October is already 1 November in Paris.
    expect(compile(USUAL, 'FR', new Date('2026-10-31T23:30:00Z')).from).toBe('2026-11-01');
    expect(compile(USUAL, 'FR', FROM, 30).until).toBe('2026-11-30');
  });

  it('takes the fast path for simple values only', () => {
    expect(isSimpleOpeningHours(USUAL)).toBe(true);
    expect(isSimpleOpeningHours('Mo-Fr 09:00-17:00; Jul-Aug off')).toBe(true);
    expect(isSimpleOpeningHours('Mo-Fr 09:00-17:00; Aug 01-15 off')).toBe(false);
    expect(isSimpleOpeningHours('Mo-Fr 09:00-17:00; PH -1 day off')).toBe(false);
    expect(isSimpleOpeningHours('Mo[1] 09:00-12:00')).toBe(false);
  });
});

describe('fast path and opening_hours agree', () => {
  // From 1 October 2026: the horizon covers both daylight-saving changes (25 Oct 2026, 28 Mar 2027, 31 Oct 2027).
  const from = new Date('2026-10-01T10:00:00Z');
  const corpus = [
    USUAL,
    'Tu,Th 09:00-19:00',
    'Fr 22:00-02:00',
    'Fr 22:00-02:00; PH off',
    'Fr-Sa 18:00-06:00; PH off',
    'Mo-Fr 09:00-17:00; Jul-Aug off',
    'Mo-Fr 09:00-17:00; Jul-Aug off; PH off',
    'Dec-Feb Mo-Fr 10:00-16:00; Mar-Nov Mo-Fr 09:00-18:00',
    'Jan,Mar,May 10:00-12:00',
    'Jul-Aug Mo-Fr 10:00-12:00',
    'Jul-Aug 10:00-12:00',
    'Aug off',
    'Mo-Fr 09:00-12:00,14:00-17:00; We off',
    'Mo-Fr 09:00-17:00; We 12:00-14:00 off',
    'Mo-Fr 08:00-12:00, We 14:00-18:00',
    'Mo-Fr 09:00-17:00, We off',
    'Mo-Fr 09:00-12:00; PH,Sa 10:00-12:00',
    'Mo-Fr,PH 09:00-12:00',
    'Mo-Fr 09:00-17:00; PH Mo-Fr 10:00-12:00',
    'PH 10:00-12:00; Mo-Fr 09:00-17:00',
    'Sa-Mo 10:00-18:00',
    'Su-Tu 10:00-18:00; PH off',
    '09:00-12:00; 14:00-17:00',
    '09:00-12:00; Su off',
    '10:00-02:00; Th 12:00-14:00',
    'Mo-Su 00:00-24:00; PH off',
    '24/7',
    'Mo-Fr 24/7; PH 10:00-12:00',
    'open; Mo 12:00-14:00 off; PH off',
    'Mo-Fr 22:00-22:00',
    'Mo-Fr 20:00-30:00; Sa 09:00-12:00',
    'Mo-Fr 09:00-12:00 "sur rendez-vous"; Sa unknown "appeler avant"',
    '"sur rendez-vous"',
    'Mo-Fr 09:00-12:00 open "accueil"; PH off "fermé les jours fériés"',
    'Mo 10:00-12:00 unknown, Tu 10:00-12:00',
    'Sa 22:00-03:00; Su 09:00-12:00',
    'Sa 22:00-03:00, Su 09:00-12:00',
    'Su 01:00-04:00',
    'PH off; Mo-Fr 09:00-12:00',
    'mo-fr 09:00-12:00; ph off',
    'Mo-Fr 09:00-12:00;',
    'Mo-Fr 09:00-12:00;; Sa 10:00-12:00 ;',
    'Mo-Fr 09:00-12:00 ; Sa 10:00-12:00',
  ];

  it.each(corpus)('%s', (value) => {
    expect(isSimpleOpeningHours(value)).toBe(true);
    expect(checkWithPackage(value, 'FR')).toBeNull();
    for (const country of ['FR', 'BE'] as const) {
      const fast = compileOpeningHours(value, { country, from });
      const slow = compileOpeningHours(value, { country, from, engine: 'opening_hours' });
      expect(fast).toEqual(slow);
    }
  });

  it('on the values of the Hinaura 2021 data set', () => {
    const records = JSON.parse(readFileSync(new URL('../../content/_sources/hinaura-2021-lieux-v0.1.json', import.meta.url), 'utf8')) as Array<{ horaires?: string }>;
    const values = [...new Set(records.map((r) => r.horaires?.trim()).filter((v): v is string => !!v))];
    let simple = 0;
    for (const value of values) {
      if (!isSimpleOpeningHours(value)) continue;
      simple++;
      expect(checkWithPackage(value, 'FR'), value).toBeNull();
      const fast = compileOpeningHours(value, { country: 'FR', from, horizonDays: 120 });
      const slow = compileOpeningHours(value, { country: 'FR', from, horizonDays: 120, engine: 'opening_hours' });
      expect(fast, value).toEqual(slow);
    }
    expect(simple).toBeGreaterThan(values.length * 0.9);
  });
});

describe('getOpenState and describeOpenState', () => {
  const h = compile(USUAL);

  it('is open on Thursday morning until noon', () => {
    // Thursday 26 November 2026, 10:30 in Paris = 09:30 UTC.
    expect(getOpenState(h, new Date('2026-11-26T09:30:00Z'))).toEqual({
      open: true,
      until: { date: '2026-11-26', minute: 720 },
    });
    expect(sentence(h, '2026-11-26T09:30:00Z')).toBe("Ouvert maintenant, jusqu'à 12 h");
  });

  it('reopens the same afternoon', () => {
    expect(sentence(h, '2026-11-26T11:30:00Z')).toBe("Fermé pour le moment, ouvre aujourd'hui à 14 h");
  });

  it('reopens tomorrow, or on Monday after the weekend', () => {
    expect(sentence(h, '2026-11-26T17:00:00Z')).toBe('Fermé pour le moment, ouvre demain à 9 h');
    expect(sentence(h, '2026-11-28T18:00:00Z')).toBe('Fermé pour le moment, ouvre lundi à 9 h');
  });

  it('skips public holidays', () => {
    // Thursday 24 December 2026, 18:00: Christmas is closed, Saturday 26 opens at 9.
    expect(sentence(h, '2026-12-24T17:00:00Z')).toBe('Fermé pour le moment, ouvre samedi à 9 h');
    expect(sentence(h, '2026-12-25T09:00:00Z')).toBe('Fermé pour le moment, ouvre demain à 9 h');
  });

  it('treats an interval crossing midnight as one opening', () => {
    const night = compile('Fr 22:00-02:00');
    // Friday 27 November 2026, 23:00 in Paris.
    expect(getOpenState(night, new Date('2026-11-27T22:00:00Z'))).toEqual({
      open: true,
      until: { date: '2026-11-28', minute: 120 },
    });
    expect(sentence(night, '2026-11-27T22:00:00Z')).toBe("Ouvert maintenant, jusqu'à demain, 2 h");
    expect(sentence(night, '2026-11-28T00:30:00Z')).toBe("Ouvert maintenant, jusqu'à 2 h");
    expect(sentence(night, '2026-11-28T02:00:00Z')).toBe('Fermé pour le moment, ouvre vendredi à 22 h');
  });

  it('names the date when the next opening is a week away or more', () => {
    const h2 = compile('Mo 09:00-12:00; 2026 Dec 21-2027 Jan 03 off');
    // Tuesday 22 December 2026: next opening Monday 4 January 2027.
    expect(sentence(h2, '2026-12-22T10:00:00Z')).toBe('Fermé pour le moment, ouvre le lundi 4 janvier à 9 h');
    expect(sentence(h2, '2026-12-31T10:00:00Z')).toBe('Fermé pour le moment, ouvre lundi à 9 h');
  });

  it('says when nothing opens within 14 days', () => {
    expect(sentence(compile('Jul-Aug 10:00-12:00'), '2026-11-26T09:30:00Z')).toBe(
      "Fermé, pas d'ouverture prévue dans les 14 prochains jours",
    );
    expect(getOpenState(compile('24/7'), new Date('2026-11-26T09:30:00Z'))).toEqual({ open: true });
    expect(sentence(compile('24/7'), '2026-11-26T09:30:00Z')).toBe('Ouvert maintenant');
  });

  it('uses the venue zone, not the zone of the machine', () => {
    const brussels = compile('Mo-Fr 09:00-17:00', 'BE');
    // 16:30 UTC is 17:30 in Brussels: closed.
    expect(getOpenState(brussels, new Date('2026-11-26T16:30:00Z')).open).toBe(false);
    const utc = compileOpeningHours('Mo-Fr 09:00-17:00', { country: 'FR', timeZone: 'UTC', from: FROM });
    expect(getOpenState(utc, new Date('2026-11-26T16:30:00Z')).open).toBe(true);
  });

  it('is right on the day of the change to summer time', () => {
    const h3 = compile('Sa 22:00-03:00, Su 09:00-12:00', 'FR', new Date('2027-03-01T12:00:00Z'));
    expect(h3.week[6]).toEqual([[0, 180], [540, 720]]);
    expect(h3.ex['2027-03-28']).toBeUndefined();
    // Sunday 28 March 2027: 00:30 UTC = 01:30 CET (open), 01:30 UTC = 03:30 CEST (closed).
    expect(sentence(h3, '2027-03-28T00:30:00Z')).toBe("Ouvert maintenant, jusqu'à 3 h");
    expect(sentence(h3, '2027-03-28T01:30:00Z')).toBe("Fermé pour le moment, ouvre aujourd'hui à 9 h");
    // 07:30 UTC = 09:30 CEST: open (it would be 08:30 with the winter offset).
    expect(sentence(h3, '2027-03-28T07:30:00Z')).toBe("Ouvert maintenant, jusqu'à 12 h");
    expect(sentence(h3, '2027-03-28T10:30:00Z')).toBe('Fermé pour le moment, ouvre samedi à 22 h');
  });

  it('falls back to the usual week after `until`', () => {
    const short = compile('Mo-Su 09:00-12:00; PH off', 'FR', FROM, 30);
    const long = compile('Mo-Su 09:00-12:00; PH off', 'FR', FROM);
    expect(short.until).toBe('2026-11-30');
    expect(short.ex).toEqual({ '2026-11-01': [], '2026-11-11': [] });
    // Friday 25 December 2026, 10:00 in Paris: Christmas, closed, but past the horizon of `short`.
    expect(getOpenState(long, new Date('2026-12-25T09:00:00Z')).open).toBe(false);
    expect(sentence(short, '2026-12-25T09:00:00Z')).toBe("Ouvert maintenant, jusqu'à 12 h");
  });
});

describe('formatting', () => {
  it('formats minutes the French way', () => {
    expect(formatMinutes(540)).toBe('9 h');
    expect(formatMinutes(870)).toBe('14 h 30');
    expect(formatMinutes(545)).toBe('9 h 05');
    expect(formatMinutes(0)).toBe('0 h');
    expect(formatMinutes(1440)).toBe('minuit');
  });

  it('says on one line the days a stop opens, with its comments, and nothing when no day of the week opens', () => {
    expect(describeOpenDays(compile('Tu 09:00-12:00'))).toBe('mardi 9 h à 12 h');
    expect(describeOpenDays(compile('Tu 09:00-12:00; Th 14:00-16:30 "sur rendez-vous"'))).toBe(
      'mardi 9 h à 12 h ; jeudi 14 h à 16 h 30 (à confirmer). À noter : sur rendez-vous',
    );
    expect(describeOpenDays(compile(USUAL))).toBe(
      'lundi 9 h à 12 h, puis 14 h à 17 h ; mardi 9 h à 12 h, puis 14 h à 17 h ; mercredi 9 h à 12 h, puis 14 h à 17 h ; jeudi 9 h à 12 h, puis 14 h à 17 h ; vendredi 9 h à 12 h, puis 14 h à 17 h ; samedi 9 h à 12 h',
    );
    expect(describeOpenDays(compile('PH off'))).toBeUndefined();
  });

  it('describes the usual week', () => {
    expect(describeWeek(compile(USUAL))).toEqual([
      { day: 'Lundi', text: '9 h à 12 h, puis 14 h à 17 h' },
      { day: 'Mardi', text: '9 h à 12 h, puis 14 h à 17 h' },
      { day: 'Mercredi', text: '9 h à 12 h, puis 14 h à 17 h' },
      { day: 'Jeudi', text: '9 h à 12 h, puis 14 h à 17 h' },
      { day: 'Vendredi', text: '9 h à 12 h, puis 14 h à 17 h' },
      { day: 'Samedi', text: '9 h à 12 h' },
      { day: 'Dimanche', text: 'Fermé' },
    ]);
    expect(describeWeek(compile('Mo 08:00-10:00,11:00-12:30,14:00-18:00'))[0]!.text).toBe(
      '8 h à 10 h, 11 h à 12 h 30, puis 14 h à 18 h',
    );
  });

  it('lists upcoming exceptions', () => {
    const h = compile(USUAL);
    expect(upcomingExceptions(h, new Date('2026-12-01T10:00:00Z'), 3)).toEqual([
      { date: '2026-12-25', label: 'vendredi 25 décembre 2026', text: 'Fermé' },
      { date: '2027-01-01', label: 'vendredi 1er janvier 2027', text: 'Fermé' },
      { date: '2027-03-29', label: 'lundi 29 mars 2027', text: 'Fermé' },
    ]);
    const ph = compile('Mo-Fr 09:00-17:00; PH 10:00-12:00');
    expect(upcomingExceptions(ph, new Date('2026-12-20T10:00:00Z'), 1)).toEqual([
      { date: '2026-12-25', label: 'vendredi 25 décembre 2026', text: '10 h à 12 h' },
    ]);
  });
});
