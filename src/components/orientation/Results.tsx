/**
 * The questionnaire's result: 3–5 venues with « Pourquoi ce lieu ? » and « Avant d'y aller », and the remote help
 * of content/orientation/aide-a-distance.yaml. Part of the orientation island (./Orientation.tsx).
 */
import { useEffect, useState } from 'react';
import * as t from '../../i18n/index.ts';
import { venueCardModel, type CardLever } from '../../lib/catalogue/venue-card.ts';
import { hoursNear } from '../../lib/catalogue/filters.ts';
import type { VenueSummary } from '../../lib/catalogue/venue-summary.ts';
import { describeOpenState, describeWeek, getOpenState } from '../../lib/hours/evaluate.ts';
import { chosenOptions, remoteHelpFor, whatToBring, type Answers, type Questions, type RecommendResult } from '../../lib/orientation/recommend.ts';
import type { OrientationContent } from '../../lib/schema/orientation.ts';
import { formatPhone } from '../../lib/wording.ts';
import { venueContact } from '../venue-contact.ts';
import type { SheetVenue } from './Sheet.tsx';

/** `bring`: what the procedure asks; the venue's own list, read from its page with its address, comes first (whatToBring). */
function ResultItem(props: { venue: VenueSummary; stop?: number; full: boolean; reasons: string[]; lacks: string[]; levers: CardLever[]; bring: string[]; pro: boolean; onSheet: (venue: SheetVenue) => void }) {
  const { venue } = props;
  // A bus proposed for its stop near the person: that stop's hours and position (filters.ts hoursNear).
  const hours = hoursNear(venue, undefined, props.stop);
  const stop = props.stop !== undefined ? venue.arrets?.[props.stop] : undefined;
  const point = stop?.lat !== undefined && stop.lon !== undefined ? { lat: stop.lat, lon: stop.lon } : venue.lat !== undefined && venue.lon !== undefined ? { lat: venue.lat, lon: venue.lon } : undefined;
  const card = venueCardModel(venue, props.levers);
  const [contact, setContact] = useState<{ street?: string; phone?: string; bring: string[] } | undefined>();
  useEffect(() => {
    let live = true;
    void venueContact(card.href).then((found) => live && setContact(found));
    return () => {
      live = false;
    };
  }, [card.href]);
  const now = new Date();
  const opening = hours ? describeOpenState(getOpenState(hours, now), now, hours.tz) : t.orientation.hoursUnknown;
  const address = contact?.street ? `${contact.street}, ${card.place}` : card.place;
  const bring = whatToBring(contact?.bring ?? [], props.bring);
  const mapLink = point ? `/carte/#carte=15.00/${point.lat.toFixed(4)}/${point.lon.toFixed(4)}` : undefined;
  return (
    <li className="result venue-card">
      <h3><a href={card.href}>{card.name}</a></h3>
      <p>{address}</p>
      {card.stops && <p>{card.stops}</p>}
      {!props.full && <p className="partial"><strong>{t.orientation.partial}</strong> {props.lacks.join(' · ')}</p>}
      <h4>{t.orientation.why}</h4>
      <p className="reasons">{props.reasons.join(' · ')}</p>
      <h4>{t.orientation.before}</h4>
      <ul className="before">
        <li>{opening}</li>
        {card.meta.map((line) => <li key={line}>{line}</li>)}
        {contact?.phone && <li><a href={`tel:${contact.phone}`}>{t.contact.call(formatPhone(contact.phone))}</a></li>}
        {bring.length > 0 && (
          <li>
            {t.orientation.bring}
            <ul className="bring">{bring.map((item) => <li key={item}>{item}</li>)}</ul>
          </li>
        )}
      </ul>
      <p className="result-links">
        <a href={card.href}>{t.orientation.page(card.name)}</a>
        {mapLink && <> · <a href={mapLink}>{t.orientation.onMap(card.name)}</a></>}
      </p>
      {props.pro && (
        <p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => props.onSheet({ name: card.name, href: card.href, address, phone: contact?.phone, opening, week: hours ? describeWeek(hours) : [], bring })}
          >
            {t.orientation.prepareSheet(card.name)}
          </button>
        </p>
      )}
    </li>
  );
}

export function ResultList(props: { result: RecommendResult; venues: readonly VenueSummary[]; levers: CardLever[]; bring: string[]; mode: 'personne' | 'pro'; onSheet: (venue: SheetVenue) => void }) {
  return (
    <ol className="venue-list results">
      {props.result.results.map((item) => (
        <ResultItem key={item.index} venue={props.venues[item.index]!} stop={item.stop} full={item.full} reasons={item.reasons} lacks={item.lacks} levers={props.levers} bring={props.bring} pro={props.mode === 'pro'} onSheet={props.onSheet} />
      ))}
    </ol>
  );
}

/** Help without going anywhere: the lines that match the need (and the general ones). */
export function RemoteHelp(props: { remote: OrientationContent['remote']['aides']; answers: Answers; questions: Questions }) {
  const { need, detail } = chosenOptions(props.questions, props.answers);
  const levers = need?.filtres?.leviers ?? [];
  const demarches = detail?.filtres?.demarches ?? [];
  const fits = remoteHelpFor(props.remote, levers, demarches);
  if (fits.length === 0) return null;
  return (
    <section aria-labelledby="aide-distance">
      <h3 id="aide-distance">{t.orientation.remoteTitle}</h3>
      <ul className="remote-help">
        {fits.map((entry) => (
          <li key={entry.nom}>
            <strong>{entry.nom}</strong> : {entry.texte}
            {entry.telephone && <> <a href={`tel:${entry.telephone}`}>{t.contact.call(formatPhone(entry.telephone))}</a></>}
            {entry.horaires && <> ({entry.horaires})</>}
            {entry.site && <> · <a href={entry.site} rel="noopener noreferrer">{t.contact.website(new URL(entry.site).hostname)}</a></>}
          </li>
        ))}
      </ul>
    </section>
  );
}
