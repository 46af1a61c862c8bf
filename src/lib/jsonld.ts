/**
 * schema.org description of a venue (JSON-LD), for search engines and assistive tools, and its text
 * for a <script type="application/ld+json"> element.
 */
import type { Venue } from './schema/venue.ts';

export function venueJsonLd(venue: Venue, url: string): Record<string, unknown> {
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
