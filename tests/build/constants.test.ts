/**
 * One constant per list, used by every consumer: the filters of the built catalogue offer exactly
 * the values of the schema constants (no list retyped in a page).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELP_OPTIONS, PUBLIC_OPTIONS, SERVICE_OPTIONS, SUPPORT_OPTIONS, toSlug } from '../../src/lib/catalogue/filters.ts';
import { DEMARCHE_IDS, LEVERS, SERVICE_PRATIQUE_IDS } from '../../src/lib/schema/reperes.ts';
import { MODALITES_ACCOMPAGNEMENT, PRISES_EN_CHARGE, PUBLICS, SERVICES } from '../../src/lib/schema/standard.ts';

const html = readFileSync('dist/lieux/index.html', 'utf8');
const values = (name: string) => [...html.matchAll(new RegExp(`name="${name}" value="([^"]*)"`, 'g'))].map(([, value]) => value);

describe('the catalogue filters use the schema constants', () => {
  it.each([
    ['levier', [...LEVERS]],
    ['service', SERVICES.map(toSlug)],
    ['pratique', [...SERVICE_PRATIQUE_IDS]],
    ['demarche', [...DEMARCHE_IDS]],
    ['public', PUBLICS.map(toSlug)],
    ['accueil', PRISES_EN_CHARGE.map(toSlug)],
  ])('%s', (name, expected) => {
    expect(values(name)).toEqual(expected);
  });

  it('the filter options are built from the constants', () => {
    expect(SERVICE_OPTIONS.map((option) => option.value)).toEqual([...SERVICES]);
    expect(PUBLIC_OPTIONS.map((option) => option.value)).toEqual([...PUBLICS]);
    expect(SUPPORT_OPTIONS.map((option) => option.value)).toEqual([...PRISES_EN_CHARGE]);
    expect(Object.values(HELP_OPTIONS).sort()).toEqual([...MODALITES_ACCOMPAGNEMENT].sort());
  });
});
