/**
 * The exports written in pieces (src/lib/export/pieces.ts): joined, the pieces are exactly what `JSON.stringify`
 * gives for the whole object, compact and indented, with empty heads, empty lists and values JSON cannot hold;
 * and every export of the demo territory, in pieces, is the text of its whole object.
 */
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/lib/export/pieces.ts';
import { dataInclusionExport } from '../../src/lib/export/data-inclusion.ts';
import { hsdsExport } from '../../src/lib/export/hsds.ts';
import { renderExportPieces } from '../../src/lib/export/index.ts';
import { exportInput } from '../../src/node/exports.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { EXPORT_CONTEXT } from '../helpers/export-venues.ts';

const CASES: [string, Record<string, unknown>, [string, unknown[]][]][] = [
  ['a head and two lists, one empty', { a: 1, b: 'x « é » ’' }, [['l', [{ x: 1, y: [1, 2], z: {} }, { q: [] }]], ['m', []]]],
  ['no head', {}, [['l', [1, undefined, 'texte', null, () => 1]]]],
  ['nothing', {}, []],
  ['a nested head, no items', { a: { b: [1, { c: 2 }] }, u: undefined }, [['e', []]]],
  ['a head only', { a: 1 }, []],
  ['many items (several batches)', { n: 3 }, [['l', Array.from({ length: 5000 }, (_, index) => ({ index, text: `élément ${index}` }))]]],
];

describe('jsonPieces', () => {
  for (const [name, head, lists] of CASES) {
    for (const space of [0, 1] as const) {
      it(`${name}, ${space ? 'indented' : 'compact'}: the text of JSON.stringify`, () => {
        const pieces = [...jsonPieces(head, lists, space)];
        expect(pieces.join('')).toBe(JSON.stringify({ ...head, ...Object.fromEntries(lists) }, null, space));
      });
    }
  }

  it('hands out a large list in several pieces, not as one text', () => {
    const pieces = [...jsonPieces({}, [['l', Array.from({ length: 20000 }, (_, index) => ({ index }))]])];
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(70_000);
  });
});

describe('the exports in pieces', () => {
  const content = loadContent(process.cwd(), 'content');
  const { venues, operators } = exportInput(content);

  it('give the object of data·inclusion and of HSDS, row for row', () => {
    expect(JSON.parse([...renderExportPieces('data-inclusion', venues, operators, EXPORT_CONTEXT)].join(''))).toEqual(dataInclusionExport(venues, EXPORT_CONTEXT));
    const hsds = hsdsExport(venues, operators, EXPORT_CONTEXT);
    expect(hsds.locations.length).toBe(venues.length);
    expect(JSON.parse([...renderExportPieces('hsds', venues, operators, EXPORT_CONTEXT)].join(''))).toEqual(hsds);
  });
});
