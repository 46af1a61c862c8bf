import { describe, expect, it } from 'vitest';
import { checkOpeningHours } from '../../src/lib/hours/compile.ts';
import { formatProblem, issuesToProblems } from '../../src/lib/schema/errors.ts';
import { checkVenue, VenueFieldsSchema, VenueSchema } from '../../src/lib/schema/venue.ts';
import { pivotForExport } from '../../src/lib/schema/fields.ts';
import { OperatorSchema } from '../../src/lib/schema/operator.ts';
import { TerritorySchema } from '../../src/lib/schema/territory.ts';
import { LeverSchema } from '../../src/lib/schema/lever.ts';
import { TODAY, VALID_VENUE } from '../fixtures/venues.ts';

const schema = VenueSchema({ defaultCountry: 'FR', checkHours: checkOpeningHours, today: TODAY });
const FILE = 'content/lieux/test.md';

function problemsOf(input: Record<string, unknown>) {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return issuesToProblems(FILE, result.error.issues, input, Object.keys(VenueFieldsSchema.shape));
}

function withPatch(patch: Record<string, unknown>): Record<string, unknown> {
  const venue: Record<string, unknown> = { ...VALID_VENUE, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete venue[key];
  return venue;
}

describe('a valid venue', () => {
  it('parses, normalises the phone and derives the levers', () => {
    const venue = schema.parse(VALID_VENUE);
    expect(venue.telephone).toBe('+33473123456');
    expect(venue.leviers).toEqual(['equipement', 'demarches', 'services']);
    expect(venue.pays).toBe('FR');
    expect(venue.date_maj).toBe('2026-06-01');
  });

  it('accepts a YAML date object and a single value for a list', () => {
    const venue = schema.parse(withPatch({ date_maj: new Date('2025-01-31'), services: 'Maîtrise des outils numériques du quotidien', demarches: undefined }));
    expect(venue.date_maj).toBe('2025-01-31');
    expect(venue.services).toEqual(['Maîtrise des outils numériques du quotidien']);
    expect(venue.leviers).toEqual(['competences', 'services']);
  });

  it('accepts what to bring as a list of short texts, or a single text, trimmed and each once', () => {
    expect(schema.parse(withPatch({ a_apporter: ['  une clé USB ', 'votre convocation', 'une clé USB'] })).a_apporter).toEqual(['une clé USB', 'votre convocation']);
    expect(schema.parse(withPatch({ a_apporter: 'votre convocation' })).a_apporter).toEqual(['votre convocation']);
    expect(schema.parse(withPatch({ a_apporter: Array.from({ length: 10 }, (_, index) => `${'x'.repeat(140)} ${index}`) })).a_apporter).toHaveLength(10);
    expect(schema.parse(VALID_VENUE).a_apporter).toEqual([]);
  });

  it('names the field of what to bring, the value and what is expected, in one French line', () => {
    const lines = problemsOf(withPatch({ a_apporter: ['x'.repeat(151)] })).map(formatProblem);
    expect(lines).toEqual([`content/lieux/test.md: a_apporter: « ${'x'.repeat(77)}… » est trop long (151 caractères) ; attendu : 150 caractères au plus`]);
  });

  it('accepts a Belgian venue with its own postcode, phone and BCE number', () => {
    const venue = schema.parse(
      withPatch({ pays: 'BE', code_postal: '1000', code_insee: '21004', telephone: '02 123 45 67', pivot: '0123456789', commune: 'Bruxelles', latitude: 50.8467, longitude: 4.3525, fiche_acces_libre: undefined }),
    );
    expect(venue.telephone).toBe('+3221234567');
  });
});

/** [name, patch, field, message pattern]: each must fail on that field with that message. */
const INVALID: [string, Record<string, unknown>, string, RegExp][] = [
  ['missing name', { nom: undefined }, 'nom', /champ obligatoire manquant/],
  ['empty name', { nom: '   ' }, 'nom', /est vide/],
  ['missing address', { adresse: undefined }, 'adresse', /champ obligatoire manquant/],
  ['missing commune', { commune: undefined }, 'commune', /champ obligatoire manquant/],
  ['missing postcode', { code_postal: undefined }, 'code_postal', /^champ obligatoire manquant : indiquez le code postal$/],
  ['postcode written as a number', { code_postal: 6320 }, 'code_postal', /« 6320 ».*5 chiffres/],
  ['4-digit French postcode', { code_postal: '6320' }, 'code_postal', /« 6320 ».*5 chiffres/],
  ['5-digit Belgian postcode', { pays: 'BE', code_postal: '10000', telephone: undefined, pivot: '0123456789', code_insee: undefined, latitude: 50.85, longitude: 4.35 }, 'code_postal', /4 chiffres/],
  ['bad INSEE code', { code_insee: '6330' }, 'code_insee', /« 6330 ».*code INSEE/],
  ['bad pivot', { pivot: 'SIRET-123' }, 'pivot', /« SIRET-123 ».*SIRET/],
  ['short phone', { telephone: '04 73 12' }, 'telephone', /« 04 73 12 ».*10 chiffres/],
  ['phone of another country', { telephone: '+44 20 7946 0958' }, 'telephone', /n'est pas un numéro/],
  ['bad e-mail', { courriels: ['contact-at-riom.fr'] }, 'courriels', /« contact-at-riom.fr ».*adresse e-mail/],
  ['ftp website', { site_web: ['ftp://riom.example.fr'] }, 'site_web', /https:\/\//],
  ['website without scheme', { site_web: ['www.riom.fr'] }, 'site_web', /« www.riom.fr »/],
  ['javascript URL for appointments', { prise_rdv: 'javascript:alert(1)' }, 'prise_rdv', /https:\/\//],
  ['acceslibre on another host', { fiche_acces_libre: 'https://example.com/fiche' }, 'fiche_acces_libre', /acceslibre/],
  ['hours not in OSM syntax', { horaires: 'Mo-Fr 9h-12h' }, 'horaires', /« Mo-Fr 9h-12h ».*opening_hours/],
  ['hours in French words', { horaires: 'lundi 9-12' }, 'horaires', /opening_hours/],
  ['latitude and longitude swapped', { latitude: 3.1128, longitude: 45.8936 }, 'latitude', /pas en France/],
  ['latitude without longitude', { longitude: undefined }, 'longitude', /ensemble/],
  ['latitude as text', { latitude: 'quarante-cinq' }, 'latitude', /nombre décimal/],
  ['summary over 280 characters', { presentation_resume: 'a'.repeat(281) }, 'presentation_resume', /281 caractères.*280/],
  ['update date in the future', { date_maj: '2027-01-01' }, 'date_maj', /dans le futur/],
  ['impossible date', { date_maj: '2026-02-30' }, 'date_maj', /date valide/],
  ['missing update date', { date_maj: undefined }, 'date_maj', /champ obligatoire manquant/],
  ['unknown service', { services: ['Accès à internet'] }, 'services', /« Accès à internet ».*valeurs possibles/],
  ['no service at all', { services: [], services_pratiques: [], demarches: [] }, 'services', /au moins un service/],
  ['demarches without the procedures service', { services: ['Accès internet et matériel informatique'] }, 'services', /Aide aux démarches administratives/],
  ['unknown public', { publics_specifiquement_adresses: ['Retraités'] }, 'publics_specifiquement_adresses', /« Retraités »/],
  ['unknown cost', { frais_a_charge: ['Gratuit pour tous'] }, 'frais_a_charge', /« Gratuit pour tous »/],
  ['label with the description spelling', { formations_labels: ['Étapes numériques (La Poste)'] }, 'formations_labels', /« Étapes numériques \(La Poste\) »/],
  ['unknown access mode', { modalites_acces: ['Sur rendez-vous'] }, 'modalites_acces', /« Sur rendez-vous »/],
  ['unknown itinerance', { itinerance: ['Mobile'] }, 'itinerance', /« Mobile »/],
  ['unknown typology', { typologie: ['LIBRAIRIE'] }, 'typologie', /« LIBRAIRIE »/],
  ['unknown practical service', { services_pratiques: ['fax'] }, 'services_pratiques', /« fax »/],
  ['bad language code', { langues: ['français'] }, 'langues', /ISO 639-1/],
  ['levers typed by hand', { leviers: ['equipement'] }, 'leviers', /calculé à partir de services/],
  ['misspelt field', { telephonne: '0473123456' }, 'telephonne', /vouliez-vous dire « telephone »/],
  ['stops on a fixed venue', { arrets: [{ nom: 'Marché', commune: 'Riom' }] }, 'arrets', /itinérant/],
  ['notice ending before it starts', { annonces: [{ type: 'fermeture', titre: 'Travaux', debut: '2026-12-10', fin: '2026-12-01' }] }, 'annonces (n° 1) › fin', /avant le début/],
  ['unknown country', { pays: 'DE' }, 'pays', /« DE »/],
  ['what to bring as a number', { a_apporter: 3 }, 'a_apporter', /« 3 » n'est pas une liste ; attendu : une liste de choses à apporter/],
  ['what to bring as a map', { a_apporter: { carte: 'Vitale' } }, 'a_apporter', /^n'est pas une liste ; attendu : une liste de choses à apporter, une par ligne précédée de « - »/],
  ['a thing to bring too long', { a_apporter: ['une pièce d’identité', 'x'.repeat(151)] }, 'a_apporter', /est trop long \(151 caractères\) ; attendu : 150 caractères au plus/],
  ['a thing to bring that is not a text', { a_apporter: ['une pièce d’identité', { carte: 'Vitale' }] }, 'a_apporter (n° 2)', /doit être un texte ; attendu : une chose à apporter par élément/],
  ['too many things to bring', { a_apporter: Array.from({ length: 11 }, (_, index) => `chose ${index + 1}`) }, 'a_apporter', /a trop d'éléments \(11\) ; attendu : 10 au plus/],
  ['a thing to bring with a direction control', { a_apporter: ['carte\u202eVitale'] }, 'a_apporter', /sens d'écriture \(U\+202E/],
];

describe('an invalid venue is refused with the field and a French message', () => {
  it('has at least 25 invalid fixtures', () => {
    expect(INVALID.length).toBeGreaterThanOrEqual(25);
  });

  it.each(INVALID)('%s', (_name, patch, field, message) => {
    const problems = problemsOf(withPatch(patch));
    const onField = problems.filter((problem) => problem.field === field);
    expect(onField, `problems: ${problems.map(formatProblem).join('\n')}`).not.toHaveLength(0);
    expect(onField.map((problem) => problem.message).join('\n')).toMatch(message);
    for (const problem of problems) expect(formatProblem(problem)).toMatch(/^content\/lieux\/test\.md: /);
    // zod's own English messages never reach a contributor.
    for (const problem of problems) expect(problem.message).not.toMatch(/\b(Invalid|Expected|Too (big|small)|Unrecognized)\b/);
  });
});

describe('error lines', () => {
  it('name the file, the field, the value and what is expected', () => {
    const [line] = problemsOf(withPatch({ horaires: 'Mo-Fr 9h-12h' })).map(formatProblem);
    expect(line).toMatch(/^content\/lieux\/test\.md: horaires: « Mo-Fr 9h-12h » n'est pas au format/);
  });
});

describe('other schemas', () => {
  it('an operator normalises its phone and refuses a date in the future', () => {
    const operators = OperatorSchema({ today: TODAY });
    expect(operators.parse({ nom: 'Asso', telephone: '0473000000', date_maj: '2026-01-01' }).telephone).toBe('+33473000000');
    expect(operators.safeParse({ nom: 'Asso', date_maj: '2030-01-01' }).success).toBe(false);
  });

  it('a lever needs a pictogram file name and examples', () => {
    const result = LeverSchema.safeParse({ titre: 'T', titre_court: 'T', resume: 'R', pictogramme: 'picto.png', exemples: [], ordre: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['exemples', 'pictogramme']);
  });

  it('a lever may say where to ask while no venue lists it (a_defaut): another lever and why', () => {
    const base = { titre: 'T', titre_court: 'T', resume: 'R', pictogramme: 'services.svg', exemples: ['E'], ordre: 4 };
    expect(LeverSchema.parse({ ...base, a_defaut: { levier: 'equipement', raison: 'Souvent possible là.' } }).a_defaut?.levier).toBe('equipement');
    const wrong = LeverSchema.safeParse({ ...base, a_defaut: { levier: 'imprimer', raison: '' } });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['a_defaut.levier', 'a_defaut.raison']);
    expect(LeverSchema.safeParse({ ...base, a_defaut: { levier: 'equipement', raison: 'R', autre: 1 } }).success).toBe(false);
  });

  it('a sub-territory must say which venues it holds', () => {
    const result = TerritorySchema.safeParse({
      nom: 'T', nom_site: 'S', slogan: 's', pays: 'FR', type_sous_territoires: 'département', bornes: [0, 40, 10, 50],
      contributions: { courriel: 'a@b.fr' }, sous_territoires: [{ id: 'vide', nom: 'Vide' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/ne dit pas quels lieux/);
  });
});

describe('every problem of a file in one run', () => {
  it('a missing required field hides none of the others: five faults, no pivot → five lines on five fields', () => {
    const problems = problemsOf(
      withPatch({ pivot: undefined, code_postal: '6320', telephone: 'appelez-nous le matin', horaires: 'le matin', date_maj: '2027-03-01', nom: undefined }),
    );
    expect(problems.map((problem) => problem.field).sort()).toEqual(['code_postal', 'date_maj', 'horaires', 'nom', 'telephone']);
  });

  it('rules across fields still run when a field is missing (phone, hours and stops checked without a name)', () => {
    const problems = problemsOf(withPatch({ nom: undefined, adresse: undefined, latitude: 3.1, longitude: 45.9, annonces: [{ type: 'fermeture', titre: 'T', debut: '2026-12-10', fin: '2026-12-01' }] }));
    expect(problems.map((problem) => problem.field)).toEqual(expect.arrayContaining(['nom', 'adresse', 'latitude', 'annonces (n° 1) › fin']));
  });

  it('an unknown field and a bad value are both reported', () => {
    const problems = problemsOf(withPatch({ leviers: ['equipement'], code_insee: '6330' }));
    expect(problems.map((problem) => problem.field).sort()).toEqual(['code_insee', 'leviers']);
  });
});

describe('yes-or-no fields', () => {
  it('take true and false, and « oui » and « non » as people write them; anything else is refused with the field', () => {
    const venue = schema.parse(withPatch({ adhesion: 'oui', fait_a_la_place: ' Non ', accepte_pass_numerique: 'OUI', accueil_langues_etrangeres: false }));
    expect([venue.adhesion, venue.fait_a_la_place, venue.accepte_pass_numerique, venue.accueil_langues_etrangeres]).toEqual([true, false, true, false]);
    const problems = problemsOf(withPatch({ adhesion: 'peut-être' }));
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([['adhesion', expect.stringMatching(/« peut-être » doit valoir true ou false \(ou bien oui, non\)/)]]);
    expect(OperatorSchema({ today: TODAY }).parse({ nom: 'Ville de Riom', date_maj: '2026-01-01', hors_les_murs: 'oui' }).hors_les_murs).toBe(true);
  });
});

describe('hours that run through the night', () => {
  const check = (patch: Record<string, unknown>) => checkVenue(withPatch(patch), { defaultCountry: 'FR', checkHours: checkOpeningHours, today: TODAY });

  it('are accepted with a warning naming the range and the next morning (« Fr 19:00-11:00 »), on a venue, a stop or a notice', () => {
    const result = check({
      horaires: 'Mo-Th 09:00-12:00; Fr 19:00-11:00',
      itinerance: ['Itinérant'],
      arrets: [{ nom: 'Place du marché', commune: 'Riom', horaires: 'We 14:00-02:30' }],
      annonces: [{ type: 'horaires', titre: 'Noël', debut: '2026-12-20', fin: '2026-12-31', horaires: 'Mo 22:00-06:00' }],
    });
    expect(result.issues).toEqual([]);
    expect(result.warnings.map((warning) => [warning.path.join('.'), warning.message])).toEqual([
      ['horaires', expect.stringMatching(/^passe minuit \(« 19:00-11:00 »\) : .*jusqu'à 11:00 le lendemain.*« 19:00-35:00 »$/)],
      ['arrets.0.horaires', expect.stringContaining('« 14:00-02:30 »')],
      ['annonces.0.horaires', expect.stringContaining('« 22:00-06:00 »')],
    ]);
  });

  it('say nothing of a day that ends at midnight or of a range written past 24:00 on purpose', () => {
    for (const horaires of ['Mo-Fr 09:00-12:00,14:00-18:00', 'Sa 18:00-00:00', 'Fr 19:00-35:00']) expect(check({ horaires }).warnings, horaires).toEqual([]);
  });
});

describe('pivot', () => {
  const check = (patch: Record<string, unknown>) => checkVenue(withPatch(patch), { defaultCountry: 'FR', checkHours: checkOpeningHours, today: TODAY });
  const BELGIAN = { pays: 'BE', code_postal: '1000', code_insee: '21004', telephone: '02 123 45 67', commune: 'Bruxelles', latitude: 50.8467, longitude: 4.3525, fiche_acces_libre: undefined };

  it('is optional, in France and in Belgium', () => {
    expect(check({ pivot: undefined })).toMatchObject({ issues: [], warnings: [] });
    expect(check({ pivot: undefined }).data).not.toHaveProperty('pivot');
    expect(check({ ...BELGIAN, pivot: undefined })).toMatchObject({ issues: [], warnings: [] });
  });

  it.each([
    ['a SIRET with a right key, written with spaces', '216 301 135 00010', '21630113500010'],
    ['a SIREN', '732 829 320', '732829320'],
    ["a La Poste SIRET (its exception to Luhn)", '35600000000048', '35600000000048'],
    ['an RNA number', 'w631234567', 'W631234567'],
  ])('accepts %s and normalises it', (_name, pivot, normalised) => {
    const result = check({ pivot });
    expect(result).toMatchObject({ issues: [], warnings: [] });
    expect(result.data?.pivot).toBe(normalised);
  });

  it('accepts a Belgian BCE/KBO number with its mod-97 check digits, in every usual writing', () => {
    for (const pivot of ['0403.170.701', 'BE 0403 170 701', '403170701']) {
      const result = check({ ...BELGIAN, pivot });
      expect(result, pivot).toMatchObject({ issues: [], warnings: [] });
      expect(result.data?.pivot).toBe('0403170701');
    }
  });

  it('only warns on a wrong check digit (the listing is accepted)', () => {
    const french = check({ pivot: '21630113500018' });
    expect(french.issues).toEqual([]);
    expect(french.data?.pivot).toBe('21630113500018');
    expect(french.warnings).toEqual([expect.objectContaining({ path: ['pivot'], message: expect.stringMatching(/clé de contrôle/) })]);
    const belgian = check({ ...BELGIAN, pivot: '0403.170.702' });
    expect(belgian.issues).toEqual([]);
    expect(belgian.warnings).toEqual([expect.objectContaining({ message: expect.stringMatching(/contrôle/) })]);
  });

  it("warns that the standard's placeholder is not needed, and reads it as absent", () => {
    const result = check({ pivot: '00000000000000' });
    expect(result.issues).toEqual([]);
    expect(result.data).not.toHaveProperty('pivot');
    expect(result.warnings[0]!.message).toMatch(/retirez le champ pivot/);
  });

  it('refuses what is not an identifier of the country', () => {
    expect(check({ pivot: 'SIRET-123' }).issues).toEqual([expect.objectContaining({ path: ['pivot'] })]);
    expect(check({ ...BELGIAN, pivot: '21630113500010' }).issues).toEqual([expect.objectContaining({ path: ['pivot'] })]);
  });

  it('exports the placeholder when absent', () => {
    expect(pivotForExport(undefined)).toBe('00000000000000');
    expect(pivotForExport('21630113500010')).toBe('21630113500010');
  });
});
