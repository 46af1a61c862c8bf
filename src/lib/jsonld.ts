/**
 * schema.org description of a venue (JSON-LD), for search engines and assistive tools, and its text
 * for a <script type="application/ld+json"> element.
 */
import type { Venue } from './schema/venue.ts';

/**
 * `today` (YYYY-MM-DD, the build's date in the venue's zone): exceptional closures (`annonces` of type
 * « fermeture ») not yet over are given as special opening hours, opens = closes = 00:00 (closed all day, the
 * schema.org convention), between their dates. Changed hours stay on the page only.
 */
export function venueJsonLd(venue: Venue, url: string, today?: string): Record<string, unknown> {
  const closures = (venue.annonces ?? []).filter((notice) => notice.type === 'fermeture' && (!today || !notice.fin || notice.fin >= today));
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    '@id': url,
    url,
    name: venue.nom,
    description: venue.presentation_resume,
    address: {
      '@type': 'PostalAddress',
      streetAddress: [venue.adresse, venue.complement_adresse].filter(Boolean).join(', '),
      postalCode: venue.code_postal,
      addressLocality: venue.commune,
      addressCountry: venue.pays,
    },
    ...(venue.latitude !== undefined && venue.longitude !== undefined
      ? { geo: { '@type': 'GeoCoordinates', latitude: venue.latitude, longitude: venue.longitude } }
      : {}),
    ...(venue.telephone ? { telephone: venue.telephone } : {}),
    ...(venue.courriels.length > 0 ? { email: venue.courriels[0] } : {}),
    ...(venue.site_web.length > 0 ? { sameAs: venue.site_web } : {}),
    ...(venue.horaires ? { openingHours: venue.horaires } : {}),
    ...(closures.length > 0
      ? {
          specialOpeningHoursSpecification: closures.map((notice) => ({
            '@type': 'OpeningHoursSpecification',
            validFrom: notice.debut,
            ...(notice.fin ? { validThrough: notice.fin } : {}),
            opens: '00:00',
            closes: '00:00',
            description: notice.titre,
          })),
        }
      : {}),
    isAccessibleForFree: venue.frais_a_charge.length > 0 && !venue.frais_a_charge.includes('Payant'),
    dateModified: venue.date_maj,
  };
}

/**
 * JSON for the inside of a <script> element: `<`, `>` and `&` written as \u escapes, so that no value
 * (a venue named « </script><script>… ») can close the element or open a comment; U+2028 and U+2029
 * escaped too. JSON.parse gives back exactly the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
