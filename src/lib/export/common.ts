/**
 * What every export shares: its input (the checked venues and operators, as the build and `loadContent`
 * give them), the licence, and the credit of the sources. Pure: no `node:` or `astro:*` import.
 */
import type { Operator } from '../schema/operator.ts';
import type { Venue } from '../schema/venue.ts';

/** A checked venue: its id (the file name), its data, its Markdown body (`presentation_detail`). */
export interface ExportVenue {
  id: string;
  data: Venue;
  body: string;
}

/** A checked operator (`content/structures/<id>.md`). */
export interface ExportOperator {
  id: string;
  data: Operator;
  body?: string;
}

/** What an export needs from outside the venues. */
export interface ExportContext {
  /** Who publishes the data (content/territoire.yaml `editeur`, else `nom_site`). */
  publisher: string;
  /** Date of the export (YYYY-MM-DD); the build's date on the site. */
  generated: string;
  /** Absolute URL of the site (`https://…/`), for links back to each venue page; optional. */
  site?: string;
}

export const LICENCE = {
  name: 'Licence Ouverte 2.0',
  id: 'etalab-2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

/** The national standard « Lieux de médiation numérique » this project follows. */
export const STANDARD = {
  name: 'Lieux de médiation numérique',
  version: '1.0.2',
  url: 'https://schema.data.gouv.fr/LaMednum/standard-mediation-num/',
} as const;

/** The metadata block carried by the JSON exports: licence, publisher, date, sources of the venues. */
export function exportMetadata(venues: readonly ExportVenue[], context: ExportContext) {
  return {
    licence: LICENCE.name,
    licence_url: LICENCE.url,
    producteur: context.publisher,
    date_export: context.generated,
    sources: sourcesOf(venues),
  };
}

/** The distinct `source` values of the venues (sorted), the data's origins to credit. */
export function sourcesOf(venues: readonly ExportVenue[]): string[] {
  return [...new Set(venues.map((venue) => venue.data.source).filter((source): source is string => !!source))].sort();
}

/** Venue order in every export: by id (file name), so that the same content always gives the same bytes. */
export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The public page of a venue, when the site URL is known. */
export function venueUrl(id: string, context: ExportContext): string | undefined {
  if (!context.site) return undefined;
  return new URL(`lieux/${id}/`, context.site.endsWith('/') ? context.site : `${context.site}/`).href;
}

/**
 * A deterministic UUID (RFC 9562 version 8, « custom ») from a text: HSDS requires UUIDs, and the same
 * venue must keep the same ones from one export to the next. Four 32-bit FNV-1a hashes with different
 * seeds; not a security feature.
 */
export function stableUuid(text: string): string {
  let hex = '';
  let variantNibble = 0;
  for (let seed = 0; seed < 4; seed++) {
    let hash = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
    // the text salted with its seed (« 0:text », « 1:text »…), hashed without building the salted string
    hash = Math.imul(hash ^ (48 + seed), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 58, 0x01000193) >>> 0;
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    // a final mix so that nearby texts spread over every bit
    hash ^= hash >>> 15;
    hash = Math.imul(hash, 0x2c1b3c6d) >>> 0;
    hash ^= hash >>> 12;
    hash >>>= 0;
    hex += HEX_BYTES[hash >>> 24]! + HEX_BYTES[(hash >>> 16) & 0xff]! + HEX_BYTES[(hash >>> 8) & 0xff]! + HEX_BYTES[hash & 0xff]!;
    if (seed === 2) variantNibble = hash >>> 28;
  }
  const variant = ((variantNibble & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Two hexadecimal digits for each byte value. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
