/**
 * The sections of a venue's page (src/pages/lieux/[id].astro) as HTML text, every value escaped (src/lib/html.ts).
 * A national build renders 18,000 venue pages: written as Astro templates, their hundreds of small expressions cost
 * about 0.7 ms a page (BENCHMARKS.md); built as text here, a section costs what its string does. The markup is the
 * one the Astro templates gave, byte for byte, spaces included (docs/architecture.md). The parts that carry a
 * script (the notices, « ouvert maintenant », the report form's e-mail) stay Astro components, so that Astro bundles
 * and places their scripts.
 *
 * Accessibility notes of each part: docs/accessibility.md. Browser-safe (pure functions of the checked venue).
 */
import * as t from '../i18n/index.ts';
import { html, raw, type HtmlValue, type Markup } from './html.ts';
import type { CompiledHours } from './hours/compile.ts';
import { describeWeek, upcomingExceptions } from './hours/evaluate.ts';
import { freshnessLevel } from './freshness.ts';
import { languageName } from './labels.ts';
import { situationSvg, type SituationModel } from './map/situation.ts';
import { formatView } from './map/style.ts';
import { DEMARCHES, SERVICE_LEVER, SERVICES_PRATIQUES, type Demarche, type Lever, type ServicePratique } from './schema/reperes.ts';
import { TYPOLOGIES, type Typologie } from './schema/typologies.ts';
import type { Venue } from './schema/venue.ts';
import { describeAppointment, describeCost, formatDate, formatPhone } from './wording.ts';

/** Parts joined as an Astro template joins lines: one space between them, empty parts included. */
const lines = (...parts: HtmlValue[]) => html`${parts.map((part, index) => (index === 0 ? part : [raw(' '), part]))}`;

/** A lever as its block shows it. */
export interface LeverBlock {
  titre: string;
  /** File name in /pictogrammes/. */
  pictogramme: string;
}

/** The page's title block: name, commune, « lieu itinérant », kinds of place. */
export function venueHeaderHtml(venue: Pick<Venue, 'nom' | 'commune' | 'itinerance' | 'typologie'>): string {
  const itinerant = venue.itinerance.includes('Itinérant');
  const kinds = venue.typologie.map((code) => TYPOLOGIES[code as Typologie]).join(', ');
  return html`<header class="venue-header"> <h1>${venue.nom}</h1> <p class="commune">${venue.commune}${itinerant && ` — ${t.card.itinerant}`}${kinds && ` — ${kinds}`}</p> </header>`.value;
}

/** « Ces informations datent du … » when the listing was last checked long ago (`isStale`); nothing otherwise. */
export function staleNoticeHtml(checked: string, stale: boolean): string {
  return stale ? html`<div class="notice" role="note"> <p><strong>${t.venue.staleSince(formatDate(checked))}</strong></p> <p>${t.venue.staleAdvice}</p> </div>`.value : '';
}

/** « Contacter »: phone (a big link), e-mails, websites, how to get an appointment, what to bring. */
export function contactPanelHtml(venue: Venue): string {
  const bring = venue.a_apporter.length > 0 && html` <h3 id="a-apporter">${t.venue.bring}</h3> <ul data-a-apporter>${venue.a_apporter.map((item) => html`<li>${item}</li>`)}</ul> `;
  return html`<section class="panel" aria-labelledby="contact">${lines(
    '',
    html`<h2 id="contact">${t.venue.contact}</h2>`,
    venue.telephone ? html`<p><a class="big-link" href="tel:${venue.telephone}">${t.contact.call(formatPhone(venue.telephone))}</a></p>` : html`<p>${t.venue.noPhone}</p>`,
    venue.courriels.map((email) => html`<p>${t.contact.email} <a href="mailto:${email}">${email}</a></p>`),
    venue.site_web.map((site) => html`<p><a href="${site}" rel="noopener noreferrer">${t.contact.website(new URL(site).hostname)}</a></p>`),
    html`<p>${describeAppointment(venue)}</p>`,
    venue.prise_rdv && html`<p><a href="${venue.prise_rdv}" rel="noopener noreferrer">${t.venue.bookOnline}</a></p>`,
    bring,
    '',
  )}</section>`.value;
}

/** Zoom of the site's map when opened from a venue page (MapLibre zoom: a few streets wide). */
const MAP_ZOOM = 13;
/** Communes the text alternative places the venue from (the first, bigger and nearer, of those on the plan). */
const DESCRIBED = 3;

/**
 * The situation plan: an inline SVG drawn at build time from the embedded basemap (src/lib/map/situation.ts), so the
 * page needs no script, no WebGL and no request. Named (`role="img"`, « Plan de situation : … »), described in
 * words (where the venue is from the communes named on it), captioned (communes, not streets; the address), then
 * links to the site's map at this place and, for streets, to OpenStreetMap. Nothing for a venue without coordinates.
 */
