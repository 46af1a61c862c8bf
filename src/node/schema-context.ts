/**
 * The schema context used at build and validation time (Node only): the territory's country and
 * the real opening_hours parser. The browser form builds its own context without the parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOpeningHours } from '../lib/hours/compile.ts';
import { COUNTRIES, type Country } from '../lib/schema/reperes.ts';
import type { SchemaContext } from '../lib/schema/venue.ts';
import { parseYamlOrThrow } from '../lib/frontmatter.ts';

/** Country of the territory, read from content/territoire.yaml (FR when unreadable: the validator reports that file itself). */
export function readTerritoryCountry(contentDir: string): Country {
  try {
    const data = parseYamlOrThrow(readFileSync(join(contentDir, 'territoire.yaml'), 'utf8')) as { pays?: unknown };
    return COUNTRIES.includes(data?.pays as Country) ? (data.pays as Country) : 'FR';
  } catch {
    return 'FR';
  }
}

export function buildSchemaContext(contentDir: string, today = new Date()): SchemaContext {
  return { defaultCountry: readTerritoryCountry(contentDir), checkHours: checkOpeningHours, today };
}
