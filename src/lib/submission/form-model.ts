/**
 * The submission form (/proposer/) as data: which control each field of the venue and operator schemas gets,
 * in which section, and the conversion between the form's values and a file's front matter, both ways.
 * The rules stay in the schemas (src/lib/schema/venue.ts, operator.ts): the form checks what it produces with
 * `checkVenue` / `checkOperator`, the very functions `npm run validate` runs, and shows their messages.
 * Browser-safe; the labels, help and examples of each field are in src/i18n/fr-submission.ts.
 */
import * as t from '../../i18n/index.ts';
import { ANNONCE_TYPES, COUNTRIES, DEMARCHE_IDS, SERVICE_PRATIQUE_IDS } from '../schema/reperes.ts';
import {
  DISPOSITIFS,
  FORMATIONS_LABELS,
  FRAIS,
  ITINERANCE,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PRISES_EN_CHARGE,
  PUBLICS,
  PUBLICS_ACCUEILLIS,
  SERVICES,
} from '../schema/standard.ts';
import { TYPOLOGIES } from '../schema/typologies.ts';
import { openingHoursToWeek, weekToOpeningHours, type WeekHours } from '../hours/week-form.ts';

/** What the form says of a field (src/i18n/fr-submission.ts): its label, plain help and an example. */
export interface FieldText {
  label: string;
  help?: string;
  example?: string;
}

/** The class names of a field's wrapper: `field`, its kind, and `field-invalid` when it has a problem. */
export function fieldClass(kind: string | undefined, invalid: boolean): string {
  return ['field', kind, invalid ? 'field-invalid' : undefined].filter(Boolean).join(' ');
}

/** A choice of a closed list: the value written in the file and, when the list has one, its plain label key. */
export interface Choice {
  value: string;
  /** Label shown instead of the value (plain French), when the list has one. */
  label?: string;
}

const plainList = (values: readonly string[]): Choice[] => values.map((value) => ({ value }));
const labelled = (entries: Record<string, string>): Choice[] => Object.entries(entries).map(([value, label]) => ({ value, label }));
/** The ids of a Repères list, in their order, with their labels (src/i18n/, `t.labels`). */
const labelledIds = <Id extends string>(ids: readonly Id[], labels: Record<Id, string>): Choice[] => ids.map((value) => ({ value, label: labels[value] }));

/** The control a field gets. */
export type Control =
  | { kind: 'text'; input?: 'text' | 'tel' | 'email' | 'url'; autocomplete?: string; maxLength?: number }
  | { kind: 'textarea'; maxLength?: number }
  /** A list of free values, one per line. */
  | { kind: 'lines'; input?: 'email' | 'url' }
  /** Checkboxes from a schema constant. */
  | { kind: 'choices'; choices: readonly Choice[]; many?: boolean }
  | { kind: 'select'; choices: readonly Choice[] }
  | { kind: 'boolean' }
  | { kind: 'number' }
  | { kind: 'date' }
  | { kind: 'hours' }
  | { kind: 'stops' }
  | { kind: 'notices' };

/** Sub-fields of a stop (`arrets`) and of a notice (`annonces`), in their schema's order. */
export const STOP_FIELDS = ['nom', 'adresse', 'commune', 'code_postal', 'latitude', 'longitude', 'horaires'] as const;
export const NOTICE_FIELDS = ['type', 'titre', 'texte', 'debut', 'fin', 'horaires'] as const;
export const NOTICE_TYPES = labelledIds(Object.keys(ANNONCE_TYPES) as (keyof typeof ANNONCE_TYPES)[], t.labels.annonceTypes);

