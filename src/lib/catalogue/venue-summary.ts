/**
 * What the browser needs of a venue to search, filter, sort and show it in a result list.
 * Built at build time from the validated venue (toVenueSummary); encoded compactly into the
 * search index by src/lib/catalogue/search-index.ts and decoded in the browser.
 */
import type { CompiledHours } from '../hours/compile.ts';
import type { Demarche, Lever, ServicePratique } from '../schema/reperes.ts';
import type { Frais, ModaliteAcces, ModaliteAccompagnement, PriseEnCharge, Public, Service } from '../schema/standard.ts';
import type { Venue } from '../schema/venue.ts';

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
  /** Name of the operator running the venue, if any (searchable). */
  structure?: string;
  /** Compiled opening hours (src/lib/hours/compile.ts), for « open now / open at ». */
  hours?: CompiledHours;
  /** Plain words of the summary and typology, for search (not shown). */
  texte?: string;
}

export function toVenueSummary(
  id: string,
  venue: Venue,
  extra: { territoire: number; structure?: string; hours?: CompiledHours; typologies?: string[] },
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
    prises_en_charge: venue.prise_en_charge_specifique,
    langues: venue.langues,
    frais: venue.frais_a_charge,
    acces: venue.modalites_acces,
    rdv_en_ligne: venue.modalites_acces.includes('Prendre un RDV en ligne') || Boolean(venue.prise_rdv),
    accompagnement: venue.modalites_accompagnement,
    itinerant: venue.itinerance.includes('Itinérant'),
    ...(extra.structure ? { structure: extra.structure } : {}),
    ...(extra.hours ? { hours: extra.hours } : {}),
    ...(venue.presentation_resume || extra.typologies?.length ? { texte: [venue.presentation_resume, ...(extra.typologies ?? [])].filter(Boolean).join(' ') } : {}),
  };
}
