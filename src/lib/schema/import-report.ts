/**
 * The report an importer writes beside the content (content/imports/<source>.yaml): what was
 * imported, and every record set aside with its reasons — nothing is dropped silently.
 * Shown on /a-propos/.
 */
import { z } from 'astro/zod';

export const ImportReportSchema = z.object({
  /** Name of the source: « Hinaura ». */
  source: z.string(),
  /** Licence of the source data. */
  licence: z.string(),
  /** Number of venue files written. */
  ecrits: z.number().int().min(0),
  /** Records set aside, with their reasons. */
  rejetes: z
    .array(z.object({ id_source: z.string().optional(), nom: z.string(), commune: z.string().optional(), raisons: z.array(z.string()) }))
    .default([]),
});

export type ImportReport = z.output<typeof ImportReportSchema>;
