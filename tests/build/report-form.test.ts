/**
 * « Signaler une erreur » on the built pages (dist/): every venue page and every operator page carries
 * the report form, without JavaScript, with the e-mail action, the GitHub button, the field names of the
 * repository's issue form and the listing's file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import * as t from '../../src/i18n/index.ts';
import { REPORT_PROBLEMS } from '../../src/lib/contribute.ts';

const dist = 'dist';
const territory = load(readFileSync('content/territoire.yaml', 'utf8')) as { contributions: { courriel: string; depot?: string } };
const depot = territory.contributions.depot!.replace(/\/+$/, '');

const listings = (['lieux', 'structures'] as const).flatMap((kind) =>
  readdirSync(join('content', kind))
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .map((name) => {
      const data = load(readFileSync(join('content', kind, name), 'utf8').split(/^---$/m)[1]!) as { nom: string };
      const id = name.replace(/\.md$/, '');
      return { kind, id, name: String(data.nom), file: `content/${kind}/${name}`, html: readFileSync(join(dist, kind, id, 'index.html'), 'utf8') };
    }),
);

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

/** The attributes of an opening tag, decoded. */
function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name!, decode(value ?? '')]));
}

/** A form control: its element name and its attributes. */
type Control = Partial<Record<string, string>> & { element: string };

/** The report form of a page: the <details>, the <form> tag and its controls. */
function reportFormOf(html: string) {
  const details = html.match(/<details class="report">[\s\S]*?<\/details>/g) ?? [];
  expect(details).toHaveLength(1);
  const [block] = details;
  const form = block!.match(/<form\b[^>]*>/g) ?? [];
  expect(form).toHaveLength(1);
  const controls = [...block!.matchAll(/<(input|textarea|button)\b[^>]*>/g)].map(([tag, element]): Control => ({ ...attributes(tag), element: element! }));
  return { block: block!, form: attributes(form[0]!), controls };
}

describe('the report form on every venue and operator page', () => {
  it('covers every listing', () => {
    expect(listings.filter((listing) => listing.kind === 'lieux').length).toBeGreaterThan(500);
    expect(listings.filter((listing) => listing.kind === 'structures').length).toBeGreaterThan(1);
  });

  it('opens an e-mail to the territory (mail as body), its subject naming the listing', () => {
    for (const listing of listings) {
      const { form, block } = reportFormOf(listing.html);
      expect(form, listing.file).toMatchObject({ method: 'post', enctype: 'text/plain' });
      const action = new URL(form.action!);
      expect(action.protocol, listing.file).toBe('mailto:');
      expect(decodeURIComponent(action.pathname)).toBe(territory.contributions.courriel);
      expect(action.searchParams.get('subject'), listing.file).toBe(`Erreur sur la fiche « ${listing.name} »`);
      expect(block, listing.file).toContain(`<summary>${t.report.reportError}</summary>`);
      expect(block, listing.file).not.toMatch(/<script/);
    }
  });

  it("has the fields of the repository's issue form, with the listing's page and file", () => {
    const problems = REPORT_PROBLEMS.map((id) => t.report.problems[id]);
    for (const listing of listings) {
      const { controls } = reportFormOf(listing.html);
      const named = (name: string) => controls.filter((control) => control.name === name);
      const [fiche] = named('fiche');
      expect(fiche, listing.file).toMatchObject({ element: 'input', type: 'hidden' });
      expect(fiche!.value, listing.file).toContain(`/${listing.kind}/${listing.id}/`);
      expect(fiche!.value, listing.file).toContain(listing.file);
      expect(named('probleme').map((control) => [control.type, control.value]), listing.file).toEqual(problems.map((label) => ['radio', label]));
      expect(named('correction').map((control) => control.element), listing.file).toEqual(['textarea']);
      expect(named('contact').map((control) => `${control.element} ${control.type}`), listing.file).toEqual(['input text']);
      // Nothing else is sent: the e-mail's lines are these fields, and GitHub ignores nothing it needs.
      expect(new Set(controls.flatMap((control) => (control.name ? [control.name] : [])))).toEqual(new Set(['fiche', 'probleme', 'correction', 'contact', 'title', 'template']));
    }
  });

  it("sends « Signaler sur GitHub » to the repository's issue form; the e-mail stays the default button", () => {
    for (const listing of listings) {
      const buttons = reportFormOf(listing.html).controls.filter((control) => control.element === 'button');
      expect(buttons.map((button) => button.type), listing.file).toEqual(['submit', 'submit']);
      expect(buttons[0]!.formaction, listing.file).toBeUndefined();
      expect(buttons[1], listing.file).toMatchObject({ formaction: `${depot}/issues/new`, formmethod: 'get', formenctype: 'application/x-www-form-urlencoded', name: 'title', value: `Erreur sur la fiche « ${listing.name} »` });
      const template = reportFormOf(listing.html).controls.find((control) => control.name === 'template');
      expect(template, listing.file).toMatchObject({ type: 'hidden', value: 'signaler-une-erreur.yml' });
    }
  });
});
