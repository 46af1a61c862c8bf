/**
 * The orientation questionnaire's content (`content/orientation/`, docs/orientation.md): its questions and
 * options (questions.yaml), remote help (aide-a-distance.yaml) and the self-check (auto-evaluation.yaml).
 * Every option says what it means for choosing a venue (`filtres`) with the very constants of the venue schema,
 * so an answer becomes the catalogue's filters (src/lib/catalogue/filters.ts) without a second vocabulary.
 */
import { z } from 'astro/zod';
import * as t from '../../i18n/index.ts';
import { bringList, httpUrl, list, oneOf, optionalText, requiredText, yesNo } from './fields.ts';
import { ACCESS_OPTIONS, DEMARCHE_IDS, LEVERS, SERVICE_PRATIQUE_IDS } from './reperes.ts';
import { MODALITES_ACCOMPAGNEMENT, PRISES_EN_CHARGE, PUBLICS, SERVICES } from './standard.ts';

const id = z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: t.orientationChecks.id });
const pictogram = z.string().trim().regex(/^[a-z0-9-]+\.svg$/, { error: t.orientationChecks.pictogram });

/** What an answer asks of a venue: the catalogue's filters, with the venue schema's values. */
export const OrientationFiltersSchema = z.strictObject({
  /** Levers (equipement, demarches, competences, services). */
  leviers: list(oneOf(LEVERS, 'leviers')).optional(),
  /** Services of the national standard. */
  services: list(oneOf(SERVICES, 'services')).optional(),
  /** Practical services (Repères extension). */
  services_pratiques: list(oneOf(SERVICE_PRATIQUE_IDS as unknown as readonly [string, ...string[]], 'services_pratiques')).optional(),
  /** Online procedures (Repères extension, Aidants Connect domains). */
  demarches: list(oneOf(DEMARCHE_IDS as unknown as readonly [string, ...string[]], 'demarches')).optional(),
  /** Publics specifically addressed. */
  publics: list(oneOf(PUBLICS, 'publics_specifiquement_adresses')).optional(),
  /** Specific support (disabilities, languages, illiteracy). */
  prises_en_charge: list(oneOf(PRISES_EN_CHARGE, 'prise_en_charge_specifique')).optional(),
  /** Kinds of help (modalites_accompagnement). */
  aide: list(oneOf(MODALITES_ACCOMPAGNEMENT, 'modalites_accompagnement')).optional(),
  /** Ways in (sans-rdv, rdv-en-ligne, telephone). */
  acces: list(oneOf(ACCESS_OPTIONS, t.orientationChecks.lists.acces)).optional(),
  /** Free (or free under conditions). */
  gratuit: yesNo(t.orientationChecks.boolean).optional(),
});
export type OrientationFilters = z.output<typeof OrientationFiltersSchema>;

/** One answer a person can choose. */
export const OptionSchema = z.strictObject({
  /** Stable id (in the share link and the tests). */
  id,
  /** The answer, in the person's words. */
  libelle: requiredText(t.orientationChecks.what.libelle),
  /** One plain sentence under it. */
  texte: optionalText(t.orientationChecks.what.texte),
  /** File in public/pictogrammes/ shown beside it (decorative). */
  pictogramme: pictogram,
  /** What it asks of a venue; absent: nothing (« Peu importe »). */
  filtres: OrientationFiltersSchema.optional(),
  /** « Pourquoi ce lieu ? » words when a venue meets it: « aide aux démarches CAF ». */
  raison: optionalText(t.orientationChecks.what.raison),
  /**
   * A detail (step 2) a venue must offer to fit, not only a bonus: for what the need's other venues do not give
   * (buying a computer, a repair, printing). Without it, a detail only ranks first the venues that say it (« la
   * CAF »: most listings only say « aide aux démarches »).
   */
  exige: yesNo(t.orientationChecks.boolean).default(false),
  /**
   * When too few venues say they offer it (most listings name no practical service), the venues that probably can,
   * proposed after those that do, with their own reason: for printing, `filtres: { services: [Accès internet et
   * matériel informatique] }`, `raison: "ordinateurs en libre accès : demandez s'il y a une imprimante"`.
   */
  a_defaut: z
    .strictObject({ filtres: OrientationFiltersSchema, raison: requiredText(t.orientationChecks.what.raisonADefaut) })
    .optional(),
  /** Health, disability, language…: never written in a share link. */
  sensible: yesNo(t.orientationChecks.boolean).default(false),
  /**
   * What to bring for this need (« Avant d'y aller », the referral sheet), one thing per item: the same field and rules
   * as a venue's `a_apporter` (bringList); a venue's own list comes first (whatToBring, src/lib/orientation/recommend.ts).
   */
  a_apporter: bringList(),
  /** Leads to the self-check instead of the next question. */
  suite: z.literal('auto-evaluation', { error: t.orientationChecks.suite }).optional(),
});
export type OrientationOption = z.output<typeof OptionSchema>;

const question = z.strictObject({
  /** The question. */
  titre: requiredText(t.orientationChecks.what.titre),
  /** A plain hint under it. */
  aide: optionalText(t.orientationChecks.what.aide),
  options: z.array(OptionSchema, { error: t.orientationChecks.options }).min(2, { error: t.orientationChecks.twoAnswers }),
});
export type OrientationQuestion = z.output<typeof question>;

