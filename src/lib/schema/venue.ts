/**
 * A venue (« lieu de médiation numérique »): one file `content/lieux/<id>.md`.
 * Field names are those of the national standard v1.0.2, plus the Repères extensions marked below.
 * The file name is the venue's id; the Markdown body is `presentation_detail`.
 */
import { z } from 'astro/zod';
import * as t from '../../i18n/index.ts';
import { checkFields, checkPhoneAndPivot, schemaOf, startCheck, type Checked, type Issue, type Warning } from './check.ts';
import { deriveLevers } from './levers.ts';
import { isInCountry, COUNTRY_BOUNDS } from './countries.ts';
import {
  accesLibreUrl,
  bringList,
  calendarDate,
  email,
  httpUrl,
  isoDate,
  list,
  MUNICIPALITY_CODE_RULES,
  oneOf,
  optionalText,
  POSTCODE_RULES,
  requiredText,
  safeText,
  TEXT_LIMITS,
  yesNo,
} from './fields.ts';
import {
  ANNONCE_TYPES,
  COUNTRIES,
  DEMARCHE_IDS,
  LANGUAGE_CODES,
  SERVICE_PRATIQUE_IDS,
  type Country,
} from './reperes.ts';
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
  RESUME_MAX_LENGTH,
  SERVICES,
} from './standard.ts';
import { TYPOLOGIE_CODES, type Typologie } from './typologies.ts';

