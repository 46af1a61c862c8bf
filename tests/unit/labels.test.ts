import { describe, expect, it } from 'vitest';
import * as t from '../../src/i18n/index.ts';
import { languageName } from '../../src/lib/labels.ts';

const ACCES_LABELS = t.labels.acces;
const ACCOMPAGNEMENT_LABELS = t.labels.accompagnement;
import { LANGUAGE_CODES } from '../../src/lib/schema/reperes.ts';
import { MODALITES_ACCES, MODALITES_ACCOMPAGNEMENT } from '../../src/lib/schema/standard.ts';

describe('plain-French labels', () => {
  it.each([
    ['modalites_accompagnement', ACCOMPAGNEMENT_LABELS, MODALITES_ACCOMPAGNEMENT],
    ['modalites_acces', ACCES_LABELS, MODALITES_ACCES],
  ] as const)('label every value of %s, each differently', (_field, labels, values) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    const texts = Object.values(labels) as string[];
    for (const text of texts) expect(text.trim()).toMatch(/^[A-ZÀ-Ý]/);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('words the technical values for people, not for the standard', () => {
    expect(ACCES_LABELS['Se présenter']).toBe('Venir sans rendez-vous');
    expect(ACCES_LABELS['Prendre un RDV en ligne']).not.toMatch(/RDV/);
    expect(ACCOMPAGNEMENT_LABELS['En autonomie']).toBe('Utiliser le matériel seul, sur place');
  });
});

describe('languageName', () => {
  it('names languages in French', () => {
    expect(languageName('ar')).toBe('arabe');
    expect(languageName('en')).toBe('anglais');
    expect(languageName('nl')).toBe('néerlandais');
    expect(languageName('oc')).toBe('occitan');
  });

  it('names every code the schema accepts', () => {
    expect(LANGUAGE_CODES.length).toBeGreaterThan(100);
    const unnamed = LANGUAGE_CODES.filter((code) => languageName(code) === code);
    expect(unnamed).toEqual([]);
  });

  it('gives back a code it cannot name, even a malformed one, instead of throwing', () => {
    expect(languageName('zz')).toBe('zz');
    expect(languageName('x')).toBe('x');
    expect(languageName('')).toBe('');
  });
});
