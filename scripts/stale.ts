/**
 * `npm run stale -- --months 12`: the listings to re-check — venues verified (`date_verification`), else
 * changed (`date_maj`), more than N months ago (default 12) — grouped by operator with their contacts, as
 * Markdown (src/lib/stale.ts) on stdout, or in a file with `--out <file>`.
 * Options: --months <n>, --out <file>, --max-chars <n> (cut the list to fit an issue body; GitHub allows
 * 65,536 characters), --content <dir> (default: $CONTENT_DIR or content), --today <AAAA-MM-JJ> (tests).
 * Refused content files are left out (`npm run validate` reports them); exit code 2 on a bad option.
 */
import { writeFileSync } from 'node:fs';
import { loadContent } from '../src/node/content-files.ts';
import { staleListings, staleMarkdown } from '../src/lib/stale.ts';
import { isoDate } from '../src/lib/schema/fields.ts';
import * as t from '../src/i18n/index.ts';

const args = process.argv.slice(2);
let months = 12;
let out: string | undefined;
let maxChars: number | undefined;
let contentDir = process.env.CONTENT_DIR || 'content';
let today = isoDate(new Date());
const fail = (message: string): never => {
  console.error(message);
  console.error(t.stale.usage);
  process.exit(2);
};
for (let index = 0; index < args.length; index++) {
  const arg = args[index]!;
  const value = args[index + 1];
  if (value === undefined && arg.startsWith('--')) fail(t.validation.unknownOption(arg));
  if (arg === '--months') {
    months = Number(value);
    if (!Number.isInteger(months) || months < 1) fail(t.stale.badMonths(value!));
  } else if (arg === '--out') out = value;
  else if (arg === '--max-chars') maxChars = Number(value) > 0 ? Number(value) : fail(t.validation.unknownOption(`${arg} ${value}`));
  else if (arg === '--content') contentDir = value!;
  else if (arg === '--today') today = /^\d{4}-\d{2}-\d{2}$/.test(value!) ? value! : fail(t.stale.badToday(value!));
  else fail(t.validation.unknownOption(arg));
  index++;
}

const { venues, operators } = loadContent(process.cwd(), contentDir, { today: new Date(`${today}T12:00:00Z`) });
const groups = staleListings(venues, operators, { today, months });
const markdown = staleMarkdown(groups, { today, months, maxChars });
if (out) {
  writeFileSync(out, markdown);
  console.error(t.stale.written(groups.reduce((sum, group) => sum + group.venues.length, 0), out));
} else process.stdout.write(markdown);
