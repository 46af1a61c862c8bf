/**
 * The preview of the submission form: the venue's card as the lists show it (the card model of
 * src/lib/catalogue/venue-card.ts) and the main parts of its page, with the page's own words (t.venue, handed over by the page as
 * `PageWords`, so that the browser's shared strings chunk does not carry them). Every text is
 * rendered as text: what a contributor typed is never markup.
 */
import * as t from '../../i18n/index.ts';
import { venueCardModel, type CardLever } from '../../lib/catalogue/venue-card.ts';
import { hoursText, type HoursValue } from '../../lib/submission/form-model.ts';
import type { Venue } from '../../lib/schema/venue.ts';
import { languageList } from './Fields.tsx';

/** The venue page's headings and sentences the preview shows (from `t.venue` on the server). */
export interface PageWords {
  address: string;
  contact: string;
  noPhone: string;
  bookOnline: string;
  hours: string;
  noHours: string;
  help: string;
  presentation: string;
}

export function Preview(props: { id: string; venue: Venue; body: string; hours: HoursValue; levers: CardLever[]; words: PageWords }) {
  const words = props.words;
  const { venue } = props;
  const card = venueCardModel(
    {
      id: props.id,
      nom: venue.nom,
      commune: venue.commune,
      code_postal: venue.code_postal,
      itinerant: venue.itinerance.includes('Itinérant'),
      leviers: venue.leviers,
      frais: venue.frais_a_charge,
      acces: venue.modalites_acces,
      rdv_en_ligne: venue.modalites_acces.includes('Prendre un RDV en ligne') || venue.prise_rdv !== undefined,
    },
    props.levers,
    venue.adresse,
  );
  const week = props.hours.mode === 'semaine' ? props.hours.week : undefined;
  const hours = hoursText(props.hours);
  return (
    <div className="preview">
      <h3>{t.submission.previewCard}</h3>
      <ul className="venue-list">
        <li className="venue-card">
          <h4>
            <span className="preview-link">{card.name}</span>
          </h4>
          <p>{card.place}</p>
          <ul className="lever-tags" aria-label={t.card.levers}>
            {card.levers.map((lever) => (
              <li key={lever.id}>
                <img src={lever.picto} alt="" width={24} height={24} />
                {lever.label}
              </li>
            ))}
          </ul>
          <ul className="venue-meta">
            {card.meta.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </li>
      </ul>
      <h3>{t.submission.previewPage}</h3>
      <div className="preview-page">
        <p className="preview-title">{venue.nom}</p>
        {venue.presentation_resume && <p>{venue.presentation_resume}</p>}
        <h4>{words.address}</h4>
        <p>
          {venue.adresse}
          {venue.complement_adresse ? `, ${venue.complement_adresse}` : ''}
          <br />
          {venue.code_postal} {venue.commune}
        </p>
        <h4>{words.contact}</h4>
        <ul>
          {venue.telephone ? <li>{t.contact.call(venue.telephone)}</li> : <li>{words.noPhone}</li>}
          {venue.courriels.map((mail) => (
            <li key={mail}>
              {t.contact.email} {mail}
            </li>
          ))}
          {venue.site_web.map((site) => (
            <li key={site}>{site}</li>
          ))}
          {venue.prise_rdv && <li>{words.bookOnline}</li>}
        </ul>
        <h4>{words.hours}</h4>
        {week ? (
          <ul>
            {week.days.map((day, index) => (
              <li key={index}>
                {t.submission.hours.days[index]} : {day.mode === 'ferme' ? t.submission.hours.closed : `${day.slots.map((slot) => `${slot.start} – ${slot.end}`).join(', ')}${day.mode === 'rdv' ? ` (${t.submission.hours.appointment.toLowerCase()})` : ''}`}
              </li>
            ))}
          </ul>
        ) : (
          <p>{hours ? <code>{hours}</code> : words.noHours}</p>
        )}
        <h4>{words.help}</h4>
        <ul>
          {venue.services.map((service) => (
            <li key={service}>{service}</li>
          ))}
        </ul>
        {venue.langues.length > 0 && (
          <p>
            {t.fields.languages} : {languageList(venue.langues)}
          </p>
        )}
        {props.body && (
          <>
            <h4>{words.presentation}</h4>
            {props.body.split(/\n\s*\n/).map((paragraph, index) => (
              <p key={index} className="preview-body">
                {paragraph}
              </p>
            ))}
          </>
        )}
      </div>
    </div>
  );
}
