/**
 * `content/fusions.yaml`: pairs of records of two sources that may be one place (rules: `classifyPair` in
 * src/lib/content-check.ts). `npm run import` writes the pairs it is unsure of with `decision: à décider`;
 * a maintainer changes it to « même lieu » (the two records are merged into one file) or « lieux différents »
 * (two files); every later import applies the decision. Decided pairs are kept as they are.
 */
import { z } from 'astro/zod';
import * as t from '../../i18n/index.ts';
import { safeText, TEXT_LIMITS } from './fields.ts';

export const FUSION_DECISIONS = ['à décider', 'même lieu', 'lieux différents'] as const;
export type FusionDecision = (typeof FUSION_DECISIONS)[number];

/** « <source> <id in the source> », as in `sources_fusionnees` without the date: « Hinaura 80 ». */
const recordRef = safeText(TEXT_LIMITS.name).regex(/^.+ \S+$/, { error: t.fusionChecks.recordRef });

export const FusionSchema = z.strictObject({
  /** First record (the smaller reference). */
  a: recordRef,
  /** Second record. */
  b: recordRef,
  /** The two names, as the sources wrote them (to read the file; not used by the import). */
  noms: z.array(safeText(TEXT_LIMITS.name)).optional(),
  /** Distance between the two points, in metres (to read the file). */
  distance_m: z.number().optional(),
  /** What the rules saw (to read the file). */
  indices: z.array(safeText(TEXT_LIMITS.name)).optional(),
  /**
   * The ids of the two venue files (content/lieux/<id>.md), written by the import while both exist: a pair decided
   * « lieux différents » is then no longer reported as a possible duplicate by `npm run validate`.
   */
  fichiers: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: t.fusionChecks.fileId })).length(2).optional(),
  /** « à décider », « même lieu » or « lieux différents ». */
  decision: z.enum(FUSION_DECISIONS, { error: t.fusionChecks.decision(FUSION_DECISIONS) }),
});

export const FusionsFileSchema = z.array(FusionSchema);
export type Fusion = z.output<typeof FusionSchema>;