/** What the schemas need from outside the file being checked. */
export interface SchemaContext {
  /** Country of a file without `pays` (from content/territoire.yaml). */
  defaultCountry?: Country;
  /**
   * Checks an OpenStreetMap opening_hours value; returns null when valid, else a French message.
   * Injected so that a browser form need not bundle the 155 KB parser.
   */
  checkHours?: (value: string, country: Country) => string | null;
  /** Today, to refuse dates in the future (default: now). */
  today?: Date;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const latitude = z.number({ error: t.venueChecks.latitude }).min(-90).max(90);
const longitude = z.number({ error: t.venueChecks.longitude }).min(-180).max(180);

/** A stop of an itinerant venue (a bus, a stand at a market). Repères extension. */
export const StopSchema = z.strictObject({
  /** Where the stop is, in plain words: « Place du marché, le mardi matin ». */
  nom: requiredText(t.venueChecks.stop.nom, TEXT_LIMITS.name),
  /** Street address of the stop. */
  adresse: optionalText(t.venueChecks.stop.adresse, TEXT_LIMITS.address),
  /** Municipality of the stop. */
  commune: requiredText(t.venueChecks.stop.commune, TEXT_LIMITS.commune),
  /** Postcode of the stop. */
  code_postal: optionalText(t.venueChecks.stop.code_postal),
  /** WGS 84 latitude of the stop. */
  latitude: latitude.optional(),
  /** WGS 84 longitude of the stop. */
  longitude: longitude.optional(),
  /** When the venue is there, OpenStreetMap opening_hours syntax. */
  horaires: optionalText(t.venueChecks.stop.horaires, TEXT_LIMITS.hours),
});

/** A dated notice: exceptional closure, changed hours, news. Shown only between `debut` and `fin`. Repères extension. */
export const AnnonceSchema = z.strictObject({
  /** Kind of notice. */
  type: oneOf(Object.keys(ANNONCE_TYPES) as [string, ...string[]], t.venueChecks.lists.annonceType),
  /** Short title in plain French: « Fermé pendant les vacances de Noël ». */
  titre: requiredText(t.venueChecks.notice.titre, TEXT_LIMITS.name),
  /** Details, one or two sentences. */
  texte: optionalText(t.venueChecks.notice.texte, TEXT_LIMITS.free, true),
  /** First day the notice is shown (AAAA-MM-JJ). */
  debut: calendarDate(t.venueChecks.notice.debut),
  /** Last day the notice is shown (AAAA-MM-JJ); without it, the notice stays until removed. */
  fin: calendarDate(t.venueChecks.notice.fin).optional(),
  /**
   * For a notice of type `horaires` only: the hours that apply from `debut` to `fin` (both included), in
   * OpenStreetMap opening_hours syntax; they replace the usual hours on those days (« ouvert maintenant »
   * applies them). A `fermeture` notice needs none: the venue is closed all day from `debut` to `fin`.
   */
  horaires: optionalText(t.venueChecks.notice.horaires, TEXT_LIMITS.hours),
});

/** `npm run validate` warns about a notice whose last day is more than this many days ago. */
export const NOTICE_EXPIRED_WARNING_DAYS = 90;

/** The frontmatter of a venue file, before cross-field rules. */
export const VenueFieldsSchema = z.strictObject({
  // ——— National standard v1.0.2 ———
  /**
   * SIRET, SIREN or RNA of the structure (France), BCE/KBO number (Belgium), when known. Optional: most
   * places that help have none at hand; exports write the standard's placeholder when it is absent.
   * A wrong check digit is a warning, not a refusal.
   */
  pivot: optionalText(t.venueChecks.what.pivot),
  /** Name of the venue, as people know it. */
  nom: requiredText(t.venueChecks.what.nom, TEXT_LIMITS.name),
  /** Street address (number and street). */
  adresse: requiredText(t.venueChecks.what.adresse, TEXT_LIMITS.address),
  /** Address complement: building, floor, entrance. */
  complement_adresse: optionalText(t.venueChecks.what.complement_adresse, TEXT_LIMITS.address),
  /** Postcode: 5 digits in France, 4 in Belgium. */
  // A postcode written without quotes is read as a number: checked as the text it stands for.
  code_postal: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), requiredText(t.venueChecks.what.code_postal)),
  /** Municipality. */
  commune: requiredText(t.venueChecks.what.commune, TEXT_LIMITS.commune),
  /** INSEE code of the municipality (France) or NIS code (Belgium). */
  code_insee: z.union([safeText(TEXT_LIMITS.short), z.number().transform(String)]).optional(),
  /** WGS 84 latitude. */
  latitude: latitude.optional(),
  /** WGS 84 longitude. */
  longitude: longitude.optional(),
  /** Typology codes of the structure (data·inclusion list), e.g. BIB, FS, ASSO. */
  typologie: list(oneOf(TYPOLOGIE_CODES as [Typologie, ...Typologie[]], t.venueChecks.lists.typologie)),
  /** Phone number; normalised to the international form (+33…, +32…). */
  telephone: z.union([safeText(TEXT_LIMITS.short), z.number().transform(String)]).optional(),
  /** Contact e-mail addresses. */
  courriels: list(email),
  /** Websites (http or https). */
  site_web: list(httpUrl()),
  /** Opening hours, OpenStreetMap opening_hours syntax: `Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00`. */
  horaires: optionalText(t.venueChecks.what.horaires, TEXT_LIMITS.hours),
  /** One-paragraph summary, at most 280 characters. */
  presentation_resume: optionalText(t.venueChecks.what.presentation_resume, TEXT_LIMITS.free, true).pipe(
    z
      .string()
      .max(RESUME_MAX_LENGTH, { error: (issue) => t.venueChecks.resumeTooLong(String(issue.input).length, RESUME_MAX_LENGTH) })
      .optional(),
  ),
  /** Where the data comes from (organisation or tool). */
  source: optionalText(t.venueChecks.what.source),
  /** Fixed venue, itinerant, or both. */
  itinerance: list(oneOf(ITINERANCE, 'itinerance')),
  /** Parent structure, as free text (national standard). Repères links operators with `structure`. */
  structure_parente: optionalText(t.venueChecks.what.structure_parente, TEXT_LIMITS.name),
  /** Date of the last update of the listing (AAAA-MM-JJ). */
  date_maj: calendarDate(t.venueChecks.what.date_maj),
  /**
   * Repères extension, listed here beside `date_maj`: the last day someone checked the listing with the venue
   * (AAAA-MM-JJ; not in the future), even if nothing changed. Freshness (src/lib/freshness.ts) and
   * `npm run stale` read it first, then `date_maj`.
   */
  date_verification: calendarDate(t.venueChecks.what.date_verification).optional(),
  /** Services of the standard offered here; the venue's levers are derived from them. */
  services: list(oneOf(SERVICES, 'services')),
  /** Publics specifically addressed (empty: everyone is welcome). */
  publics_specifiquement_adresses: list(oneOf(PUBLICS, t.venueChecks.lists.publics_specifiquement_adresses)),
  /** Specific support: disabilities, illiteracy, foreign languages. */
  prise_en_charge_specifique: list(oneOf(PRISES_EN_CHARGE, t.venueChecks.lists.prise_en_charge_specifique)),
  /** Cost for the person: free, free under conditions, paid. */
  frais_a_charge: list(oneOf(FRAIS, t.venueChecks.lists.frais_a_charge)),
  /** National programmes (France Services, Aidants Connect, Conseillers numériques…). */
  dispositif_programmes_nationaux: list(oneOf(DISPOSITIFS, t.venueChecks.lists.dispositif_programmes_nationaux)),
  /** Trainings and labels of the mediators. */
  formations_labels: list(oneOf(FORMATIONS_LABELS, t.venueChecks.lists.formations_labels)),
  /** Other trainings and labels, free text. */
  autres_formations_labels: list(safeText(TEXT_LIMITS.name).min(1)),
  /** How to get access: walk in, phone, e-mail, online appointment. */
  modalites_acces: list(oneOf(MODALITES_ACCES, 'modalites_acces')),
  /** Kind of help: on one's own, one-to-one, workshop, remote. */
  modalites_accompagnement: list(oneOf(MODALITES_ACCOMPAGNEMENT, 'modalites_accompagnement')),
  /** The venue's record on acceslibre (physical accessibility). */
  fiche_acces_libre: accesLibreUrl.optional(),
  /** Where to book an appointment online. */
  prise_rdv: httpUrl(t.venueChecks.what.prise_rdv).optional(),

