/**
 * Static SVG charts of the coverage indicators, drawn at build time (no script): horizontal bar charts in
 * panels (one per lever) and a choropleth of sub-territories. Each SVG is an image named by the figure's
 * caption; the numbers are also written on the chart (every bar and every area carries its value as text, so
 * colour never carries meaning alone) and, beside it, in a table built from the same model: each value's label has
 * `data-cell="row,column"`, and so has the table cell that holds it (tests/build/coverage.test.ts). Words come from
 * the caller (src/i18n/); pure, browser-safe.
 */
import type { Position } from '../map/simplify.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (value: number) => Math.round(value * 10) / 10;

export interface BarPanel {
  title: string;
  /** One value per row (null: no value, nothing drawn), and the text written at the end of its bar. */
  values: (number | null)[];
  texts: string[];
}

export interface BarChart {
  /** Row labels (sub-territories). */
  rows: string[];
  panels: BarPanel[];
  /** The value of a full bar (shared by the panels, so that bars compare across them). */
  max: number;
}

/** Bar colours: 4.5:1 or more against white (and so against the pale background of the panels). */
export const BAR_COLOURS = ['#1d4f91', '#8a3b00', '#1e6b3a', '#6b2c91'] as const;

const ROW = 24;
/** Line height of the panel titles, which wrap on two lines at most. */
const TITLE_LINE = 16;
/** Average advance of a 13-pixel character, to size the label column and wrap titles (an estimate: no font metrics at build time). */
const CHAR = 7.2;

/** Words of `text` in lines of at most `max` characters (a longer word stays whole), at most `lines` lines. */
export function wrapWords(text: string, max: number, lines = 2): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.length <= lines ? out : [...out.slice(0, lines - 1), out.slice(lines - 1).join(' ')];
}

/**
 * Text on a chart: HTML in a foreignObject, dark on a white label from the stylesheet (src/styles/coverage.css), as
 * on the venue pages' plans: contrast checkers cannot tell the colour behind SVG text (axe counts it as an error),
 * and people's colour settings apply to HTML text. `html` is already escaped.
 */
function label(x: number, y: number, width: number, height: number, anchor: 'start' | 'middle' | 'end', html: string): string {
  const fx = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const align = anchor === 'start' ? '' : ` class="${anchor}"`;
  return `<foreignObject x="${r1(fx)}" y="${r1(y)}" width="${width}" height="${height}"${align}>${html}</foreignObject>`;
}

/** The SVG of a bar chart; `label` names the image (the figure's caption). */
export function barChartSvg(chart: BarChart, name: string): string {
  const panelWidth = chart.panels.length === 1 ? 360 : 170;
  const barMax = panelWidth - 58;
  const labelWidth = Math.round(Math.min(340, Math.max(100, Math.max(...chart.rows.map((row) => row.length)) * CHAR + 16)));
  const titles = chart.panels.map((panel) => wrapWords(panel.title, Math.floor((panelWidth - 8) / (CHAR + 0.6))));
  const titleHeight = Math.max(...titles.map((lines) => lines.length), 1) * TITLE_LINE + 12;
  const width = labelWidth + chart.panels.length * panelWidth;
  const height = titleHeight + chart.rows.length * ROW + 6;
  // No shape behind or across any text (no row stripes, the axis starts under the titles): contrast checkers
  // cannot tell the colour behind SVG text that overlaps another shape, and would count it as an error.
  const parts: string[] = [];
  chart.rows.forEach((row, index) => {
    const y = titleHeight + index * ROW;
    parts.push(label(labelWidth - 8, y + 3, labelWidth - 8, 18, 'end', `<span>${escapeXml(row)}</span>`));
  });
  chart.panels.forEach((panel, p) => {
    const x0 = labelWidth + p * panelWidth;
    const colour = BAR_COLOURS[p % BAR_COLOURS.length]!;
    const lines = titles[p]!;
    parts.push(label(x0, titleHeight - 6 - lines.length * TITLE_LINE, panelWidth - 6, lines.length * TITLE_LINE + 2, 'start', `<span class="t">${lines.map(escapeXml).join('<br>')}</span>`));
    parts.push(`<line x1="${x0}" y1="${titleHeight + 2}" x2="${x0}" y2="${height - 4}" stroke="#3d4451" stroke-width="1"/>`);
    panel.values.forEach((value, index) => {
      const y = titleHeight + index * ROW;
      const length = value === null || chart.max <= 0 ? 0 : r1((Math.min(value, chart.max) / chart.max) * barMax);
      if (length > 0) parts.push(`<rect x="${x0}" y="${y + 5}" width="${length}" height="${ROW - 10}" fill="${colour}"/>`);
      parts.push(label(x0 + length + 3, y + 3, 54, 18, 'start', `<span class="v" data-cell="${index},${p}">${escapeXml(panel.texts[index] ?? '')}</span>`));
    });
  });
  return (
    `<svg class="coverage-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(name)}">` +
    parts.join('') +
    '</svg>'
  );
}

