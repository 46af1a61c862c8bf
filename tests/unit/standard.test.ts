import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormationLabel as AnctFormationLabel, Service as AnctService } from '@gouvfr-anct/lieux-de-mediation-numerique';
import { STANDARD_ENUMERATIONS, STANDARD_PATTERNS, RESUME_MAX_LENGTH } from '../../src/lib/schema/standard.ts';
import { TYPOLOGIES } from '../../src/lib/schema/typologies.ts';

interface Field {
  name: string;
  constraints?: { pattern?: string; maxLength?: number };
}
const schema = JSON.parse(readFileSync('src/lib/schema/reference/schema-lieux-mediation-numerique-v1.0.2.json', 'utf8')) as { fields: Field[] };
const field = (name: string) => schema.fields.find((candidate) => candidate.name === name);

/** The alternatives of a pattern of the form (?:(?:^|\|)(A|B|C))+$, unescaped. */
function alternatives(pattern: string): string[] {
  const inner = /\(\?:\(\?:\^\|\\\|\)\((.*)\)\)\+\$$/.exec(pattern)?.[1];
  if (!inner) throw new Error(`unexpected pattern ${pattern}`);
  return inner.split('|').map((value) => value.replace(/\\(.)/g, '$1'));
}

describe('the enumerations mirror the patterns of the standard v1.0.2', () => {
  it.each(Object.entries(STANDARD_ENUMERATIONS))('%s', (name, values) => {
    const pattern = field(name)?.constraints?.pattern;
    expect(pattern, `${name} has a pattern in the schema`).toBeDefined();
    expect([...values].sort()).toEqual(alternatives(pattern!).sort());
    const regex = new RegExp(pattern!);
    for (const value of values) expect(regex.test(value), value).toBe(true);
    expect(regex.test(values.join('|'))).toBe(true);
  });

  it('covers every enumerated field of the schema', () => {
    const enumerated = schema.fields.filter((candidate) => candidate.constraints?.pattern?.startsWith('(?:(?:^|')).map((candidate) => candidate.name);
    expect(enumerated.sort()).toEqual(Object.keys(STANDARD_ENUMERATIONS).sort());
  });

  it.each(Object.entries(STANDARD_PATTERNS))('single-valued pattern %s', (name, regex) => {
    expect(regex.source).toBe(field(name)?.constraints?.pattern);
  });

  it('the summary limit is the schema one', () => {
    expect(RESUME_MAX_LENGTH).toBe(field('presentation_resume')?.constraints?.maxLength);
  });
});

describe('the typology list', () => {
  it('is the data·inclusion list, code for code', () => {
    const rows = readFileSync('src/lib/schema/reference/typologies-data-inclusion.tsv', 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
    expect(Object.entries(TYPOLOGIES)).toEqual(rows.map(([code, label]) => [code, label]));
  });
});

describe('the ANCT library', () => {
  it('agrees with the standard on services (we use our constants, checked against the schema)', () => {
    expect(Object.values(AnctService).sort()).toEqual([...STANDARD_ENUMERATIONS.services].sort());
  });

  it('has a training label that fails the schema pattern, which is why we do not take its lists', () => {
    const pattern = new RegExp(field('formations_labels')!.constraints!.pattern!);
    const failing = Object.values(AnctFormationLabel).filter((label) => !pattern.test(label));
    expect(failing).toEqual(['Étapes numériques (La Poste)']);
  });
});