  // ——— Repères extensions ———
  /** Country: FR or BE (default: the territory's). Decides the postcode, phone and pivot rules. */
  pays: oneOf(COUNTRIES, 'pays').optional(),
  /** Id of the operator running the help here (a file content/structures/<id>.md). */
  structure: safeText(TEXT_LIMITS.short).regex(SLUG, { error: t.venueChecks.structure }).optional(),
  /** Practical turnkey services (lever « services »). */
  services_pratiques: list(oneOf(SERVICE_PRATIQUE_IDS as [string, ...string[]], 'services_pratiques')),
  /** Online procedures the venue helps with (the ten domains of Aidants Connect). */
  demarches: list(oneOf(DEMARCHE_IDS as [string, ...string[]], 'demarches')),
  /** Languages spoken at the venue besides French, as ISO 639-1 codes (en, ar, es…). */
  langues: list(safeText(TEXT_LIMITS.short).toLowerCase().refine((code) => LANGUAGE_CODES.includes(code), { error: t.venueChecks.language })),
  /** Accepts the « Pass numérique » (APTIC cheques) as payment. */
  accepte_pass_numerique: yesNo(t.venueChecks.boolean).optional(),
  /**
   * The source said « Adhésion »: the venue asks people to become members (hinaura v0.1 `conditions_acces`).
   * Not a cost by itself (a membership can be free or cost a few euros): `frais_a_charge` is left as the
   * source gave it otherwise. The standard v1 has no value for it (docs/import.md).
   */
  adhesion: yesNo(t.venueChecks.boolean).optional(),
  /**
   * The venue welcomes people who speak a foreign language, without saying which (v0.1 « Public langues
   * étrangères »). The standard's « Langues étrangères (anglais) / (autres) » would claim more than that.
   */
  accueil_langues_etrangeres: yesNo(t.venueChecks.boolean).optional(),
  /**
   * Publics the source says the venue welcomes (v0.1 `publics_accueillis`), kept when they are not « publics
   * specifically addressed » (the source also welcomed adults in general). Values: « Adultes » and the
   * standard's publics.
   */
  publics_accueillis: list(oneOf(PUBLICS_ACCUEILLIS, t.venueChecks.lists.publics_accueillis)),
  /**
   * Someone can do the procedure in the person's place (v0.1 « A ma place »), which the standard's
   * « Accompagnement individuel » (help while the person does it) does not say.
   */
  fait_a_la_place: yesNo(t.venueChecks.boolean).optional(),
  /**
   * The records merged into this listing, one per source: « <source> <id in the source> (<date_maj>) »,
   * e.g. « Hinaura 80 (2022-09-30) », « France Services 2318 (2024-08-01) ». Written by `npm run import`
   * when two sources describe the same place (docs/import.md, « Doublons entre sources »).
   */
  sources_fusionnees: list(safeText(TEXT_LIMITS.name).min(1)),
  /** Stops of an itinerant venue. */
  arrets: list(StopSchema, TEXT_LIMITS.stops),
  /** Dated notices: exceptional closure, changed hours, news. */
  annonces: list(AnnonceSchema, TEXT_LIMITS.notices),
  /**
   * What to bring to this venue, whatever the procedure, in plain words, one thing per item: « votre convocation si
   * vous en avez une », « une clé USB pour repartir avec vos documents ». Short texts (bringList: at most 10 of 150
   * characters), shown as plain text on the venue page (« À apporter ») and, in the orientation's « Avant d'y aller »
   * and referral sheet, before what the procedure asks (content/orientation/questions.yaml), each thing once
   * (whatToBring, src/lib/orientation/recommend.ts).
   */
  a_apporter: bringList(),
});