// ---------------------------------------------------------------------------------------------------------
// Choropleth

/** Fills of the classes, light to dark (ColorBrewer Blues); every area also carries its value as text. */
export const CLASS_FILLS = ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'] as const;

/**
 * Class boundaries for `values`: up to four classes of equal width between the smallest and the largest value,
 * rounded to `step`. Returns the upper bounds (the last is the maximum).
 */
export function classBreaks(values: readonly number[], classes = CLASS_FILLS.length, step = 0.1): number[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max - min < step) return [max];
  const round = (value: number) => Math.round(value / step) * step;
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const value = Number(round(min + ((max - min) * i) / classes).toFixed(6));
    if (value > (breaks.at(-1) ?? -Infinity) && value < max) breaks.push(value);
  }
  return [...breaks, max];
}

/** The class of a value (index into the breaks: the first upper bound it does not exceed). */
export function classOf(value: number, breaks: readonly number[]): number {
  const index = breaks.findIndex((bound) => value <= bound + 1e-9);
  return index === -1 ? breaks.length - 1 : index;
}

export interface ChoroplethArea {
  id: string;
  /** Short label drawn on the area (a code) and the value's text under it. */
  short: string;
  text: string;
  value: number | null;
  /** The table cell holding the same value (`data-cell` on both: « row,column »). */
  cell: string;
  polygons: Position[][][];
}

/** Signed area and centroid of a ring (shoelace), in projected units. */
function ringCentroid(ring: readonly Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0 ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 } : { area, x: x / (6 * area), y: y / (6 * area) };
}

/**
 * The SVG of a choropleth: every area filled by its class (`breaks`: classBreaks of the values; an area
 * without value is white, hatched), outlined, and labelled with its short name and value.
 */
export function choroplethSvg(areas: readonly ChoroplethArea[], breaks: readonly number[], name: string, width = 560): string {
  const all = areas.flatMap((area) => area.polygons.flatMap((polygon) => polygon[0] ?? []));
  if (all.length === 0) return '';
  const west = Math.min(...all.map((p) => p[0]));
  const east = Math.max(...all.map((p) => p[0]));
  const south = Math.min(...all.map((p) => p[1]));
  const north = Math.max(...all.map((p) => p[1]));
  const cos = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const margin = 8;
  const scale = (width - 2 * margin) / ((east - west) * cos || 1);
  const height = Math.round((north - south) * scale + 2 * margin);
  const project = ([lon, lat]: Position): Position => [r1(margin + (lon - west) * cos * scale), r1(margin + (north - lat) * scale)];
  const paths: string[] = [];
  const labels: string[] = [];
  for (const area of areas) {
    const fill = area.value === null ? 'url(#coverage-none)' : CLASS_FILLS[classOf(area.value, breaks)]!;
    let d = '';
    let best = { area: 0, x: 0, y: 0 };
    for (const polygon of area.polygons) {
      polygon.forEach((ring, index) => {
        const projected = ring.map(project);
        d += `M${projected.map((p) => `${p[0]} ${p[1]}`).join('L')}Z`;
        if (index === 0) {
          const centroid = ringCentroid(projected);
          if (Math.abs(centroid.area) > Math.abs(best.area)) best = centroid;
        }
      });
    }
    paths.push(`<path d="${d}" fill="${fill}" fill-rule="evenodd" stroke="#1a1a1a" stroke-width="1.2" stroke-linejoin="round"/>`);
    labels.push(label(best.x, best.y - 17, 48, 34, 'middle', `<span class="code">${escapeXml(area.short)}</span><br><span class="v" data-cell="${escapeXml(area.cell)}">${escapeXml(area.text)}</span>`));
  }
  const pattern =
    '<defs><pattern id="coverage-none" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#3d4451" stroke-width="1.5"/></pattern></defs>';
  return (
    `<svg class="coverage-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(name)}">` +
    pattern +
    paths.join('') +
    labels.join('') +
    '</svg>'
  );
}
