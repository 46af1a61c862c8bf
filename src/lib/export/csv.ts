/**
 * CSV as RFC 4180 writes it: fields separated by commas, every field in double quotes (a quote doubled),
 * CRLF between records, UTF-8 without BOM. The reader accepts what the writer writes, and also LF line
 * endings, a BOM, and unquoted fields.
 */
import * as t from '../../i18n/index.ts';

/** One CSV record line (without its line break). */
export function csvLine(values: readonly string[]): string {
  return values.map((value) => `"${value.replace(/"/g, '""')}"`).join(',');
}

/** A CSV file: a header then the rows, each line ending with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${csvLine(row)}\r\n`).join('');
}

/** Reads a CSV text into records (arrays of fields). Throws an Error on a quote left open. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fieldStarted = false;
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
        index++;
        continue;
      }
      field += char;
      index++;
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      index++;
    } else if (char === ',') {
      record.push(field);
      field = '';
      fieldStarted = false;
      index++;
    } else if (char === '\r' || char === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      fieldStarted = true;
      index++;
    }
  }
  if (quoted) throw new Error(t.importLines.csv.unclosedQuote);
  if (fieldStarted || field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** CSV records with a header line → objects keyed by the header's names. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows
    .filter((row) => !(row.length === 1 && row[0] === ''))
    .map((row) => Object.fromEntries(header.map((name, column) => [name.trim(), row[column] ?? ''])));
}
