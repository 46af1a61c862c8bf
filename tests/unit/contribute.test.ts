import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { formActionSources, REPORT_FIELDS, REPORT_PROBLEMS, REPORT_TEMPLATE, reportForm, reportLinks } from '../../src/lib/contribute.ts';
import * as t from '../../src/i18n/index.ts';
import { TerritorySchema, type Territory } from '../../src/lib/schema/territory.ts';
import { parseYamlOrThrow } from '../../src/lib/frontmatter.ts';

const demo = TerritorySchema.parse(parseYamlOrThrow(readFileSync('content/territoire.yaml', 'utf8')));
const territory = (contributions: Territory['contributions']): Territory => ({ ...demo, contributions });
const LISTING = { kind: 'lieux' as const, id: 'mediatheque-de-riom', name: 'Médiathèque de Riom', url: 'https://reperes.example.org/lieux/mediatheque-de-riom/' };

/** The parts of a mailto: link, decoded. */
function readMail(link: string) {
  const url = new URL(link);
  expect(url.protocol).toBe('mailto:');
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject'), body: url.searchParams.get('body'), raw: link };
}

describe('reportLinks', () => {
  it('prepares an e-mail to the territory naming the listing, its page and its file', () => {
    const { mail } = reportLinks(territory({ courriel: 'contact@reperes.example.org' }), LISTING);
    const { to, subject, body } = readMail(mail);
    expect(to).toBe('contact@reperes.example.org');
    expect(subject).toBe('Erreur sur la fiche « Médiathèque de Riom »');
    expect(body).toBe(
      'Fiche : https://reperes.example.org/lieux/mediatheque-de-riom/\r\nFichier : content/lieux/mediatheque-de-riom.md\r\n\r\nCe qui est faux :\r\n\r\nLa bonne information :\r\n',
    );
  });

  it('writes line breaks as %0D%0A and encodes every character that would cut the link', () => {
    const { mail } = reportLinks(territory({ courriel: 'contact@reperes.example.org' }), { ...LISTING, name: 'Café & Co ? #1 = 100 % « net »' });
    expect(mail).toContain('%0D%0A');
    expect(mail).not.toMatch(/%0A(?<!%0D%0A)/);
    expect(mail.split('?')).toHaveLength(2);
    expect(mail).not.toMatch(/[ #«»]/);
    expect(readMail(mail).subject).toBe('Erreur sur la fiche « Café & Co ? #1 = 100 % « net » »');
  });

  it('« Modifier cette fiche » opens the submission form on the listing, with or without a repository', () => {
    const contributions = { courriel: 'contact@reperes.example.org', depot: 'https://github.com/reperes-numerique/reperes' };
    expect(reportLinks(territory(contributions), LISTING).edit).toBe('/proposer/?lieu=mediatheque-de-riom');
    expect(reportLinks(territory({ courriel: 'contact@reperes.example.org' }), { ...LISTING, kind: 'structures', id: 'ville-de-riom' }).edit).toBe('/proposer/?structure=ville-de-riom');
  });
});

describe('reportForm (« Signaler une erreur », without JavaScript)', () => {
  const contributions = { courriel: 'contact@reperes.example.org', depot: 'https://github.com/reperes-numerique/reperes' };

  it('sends the e-mail to the territory with the listing in the subject and no body (the browser writes the fields)', () => {
    const form = reportForm(territory(contributions), { ...LISTING, name: 'Café & Co ? #1 = 100 % « net »' });
    const url = new URL(form.mailAction);
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe('contact@reperes.example.org');
    expect([...url.searchParams.keys()]).toEqual(['subject']);
    expect(url.searchParams.get('subject')).toBe('Erreur sur la fiche « Café & Co ? #1 = 100 % « net » »');
    expect(form.mailAction.split('?')).toHaveLength(2);
    expect(form.mailAction).not.toMatch(/[ #«»&]/);
  });

  it('names the page and the file of the listing in the hidden « fiche » field', () => {
    expect(reportForm(territory(contributions), LISTING).listing).toBe('https://reperes.example.org/lieux/mediatheque-de-riom/ (fichier content/lieux/mediatheque-de-riom.md)');
    expect(reportForm(territory(contributions), { ...LISTING, kind: 'structures', id: 'ville-de-riom' }).listing).toMatch(/\(fichier content\/structures\/ville-de-riom\.md\)$/);
  });

  it("sends « Signaler sur GitHub » to the repository's issue form, with the listing in the title", () => {
    const github = reportForm(territory({ ...contributions, depot: `${contributions.depot}//` }), LISTING).github;
    expect(github).toEqual({ action: 'https://github.com/reperes-numerique/reperes/issues/new', template: 'signaler-une-erreur.yml', title: 'Erreur sur la fiche « Médiathèque de Riom »' });
  });

  it('offers no GitHub button without a repository', () => {
    expect(reportForm(territory({ courriel: 'contact@reperes.example.org' }), LISTING).github).toBeUndefined();
  });

  it('has one label per problem, all different', () => {
    const labels = REPORT_PROBLEMS.map((id) => t.report.problems[id]);
    expect(labels).toHaveLength(6);
    expect(new Set(labels).size).toBe(6);
    expect(Object.keys(t.report.problems).sort()).toEqual([...REPORT_PROBLEMS].sort());
    expect(labels).toContain('Horaires faux');
  });
});

describe('formActionSources (Content-Security-Policy form-action)', () => {
  it("allows the site, mailto: and the repository's origin only", () => {
    expect(formActionSources('https://github.com/reperes-numerique/reperes')).toEqual(["'self'", 'mailto:', 'https://github.com']);
    expect(formActionSources('https://forge.example.org:8443/a/b/')).toEqual(["'self'", 'mailto:', 'https://forge.example.org:8443']);
  });

  it('adds no origin without a repository, or for an address that is not http(s)', () => {
    for (const depot of [undefined, '', 'not a url', 'javascript:alert(1)', 'data:text/html,x', 42]) expect(formActionSources(depot), String(depot)).toEqual(["'self'", 'mailto:']);
  });

  it('matches the demo territory', () => {
    expect(formActionSources(demo.contributions.depot)).toContain(new URL(demo.contributions.depot!).origin);
  });
});

describe('the repository side matches the report form', () => {
  type Element = { type: string; id?: string; attributes: { label?: string; description?: string } };
  const issueForm = load(readFileSync(`.github/ISSUE_TEMPLATE/${REPORT_TEMPLATE}`, 'utf8')) as { name: string; title: string; body: Element[] };
  const fields = issueForm.body.filter((element) => element.type !== 'markdown');

  it("the issue form's field ids are the form's field names, in fields GitHub fills in from the URL", () => {
    expect(fields.map((element) => element.id).sort()).toEqual(Object.values(REPORT_FIELDS).sort());
    // GitHub prefills input and textarea fields from the query string; a dropdown may stay empty.
    for (const element of fields) expect(['input', 'textarea'], element.id).toContain(element.type);
    expect(fields.find((element) => element.id === REPORT_FIELDS.correction)?.type).toBe('textarea');
  });

  it('the issue form lists the same six problems as the site', () => {
    const problem = fields.find((element) => element.id === REPORT_FIELDS.problem)!;
    for (const id of REPORT_PROBLEMS) expect(problem.attributes.description, id).toContain(t.report.problems[id]);
  });

  it("the issue chooser points to the site's form and the territory's e-mail", () => {
    const config = load(readFileSync('.github/ISSUE_TEMPLATE/config.yml', 'utf8')) as { blank_issues_enabled: boolean; contact_links: { url: string; about: string }[] };
    expect(typeof config.blank_issues_enabled).toBe('boolean');
    expect(config.contact_links.some((link) => new URL(link.url).pathname === '/proposer/')).toBe(true);
    expect(config.contact_links.map((link) => link.about).join(' ')).toContain(demo.contributions.courriel);
  });

  it('the workflow validates pull requests safely: read-only, no pull_request_target, no text of the request in a command', () => {
    const text = readFileSync('.github/workflows/validate.yml', 'utf8');
    const workflow = load(text) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { 'timeout-minutes': number; steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }> };
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const [job] = Object.values(workflow.jobs);
    expect(job!['timeout-minutes']).toBeGreaterThan(0);
    const runs = job!.steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toEqual(['npm ci', 'npm run validate -- --format github', 'npm run build']);
    expect(job!.steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(24);
    for (const run of runs) expect(run).not.toContain('${{');
    const code = text.replace(/#.*$/gm, '');
    expect(code).not.toMatch(/pull_request_target|secrets\./);
  });
});
