import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

describe('docs/architecture.md matches the code', () => {
  const architecture = readFileSync('docs/architecture.md', 'utf8');
  const named = [...architecture.matchAll(/`((?:src|scripts|tests|content|public)\/[^`*<>\s]+)`/g)].map((match) => match[1]!);

  it('names files and folders that exist', () => {
    expect(named.length).toBeGreaterThan(20);
    for (const path of named) expect(existsSync(path.replace(/\/$/, '')), path).toBe(true);
  });

  it('names every module of src/lib and src/node (one place per concept, each documented)', () => {
    const modules = [...listFiles('src/lib'), ...listFiles('src/node')].filter((path) => /\.ts$/.test(path) && !path.includes('/reference/'));
    expect(modules.length).toBeGreaterThan(20);
    const text = architecture.replace(/`/g, ' ');
    for (const path of modules) {
      const name = path.split('/').at(-1)!;
      expect(text.includes(path) || new RegExp(`[\\s/(]${name.replace('.', '\\.')}\\b`).test(text), path).toBe(true);
    }
  });

  it('describes the single reading of the content that the build uses', () => {
    expect(architecture).toMatch(/read and validated once per build/);
    expect(readFileSync('src/content.config.ts', 'utf8')).not.toMatch(/from 'astro\/loaders'/);
    expect(readFileSync('scripts/build.ts', 'utf8')).toMatch(/shareLoadedContent/);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`],
  );
}
