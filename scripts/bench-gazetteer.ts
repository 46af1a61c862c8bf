/**
 * `node scripts/bench-gazetteer.ts [--rounds 10]` (part of `npm run bench` and `npm run bench:search`):
 * the « Près de » gazetteer of the demo territory (content/, built from the French packages), in Node:
 *  - building it for the territory, the first time (packages read) and once they are read;
 *  - per keystroke: a commune name and a postcode typed character by character, every prefix searched
 *    once per round after a warm-up pass (JIT); median, p95 and max in milliseconds.
 * Goals: a keystroke under 2 ms (median), the territory's gazetteer under 1 s once the packages are read.
 * Prints figures only: no assertion. The machine's load average is printed: other work skews the timings.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { searchPlaces } from '../src/lib/gazetteer.ts';
import { TerritorySchema } from '../src/lib/schema/territory.ts';
import { gazetteerForTerritory, readVenueLocations } from '../src/node/gazetteer-build.ts';
import { parseYamlOrThrow } from '../src/lib/frontmatter.ts';

/** What people type in « Près de »: each string is searched prefix by prefix, as the field does. */
export const GAZETTEER_KEYSTROKES = ['st etienne', 'clermont', 'lyon 3', '63000'];

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 3 : 1)} ms`;

function main(): void {
  const roundsIndex = process.argv.indexOf('--rounds');
  const rounds = roundsIndex > 0 ? Number(process.argv[roundsIndex + 1]) : 10;
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error('--rounds attend un entier positif. Usage : node scripts/bench-gazetteer.ts [--rounds 10]');
    process.exit(1);
  }
  const contentDir = process.env.CONTENT_DIR || 'content';
  const territory = TerritorySchema.parse(parseYamlOrThrow(readFileSync(join(contentDir, 'territoire.yaml'), 'utf8')));
  const venues = readVenueLocations(contentDir);
  console.log(`Liste des communes de ${contentDir}/ (« Près de »), Node ${process.version}, charge ${loadavg()[0]!.toFixed(1)}\n`);

  let started = performance.now();
  const { gazetteer } = gazetteerForTerritory(contentDir, territory, venues);
  const first = performance.now() - started;
  started = performance.now();
  gazetteerForTerritory(contentDir, territory, venues);
  const again = performance.now() - started;
  console.log(`Construction pour le territoire : ${ms(first)} la première fois, ${ms(again)} une fois les paquets lus (objectif < 1 s), ${gazetteer.rows.length} lignes`);

  const prefixes = GAZETTEER_KEYSTROKES.flatMap((text) => Array.from({ length: text.length }, (_, length) => text.slice(0, length + 1)));
  for (const query of prefixes) searchPlaces(gazetteer, query);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of prefixes) {
      const begin = performance.now();
      searchPlaces(gazetteer, query);
      times.push(performance.now() - begin);
    }
  }
  times.sort((a, b) => a - b);
  console.log(
    `Par frappe (${GAZETTEER_KEYSTROKES.map((text) => `« ${text} »`).join(', ')} tapés lettre à lettre, ${rounds} passes, ${times.length} recherches) : ` +
      `médiane ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(times[times.length - 1]!)} (objectif : médiane < 2 ms)`,
  );
}

if (import.meta.main) main();
