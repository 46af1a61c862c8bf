/**
 * /donnees/couverture.csv: the coverage indicators, one line per sub-territory and lever (src/lib/coverage/csv.ts,
 * columns in docs/couverture.md). Built once per build; empty of lines (header only) outside France.
 */
import type { APIRoute } from 'astro';
import { getTerritory } from '../../content.ts';
import { getCoverage } from '../../coverage.ts';
import { INDICATOR_COLUMNS, indicatorsCsv } from '../../lib/coverage/csv.ts';

export const GET: APIRoute = async () => {
  const report = await getCoverage();
  const body = report ? indicatorsCsv(report, (await getTerritory()).nom) : `${INDICATOR_COLUMNS.join(',')}\r\n`;
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
