/**
 * The submission form's logic: the hours editor ⇄ opening_hours, the form ⇄ file conversion for every field of
 * the venue and operator schemas, the checks (the validator's own), the ids, and the sending links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkOpeningHours, compileOpeningHours } from '../../src/lib/hours/compile.ts';
import { emptyWeek, openingHoursToWeek, weekToOpeningHours, normalizeTime, dayProblem, type WeekHours } from '../../src/lib/hours/week-form.ts';
import { readVenueFile } from '../../src/lib/mednum/markdown.ts';
import { OperatorFieldsSchema } from '../../src/lib/schema/operator.ts';
import { VenueFieldsSchema, checkVenue } from '../../src/lib/schema/venue.ts';
import { parseFrontMatterOrThrow } from '../../src/lib/frontmatter.ts';
import {
  BODY_FIELD,
  emptyForm,
  formToFrontmatter,
  frontmatterToForm,
  OPERATOR_CONTROLS,
  VENUE_CONTROLS,
  VENUE_SECTIONS,
  type HoursValue,
} from '../../src/lib/submission/form-model.ts';
import { contentPath, operatorFile, suggestId, venueFile } from '../../src/lib/submission/submission.ts';
import { baseVenue, HOSTILE_CASES } from '../fixtures/hostile.ts';
import { githubEditUrl, githubPlan, mailPlan, MAX_GITHUB_URL, MAX_MAILTO_URL, SOURCE_GROUPS, sourceGroup } from '../../src/lib/submission/send.ts';

const context = { defaultCountry: 'FR' as const, checkHours: checkOpeningHours, today: new Date('2026-11-27T12:00:00Z') };
const FROM = new Date('2026-01-05T12:00:00Z');

/** The compiled week and exceptions of a value: two values that compile alike mean the same hours. */
function meaning(value: string) {
  const compiled = compileOpeningHours(value, { country: 'FR', from: FROM, horizonDays: 60 });
  return { week: compiled?.week, ex: compiled?.ex };
}

