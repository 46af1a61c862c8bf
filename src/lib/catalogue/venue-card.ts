/**
 * A venue in a list (« carte »): its name and link, where it is, the help it offers, its cost and how to
 * get in. One model for every list: the server-rendered lists (as HTML, built once per venue and reused by
 * every list page it appears on) and the catalogue's search results in the browser (as DOM nodes).
 * Browser-safe, no Node import.
 */
import type { Lever } from '../schema/reperes.ts';
import * as t from '../../i18n/index.ts';
import { normalize } from '../text.ts';
import { describeAppointment, describeCost } from '../wording.ts';
import type { VenueSummary } from './venue-summary.ts';

/** A lever as a card shows it: pictogram (decorative) and short label. */
export interface CardLever {
  id: Lever;
  label: string;
  /** URL of the pictogram. */
  picto: string;
}

/** What a card shows, in reading order. */
export interface VenueCardModel {
  href: string;
  name: string;
  /** Address or commune, and « lieu itinérant ». */
  place: string;
  /** An itinerant venue's other communes (« Passe aussi à Douvaine »), if it has stops elsewhere. */
  stops?: string;
  levers: CardLever[];
  /** Cost, then appointment. */
  meta: string[];
}

export type CardInput = Pick<VenueSummary, 'id' | 'nom' | 'commune' | 'code_postal' | 'itinerant' | 'leviers' | 'frais' | 'acces' | 'rdv_en_ligne' | 'arrets'>;

/** Communes of stops named on a card; more are counted (« et 18 autres communes »). */
export const CARD_STOP_COMMUNES = 4;

/**
 * The communes an itinerant venue also goes to: its stops' communes other than its own, each once (names compared
 * folded, text.ts `normalize`: « Saint-Étienne » is « Saint Etienne »), in the file's order.
 */
function otherCommunes(venue: Pick<CardInput, 'commune' | 'arrets'>): string[] {
  const seen = new Set([normalize(venue.commune)]);
  const communes: string[] = [];
  for (const stop of venue.arrets ?? []) {
    const key = normalize(stop.commune);
    if (seen.has(key)) continue;
    seen.add(key);
    communes.push(stop.commune);
  }
  return communes;
}

/** The card of a venue. `address`: the street address, shown before the commune when given (server lists). */
export function venueCardModel(venue: CardInput, levers: readonly CardLever[], address?: string): VenueCardModel {
  const others = venue.itinerant ? otherCommunes(venue) : [];
  const named = others.length > CARD_STOP_COMMUNES + 1 ? others.slice(0, CARD_STOP_COMMUNES) : others;
  return {
    href: `/lieux/${venue.id}/`,
    name: venue.nom,
    place: `${address ? `${address}, ` : ''}${venue.code_postal} ${venue.commune}${venue.itinerant ? ` — ${t.card.itinerant}` : ''}`,
    ...(named.length > 0 ? { stops: t.card.stops(named, others.length - named.length) } : {}),
    levers: levers.filter((lever) => venue.leviers.includes(lever.id)),
    meta: [
      describeCost({ frais_a_charge: venue.frais }),
      describeAppointment({ modalites_acces: venue.acces, prise_rdv: venue.rdv_en_ligne ? venue.id : undefined }),
    ],
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a double-quoted attribute: every markup character escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * The card as HTML (an `<li>`), every text escaped. The server builds it once per venue and heading level and
 * joins the cards of a list: a venue appears on up to five list pages, its card is built once. `index`: the
 * venue's position in the search index and the map's points file (`data-venue`), for « Voir sur la carte ».
 */
export function venueCardHtml(card: VenueCardModel, level: 2 | 3 | 4 = 3, index?: number): string {
  const tags = card.levers
    .map((lever) => `<li><img src="${escapeHtml(lever.picto)}" alt="" width="24" height="24">${escapeHtml(lever.label)}</li>`)
    .join('');
  const meta = card.meta.map((text) => `<li>${escapeHtml(text)}</li>`).join('');
  return (
    `<li class="venue-card"${index === undefined ? '' : ` data-venue="${index}"`}><h${level}><a href="${escapeHtml(card.href)}">${escapeHtml(card.name)}</a></h${level}>` +
    `<p>${escapeHtml(card.place)}</p>` +
    (card.stops ? `<p class="card-stops">${escapeHtml(card.stops)}</p>` : '') +
    `<ul class="lever-tags" aria-label="${escapeHtml(t.card.levers)}">${tags}</ul>` +
    `<ul class="venue-meta">${meta}</ul></li>`
  );
}