export type VenueFieldsInput = z.input<typeof VenueFieldsSchema>;

type Fields = z.output<typeof VenueFieldsSchema>;

/** The venue as the site uses it: the fields, normalised, with its country and its derived levers. */
export type Venue = Fields & {
  pays: Country;
  /** The venue's levers, derived from its services (never typed in a file). */
  leviers: ReturnType<typeof deriveLevers>;
};

/**
 * Checks a venue file's front matter: every field on its own, then the rules across fields on the fields
 * that passed, so that one run lists every problem of the file. Never throws.
 * Used by the build's loader, `npm run validate`, the importers and (later) the submission form.
 */
export function checkVenue(input: unknown, context: SchemaContext = {}): Checked<Venue> {
  const { fields, issues } = checkFields(VenueFieldsSchema, input);
  const warnings: Warning[] = [];
  const venue = fields as Partial<Fields>;
  const country: Country = venue.pays ?? context.defaultCountry ?? 'FR';
  const check = startCheck(input, issues, warnings);
  const { issue } = check;

  if (venue.code_postal !== undefined && !POSTCODE_RULES[country].pattern.test(venue.code_postal)) {
    issue(['code_postal'], t.venueChecks.invalid(POSTCODE_RULES[country].expected));
  }
  if (venue.code_insee !== undefined && venue.code_insee !== '' && !MUNICIPALITY_CODE_RULES[country].pattern.test(venue.code_insee)) {
    issue(['code_insee'], t.venueChecks.invalid(MUNICIPALITY_CODE_RULES[country].expected));
  }
  const { telephone, pivot } = checkPhoneAndPivot(venue, country, check);

  const hasLat = venue.latitude !== undefined;
  const hasLon = venue.longitude !== undefined;
  if (hasLat !== hasLon) {
    if (!hasFieldIssue(issues, hasLat ? 'longitude' : 'latitude')) issue([hasLat ? 'longitude' : 'latitude'], t.venueChecks.coordinatesTogether);
  } else if (hasLat && hasLon && !isInCountry([venue.longitude!, venue.latitude!], country)) {
    issue(['latitude'], t.venueChecks.outsideCountry(venue.longitude!, COUNTRY_BOUNDS[country].name));
  }

  const warnOvernight = (path: (string | number)[], hours: string | undefined) => {
    for (const [range, end] of overnightRanges(hours ?? '')) check.warn(path, t.venueChecks.overnight(range, end));
  };
  if (venue.horaires && context.checkHours) {
    const problem = context.checkHours(venue.horaires, country);
    if (problem) issue(['horaires'], problem);
  }
  warnOvernight(['horaires'], venue.horaires);
  const stops = venue.arrets ?? [];
  stops.forEach((stop, index) => {
    const problem = stop.horaires && context.checkHours?.(stop.horaires, country);
    if (problem) issue(['arrets', index, 'horaires'], problem);
    warnOvernight(['arrets', index, 'horaires'], stop.horaires);
    if (stop.latitude !== undefined && stop.longitude !== undefined && !isInCountry([stop.longitude, stop.latitude], country)) {
      issue(['arrets', index, 'latitude'], t.venueChecks.stopOutsideCountry(COUNTRY_BOUNDS[country].name));
    }
  });
  if (stops.length > 0 && venue.itinerance && !venue.itinerance.includes('Itinérant')) {
    issue(['arrets'], t.venueChecks.stopsNotItinerant);
  }

  const today = isoDate(context.today ?? new Date());
  if (venue.date_maj !== undefined && venue.date_maj > today) issue(['date_maj'], t.venueChecks.future(today));
  if (venue.date_verification !== undefined && venue.date_verification > today) {
    issue(['date_verification'], t.venueChecks.future(today));
  }
  const noticeCutoff = isoDate(new Date(Date.parse(today) - NOTICE_EXPIRED_WARNING_DAYS * 86_400_000));
  (venue.annonces ?? []).forEach((annonce, index) => {
    if (annonce.fin && annonce.fin < annonce.debut) {
      issue(['annonces', index, 'fin'], t.venueChecks.noticeEndsBeforeStart(annonce.debut));
    } else if (annonce.fin && annonce.fin < noticeCutoff) {
      check.warn(['annonces', index, 'fin'], t.venueChecks.noticeExpired(NOTICE_EXPIRED_WARNING_DAYS));
    }
    if (annonce.horaires !== undefined && annonce.type !== 'horaires') {
      issue(['annonces', index, 'horaires'], t.venueChecks.noticeHoursType);
    } else if (annonce.horaires && context.checkHours) {
      const problem = context.checkHours(annonce.horaires, country);
      if (problem) issue(['annonces', index, 'horaires'], problem);
      warnOvernight(['annonces', index, 'horaires'], annonce.horaires);
    }
  });

  const services = venue.services;
  if (services && venue.services_pratiques && services.length === 0 && venue.services_pratiques.length === 0) {
    issue(['services'], t.venueChecks.noService);
  }
  if (services && venue.demarches && venue.demarches.length > 0 && !services.includes('Aide aux démarches administratives')) {
    issue(['services'], t.venueChecks.demarchesWithoutService);
  }

  if (issues.length > 0) return { issues, warnings, fields };
  const valid = venue as Fields;
  const data: Venue = { ...valid, pivot, telephone, pays: country, leviers: deriveLevers(valid) };
  if (pivot === undefined) delete data.pivot;
  if (telephone === undefined) delete data.telephone;
  return { data, issues, warnings, fields };
}

