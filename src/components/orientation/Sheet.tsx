/**
 * « Fiche d'orientation »: what a social worker prints or sends from their own phone for a person — the venue,
 * its address, hours and phone, what to bring, a free note and optionally the person's first name, a QR code to
 * the venue's page and an « Envoyer par SMS » link. Nothing is stored or sent by the site. Print styles: the
 * `.sheet-print` part only (src/styles/global.css).
 */
import { useState, type RefObject } from 'react';
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import * as t from '../../i18n/index.ts';
import { smsBody, smsHref } from '../../lib/orientation/share.ts';

export interface SheetVenue {
  name: string;
  href: string;
  address: string;
  phone?: string;
  /** « Ouvert jusqu'à 12 h », « Ouvre mardi à 9 h ». */
  opening: string;
  week: { day: string; text: string }[];
  /** The venue's own « À apporter » first, then the procedure's (whatToBring). */
  bring: string[];
}

/** The QR code of a URL as an inline SVG (no image request, no data: URL). */
function QrCode({ url }: { url: string }) {
  const code = generate(url);
  const size = code.size + 8;
  return (
    <svg className="qr" viewBox={`-4 -4 ${size} ${size}`} width="160" height="160" role="img" aria-label={t.orientation.qrLabel(url)} shapeRendering="crispEdges">
      <rect x="-4" y="-4" width={size} height={size} fill="#fff" />
      <path d={toSvgPath(code)} fill="#000" />
    </svg>
  );
}

export function Sheet(props: { venue: SheetVenue; site?: string; headingRef: RefObject<HTMLHeadingElement | null>; onClose: () => void }) {
  const { venue } = props;
  const [first, setFirst] = useState('');
  const [note, setNote] = useState('');
  const url = new URL(venue.href, props.site ?? window.location.origin).href;
  const sms = smsHref(smsBody({ name: venue.name, address: venue.address, phone: venue.phone, opening: venue.opening, bring: venue.bring, url }));
  return (
    <section className="sheet" aria-labelledby="fiche-titre">
      <h2 id="fiche-titre" ref={props.headingRef} tabIndex={-1}>{t.orientation.sheetTitle}</h2>
      <p className="hint">{t.orientation.sheetPrivacy}</p>
      <div className="sheet-fields">
        <p>
          <label htmlFor="fiche-prenom">{t.orientation.firstName}</label>
          <input id="fiche-prenom" type="text" autoComplete="off" value={first} onChange={(event) => setFirst(event.target.value)} />
        </p>
        <p>
          <label htmlFor="fiche-note">{t.orientation.note}</label>
          <textarea id="fiche-note" rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
        </p>
      </div>
      <div className="sheet-print">
        <p className="sheet-head">{t.orientation.sheetHead}{first.trim() && ` — ${t.orientation.forPerson(first.trim())}`}</p>
        <h3>{venue.name}</h3>
        <p>{venue.address}</p>
        {venue.phone && <p>{t.orientation.phoneLine(venue.phone)}</p>}
        <p>{venue.opening}</p>
        {venue.week.length > 0 && (
          <>
            <h4>{t.orientation.hours}</h4>
            <ul className="sheet-week">{venue.week.map((line) => <li key={line.day}><strong>{line.day}</strong> : {line.text}</li>)}</ul>
          </>
        )}
        {venue.bring.length > 0 && (
          <>
            <h4>{t.orientation.bring}</h4>
            <ul className="bring">{venue.bring.map((item) => <li key={item}>{item}</li>)}</ul>
          </>
        )}
        {note.trim() && <p className="sheet-note"><strong>{t.orientation.noteLine}</strong> {note.trim()}</p>}
        <figure className="sheet-qr">
          <QrCode url={url} />
          <figcaption>{url}</figcaption>
        </figure>
      </div>
      <p className="step-actions sheet-actions">
        <button type="button" className="button button-primary" onClick={() => window.print()}>{t.orientation.print}</button>
        <a className="button" href={sms}>{t.orientation.sms}</a>
        <button type="button" className="button" onClick={props.onClose}>{t.orientation.backToResults}</button>
      </p>
    </section>
  );
}