/** Every field of a venue file, with its control. The test suite checks that this covers the schema exactly. */
export const VENUE_CONTROLS: Record<string, Control> = {
  pivot: { kind: 'text' },
  nom: { kind: 'text', autocomplete: 'organization' },
  adresse: { kind: 'text', autocomplete: 'address-line1' },
  complement_adresse: { kind: 'text' },
  code_postal: { kind: 'text', autocomplete: 'postal-code' },
  commune: { kind: 'text', autocomplete: 'address-level2' },
  code_insee: { kind: 'text' },
  latitude: { kind: 'number' },
  longitude: { kind: 'number' },
  typologie: { kind: 'choices', choices: labelled(TYPOLOGIES), many: true },
  telephone: { kind: 'text', input: 'tel', autocomplete: 'tel' },
  courriels: { kind: 'lines', input: 'email' },
  site_web: { kind: 'lines', input: 'url' },
  horaires: { kind: 'hours' },
  presentation_resume: { kind: 'textarea', maxLength: 280 },
  source: { kind: 'text' },
  itinerance: { kind: 'choices', choices: plainList(ITINERANCE) },
  structure_parente: { kind: 'text' },
  date_maj: { kind: 'date' },
  date_verification: { kind: 'date' },
  services: { kind: 'choices', choices: plainList(SERVICES) },
  publics_specifiquement_adresses: { kind: 'choices', choices: plainList(PUBLICS) },
  prise_en_charge_specifique: { kind: 'choices', choices: plainList(PRISES_EN_CHARGE) },
  frais_a_charge: { kind: 'choices', choices: plainList(FRAIS) },
  dispositif_programmes_nationaux: { kind: 'choices', choices: plainList(DISPOSITIFS), many: true },
  formations_labels: { kind: 'choices', choices: plainList(FORMATIONS_LABELS), many: true },
  autres_formations_labels: { kind: 'lines' },
  modalites_acces: { kind: 'choices', choices: plainList(MODALITES_ACCES) },
  modalites_accompagnement: { kind: 'choices', choices: plainList(MODALITES_ACCOMPAGNEMENT) },
  fiche_acces_libre: { kind: 'text', input: 'url' },
  prise_rdv: { kind: 'text', input: 'url' },
  pays: { kind: 'select', choices: plainList(COUNTRIES) },
  structure: { kind: 'text' },
  services_pratiques: { kind: 'choices', choices: labelledIds(SERVICE_PRATIQUE_IDS, t.labels.servicesPratiques) },
  demarches: { kind: 'choices', choices: labelledIds(DEMARCHE_IDS, t.labels.demarches) },
  langues: { kind: 'text' },
  accepte_pass_numerique: { kind: 'boolean' },
  adhesion: { kind: 'boolean' },
  accueil_langues_etrangeres: { kind: 'boolean' },
  publics_accueillis: { kind: 'choices', choices: plainList(PUBLICS_ACCUEILLIS) },
  fait_a_la_place: { kind: 'boolean' },
  sources_fusionnees: { kind: 'lines' },
  arrets: { kind: 'stops' },
  annonces: { kind: 'notices' },
  a_apporter: { kind: 'lines' },
};

/** Every field of an operator file, with its control. */
export const OPERATOR_CONTROLS: Record<string, Control> = {
  nom: { kind: 'text', autocomplete: 'organization' },
  pivot: { kind: 'text' },
  typologie: { kind: 'choices', choices: labelled(TYPOLOGIES), many: true },
  pays: { kind: 'select', choices: plainList(COUNTRIES) },
  adresse: { kind: 'text', autocomplete: 'address-line1' },
  code_postal: { kind: 'text', autocomplete: 'postal-code' },
  commune: { kind: 'text', autocomplete: 'address-level2' },
  telephone: { kind: 'text', input: 'tel', autocomplete: 'tel' },
  courriels: { kind: 'lines', input: 'email' },
  site_web: { kind: 'lines', input: 'url' },
  presentation_resume: { kind: 'textarea', maxLength: 280 },
  communes_intervention: { kind: 'lines' },
  hors_les_murs: { kind: 'boolean' },
  source: { kind: 'text' },
  date_maj: { kind: 'date' },
};

/** The form's sections, in order, and the venue fields each shows. Every venue field is in exactly one. */
export const VENUE_SECTIONS = [
  { id: 'lieu', fields: ['nom', 'itinerance', 'structure', 'structure_parente'] },
  { id: 'adresse', fields: ['adresse', 'complement_adresse', 'code_postal', 'commune', 'pays', 'code_insee', 'latitude', 'longitude', 'arrets'] },
  { id: 'contact', fields: ['telephone', 'courriels', 'site_web', 'prise_rdv', 'modalites_acces', 'a_apporter'] },
  { id: 'horaires', fields: ['horaires', 'annonces'] },
  {
    id: 'aide',
    fields: [
      'services',
      'demarches',
      'services_pratiques',
      'modalites_accompagnement',
      'frais_a_charge',
      'fait_a_la_place',
      'accepte_pass_numerique',
      'adhesion',
      'publics_specifiquement_adresses',
      'publics_accueillis',
      'prise_en_charge_specifique',
      'accueil_langues_etrangeres',
      'langues',
    ],
  },
  { id: 'presentation', fields: ['presentation_resume', 'corps'] },
  {
    id: 'plus',
    fields: ['typologie', 'pivot', 'dispositif_programmes_nationaux', 'formations_labels', 'autres_formations_labels', 'fiche_acces_libre', 'source', 'sources_fusionnees', 'date_maj', 'date_verification'],
  },
] as const;

export type SectionId = (typeof VENUE_SECTIONS)[number]['id'];

/** A stop or a notice as the form holds it: texts. */
export type SubRecord = Record<string, string>;

/** The hours field in the form: the week editor, or the value as text when the editor cannot show it. */
export interface HoursValue {
  mode: 'semaine' | 'texte';
  week: WeekHours;
  text: string;
}

export type FormValue = string | string[] | boolean | SubRecord[] | HoursValue;

