/**
 * Export texts as a sequence of pieces, so that a file of 90 MB is written as it is produced, a venue at a time,
 * with neither the whole object tree nor the whole text in memory (src/node/export-files.ts); joined, the pieces
 * are exactly the text `JSON.stringify` gives for the whole object (tests/unit/export-pieces.test.ts).
 */

/** Pieces are gathered up to about this many characters before they are handed out. */
const BATCH = 1 << 16;

/**
 * The JSON text of `{ ...head, [key1]: [...items1], [key2]: [...items2] }`, as `JSON.stringify(value, null, space)`
 * writes it (`space` 0: compact), in pieces: the items of each list are read, turned into text and let go one
 * at a time. Items are JSON values (an item that JSON cannot hold becomes `null`, as in `JSON.stringify`).
 */
export function* jsonPieces(head: Record<string, unknown>, lists: readonly (readonly [string, Iterable<unknown>])[], space: 0 | 1 = 0): Generator<string> {
  const pad = ' '.repeat(space);
  const headText = JSON.stringify(head, null, space);
  // the head without its closing brace (and, indented, the line break before it)
  let first = headText === '{}';
  yield first ? '{' : headText.slice(0, space ? -2 : -1);
  for (const [key, items] of lists) {
    let batch = `${first ? '' : ','}${space ? `\n${pad}` : ''}${JSON.stringify(key)}:${space ? ' ' : ''}[`;
    first = false;
    let empty = true;
    for (const item of items) {
      const text = JSON.stringify(item, null, space) ?? 'null';
      batch += `${empty ? '' : ','}${space ? `\n${pad}${pad}${text.replaceAll('\n', `\n${pad}${pad}`)}` : text}`;
      empty = false;
      if (batch.length >= BATCH) {
        yield batch;
        batch = '';
      }
    }
    yield `${batch}${space && !empty ? `\n${pad}` : ''}]`;
  }
  yield space && !first ? '\n}' : '}';
}

/** Lazily maps an iterable (no intermediate array). */
export function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/** Lazily flat-maps an iterable. */
export function* flatMapped<T, U>(items: Iterable<T>, map: (item: T) => Iterable<U>): Generator<U> {
  for (const item of items) yield* map(item);
}
