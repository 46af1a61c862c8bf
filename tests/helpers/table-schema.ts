/**
 * A small Frictionless Table Schema checker: reads the schema file itself (its fields, their order, types
 * and constraints) and checks rows of text, as a CSV reader sees them. Handles what the national standard
 * uses: `required`, `unique`, `pattern` (a full match, as the Table Schema specification says), `maxLength`,
 * and the types `string`, `number`, `date` (format default: YYYY-MM-DD, a real calendar day).
 */
export interface TableSchemaField {
  name: string;
  type?: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; maxLength?: number; minLength?: number; enum?: string[] };
}

export interface TableSchema {
  fields: TableSchemaField[];
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The problems of a table (header + rows of text) against the schema; empty when every row passes. */
export function checkTable(schema: TableSchema, header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const problems: string[] = [];
  const names = schema.fields.map((field) => field.name);
  if (header.join(',') !== names.join(',')) problems.push(`header ${header.join(',')} ≠ schema ${names.join(',')}`);
  const patterns = new Map(schema.fields.filter((field) => field.constraints?.pattern).map((field) => [field.name, new RegExp(`^(?:${field.constraints!.pattern})$`, 'u')]));
  const seen = new Map<string, Set<string>>();
  rows.forEach((row, index) => {
    if (row.length !== header.length) problems.push(`row ${index + 1}: ${row.length} values for ${header.length} columns`);
    schema.fields.forEach((field) => {
      const column = header.indexOf(field.name);
      const value = column < 0 ? '' : (row[column] ?? '');
      const where = `row ${index + 1} (${row[0]}), ${field.name} « ${value.slice(0, 80)} »`;
      const constraints = field.constraints ?? {};
      if (value === '') {
        if (constraints.required) problems.push(`${where}: required`);
        return;
      }
      if (field.type === 'number' && !/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value)) problems.push(`${where}: not a number`);
      if (field.type === 'integer' && !/^[-+]?\d+$/.test(value)) problems.push(`${where}: not an integer`);
      if (field.type === 'date' && (field.format ?? 'default') === 'default' && !isCalendarDate(value)) problems.push(`${where}: not a date YYYY-MM-DD`);
      const pattern = patterns.get(field.name);
      if (pattern && !pattern.test(value)) problems.push(`${where}: does not match ${constraints.pattern}`);
      if (constraints.maxLength !== undefined && [...value].length > constraints.maxLength) problems.push(`${where}: longer than ${constraints.maxLength}`);
      if (constraints.minLength !== undefined && [...value].length < constraints.minLength) problems.push(`${where}: shorter than ${constraints.minLength}`);
      if (constraints.enum && !constraints.enum.includes(value)) problems.push(`${where}: not in the enum`);
      if (constraints.unique) {
        const values = seen.get(field.name) ?? new Set<string>();
        if (values.has(value)) problems.push(`${where}: not unique`);
        values.add(value);
        seen.set(field.name, values);
      }
    });
  });
  return problems;
}