/**
 * The time ranges of an opening_hours value that end the next morning, with their end (« Fr 19:00-11:00 » →
 * [[« 19:00-11:00 », « 11:00 »]]): a mistyped hour, most often, that would show the venue open all night. A range
 * ending at 00:00 (midnight) or written past 24:00 (« 19:00-35:00 », the standard's way to say it on purpose) is not one.
 */
export function overnightRanges(hours: string): [range: string, end: string][] {
  const ranges: [string, string][] = [];
  for (const match of hours.matchAll(/(?<![\d:])(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})(?![\d:])/g)) {
    const start = Number(match[1]) * 60 + Number(match[2]);
    const end = Number(match[3]) * 60 + Number(match[4]);
    if (end > 0 && end < start) ranges.push([match[0], `${match[3]}:${match[4]}`]);
  }
  return ranges;
}

function hasFieldIssue(issues: readonly Issue[], field: string): boolean {
  return issues.some((issue) => issue.path[0] === field);
}

/**
 * The venue schema as a zod schema (the same rules as checkVenue): for consumers that want `.safeParse`.
 */
export function VenueSchema(context: SchemaContext = {}) {
  return schemaOf((input) => checkVenue(input, context));
}

/** A venue file's front matter as written (before normalisation). */
export type VenueInput = VenueFieldsInput;
