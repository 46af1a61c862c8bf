/**
 * What the browser needs of a venue to search, filter, sort and show it in a result list.
 * Built at build time from the validated venues (buildVenueSummaries, the one place that does it for the
 * site, the tests and the bench); encoded compactly into the search index by
 * src/lib/catalogue/search-index.ts and decoded in the browser. Browser-safe: no Node import.
 */
import { compileOpeningHours, type CompiledHours } from '../hours/compile.ts';
import { applyNotices, type HoursNotice } from '../hours/notices.ts';
import type { Demarche, Lever, ServicePratique } from '../schema/reperes.ts';
import type { Dispositif, Frais, ModaliteAcces, ModaliteAccompagnement, PriseEnCharge, Public, Service } from '../schema/standard.ts';
import type { Territory } from '../schema/territory.ts';
import { TYPOLOGIES } from '../schema/typologies.ts';
import type { Venue } from '../schema/venue.ts';
import { findSubTerritory } from '../territory.ts';
import { checkedDate } from '../freshness.ts';

export interface VenueSummary {
  /** Venue id (file name): the page is /lieux/<id>/. */
  id: string;
  nom: string;
  commune: string;
  code_postal: string;
  /** Index of the venue's sub-territory in territoire.yaml (-1: none). */
  territoire: number;
  lat?: number;
  lon?: number;
  leviers: Lever[];
  services: Service[];
  services_pratiques: ServicePratique[];
  demarches: Demarche[];
  publics: Public[];
  prises_en_charge: PriseEnCharge[];
  /** ISO 639-1 codes of languages spoken besides French. */
  langues: string[];
  frais: Frais[];
  acces: ModaliteAcces[];
  /** An online appointment is possible (modalites_acces or prise_rdv). */
  rdv_en_ligne: boolean;
  accompagnement: ModaliteAccompagnement[];
  itinerant: boolean;
  /** National programmes the venue belongs to (`dispositif_programmes_nationaux`): « mfs », « msap » find France Services. */
  dispositifs: Dispositif[];
  /** Name of the operator running the venue, if any (searchable). */
  structure?: string;
  /** Compiled opening hours (src/lib/hours/compile.ts), for « open now / open at ». */
  hours?: CompiledHours;
  /** The freshness date (src/lib/freshness.ts `checkedDate`: verified, else changed), YYYY-MM-DD: « les plus récemment vérifiées ». */
  verifiee?: string;
  /** Plain words of the summary and typology, for search (not shown). */
  texte?: string;
  /**
   * An itinerant venue's stops (`arrets`): their commune (its words find the venue, like its own commune's) and
   * position, the stop's own or its commune's centre (VenueSummariesInput.stopPosition), when known. Distances to the
   * venue are to the nearest of its base and stops (filters.ts `nearestPoint`).
   */
  arrets?: StopSummary[];
}

/** A stop of an itinerant venue, as the search and the map know it. */
export interface StopSummary {
  commune: string;
  lat?: number;
  lon?: number;
  /** When the venue is at this stop (the stop's `horaires`, compiled like the venue's), if the file says. */
  hours?: CompiledHours;
}

/**
 * The specific support a person can search for. A venue that says it welcomes people who speak another language,
 * without naming one (`accueil_langues_etrangeres`, kept apart in its file: docs/import.md), is found by whoever asks
 * for help in another language than French — « Langues étrangères (autres) », the standard's value for languages other
 * than English — in the catalogue and the orientation; its file and page keep what it said.
 */
function supportOf(venue: Pick<Venue, 'prise_en_charge_specifique' | 'accueil_langues_etrangeres'>): PriseEnCharge[] {
  const support = venue.prise_en_charge_specifique;
  if (!venue.accueil_langues_etrangeres || support.includes('Langues étrangères (autres)')) return support;
  return [...support, 'Langues étrangères (autres)'];
}

export function toVenueSummary(
  id: string,
  venue: Venue,
  extra: { territoire: number; structure?: string; hours?: CompiledHours; typologies?: string[]; arrets?: StopSummary[] },
): VenueSummary {
  return {
    id,
    nom: venue.nom,
    commune: venue.commune,
    code_postal: venue.code_postal,
    territoire: extra.territoire,
    ...(venue.latitude !== undefined && venue.longitude !== undefined ? { lat: venue.latitude, lon: venue.longitude } : {}),
    leviers: venue.leviers,
    services: venue.services,
    services_pratiques: venue.services_pratiques as ServicePratique[],
    demarches: venue.demarches as Demarche[],
    publics: venue.publics_specifiquement_adresses,
    prises_en_charge: supportOf(venue),
    langues: venue.langues,
    frais: venue.frais_a_charge,
    acces: venue.modalites_acces,
    rdv_en_ligne: venue.modalites_acces.includes('Prendre un RDV en ligne') || Boolean(venue.prise_rdv),
    accompagnement: venue.modalites_accompagnement,
    itinerant: venue.itinerance.includes('Itinérant'),
    dispositifs: venue.dispositif_programmes_nationaux,
    ...(extra.structure ? { structure: extra.structure } : {}),
    ...(extra.hours ? { hours: extra.hours } : {}),
    verifiee: checkedDate(venue),
    ...(venue.presentation_resume || extra.typologies?.length ? { texte: [venue.presentation_resume, ...(extra.typologies ?? [])].filter(Boolean).join(' ') } : {}),
    ...(extra.arrets?.length ? { arrets: extra.arrets } : {}),
  };
}

