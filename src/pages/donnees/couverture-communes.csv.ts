/**
 * /donnees/couverture-communes.csv: the communes with no venue within 15 km, by sub-territory, most populous
 * first (src/lib/coverage/csv.ts, docs/couverture.md).
 */
import type { APIRoute } from 'astro';
import { getCoverage } from '../../coverage.ts';
import { GAP_COLUMNS, gapsCsv } from '../../lib/coverage/csv.ts';

export const GET: APIRoute = async () => {
  const report = await getCoverage();
  return new Response(report ? gapsCsv(report) : `${GAP_COLUMNS.join(',')}\r\n`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