describe('hours editor ⇄ opening_hours', () => {
  it('writes days with the same hours as one rule, in day order, with « sur rendez-vous » and public holidays', () => {
    const week = emptyWeek();
    for (const day of [0, 1, 3, 4]) week.days[day] = { mode: 'ouvert', slots: [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '17:00' }] };
    week.days[2] = { mode: 'rdv', slots: [{ start: '09:00', end: '12:00' }] };
    week.days[5] = { mode: 'ouvert', slots: [{ start: '9h', end: '12h30' }] };
    week.holidaysClosed = true;
    const value = weekToOpeningHours(week);
    expect(value).toBe('Mo,Tu,Th,Fr 09:00-12:00,14:00-17:00; We 09:00-12:00 "sur rendez-vous"; Sa 09:00-12:30; PH off');
    expect(checkOpeningHours(value, 'FR')).toBeNull();
  });

  it('groups runs of three days or more as ranges', () => {
    const week = emptyWeek();
    for (const day of [0, 1, 2, 3, 4]) week.days[day] = { mode: 'ouvert', slots: [{ start: '08:30', end: '17:00' }] };
    expect(weekToOpeningHours(week)).toBe('Mo-Fr 08:30-17:00');
    expect(weekToOpeningHours(emptyWeek())).toBe('');
  });

  it('reads back what it writes, for many weeks, and every value passes the site’s parser', () => {
    const modes = ['ouvert', 'rdv', 'ferme'] as const;
    const slotSets = [[], [{ start: '09:00', end: '12:00' }], [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '18:00' }]];
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let run = 0; run < 300; run++) {
      const week: WeekHours = { days: [], holidaysClosed: random(2) === 1 };
      for (let day = 0; day < 7; day++) {
        const mode = modes[random(3)]!;
        const slots = mode === 'ferme' ? [] : slotSets[mode === 'ouvert' ? 1 + random(2) : random(3)]!;
        week.days.push({ mode, slots: slots.map((slot) => ({ ...slot })) });
      }
      const value = weekToOpeningHours(week);
      const expected = value === '' ? { ...week, holidaysClosed: false } : week;
      expect(openingHoursToWeek(value), value).toEqual(expected);
      if (value) expect(checkOpeningHours(value, 'FR'), value).toBeNull();
    }
  });

  it('reads the demo’s hours it can show, with the same meaning once rewritten (later rules replace earlier days)', () => {
    const values = readdirSync('content/lieux')
      .map((name) => parseFrontMatterOrThrow(readFileSync(`content/lieux/${name}`, 'utf8')).data.horaires)
      .filter((value): value is string => typeof value === 'string');
    let shown = 0;
    for (const value of values) {
      const week = openingHoursToWeek(value);
      if (!week) continue;
      shown++;
      expect(meaning(weekToOpeningHours(week)), value).toEqual(meaning(value));
    }
    expect(shown / values.length).toBeGreaterThan(0.9);
    expect(openingHoursToWeek('Mo-Fr 09:00-17:00; We 09:00-12:00')!.days[2]).toEqual({ mode: 'ouvert', slots: [{ start: '09:00', end: '12:00' }] });
    expect(openingHoursToWeek('08:30-11:30; Th off')!.days.map((day) => day.mode)).toEqual(['ouvert', 'ouvert', 'ouvert', 'ferme', 'ouvert', 'ouvert', 'ouvert']);
  });

  it('leaves as text what the week cannot show', () => {
    for (const value of ['Jul-Aug Mo-Fr 10:00-12:00', 'Mo 08:00-10:00,11:00-12:00,14:00-16:00', 'Mo 09:00-12:00 "le 1er du mois"', 'Mo-Fr 09:00+', 'PH off; Mo 09:00-12:00', 'n’importe quoi']) {
      expect(openingHoursToWeek(value), value).toBeNull();
    }
  });

  it('understands times as people type them and says what is wrong with a day', () => {
    expect(normalizeTime('9h')).toBe('09:00');
    expect(normalizeTime('9h30')).toBe('09:30');
    expect(normalizeTime('14:05')).toBe('14:05');
    expect(normalizeTime('25:00')).toBeNull();
    expect(normalizeTime('midi')).toBeNull();
    expect(dayProblem({ mode: 'ouvert', slots: [] })).toMatch(/au moins un horaire/);
    expect(dayProblem({ mode: 'ouvert', slots: [{ start: '12:00', end: '09:00' }] })).toMatch(/finit avant de commencer/);
    expect(dayProblem({ mode: 'ouvert', slots: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '17:00' }] })).toMatch(/chevauchent/);
    expect(dayProblem({ mode: 'rdv', slots: [] })).toBeNull();
  });
});

/** A venue file with every field of the schema filled in. */
const FULL_VENUE: Record<string, unknown> = {
  pivot: '21630300700019',
  nom: 'Médiathèque Jean-Jaurès',
  adresse: '12 rue de la République',
  complement_adresse: 'Bâtiment B',
  code_postal: '63200',
  commune: 'Riom',
  code_insee: '63300',
  latitude: 45.8936,
  longitude: 3.1126,
  typologie: ['BIB', 'MUNI'],
  telephone: '+33473123456',
  courriels: ['contact@mediatheque-riom.fr', 'accueil@mediatheque-riom.fr'],
  site_web: ['https://www.ville-riom.fr'],
  horaires: 'Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00',
  presentation_resume: 'Ordinateurs en libre accès.',
  source: 'Médiathèque de Riom',
  itinerance: ['Fixe', 'Itinérant'],
  structure_parente: 'Ville de Riom',
  date_maj: '2026-11-20',
  date_verification: '2026-11-18',
  services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'],
  publics_specifiquement_adresses: ['Seniors'],
  prise_en_charge_specifique: ['Surdité'],
  frais_a_charge: ['Gratuit'],
  dispositif_programmes_nationaux: ['Conseillers numériques'],
  formations_labels: ['Fabriques de Territoire'],
  autres_formations_labels: ['Formation interne'],
  modalites_acces: ['Se présenter', 'Téléphoner'],
  modalites_accompagnement: ['Accompagnement individuel'],
  fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/app/63-riom/a/bibliotheque/erp/mediatheque/',
  prise_rdv: 'https://rdv.example.org/riom',
  pays: 'FR',
  structure: 'ville-de-riom',
  services_pratiques: ['impression'],
  demarches: ['social-sante', 'argent-impots'],
  langues: ['en', 'ar'],
  accepte_pass_numerique: true,
  adhesion: true,
  accueil_langues_etrangeres: true,
  publics_accueillis: ['Adultes', 'Seniors'],
  fait_a_la_place: true,
  sources_fusionnees: ['France Services 2992 (2024-08-01)', 'Hinaura 1077 (2022-08-24)'],
  arrets: [{ nom: 'Place du marché', adresse: '1 place du Marché', commune: 'Mozac', code_postal: '63200', latitude: 45.89, longitude: 3.09, horaires: 'Tu 09:00-12:00' }],
  annonces: [
    { type: 'fermeture', titre: 'Fermé à Noël', texte: 'Réouverture le 2 janvier.', debut: '2026-12-24', fin: '2027-01-01' },
    { type: 'horaires', titre: 'Horaires d’hiver', debut: '2027-01-04', fin: '2027-02-26', horaires: 'Mo-Fr 09:00-12:00' },
  ],
  a_apporter: ['votre carte de lecteur, si vous en avez une', 'une clé USB pour garder vos documents'],
};

