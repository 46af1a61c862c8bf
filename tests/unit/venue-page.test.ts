/**
 * The venue page's sections built as text (src/lib/venue-page.ts): what each says, and that nothing a content file
 * holds can become markup. The whole page is checked in dist/ by tests/build/dist.test.ts and pa11y.
 */
import { describe, expect, it } from 'vitest';
import { checkOpeningHours } from '../../src/lib/hours/compile.ts';
import { compileVenueHours } from '../../src/lib/catalogue/venue-summary.ts';
import { indexBasemap, venueSituationModel } from '../../src/lib/map/situation.ts';
import { VenueSchema, type Venue } from '../../src/lib/schema/venue.ts';
import type { Lever } from '../../src/lib/schema/reperes.ts';
import {
  addressInWords,
  addressPanelHtml,
  conditionsHtml,
  contactPanelHtml,
  helpHtml,
  hoursTableHtml,
  operatorHtml,
  presentationHtml,
  situationHtml,
  sourceHtml,
  staleNoticeHtml,
  stopsHtml,
  venueHeaderHtml,
  type LeverBlock,
} from '../../src/lib/venue-page.ts';
import * as t from '../../src/i18n/index.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { TODAY, VALID_VENUE } from '../fixtures/venues.ts';

const schema = VenueSchema({ defaultCountry: 'FR', checkHours: checkOpeningHours, today: TODAY });
const venue = (patch: Record<string, unknown> = {}): Venue => {
  const input: Record<string, unknown> = { ...VALID_VENUE, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete input[key];
  return schema.parse(input);
};

/** A venue's plan on an empty basemap, as its page shows it (the plan's own drawing: tests/unit/situation-map.test.ts). */
const plan = (data: Venue) => situationHtml(venueSituationModel(indexBasemap([]), data, t.situation.here), data, addressInWords(data));

/** Text a contributor could type to break out of the page's markup. */
const HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
const hostile = venue({
  nom: `Café ${HOSTILE}`,
  adresse: `1 rue ${HOSTILE}`,
  complement_adresse: `Bâtiment ${HOSTILE}`,
  presentation_resume: `Présentation ${HOSTILE}`,
  a_apporter: [`Carte ${HOSTILE}`],
  autres_formations_labels: [`Label ${HOSTILE}`],
  itinerance: ['Itinérant'],
  arrets: [{ nom: `Arrêt ${HOSTILE}`, commune: 'Riom', adresse: `Place ${HOSTILE}` }],
});

/** No element or attribute came from the text: no script, no img, no handler, and every quote is a delimiter. */
function expectInert(markup: string) {
  const tags = [...markup.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g)];
  expect(tags.map((tag) => tag[1]!.toLowerCase())).not.toContain('script');
  const attributes = tags.flatMap((tag) => [...tag[2]!.matchAll(/\s+([\w:-]+)(?:="[^"]*")?/g)].map((name) => name[1]!.toLowerCase()));
  expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
  expect(markup).not.toMatch(/<img[^>]*src=x/);
  expect(markup.match(/"/g)?.length ?? 0).toBe((markup.match(/="/g)?.length ?? 0) * 2);
}

const LEVERS = new Map<Lever, LeverBlock>([
  ['equipement', { titre: 'Accéder à un ordinateur et à internet', pictogramme: 'equipement.svg' }],
  ['demarches', { titre: 'Être aidé pour une démarche en ligne', pictogramme: 'demarches.svg' }],
  ['competences', { titre: 'Apprendre à utiliser le numérique', pictogramme: 'competences.svg' }],
  ['services', { titre: 'Un service numérique tout de suite', pictogramme: 'services.svg' }],
]);

describe('venue page sections', () => {
  it('never turn a content file\'s text into markup, in any section', () => {
    const sections = [
      venueHeaderHtml(hostile),
      contactPanelHtml(hostile),
      addressPanelHtml(hostile, plan(hostile)),
      stopsHtml(hostile),
      helpHtml(hostile, LEVERS),
      conditionsHtml(hostile),
      presentationHtml(hostile.presentation_resume, undefined),
      operatorHtml({ id: 'op', nom: `Structure ${HOSTILE}` }),
      sourceHtml({ ...hostile, source: `Source ${HOSTILE}` }, hostile.date_maj, '2026-11-27'),
    ];
    for (const markup of sections) expectInert(markup);
    expect(sections[0]).toContain('&lt;script&gt;');
  });

  it('the header names the venue, its commune, « lieu itinérant » and its kinds of place', () => {
    expect(venueHeaderHtml(venue({ itinerance: ['Itinérant'], arrets: [{ nom: 'Mairie', commune: 'Riom' }] }))).toBe(
      `<header class="venue-header"> <h1>Médiathèque de Riom</h1> <p class="commune">Riom — ${t.card.itinerant} — Bibliothèque / Médiathèque</p> </header>`,
    );
  });

  it('the contact panel: the phone as a big link, or that none is known; what to bring as the list the browser reads', () => {
    const markup = contactPanelHtml(venue({ a_apporter: ['Carte Vitale', 'Vos codes'] }));
    expect(markup).toContain('<a class="big-link" href="tel:+33473123456">');
    expect(markup).toContain('<ul data-a-apporter><li>Carte Vitale</li><li>Vos codes</li></ul>');
    expect(contactPanelHtml(venue({ telephone: undefined }))).toContain(`<p>${t.venue.noPhone}</p>`);
    expect(contactPanelHtml(venue())).not.toContain('a-apporter');
  });

  it('the address on its lines; without coordinates, no plan and no link to the map', () => {
    const far = venue({ complement_adresse: 'Bâtiment B', latitude: undefined, longitude: undefined });
    expect(venueSituationModel(indexBasemap([]), far, t.situation.here)).toBeUndefined();
    expect(plan(far)).toBe('');
    const markup = addressPanelHtml(far, plan(far));
    expect(markup).toContain('<address> 2 rue de la Poste<br> Bâtiment B<br> 63200 Riom </address>');
    expect(markup).not.toContain('situation');
    expect(markup).not.toContain('/carte/');
  });

  it('the situation plan is named, described in words and links to the site\'s map at the venue', () => {
    const markup = addressPanelHtml(venue(), plan(venue()));
    expect(markup).toContain('role="img"');
    expect(markup).toContain(`aria-label="${t.situation.label('Médiathèque de Riom', 'Riom')}"`);
    expect(markup).toContain('aria-describedby="plan-position"');
    expect(markup).toContain('<p id="plan-position">');
    expect(markup).toContain('href="/carte/#carte=13.00/45.8936/3.1128"');
    expect(markup).toContain(escapeHtml(t.situation.caption('2 rue de la Poste, 63200 Riom')));
  });

  it('the hours table has a row per day, the comments and the public holidays to come', () => {
    const data = venue({ horaires: 'Tu-Fr 09:00-12:00; Sa 09:00-12:00 "sur rendez-vous"; PH off' });
    const hours = compileVenueHours(data, 'Europe/Paris', new Date('2026-12-20T12:00:00Z'))!;
    const markup = hoursTableHtml(hours, data.horaires!, new Date('2026-12-20T12:00:00Z'));
    expect(markup.match(/<th scope="row">/g)).toHaveLength(7);
    expect(markup).toContain('<th scope="row">Mardi</th> <td>9 h à 12 h</td>');
    expect(markup).toContain('<p class="hours-comments">À noter : sur rendez-vous</p>');
    expect(markup).toContain('<time datetime="2026-12-25">');
    expect(markup).toContain(`<h3>${t.hoursTable.exceptions}</h3>`);
    expect(hoursTableHtml(hours, data.horaires!, new Date('2026-12-20T12:00:00Z'), 2)).toContain(`<h2>${t.hoursTable.exceptions}</h2>`);
    expect(markup).toContain('<code>Tu-Fr 09:00-12:00; Sa 09:00-12:00 &quot;sur rendez-vous&quot;; PH off</code>');
  });

  it('the stops of an itinerant venue, with their address and hours; nothing for a fixed venue', () => {
    const bus = venue({ itinerance: ['Itinérant'], arrets: [{ nom: 'Marché', adresse: 'Place d’Armes', commune: 'Riom', horaires: 'Tu 09:00-12:00' }, { nom: 'Mairie', commune: 'Mozac' }] });
    expect(stopsHtml(bus)).toContain('<li><strong>Marché</strong>, Place d’Armes, Riom : Tu 09:00-12:00</li><li><strong>Mairie</strong>, Mozac</li>');
    expect(stopsHtml(venue())).toBe('');
  });

  it('the help: one block per lever of the venue, with its services, practical services and procedures', () => {
    const markup = helpHtml(venue(), LEVERS);
    expect(markup.match(/class="lever-block"/g)).toHaveLength(venue().leviers.length);
    expect(markup).toContain('<img src="/pictogrammes/services.svg" alt="" width="40" height="40">');
    expect(markup).toContain('<li>Social et santé (CAF, Ameli, retraite, RSA)</li>');
  });

  it('the conditions say the cost, the Pass numérique and membership in one sentence, and for whom', () => {
    expect(conditionsHtml(venue({ accepte_pass_numerique: true, adhesion: true }))).toContain('<dd>Gratuit. Accepte le Pass numérique. Adhésion demandée.</dd>');
    expect(conditionsHtml(venue({ adhesion: true }))).toContain('<dd>Gratuit. Adhésion demandée.</dd>');
    expect(conditionsHtml(venue())).toContain('<dd>Surtout : Seniors.</dd>');
    expect(conditionsHtml(venue({ publics_specifiquement_adresses: [] }))).toContain(`<dd>${t.venue.everyone}</dd>`);
    expect(conditionsHtml(venue({ fait_a_la_place: true, modalites_accompagnement: [] }))).toContain(`<dd><ul><li>${t.venue.doneForYou}</li></ul></dd>`);
    expect(conditionsHtml(venue({ langues: [] }))).not.toContain(t.fields.languages);
  });

  it('presentation, operator and notices appear only when there is something to say', () => {
    expect(presentationHtml(undefined, undefined)).toBe('');
    expect(presentationHtml(undefined, '<p>Corps</p>\n')).toContain('<p>Corps</p>\n </section>');
    expect(operatorHtml(undefined)).toBe('');
    expect(operatorHtml({ id: 'ville-de-riom', nom: 'Ville de Riom' })).toContain('<a href="/structures/ville-de-riom/">Ville de Riom</a>');
    expect(staleNoticeHtml('2024-08-01', false)).toBe('');
    expect(staleNoticeHtml('2024-08-01', true)).toContain(t.venue.staleSince('1er août 2024'));
  });

  it('the source says when the listing was updated and verified, and how fresh it is', () => {
    const markup = sourceHtml(venue({ date_verification: '2026-11-01' }), '2026-11-01', '2026-11-27');
    expect(markup).toContain(t.venue.verifiedOn('1er novembre 2026'));
    expect(markup).toContain(t.venue.freshness.recent);
    expect(sourceHtml(venue(), '2024-01-01', '2026-11-27')).toContain(t.venue.freshness.old);
  });
});
