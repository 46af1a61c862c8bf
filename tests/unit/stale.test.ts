/**
 * `npm run stale`: which listings are to re-check, grouped by operator with contacts, the Markdown of the issue
 * (checkboxes, inert texts, cut to a size), the CLI, and the monthly workflow's safety.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { inertMarkdown, monthsBefore, staleListings, staleMarkdown, type StaleVenueInput } from '../../src/lib/stale.ts';

const venue = (id: string, data: Partial<StaleVenueInput['data']>): StaleVenueInput => ({ id, data: { nom: id, commune: 'Riom', date_maj: '2026-01-01', courriels: [], ...data } });

const VENUES = [
  venue('recent', { date_maj: '2026-06-01', structure: 'asso' }),
  venue('verifiee', { date_maj: '2024-01-01', date_verification: '2026-02-01', structure: 'asso' }), // verified 10 months ago
  venue('ancienne', { date_maj: '2023-05-04', structure: 'asso', telephone: '+33473000000', courriels: ['a@ex.fr'] }),
  venue('verifiee-il-y-a-longtemps', { date_maj: '2022-01-01', date_verification: '2025-03-01', structure: 'asso' }),
  venue('mairie', { date_maj: '2025-11-22', structure: 'ville', nom: 'Mairie' }),
  venue('sans-structure', { date_maj: '2021-05-05' }),
  venue('structure-inconnue', { date_maj: '2025-01-01', structure: 'inconnue' }),
  venue('juste-a-la-limite', { date_maj: '2025-11-23', structure: 'ville' }),
];
const OPERATORS = [
  { id: 'ville', data: { nom: 'Ville de Riom', telephone: '+33473111111', courriels: ['mairie@riom.fr'] } },
  { id: 'asso', data: { nom: 'Association Numérique', courriels: [] } },
];

describe('staleListings', () => {
  it('goes back N months, the day of month clamped', () => {
    expect(monthsBefore('2026-11-23', 12)).toBe('2025-11-23');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 14)).toBe('2024-11-15');
  });

  it('keeps listings verified, else changed, before the cutoff; groups them by operator name, no operator last; oldest first', () => {
    const groups = staleListings(VENUES, OPERATORS, { today: '2026-11-23', months: 12 });
    expect(groups.map((group) => [group.operator?.id, group.venues.map((item) => item.id)])).toEqual([
      ['asso', ['ancienne', 'verifiee-il-y-a-longtemps']],
      ['ville', ['mairie']],
      [undefined, ['sans-structure', 'structure-inconnue']],
    ]);
    const [asso, ville] = groups;
    expect(asso!.venues[0]).toMatchObject({ date: '2023-05-04', verified: false, telephone: '+33473000000', courriels: ['a@ex.fr'] });
    expect(asso!.venues[1]).toMatchObject({ date: '2025-03-01', verified: true });
    expect(ville!.operator).toEqual({ id: 'ville', nom: 'Ville de Riom', telephone: '+33473111111', courriels: ['mairie@riom.fr'] });
    expect(staleListings(VENUES, OPERATORS, { today: '2026-11-23', months: 48 })).toEqual([{ venues: [expect.objectContaining({ id: 'sans-structure' })] }]);
  });
});

describe('staleMarkdown', () => {
  const groups = staleListings(VENUES, OPERATORS, { today: '2026-11-23', months: 12 });

  it('writes one heading per operator with its contacts and one checkbox per listing', () => {
    const markdown = staleMarkdown(groups, { today: '2026-11-23', months: 12 });
    expect(markdown).toMatch(/^5 fiches n’ont pas été vérifiées ni modifiées depuis plus de 12 mois \(avant le 23 novembre 2025\)/);
    expect(markdown).toContain('## Ville de Riom (`+33473111111`, `mairie@riom.fr`)');
    expect(markdown).toContain('## Lieux sans structure');
    expect(markdown).toContain('- [ ] **ancienne**, Riom — modifiée le 4 mai 2023 — `+33473000000`, `a@ex.fr` — `content/lieux/ancienne.md`');
    expect(markdown).toContain('- [ ] **verifiee-il-y-a-longtemps**, Riom — vérifiée le 1er mars 2025');
    expect(markdown.match(/^- \[ \] /gm)).toHaveLength(5);
    expect(markdown.indexOf('Association Numérique')).toBeLessThan(markdown.indexOf('Ville de Riom'));
  });

  it('makes texts of content files inert: no link, HTML, mention or reference', () => {
    expect(inertMarkdown('[clic](https://x) <img src=x> @admin #12 **gras**\nligne')).toBe('\\[clic\\]\\(https://x\\) \\<img src=x\\> \\@admin \\#12 \\*\\*gras\\*\\* ligne');
    const hostile = staleListings([venue('x', { nom: '](javascript:alert(1)) @team', date_maj: '2020-01-01' })], [], { today: '2026-11-23', months: 12 });
    expect(staleMarkdown(hostile, { today: '2026-11-23', months: 12 })).toContain('- [ ] **\\]\\(javascript:alert\\(1\\)\\) \\@team**');
  });

  it('cuts the list to a size and counts what it left out', () => {
    const many = staleListings(Array.from({ length: 300 }, (_, index) => venue(`lieu-${index}`, { date_maj: '2020-01-01' })), [], { today: '2026-11-23', months: 12 });
    const markdown = staleMarkdown(many, { today: '2026-11-23', months: 12, maxChars: 5000 });
    expect(markdown.length).toBeLessThanOrEqual(5000);
    const shown = markdown.match(/^- \[ \] /gm)!.length;
    expect(shown).toBeGreaterThan(10);
    expect(markdown).toContain(`… et ${300 - shown} autres fiches`);
  });
});

describe('npm run stale', () => {
  it('prints the Markdown of the content folder, and refuses a bad option', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/stale.ts', ...args], { encoding: 'utf8' });
    const none = run('--months', '1200', '--today', '2026-11-23');
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/^Aucune fiche à revérifier/);
    const all = run('--months', '1', '--today', '2030-01-01');
    expect(all.status).toBe(0);
    const boxes = all.stdout.match(/^- \[ \] /gm)!.length;
    expect(boxes).toBeGreaterThan(100);
    expect(all.stdout.match(/`content\/lieux\/[^`]+\.md`$/gm)).toHaveLength(boxes);
    expect(all.stdout).toMatch(/^## /m);
    expect(run('--months', 'douze').status).toBe(2);
  });
});

describe('the monthly workflow', () => {
  it('runs monthly and on demand, with issue write and content read only, and no expression inside a command', () => {
    const text = readFileSync('.github/workflows/stale.yml', 'utf8');
    const workflow = load(text) as { on: Record<string, { cron: string }[] | unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: { run?: string; env?: Record<string, string> }[] }> };
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect((workflow.on.schedule as { cron: string }[])[0]!.cron).toMatch(/^\S+ \S+ \S+ \* \*$/);
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
    expect(runs.join('\n')).toContain('--body-file issue.md');
    expect(runs.join('\n')).toContain('gh issue create --title "$TITLE"');
    for (const run of runs) expect(run).not.toContain('${{');
    expect(Object.values(workflow.jobs).flatMap((job) => job.steps).find((step) => step.env?.TITLE)?.env?.TITLE).toBe('Mise à jour des fiches');
    expect(text.replace(/#.*$/gm, '')).not.toMatch(/pull_request_target|secrets\./);
  });
});