const FULL_OPERATOR: Record<string, unknown> = {
  nom: 'Ville de Riom',
  pivot: '21630300700019',
  typologie: ['MUNI'],
  pays: 'FR',
  adresse: 'Hôtel de ville',
  code_postal: '63200',
  commune: 'Riom',
  telephone: '+33473383838',
  courriels: ['mairie@ville-riom.fr'],
  site_web: ['https://www.ville-riom.fr'],
  presentation_resume: 'La commune.',
  communes_intervention: ['Riom', 'Mozac'],
  hors_les_murs: true,
  source: 'Ville de Riom',
  date_maj: '2026-11-20',
};

describe('form ⇄ file', () => {
  it('has a control for every field of the venue and operator schemas, and shows every venue field in one section', () => {
    expect(Object.keys(VENUE_CONTROLS).sort()).toEqual(Object.keys(VenueFieldsSchema.shape).sort());
    expect(Object.keys(OPERATOR_CONTROLS).sort()).toEqual(Object.keys(OperatorFieldsSchema.shape).sort());
    const shown = VENUE_SECTIONS.flatMap((section) => section.fields as readonly string[]);
    expect([...shown].sort()).toEqual([...Object.keys(VENUE_CONTROLS), BODY_FIELD].sort());
    expect(new Set(shown).size).toBe(shown.length);
    expect(Object.keys(FULL_VENUE).sort()).toEqual(Object.keys(VenueFieldsSchema.shape).sort());
    expect(Object.keys(FULL_OPERATOR).sort()).toEqual(Object.keys(OperatorFieldsSchema.shape).sort());
  });

  it('gives back every venue field, both ways, and the file passes the validator’s check', () => {
    const values = frontmatterToForm(VENUE_CONTROLS, FULL_VENUE, 'Un texte.\n\nDeux paragraphes.');
    expect((values.horaires as HoursValue).mode).toBe('semaine');
    const { frontmatter, body } = formToFrontmatter(VENUE_CONTROLS, values);
    expect(frontmatter).toEqual(FULL_VENUE);
    expect(body).toBe('Un texte.\n\nDeux paragraphes.');
    const file = venueFile('mediatheque-riom', values, { context });
    expect(file.problems).toEqual([]);
    const read = readVenueFile(file.text);
    expect(read.frontmatter).toEqual(FULL_VENUE);
    expect(read.body).toBe('Un texte.\n\nDeux paragraphes.');
    expect(checkVenue(read.frontmatter, context).issues).toEqual([]);
  });

  it('gives back every operator field, both ways', () => {
    const values = frontmatterToForm(OPERATOR_CONTROLS, FULL_OPERATOR, 'La commune aide.');
    expect(formToFrontmatter(OPERATOR_CONTROLS, values)).toEqual({ frontmatter: FULL_OPERATOR, body: 'La commune aide.' });
    const file = operatorFile('ville-de-riom', values, { context });
    expect(file.problems).toEqual([]);
    expect(file.path).toBe('content/structures/ville-de-riom.md');
    expect(parseFrontMatterOrThrow(file.text).data).toEqual(FULL_OPERATOR);
  });

  it('reads every demo venue into the form and writes back the same fields', () => {
    for (const name of readdirSync('content/lieux').slice(0, 200)) {
      const { frontmatter, body } = readVenueFile(readFileSync(`content/lieux/${name}`, 'utf8'));
      const values = frontmatterToForm(VENUE_CONTROLS, frontmatter, body);
      const back = formToFrontmatter(VENUE_CONTROLS, values);
      expect(checkVenue(back.frontmatter, context).data, name).toEqual(checkVenue(frontmatter, context).data);
      expect(back.frontmatter.horaires, name).toBe(frontmatter.horaires);
    }
  });

  it('turns typed text into the file’s types: lines, decimals with a comma, language codes, empty fields left out', () => {
    const values = emptyForm(VENUE_CONTROLS, '2026-11-27');
    Object.assign(values, { nom: '  Café  ', courriels: 'a@b.fr\n\n c@d.fr ', latitude: '45,77', longitude: 'trois', langues: 'en, ar;es' });
    const { frontmatter } = formToFrontmatter(VENUE_CONTROLS, values);
    expect(frontmatter).toEqual({ nom: 'Café', courriels: ['a@b.fr', 'c@d.fr'], latitude: 45.77, longitude: 'trois', langues: ['en', 'ar', 'es'], date_maj: '2026-11-27' });
  });

  it('reports every problem at once, with the validator’s messages, tied to their controls', () => {
    const values = emptyForm(VENUE_CONTROLS, '2026-11-27');
    Object.assign(values, { nom: 'Café', code_postal: '6300', telephone: 'appelez-nous', latitude: '45.7' });
    (values.arrets as Record<string, string>[]).push({ nom: 'Marché', horaires: 'le mardi' });
    const file = venueFile('Mon Café', values, { context });
    const controls = file.problems.map((problem) => problem.control);
    expect(controls).toEqual(expect.arrayContaining(['id', 'adresse', 'commune', 'code_postal', 'telephone', 'longitude', 'services', 'arrets-0-commune']));
    (values.arrets as Record<string, string>[])[0]!.commune = 'Riom';
    expect(venueFile('cafe', values, { context }).problems.map((problem) => problem.control)).toContain('arrets-0-horaires');
    expect(file.problems.find((problem) => problem.control === 'code_postal')!.message).toMatch(/« 6300 ».*5 chiffres/);
    expect(file.problems.find((problem) => problem.control === 'adresse')!.message).toMatch(/obligatoire/);
    expect(file.data).toBeUndefined();
  });

  it('refuses an id that is taken for a new listing, not for an edit', () => {
    const values = frontmatterToForm(VENUE_CONTROLS, FULL_VENUE);
    const existingIds = new Set(['mediatheque-riom']);
    expect(venueFile('mediatheque-riom', values, { context, existingIds }).problems.map((p) => p.control)).toEqual(['id']);
    expect(venueFile('mediatheque-riom', values, { context, existingIds, editing: true }).problems).toEqual([]);
  });

  it('suggests readable ids from the name and the commune', () => {
    expect(suggestId('Médiathèque Jean-Jaurès', 'Riom')).toBe('mediatheque-jean-jaures-riom');
    expect(suggestId('Espace France Services de Riom', 'Riom')).toBe('espace-france-services-de-riom');
    expect(suggestId('<script>../../etc', '')).toBe('script-etc');
    expect(suggestId('x'.repeat(200), 'Riom').length).toBeLessThanOrEqual(80);
    expect(contentPath('lieux', 'a')).toBe('content/lieux/a.md');
  });
});