/** content/orientation/questions.yaml. */
export const QuestionsSchema = z.strictObject({
  /** Step 1: the need (the levers, and « je ne sais pas »). */
  besoin: question,
  /** Step 2: the detail, per option of step 1. */
  details: z.record(id, question),
  /** Step 3: how to be helped (one choice). */
  accompagnement: question,
  /** Step 4: what matters (several, all optional). */
  criteres: question,
});

/** content/orientation/aide-a-distance.yaml: help without going anywhere. */
export const RemoteHelpSchema = z.strictObject({
  aides: z.array(
    z.strictObject({
      nom: requiredText(t.orientationChecks.what.remoteNom),
      texte: requiredText(t.orientationChecks.what.remoteTexte),
      /** International form (+33…) or a French short number (3230). */
      telephone: z.string().trim().regex(/^(?:\+\d{8,15}|3\d{3})$/, { error: t.orientationChecks.phone }).optional(),
      horaires: optionalText(t.orientationChecks.what.remoteHoraires),
      site: httpUrl(t.orientationChecks.what.remoteSite).optional(),
      leviers: list(oneOf(LEVERS, 'leviers')),
      demarches: list(oneOf(DEMARCHE_IDS as unknown as readonly [string, ...string[]], 'demarches')),
    }),
  ),
});

/** content/orientation/auto-evaluation.yaml: « Je sais… » statements, answered on a short scale, per skill. */
export const SelfCheckSchema = z.strictObject({
  titre: requiredText(t.orientationChecks.what.selfCheckTitre),
  intro: requiredText(t.orientationChecks.what.selfCheckIntro),
  /** The answers to each statement, from « yes, alone » to « not yet » (at least two). */
  echelle: z.array(z.strictObject({ id, libelle: requiredText(t.orientationChecks.what.scaleLibelle) })).min(2, { error: t.orientationChecks.twoAnswers }),
  /** Skills: a result is given for each, with the venues that teach it. */
  competences: z.array(
    z.strictObject({ id, titre: requiredText(t.orientationChecks.what.skillTitre), texte: requiredText(t.orientationChecks.what.skillTexte), levier: oneOf(LEVERS, 'leviers'), filtres: OrientationFiltersSchema }),
  ).min(1),
  /** 8 to 12 statements, from the easiest to the hardest. */
  affirmations: z
    .array(z.strictObject({ id, texte: requiredText(t.orientationChecks.what.statementTexte), competence: id }))
    .min(8, { error: t.orientationChecks.statements })
    .max(12, { error: t.orientationChecks.statements }),
});

export type OrientationContent = {
  questions: z.output<typeof QuestionsSchema>;
  remote: z.output<typeof RemoteHelpSchema>;
  selfCheck: z.output<typeof SelfCheckSchema>;
};

/** The files of content/orientation/ and their schemas. */
export const ORIENTATION_FILES = {
  questions: { file: 'questions.yaml', schema: QuestionsSchema },
  remote: { file: 'aide-a-distance.yaml', schema: RemoteHelpSchema },
  selfCheck: { file: 'auto-evaluation.yaml', schema: SelfCheckSchema },
} as const;

/**
 * Rules across the orientation files (ids unique per question, a detail for each need but « je ne sais pas »,
 * every statement's skill declared): French lines, [field, message].
 */
export function checkOrientation(content: OrientationContent): { file: string; field: string; message: string }[] {
  const problems: { file: string; field: string; message: string }[] = [];
  const { questions, selfCheck } = content;
  const q = ORIENTATION_FILES.questions.file;
  const duplicates = (path: string, ids: string[], file: string) => {
    const seen = new Set<string>();
    for (const value of ids) {
      if (seen.has(value)) problems.push({ file, field: path, message: t.orientationChecks.duplicate(value) });
      seen.add(value);
    }
  };
  duplicates('besoin.options', questions.besoin.options.map((option) => option.id), q);
  duplicates('accompagnement.options', questions.accompagnement.options.map((option) => option.id), q);
  duplicates('criteres.options', questions.criteres.options.map((option) => option.id), q);
  for (const option of questions.besoin.options) {
    if (option.suite) continue;
    if (!questions.details[option.id]) problems.push({ file: q, field: `details.${option.id}`, message: t.orientationChecks.missingDetail(option.libelle) });
  }
  for (const [need, detail] of Object.entries(questions.details)) {
    if (!questions.besoin.options.some((option) => option.id === need)) problems.push({ file: q, field: `details.${need}`, message: t.orientationChecks.orphanDetail });
    duplicates(`details.${need}.options`, detail.options.map((option) => option.id), q);
  }
  const s = ORIENTATION_FILES.selfCheck.file;
  const skills = new Set(selfCheck.competences.map((skill) => skill.id));
  selfCheck.affirmations.forEach((statement, index) => {
    if (!skills.has(statement.competence)) problems.push({ file: s, field: `affirmations[${index}].competence`, message: t.orientationChecks.unknownSkill(statement.competence) });
  });
  return problems;
}

/** Every option of the questionnaire (for checks: pictograms, ids). */
export function allOptions(questions: OrientationContent['questions']): OrientationOption[] {
  return [questions.besoin, ...Object.values(questions.details), questions.accompagnement, questions.criteres].flatMap((entry) => entry.options);
}
