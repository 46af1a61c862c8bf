/**
 * The national bench's real data: the 2,845 France Services of 2024 (scripts/bench/data/), mapped by the project's
 * own importer (src/lib/mednum/france-services.ts) over the national territory of the synthetic generator, then
 * written beside the synthetic venues. Used by scripts/bench.ts only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, mapFranceServicesRows } from '../../src/lib/mednum/france-services.ts';
import { serializeVenue } from '../../src/lib/mednum/markdown.ts';
import type { V01Venue } from '../../src/lib/mednum/v01.ts';
import { buildSchemaContext } from '../../src/node/schema-context.ts';
import { nationalTerritory } from '../lib/synthetic.ts';

export const FRANCE_SERVICES_CSV = 'scripts/bench/data/france-services-2024-08-01.csv';

export interface FranceServicesVenues {
  venues: V01Venue[];
  /** Rows outside metropolitan France (the synthetic territory) and rows the importer refused. */
  outside: number;
  rejected: number;
  rows: number;
}

/** The France Services of the national file that the importer accepts, over metropolitan France. */
export function franceServicesVenues(csvPath = FRANCE_SERVICES_CSV): FranceServicesVenues {
  const rows = csvRecords(readFileSync(csvPath, 'utf8'));
  const date = csvPath.match(/(\d{4}-\d{2}-\d{2})/)?.[1] ?? '2024-08-01';
  const { venues, rejected, outside } = mapFranceServicesRows(rows, { context: buildSchemaContext('content'), territory: nationalTerritory().data, date });
  return { venues, outside, rejected: rejected.length, rows: rows.length };
}

/** Writes the venues into `<contentDir>/lieux/`; an id a synthetic venue already has gets `-france-services`. */
export function writeFranceServices(contentDir: string, venues: readonly V01Venue[]): void {
  for (const venue of venues) {
    let path = join(contentDir, 'lieux', `${venue.id}.md`);
    if (existsSync(path)) path = join(contentDir, 'lieux', `${venue.id}-france-services.md`);
    writeFileSync(path, serializeVenue(venue.frontmatter, venue.body));
  }
}