describe('where « Modifier cette fiche » finds a venue’s source', () => {
  it('puts every venue in one of 64 files, the same for the build and the form, spread evenly', () => {
    const ids = readdirSync('content/lieux').map((name) => name.replace(/\.md$/, ''));
    const counts = new Map<string, number>();
    for (const id of ids) {
      const group = sourceGroup(id);
      expect(group).toMatch(/^lieux-\d{2}$/);
      expect(sourceGroup(id)).toBe(group);
      counts.set(group, (counts.get(group) ?? 0) + 1);
    }
    expect(counts.size).toBe(SOURCE_GROUPS);
    expect(Math.max(...counts.values())).toBeLessThan((3 * ids.length) / SOURCE_GROUPS);
    expect(sourceGroup('', 7)).toBe('lieux-07');
  });
});

describe('sending', () => {
  const repository = 'https://github.com/reperes-numerique/reperes/';

  it('prefills GitHub’s new-file page when the link is short enough, else gives paste steps', () => {
    const short = githubPlan(repository, 'content/lieux/a.md', '---\nnom: A\n---\n', false);
    expect(short.kind).toBe('prefilled');
    const url = new URL(short.url);
    expect(url.origin + url.pathname).toBe('https://github.com/reperes-numerique/reperes/new/main');
    expect(url.searchParams.get('filename')).toBe('content/lieux/a.md');
    expect(url.searchParams.get('value')).toBe('---\nnom: A\n---\n');
    const long = githubPlan(repository, 'content/lieux/a.md', 'é'.repeat(MAX_GITHUB_URL), false);
    expect(long).toEqual({ kind: 'paste', reason: 'trop-long', url: 'https://github.com/reperes-numerique/reperes/new/main?filename=content%2Flieux%2Fa.md' });
    expect(githubPlan(repository, 'content/lieux/a.md', 'x', true)).toEqual({ kind: 'paste', reason: 'modification', url: githubEditUrl(repository, 'content/lieux/a.md') });
    expect(githubEditUrl(repository, 'content/lieux/a.md')).toBe('https://github.com/reperes-numerique/reperes/edit/main/content/lieux/a.md');
  });

  it('puts the file in the e-mail when short enough, with CRLF line breaks, else asks to attach it', () => {
    const plan = mailPlan('contact@example.org', 'Nouvelle fiche : A', [{ path: 'content/lieux/a.md', text: '---\nnom: A\n---\n' }], 'joint');
    expect(plan.complete).toBe(true);
    expect(plan.url.startsWith('mailto:contact@example.org?subject=Nouvelle%20fiche%20%3A%20A&body=')).toBe(true);
    expect(decodeURIComponent(plan.url.split('body=')[1]!)).toBe('content/lieux/a.md\r\n\r\n---\r\nnom: A\r\n---\r\n');
    const long = mailPlan('contact@example.org', 'x', [{ path: 'content/lieux/a.md', text: 'x'.repeat(MAX_MAILTO_URL) }], 'Le fichier est joint.');
    expect(long.complete).toBe(false);
    expect(decodeURIComponent(long.url.split('body=')[1]!)).toBe('Le fichier est joint.\r\n\r\ncontent/lieux/a.md');
  });
});