/** The form's values: one entry per field (texts as typed), plus `corps`, the Markdown body. */
export type FormValues = Record<string, FormValue>;

/** The name of the body in the form (and in the validator's lines). */
export const BODY_FIELD = 'corps';

function emptyValue(control: Control): FormValue {
  switch (control.kind) {
    case 'choices':
      return [];
    case 'boolean':
      return false;
    case 'stops':
    case 'notices':
      return [];
    case 'hours':
      return { mode: 'semaine', week: openingHoursToWeek('')!, text: '' };
    default:
      return '';
  }
}

/** An empty form for the controls, with today's date as `date_maj`. */
export function emptyForm(controls: Record<string, Control>, today: string): FormValues {
  const values: FormValues = { [BODY_FIELD]: '' };
  for (const [field, control] of Object.entries(controls)) values[field] = emptyValue(control);
  values.date_maj = today;
  return values;
}

const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const asText = (value: unknown): string => (value === undefined || value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** A file's front matter and body → the form's values (what « Modifier cette fiche » opens). */
export function frontmatterToForm(controls: Record<string, Control>, frontmatter: Readonly<Record<string, unknown>>, body = ''): FormValues {
  const values: FormValues = { [BODY_FIELD]: body.trim() };
  for (const [field, control] of Object.entries(controls)) {
    const raw = frontmatter[field];
    switch (control.kind) {
      case 'choices':
        values[field] = asList(raw).map(asText);
        break;
      case 'lines':
        values[field] = asList(raw).map(asText).join('\n');
        break;
      case 'boolean':
        values[field] = raw === true;
        break;
      case 'hours': {
        const text = asText(raw).trim();
        const week = openingHoursToWeek(text);
        values[field] = week ? { mode: 'semaine', week, text } : { mode: 'texte', week: openingHoursToWeek('')!, text };
        break;
      }
      case 'stops':
      case 'notices':
        values[field] = asList(raw).map((item) => {
          const record: SubRecord = {};
          for (const [key, value] of Object.entries((item ?? {}) as Record<string, unknown>)) record[key] = asText(value);
          return record;
        });
        break;
      default:
        values[field] = Array.isArray(raw) ? raw.map(asText).join(', ') : asText(raw);
    }
  }
  return values;
}

/** A typed decimal (« 45,7772 » or « 45.7772 ») as a number; what is not a number stays text for the schema to name. */
function decimal(text: string): number | string {
  const compact = text.trim().replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(compact) ? Number(compact) : text.trim();
}

function subRecordOut(record: SubRecord, numbers: readonly string[]): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const text = value.trim();
    if (text === '') continue;
    out[key] = numbers.includes(key) ? decimal(text) : text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The hours a form holds, as the file's `horaires` value ('' when none). A week that still says what the file said
 * keeps the file's own text (an edit changes only what the person changed).
 */
export function hoursText(value: HoursValue): string {
  if (value.mode === 'texte') return value.text.trim();
  const original = value.text.trim() ? openingHoursToWeek(value.text) : null;
  if (original && JSON.stringify(original) === JSON.stringify(value.week)) return value.text.trim();
  return weekToOpeningHours(value.week);
}

/**
 * The form's values → a file's front matter (only what was filled in; keys in the controls' order) and body.
 * Nothing is judged here: the schema's check runs on the result.
 */
export function formToFrontmatter(controls: Record<string, Control>, values: FormValues): { frontmatter: Record<string, unknown>; body: string } {
  const frontmatter: Record<string, unknown> = {};
  for (const [field, control] of Object.entries(controls)) {
    const value = values[field];
    let out: unknown;
    switch (control.kind) {
      case 'choices':
        out = (value as string[]).length > 0 ? [...(value as string[])] : undefined;
        break;
      case 'lines': {
        const items = String(value ?? '')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
        out = items.length > 0 ? items : undefined;
        break;
      }
      case 'boolean':
        out = value === true ? true : undefined;
        break;
      case 'number':
        out = String(value ?? '').trim() === '' ? undefined : decimal(String(value));
        break;
      case 'hours':
        out = hoursText(value as HoursValue) || undefined;
        break;
      case 'stops':
      case 'notices': {
        const records = (value as SubRecord[]).map((record) => subRecordOut(record, control.kind === 'stops' ? ['latitude', 'longitude'] : [])).filter(Boolean);
        out = records.length > 0 ? records : undefined;
        break;
      }
      default: {
        const text = String(value ?? '').trim();
        if (field === 'langues') {
          const codes = text.split(/[\s,;]+/).filter(Boolean);
          out = codes.length > 0 ? codes : undefined;
        } else out = text === '' ? undefined : text;
      }
    }
    if (out !== undefined) frontmatter[field] = out;
  }
  return { frontmatter, body: String(values[BODY_FIELD] ?? '').replace(/\r\n?/g, '\n').trim() };
}
