import { describe, expect, it } from 'vitest';
import { checkOpeningHours } from '../../src/lib/hours/compile.ts';
import { serializeJsonLd, venueJsonLd } from '../../src/lib/jsonld.ts';
import { VenueSchema, type Venue } from '../../src/lib/schema/venue.ts';
import { TODAY, VALID_VENUE } from '../fixtures/venues.ts';

const schema = VenueSchema({ defaultCountry: 'FR', checkHours: checkOpeningHours, today: TODAY });
const venue = (patch: Record<string, unknown> = {}): Venue => {
  const input: Record<string, unknown> = { ...VALID_VENUE, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete input[key];
  return schema.parse(input);
};
const URL_OF = 'https://reperes.example.org/lieux/mediatheque-de-riom/';

describe('venueJsonLd', () => {
  it('describes the venue as a schema.org Place', () => {
    expect(venueJsonLd(venue({ complement_adresse: 'Bâtiment B' }), URL_OF)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      '@id': URL_OF,
      url: URL_OF,
      name: 'Médiathèque de Riom',
      description: VALID_VENUE.presentation_resume,
      address: { '@type': 'PostalAddress', streetAddress: '2 rue de la Poste, Bâtiment B', postalCode: '63200', addressLocality: 'Riom', addressCountry: 'FR' },
      geo: { '@type': 'GeoCoordinates', latitude: 45.8936, longitude: 3.1128 },
      telephone: '+33473123456',
      email: 'mediatheque@riom.example.fr',
      sameAs: ['https://mediatheque.riom.example.fr/'],
      openingHours: VALID_VENUE.horaires,
      isAccessibleForFree: true,
      dateModified: '2026-06-01',
    });
  });

  it('gives exceptional closures not yet over as special opening hours (closed all day between their dates), never other notices', () => {
    const annonces = [
      { type: 'fermeture', titre: 'Fermé pour travaux', debut: '2026-12-01', fin: '2026-12-05' },
      { type: 'fermeture', titre: 'Fermé jusqu’à nouvel ordre', debut: '2026-12-20' },
      { type: 'fermeture', titre: 'Fermé (passé)', debut: '2026-10-01', fin: '2026-10-02' },
      { type: 'horaires', titre: 'Horaires d’hiver', debut: '2026-12-01', fin: '2027-02-28', horaires: 'Mo 09:00-12:00' },
      { type: 'info', titre: 'Nouveau : atelier tablette', debut: '2026-11-01' },
    ];
    const data = venueJsonLd(venue({ annonces }), URL_OF, '2026-11-27');
    expect(data.specialOpeningHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-01', validThrough: '2026-12-05', opens: '00:00', closes: '00:00', description: 'Fermé pour travaux' },
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-20', opens: '00:00', closes: '00:00', description: 'Fermé jusqu’à nouvel ordre' },
    ]);
    expect(venueJsonLd(venue({ annonces: [annonces[3], annonces[4]] }), URL_OF, '2026-11-27')).not.toHaveProperty('specialOpeningHoursSpecification');
  });

  it('leaves out what the file does not say', () => {
    const data = venueJsonLd(
      venue({ latitude: undefined, longitude: undefined, telephone: undefined, courriels: [], site_web: [], horaires: undefined, presentation_resume: undefined, frais_a_charge: [] }),
      URL_OF,
    );
    const text = JSON.parse(serializeJsonLd(data)) as Record<string, unknown>;
    for (const key of ['geo', 'telephone', 'email', 'sameAs', 'openingHours', 'description']) expect(text, key).not.toHaveProperty(key);
    expect(text.address).toMatchObject({ streetAddress: '2 rue de la Poste' });
    // An unknown cost is not « free ».
    expect(text.isAccessibleForFree).toBe(false);
  });

  it('is free for free or conditional help, not when any part is paid', () => {
    expect(venueJsonLd(venue({ frais_a_charge: ['Gratuit sous condition'] }), URL_OF).isAccessibleForFree).toBe(true);
    expect(venueJsonLd(venue({ frais_a_charge: ['Gratuit', 'Payant'] }), URL_OF).isAccessibleForFree).toBe(false);
  });

  it('gives a Belgian venue its country', () => {
    const belgian = venue({ pays: 'BE', code_postal: '1000', code_insee: '21004', telephone: '02 123 45 67', pivot: '0123456789', commune: 'Bruxelles', latitude: 50.8467, longitude: 4.3525, fiche_acces_libre: undefined });
    expect(venueJsonLd(belgian, URL_OF)).toMatchObject({ address: { addressCountry: 'BE', postalCode: '1000' }, telephone: '+3221234567' });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its <script> element or open a comment, whatever a name contains', () => {
    const name = 'Espace </script><script>alert(1)</script> <!-- & -->';
    const text = serializeJsonLd(venueJsonLd(venue({ nom: name }), URL_OF));
    expect(text).not.toMatch(/<|>/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect((JSON.parse(text) as { name: string }).name).toBe(name);
  });

  it('gives back exactly the same value, line separators included', () => {
    const value = { name: 'A & B < C > D', text: 'ligne\u2028suivante\u2029fin', n: 1.5, list: ['é', null, true] };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