describe('the hostile corpus through the form (tests/fixtures/hostile.ts)', () => {
  const fieldCases = HOSTILE_CASES.flatMap((entry, index) => ('fields' in entry.input || 'body' in entry.input ? [{ entry, index, input: entry.input as { fields?: Record<string, unknown>; body?: string } }] : []));

  it('covers the corpus’s field and body inputs', () => {
    expect(fieldCases.length).toBeGreaterThan(30);
  });

  it.each(fieldCases.map(({ entry, index, input }) => [entry.name, entry, index, input] as const))('%s: refused by the form with the validator’s message, or kept as typed', (_name, entry, index, input) => {
    const frontmatter = { ...baseVenue(index), ...input.fields };
    for (const [key, value] of Object.entries(frontmatter)) if (value === undefined) delete frontmatter[key];
    const values = frontmatterToForm(VENUE_CONTROLS, frontmatter, input.body ?? '');
    const file = venueFile(entry.name, values, { context });
    const refusals = file.problems.filter((problem) => !problem.warning);
    if ('refused' in entry.expect) {
      const { field, message } = entry.expect.refused;
      expect(refusals.length, entry.name).toBeGreaterThan(0);
      if (field !== '') {
        const top = field.split(' ')[0]!;
        const matching = refusals.filter((problem) => problem.field === (top === 'corps' ? BODY_FIELD : top));
        expect(matching.map((problem) => problem.message).join('\n'), entry.name).toContain(message);
      }
    } else {
      expect(refusals, entry.name).toEqual([]);
      const read = readVenueFile(file.text);
      const text = entry.expect.inert.text;
      expect(read.body.includes(text) || JSON.stringify(read.frontmatter).includes(JSON.stringify(text).slice(1, -1)), entry.name).toBe(true);
    }
  });
});
