/**
 * The hostile corpus (tests/fixtures/hostile.ts) through the one reading of the content (loadContent), as
 * `npm run validate` and `npm run build` do: each refused input gives a French line naming its file and its
 * field, the inert ones and the ordinary venues beside them still load, nothing runs, and the build stops
 * before writing anything. The inert ones are built and opened in a browser by tests/browser/hostile.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeVenue } from '../../src/lib/mednum/markdown.ts';
import { loadContent, type LoadedContent } from '../../src/node/content-files.ts';
import { contentFolder } from '../helpers/content-folder.ts';
import { baseVenue, HOSTILE_CASES, hostileFileBytes, hostileFileName, type HostileCase } from '../fixtures/hostile.ts';

let dir: string;
let contentDir: string;
let loaded: LoadedContent;
/** Ordinary venues beside the corpus: none may be lost. */
const ORDINARY = ['ordinaire-un', 'ordinaire-deux'];

const refused = HOSTILE_CASES.filter((entry): entry is HostileCase & { expect: { refused: { field: string; message: string } } } => 'refused' in entry.expect);
const inert = HOSTILE_CASES.filter((entry) => 'inert' in entry.expect);

beforeAll(() => {
  dir = contentFolder('corpus');
  contentDir = relative(process.cwd(), dir);
  HOSTILE_CASES.forEach((entry, index) => {
    const name = hostileFileName(entry);
    if (name) writeFileSync(join(dir, 'lieux', name), hostileFileBytes(entry, index)!);
  });
  ORDINARY.forEach((id, index) => writeFileSync(join(dir, 'lieux', `${id}.md`), serializeVenue({ ...baseVenue(HOSTILE_CASES.length + index), nom: `Maison ${id}` }, 'Présentation.')));
  loaded = loadContent(process.cwd(), contentDir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the hostile corpus', () => {
  it('has at least 40 inputs, with unique names, both refused and inert ones', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_CASES.map((entry) => entry.name)).size).toBe(HOSTILE_CASES.length);
    expect(refused.length).toBeGreaterThan(20);
    expect(inert.length).toBeGreaterThan(10);
  });

  it('every refused file input gets a French refusal naming its file and its field', () => {
    const missing: string[] = [];
    for (const entry of refused) {
      const name = hostileFileName(entry);
      if (!name) continue;
      const file = `${contentDir}/lieux/${name}`;
      const { field, message } = entry.expect.refused;
      const found = loaded.problems.some((problem) => problem.file === file && problem.field === field && problem.severity === undefined && problem.message.includes(message));
      if (!found) missing.push(`${entry.name}: ${JSON.stringify(loaded.problems.filter((problem) => problem.file === file))}`);
    }
    expect(missing).toEqual([]);
  });

  it('no refused file is loaded; every inert file and every ordinary venue is', () => {
    const ids = loaded.venues.map((venue) => venue.id).sort();
    expect(ids).toEqual([...inert.map((entry) => entry.name), ...ORDINARY].sort());
    const inertFiles = new Set(inert.map((entry) => `${contentDir}/lieux/${entry.name}.md`));
    expect(loaded.problems.filter((problem) => inertFiles.has(problem.file) && problem.severity !== 'warning')).toEqual([]);
  });

  it('no line carries a stack trace, an English parser message or a raw trick character', () => {
    for (const problem of loaded.problems) {
      expect(problem.message).not.toMatch(/\n\s+at |Error:|Invalid input|Unexpected/);
      expect(problem.message).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u0000\u001b]/);
    }
  });

  it('reading the corpus pollutes no prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('npm run validate refuses paths outside the content folder without reading them, and the corpus, with exit code 1', () => {
    const paths = HOSTILE_CASES.flatMap((entry) => ('path' in entry.input ? [entry.input.path] : []));
    const run = spawnSync('node', ['scripts/validate.ts', '--content', contentDir, ...paths, 'content/../package.json'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    for (const path of [...paths, 'content/../package.json']) expect(run.stderr).toContain(`${path}: n'est pas dans le dossier de contenu (${contentDir}/)`);
    expect(run.stderr).not.toContain('"name": "reperes"');
    const all = spawnSync('node', ['scripts/validate.ts', '--content', contentDir], { encoding: 'utf8' });
    expect(all.status).toBe(1);
    expect(all.stderr).toContain(`${contentDir}/lieux/lien-javascript.md: corps: ligne `);
    expect(all.stderr).not.toMatch(/\n\s+at /);
  });

  it('npm run build stops on the corpus before writing anything', () => {
    const outDir = join(dir, 'dist');
    const run = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/bidi-dans-nom\.md: nom: .*U\+202E/);
    expect(existsSync(outDir)).toBe(false);
  });
});
