/**
 * The report an importer writes beside the content (content/imports/<source>.yaml, written by
 * scripts/import.ts): what was imported, and every record set aside with its reasons — nothing is
 * dropped silently. Shown on /a-propos/. Only the fields the site reads are checked here.
 */
import { z } from 'astro/zod';

export const ImportReportSchema = z.object({
  /** Name of the source: « Hinaura ». */
  source: z.string(),
  /** Licence of the source data. */
  licence: z.string(),
  /** Most recent update date of the imported records. */
  date_source: z.union([z.string(), z.date()]).transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)).optional(),
  /** Counts of the run. */
  comptes: z.object({
    enregistrements: z.number().int().min(0),
    ecrits: z.number().int().min(0),
    rejetes: z.number().int().min(0),
    avertissements: z.number().int().min(0),
  }),
  /** Records set aside, with their reasons. */
  rejets: z
    .array(z.object({ id_source: z.string().optional(), nom: z.string(), commune: z.string().optional(), raisons: z.array(z.string()) }))
    .default([]),
  /** Records imported with a warning (a field dropped or guessed). */
  avertissements: z
    .array(z.object({ id_source: z.string().optional(), lieu: z.string().optional(), nom: z.string(), messages: z.array(z.string()) }))
    .default([]),
});

export type ImportReport = z.output<typeof ImportReportSchema>;
