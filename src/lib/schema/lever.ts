/**
 * A mediation lever: one file `content/leviers/<id>.md`, id one of LEVERS.
 * Plain-language (FALC-inspired) texts: short sentences, common words. The body is the longer explanation.
 */
import { z } from 'astro/zod';
import * as t from '../../i18n/index.ts';
import { list, oneOf, requiredText, TEXT_LIMITS } from './fields.ts';
import { LEVERS } from './reperes.ts';

export const LeverSchema = z.strictObject({
  /** The need, as a person would say it: « Être aidé pour une démarche en ligne ». */
  titre: requiredText(t.leverChecks.title),
  /** Short name for lists and filters: « Démarches en ligne ». */
  titre_court: requiredText(t.leverChecks.shortTitle),
  /** One or two short sentences. */
  resume: requiredText(t.leverChecks.summary),
  /** File name of the pictogram in public/pictogrammes/ (SVG). Decorative beside the title. */
  pictogramme: z.string().trim().regex(/^[a-z0-9-]+\.svg$/, { error: t.leverChecks.pictogram }),
  /** Examples of what you can get there, one per line. */
  exemples: list(z.string().trim().min(1)).pipe(z.array(z.string()).min(1, { error: t.leverChecks.noExample })),
  /** Position on the home page (1 to 4). */
  ordre: z.number({ error: t.leverChecks.order }).int().min(1),
  /**
   * Where to ask while no venue lists this lever (imported listings rarely name a practical service): another lever
   * whose venues probably can (`levier`: « equipement », computers in free access, often a printer) and why, in one
   * or two plain sentences (`raison`). Shown on the home page and the lever's lists while they are empty, as the
   * questionnaire's `a_defaut` does for one need.
   */
  a_defaut: z
    .strictObject({
      levier: oneOf(LEVERS, 'leviers'),
      raison: requiredText(t.leverChecks.fallbackReason, TEXT_LIMITS.free),
    })
    .optional(),
});

export type Lever = z.output<typeof LeverSchema>;
