/**
 * The coverage figures on the built site (dist/, built before this project runs): every chart (/donnees/couverture/
 * and the sub-territory pages) is a static SVG image named by its caption, with a table of the same numbers right
 * after it; the CSV files say the same as the page. No script on the coverage page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATOR_COLUMNS } from '../../src/lib/coverage/csv.ts';

const dist = 'dist';
const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const page = readFileSync(join(dist, 'donnees', 'couverture', 'index.html'), 'utf8');
const subPages = readdirSync(join(dist, 'territoires'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ id: entry.name, html: readFileSync(join(dist, 'territoires', entry.name, 'index.html'), 'utf8') }));

interface Figure {
  caption: string;
  svg: string;
  table: string;
}

/** The coverage figures of a page: caption, SVG and table, in that order inside each <figure>. */
function figuresOf(html: string): Figure[] {
  return [...html.matchAll(/<figure class="coverage-figure"[^>]*>([\s\S]*?)<\/figure>/g)].map((match) => {
    const body = match[1]!;
    return {
      caption: decode(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(body)?.[1] ?? ''),
      svg: /<svg[\s\S]*?<\/svg>/.exec(body)?.[0] ?? '',
      table: /<table[\s\S]*?<\/table>/.exec(body)?.[0] ?? '',
    };
  });
}

/** `data-cell` → text, in a piece of HTML or SVG. */
function cells(html: string, tag: 'span' | 'td'): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of html.matchAll(new RegExp(`<${tag}[^>]*data-cell="([^"]+)"[^>]*>([^<]*)</${tag}>`, 'g'))) found.set(match[1]!, decode(match[2]!).trim());
  return found;
}

function checkFigure(figure: Figure, where: string) {
  expect(figure.svg, where).toMatch(/^<svg [^>]*role="img"/);
  expect(decode(/aria-label="([^"]*)"/.exec(figure.svg)?.[1] ?? ''), where).toBe(figure.caption);
  expect(figure.table, `${where}: a table after the chart`).not.toBe('');
  const onChart = cells(figure.svg, 'span');
  const inTable = cells(figure.table, 'td');
  expect(onChart.size, where).toBeGreaterThan(0);
  // Every number on the chart is in the table, in the cell of the same row and column, written the same way.
  for (const [cell, text] of onChart) expect(inTable.get(cell), `${where} ${cell}`).toBe(text);
  return { onChart, inTable };
}

describe('/donnees/couverture/', () => {
  const figures = figuresOf(page);

  it('has the choropleth and the five bar charts, each with its caption and a table of the same numbers', () => {
    expect(figures).toHaveLength(6);
    for (const figure of figures) {
      const { onChart, inTable } = checkFigure(figure, figure.caption);
      // Bar charts draw every cell of their table (the map may lack a shape for a sub-territory).
      if (figure.svg.includes('class="coverage-chart"')) expect([...inTable.keys()].sort(), figure.caption).toEqual([...onChart.keys()].sort());
    }
    // The map: one area per sub-territory of the demo (all made of whole départements).
    expect(cells(figures[0]!.svg, 'span').size).toBe(subPages.length);
  });

  it('runs no script and links the two CSV files', () => {
    expect(page).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
    expect(page).toContain('href="/donnees/couverture.csv"');
    expect(page).toContain('href="/donnees/couverture-communes.csv"');
  });

  it('the CSV holds the numbers of the page', () => {
    const lines = readFileSync(join(dist, 'donnees', 'couverture.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(INDICATOR_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + (subPages.length + 1) * 5);
    // Number of venues, every lever, per sub-territory: the first column of the « Nombre de lieux » table.
    const counts = figures.find((figure) => figure.svg.includes('class="coverage-chart"'))!;
    const table = cells(counts.table, 'td');
    const venuesColumn = INDICATOR_COLUMNS.indexOf('lieux');
    const everyLever = lines.slice(1).map((line) => line.split(',')).filter((fields) => fields[3] === 'tous');
    everyLever.forEach((fields, row) => expect(table.get(`${row},0`)?.replace(/\s/g, ''), fields[1]).toBe(fields[venuesColumn]));
  });
});

describe('the coverage section of the sub-territory pages', () => {
  it.each(subPages)('$id: a chart with its table, and a link to /donnees/couverture/', ({ id, html }) => {
    const figures = figuresOf(html);
    expect(figures, id).toHaveLength(1);
    checkFigure(figures[0]!, id);
    expect(html).toContain('href="/donnees/couverture/"');
  });
});