export function situationHtml(model: SituationModel | undefined, venue: Pick<Venue, 'nom' | 'commune' | 'latitude' | 'longitude'>, address: string): string {
  const { nom: name, commune, latitude: lat, longitude: lon } = venue;
  if (!model || lat === undefined || lon === undefined) return '';
  const svg = situationSvg(model, { label: t.situation.label(name, commune), scale: t.situation.scale(model.scale.km), describedBy: 'plan-position', className: 'situation-map' });
  const position = t.situation.position(model.communes.slice(0, DESCRIBED).map((label) => t.situation.from(label.distanceKm, label.direction, label.name)));
  const [latText, lonText] = [lat.toFixed(5), lon.toFixed(5)];
  const streets = `https://www.openstreetmap.org/?mlat=${latText}&mlon=${lonText}#map=17/${latText}/${lonText}`;
  return lines(
    html`<figure class="situation"> ${raw(svg)} <figcaption> <p id="plan-position">${position}</p> ${model.stops.length > 0 && html`<p>${t.situation.stops(model.stops.length)}</p>`} <p>${t.situation.caption(address)}</p> </figcaption> </figure>`,
    html`<p><a href="/carte/${formatView(MAP_ZOOM, { lng: lon, lat })}">${t.situation.seeOnMap}</a></p>`,
    html`<p><a href="${streets}" rel="noopener noreferrer">${t.situation.streets}</a></p>`,
  ).value;
}

/** The address on one line, for the plan's caption: « 2 rue de la Poste, Bâtiment B, 63200 Riom ». */
export const addressInWords = (venue: Pick<Venue, 'adresse' | 'complement_adresse' | 'code_postal' | 'commune'>) =>
  [venue.adresse, venue.complement_adresse, `${venue.code_postal} ${venue.commune}`].filter(Boolean).join(', ');

/**
 * « Adresse »: the address on its lines, the situation plan, the physical accessibility link. `situation`: the plan's
 * HTML (`situationHtml` of the venue's `venueSituationModel`, src/lib/map/situation.ts), empty without coordinates.
 */
export function addressPanelHtml(venue: Venue, situation: string): string {
  return html`<section class="panel" aria-labelledby="adresse">${lines(
    '',
    html`<h2 id="adresse">${t.venue.address}</h2>`,
    html`<address> ${venue.adresse}<br> ${venue.complement_adresse && html`${venue.complement_adresse}<br>`} ${venue.code_postal} ${venue.commune} </address>`,
    raw(situation),
    venue.fiche_acces_libre ? html`<p><a href="${venue.fiche_acces_libre}" rel="noopener noreferrer">${t.venue.accessLink}</a></p>` : html`<p>${t.venue.accessUnknown}</p>`,
    '',
  )}</section>`.value;
}

/**
 * Usual opening hours as a real table (one row header per day), then the comments of the value and the upcoming
 * exceptional days (public holidays, closures) as of `today` (the build's instant: the list is as of the last
 * build). `raw` (the opening_hours value) is offered in a <details> for people who correct the data.
 * `level`: the exceptions heading's level (3, under an h2 « Horaires »).
 */
export function hoursTableHtml(hours: CompiledHours, rawHours: string, today: Date, level: 2 | 3 | 4 = 3): string {
  const rows = describeWeek(hours).map(({ day, text }) => html`<tr> <th scope="row">${day}</th> <td>${text}</td> </tr>`);
  const comments = hours.comments ?? [];
  const exceptions = upcomingExceptions(hours, today);
  const heading = raw(`h${level}`);
  const items = exceptions.map(
    (exception) => html`<li> ${exception.until ? exception.label : html`<time datetime="${exception.date}">${exception.label}</time>`} : ${exception.text} </li>`,
  );
  return lines(
    html`<div class="hours"> <table class="hours-table"> <caption>${t.hoursTable.caption}</caption> <tbody> ${rows} </tbody> </table>`,
    comments.length > 0 && html`<p class="hours-comments">${t.hoursTable.comments(comments)}</p>`,
    exceptions.length > 0 && html`<div class="hours-exceptions"> <${heading}>${t.hoursTable.exceptions}</${heading}> <ul> ${items} </ul> </div>`,
    html`<details class="hours-source"> <summary>${t.hoursTable.source}</summary> <code>${rawHours}</code> </details> </div>`,
  ).value;
}

/** Where and when an itinerant venue stops; nothing for a fixed venue. */
export function stopsHtml(venue: Pick<Venue, 'itinerance' | 'arrets'>): string {
  if (!venue.itinerance.includes('Itinérant') || venue.arrets.length === 0) return '';
  const items = venue.arrets.map(
    (stop) => html`<li><strong>${stop.nom}</strong>, ${stop.adresse && `${stop.adresse}, `}${stop.commune}${stop.horaires && ` : ${stop.horaires}`}</li>`,
  );
  return html`<section aria-labelledby="arrets"> <h2 id="arrets">${t.venue.stops}</h2> <ul> ${items} </ul> </section>`.value;
}