/**
 * The stops of an itinerant venue as summaries (none for a fixed venue): each stop's own position, else
 * `position(stop)`; its hours compiled by `hours` when it has some.
 */
export function stopSummaries(
  venue: Pick<Venue, 'itinerance' | 'arrets'>,
  position: (stop: NonNullable<Venue['arrets']>[number]) => { lat: number; lon: number } | undefined = () => undefined,
  hours: (value: string) => CompiledHours | undefined = () => undefined,
): StopSummary[] {
  if (!venue.itinerance.includes('Itinérant')) return [];
  return (venue.arrets ?? []).map((stop) => {
    const point = stop.latitude !== undefined && stop.longitude !== undefined ? { lat: stop.latitude, lon: stop.longitude } : position(stop);
    const compiled = stop.horaires ? hours(stop.horaires) : undefined;
    return { commune: stop.commune, ...(point ? { lat: point.lat, lon: point.lon } : {}), ...(compiled ? { hours: compiled } : {}) };
  });
}

/** A validated venue: its id (the file name) and its data (VenueSchema's output). */
export interface VenueRecord {
  id: string;
  data: Venue;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The catalogue's order of venues (getVenues in src/content.ts, hence of the summaries, the search index and the
 * map's points file): by commune, then by name, French collation.
 */
export function compareVenues(a: { data: Pick<Venue, 'commune' | 'nom'> }, b: { data: Pick<Venue, 'commune' | 'nom'> }): number {
  return collator.compare(a.data.commune, b.data.commune) || collator.compare(a.data.nom, b.data.nom);
}

export interface VenueSummariesInput<V extends VenueRecord = VenueRecord> {
  /** The venues, in the order the summaries should have. */
  venues: readonly V[];
  /** The operators (content/structures): a venue's `structure` id gives its operator's name. */
  operators: Iterable<{ id: string; data: { nom: string } }>;
  /** The deployment: its sub-territories (VenueSummary.territoire indexes them) and its time zone. */
  territory: Pick<Territory, 'sous_territoires' | 'fuseau_horaire'>;
  /** The build's reference date: opening-hours exceptions are compiled from it. */
  referenceDate: Date;
  /**
   * A venue's compiled hours, when the caller keeps them (the site compiles them once per venue per build and
   * shares them with the venue page). Default: compileVenueHours(venue.data, territory.fuseau_horaire, referenceDate).
   */
  hours?: (venue: V) => CompiledHours | undefined;
  /**
   * Where a stop without coordinates is: the site gives its commune's centre from the gazetteer (src/content.ts),
   * or nothing when unsure. Default: nothing (the stop's commune still finds the venue).
   */
  stopPosition?: (stop: NonNullable<Venue['arrets']>[number], venue: V) => { lat: number; lon: number } | undefined;
}

/**
 * A venue's compiled opening hours as the site shows them: the public holidays of its country, its dated notices
 * (closures, changed hours: src/lib/hours/notices.ts), the
 * territory's time zone, exceptions from `from` on. Undefined when the venue has no hours.
 */
export function compileVenueHours(venue: Pick<Venue, 'horaires' | 'pays'> & { annonces?: readonly HoursNotice[] }, timeZone: string, from: Date): CompiledHours | undefined {
  if (!venue.horaires) return undefined;
  const compile = (value: string) => compileOpeningHours(value, { country: venue.pays, from, timeZone });
  return applyNotices(compile(venue.horaires), venue.annonces ?? [], compile);
}

/**
 * The summaries of the venues, in their order: each venue's sub-territory (index in the territory's
 * list, -1: none), its operator's name, its compiled opening hours and the words of its typologies.
 */
export function buildVenueSummaries<V extends VenueRecord>(input: VenueSummariesInput<V>): VenueSummary[] {
  const { territory, referenceDate } = input;
  const subs = territory.sous_territoires;
  const operatorNames = new Map<string, string>();
  for (const operator of input.operators) operatorNames.set(operator.id, operator.data.nom);
  const hoursOf = input.hours ?? ((venue: V) => compileVenueHours(venue.data, territory.fuseau_horaire, referenceDate));
  return input.venues.map((venue) => {
    const { data } = venue;
    const sub = findSubTerritory(data, subs);
    return toVenueSummary(venue.id, data, {
      territoire: sub ? subs.indexOf(sub) : -1,
      structure: data.structure ? operatorNames.get(data.structure) : undefined,
      hours: hoursOf(venue),
      typologies: data.typologie.map((code) => TYPOLOGIES[code]),
      arrets: stopSummaries(
        data,
        input.stopPosition && ((stop) => input.stopPosition!(stop, venue)),
        // A stop's hours, with the venue's country (public holidays) and notices (a closure closes every stop).
        (value) => compileVenueHours({ ...data, horaires: value }, territory.fuseau_horaire, referenceDate),
      ),
    });
  });
}
