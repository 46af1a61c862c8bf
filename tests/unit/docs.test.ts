import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VenueFieldsSchema } from '../../src/lib/schema/venue.ts';
import { OperatorFieldsSchema } from '../../src/lib/schema/operator.ts';
import { TerritorySchema } from '../../src/lib/schema/territory.ts';
import { LeverSchema } from '../../src/lib/schema/lever.ts';
import { DEMARCHE_IDS, SERVICE_PRATIQUE_IDS } from '../../src/lib/schema/reperes.ts';
import { STANDARD_ENUMERATIONS } from '../../src/lib/schema/standard.ts';

const doc = readFileSync('docs/contenu.md', 'utf8');

describe('docs/contenu.md documents the schemas', () => {
  it.each([
    ['venue', Object.keys(VenueFieldsSchema.shape)],
    ['operator', Object.keys(OperatorFieldsSchema.shape)],
    ['lever', Object.keys(LeverSchema.shape)],
    ['territory', Object.keys(TerritorySchema.shape)],
  ])('every %s field is named', (_kind, fields) => {
    for (const field of fields) expect(doc, field).toContain(`\`${field}\``);
  });

  it('every allowed value is listed', () => {
    const values = [...Object.values(STANDARD_ENUMERATIONS).flat(), ...SERVICE_PRATIQUE_IDS, ...DEMARCHE_IDS];
    for (const value of values) expect(doc, value).toContain(`\`${value}\``);
  });
});