/** « L'aide proposée ici »: one block per lever (pictogram, title), with the venue's services of that lever. */
export function helpHtml(venue: Pick<Venue, 'leviers' | 'services' | 'services_pratiques' | 'demarches'>, levers: ReadonlyMap<Lever, LeverBlock>): string {
  const blocks = venue.leviers.map((leverId) => {
    const lever = levers.get(leverId);
    if (!lever) return '';
    const services = venue.services.filter((service) => SERVICE_LEVER[service] === leverId);
    const extras =
      leverId === 'services' ? venue.services_pratiques.map((id) => SERVICES_PRATIQUES[id as ServicePratique])
      : leverId === 'demarches' ? venue.demarches.map((id) => DEMARCHES[id as Demarche])
      : [];
    return html`<div class="lever-block"> <h3 class="lever-title"><img src="/pictogrammes/${lever.pictogramme}" alt="" width="40" height="40">${lever.titre}</h3> <ul>${[...services, ...extras].map((item) => html`<li>${item}</li>`)}</ul> </div>`;
  });
  return html`<section aria-labelledby="aides"> <h2 id="aides">${t.venue.help}</h2> ${blocks} </section>`.value;
}

const list = (items: readonly string[]) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
const term = (label: string, value: HtmlValue) => html`<dt>${label}</dt><dd>${value}</dd>`;

/** « Conditions »: price, how to come, ways of help, for whom, support, languages, programmes, trainings. */
export function conditionsHtml(venue: Venue): string {
  const membership = venue.adhesion && `${venue.accepte_pass_numerique ? ' ' : '. '}${t.venue.membership}`;
  const ways = [...venue.modalites_accompagnement.map((value) => t.labels.accompagnement[value]), ...(venue.fait_a_la_place ? [t.venue.doneForYou] : [])];
  const support = [...venue.prise_en_charge_specifique, ...(venue.accueil_langues_etrangeres ? [t.venue.foreignLanguages] : [])];
  const trainings = [...venue.formations_labels, ...venue.autres_formations_labels];
  return html`<section aria-labelledby="conditions"> <h2 id="conditions">${t.venue.conditions}</h2> <dl class="info-list">${lines(
    '',
    html`<dt>${t.venue.price}</dt>`,
    html`<dd>${describeCost(venue)}${venue.accepte_pass_numerique && t.venue.passNumerique}${membership}</dd>`,
    venue.modalites_acces.length > 0 && term(t.venue.howToCome, list(venue.modalites_acces.map((value) => t.labels.acces[value]))),
    ways.length > 0 && term(t.venue.waysOfHelp, list(ways)),
    html`<dt>${t.fields.forWhom}</dt>`,
    html`<dd>${venue.publics_specifiquement_adresses.length > 0 ? t.venue.mostlyFor(venue.publics_specifiquement_adresses) : t.venue.everyone}</dd>`,
    support.length > 0 && term(t.fields.support, list(support)),
    venue.langues.length > 0 && term(t.fields.languages, venue.langues.map(languageName).join(', ')),
    venue.dispositif_programmes_nationaux.length > 0 && term(t.venue.nationalPrograms, venue.dispositif_programmes_nationaux.join(', ')),
    trainings.length > 0 && term(t.venue.trainings, trainings.join(', ')),
    '',
  )}</dl> </section>`.value;
}

/** « Présentation »: the summary, then the body already rendered to HTML by the Markdown renderer (trusted). */
export function presentationHtml(summary: string | undefined, bodyHtml: string | undefined): string {
  if (!summary && !bodyHtml) return '';
  return html`<section aria-labelledby="presentation" class="prose"> <h2 id="presentation">${t.venue.presentation}</h2> ${summary && html`<p>${summary}</p>`} ${raw(bodyHtml ?? '')} </section>`.value;
}

/** « Qui anime ce lieu »: a link to the operator's page; nothing without an operator. */
export function operatorHtml(operator: { id: string; nom: string } | undefined): string {
  return operator ? html`<section aria-labelledby="structure"> <h2 id="structure">${t.venue.operator}</h2> <p><a href="/structures/${operator.id}/">${operator.nom}</a></p> </section>`.value : '';
}

/** The start of « Mise à jour et source »: heading, date and source, verification date, freshness in words. */
export function sourceHtml(venue: Pick<Venue, 'date_maj' | 'source' | 'date_verification'>, checked: string, todayIso: string): string {
  return lines(
    html`<h2 id="source">${t.venue.source}</h2>`,
    html`<p>${t.report.updated(formatDate(venue.date_maj), venue.source)}</p>`,
    venue.date_verification && html`<p>${t.venue.verifiedOn(formatDate(venue.date_verification))}</p>`,
    html`<p>${t.venue.freshness[freshnessLevel(checked, todayIso)]}</p>`,
  ).value;
}
