/**
 * The deployment: `content/territoire.yaml`. One deployment = one territory (a région, a
 * département, a Belgian province, a city). Replacing content/ adapts the site to another one.
 */
import { z } from 'astro/zod';
import * as t from '../../i18n/index.ts';
import { email, httpUrl, list, oneOf, optionalText, requiredText } from './fields.ts';
import { COUNTRIES } from './reperes.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A sub-territory (a département, one of the « territoires » of a département, a commune…). */
export const SubTerritorySchema = z
  .strictObject({
    /** Stable id used in URLs: /territoires/<id>/. */
    id: z.string().regex(SLUG, { error: t.territoryChecks.sub.id }),
    /** Name shown to people. */
    nom: requiredText(t.territoryChecks.sub.nom),
    /** The name after « dans » or « en », for headings: « en Haute-Savoie », « dans l'Ain ». */
    dans: optionalText(t.territoryChecks.sub.dans),
    /** Official code shown beside the name (département number…). */
    code: optionalText(t.territoryChecks.sub.code),
    /** Venues whose INSEE code (or, failing that, postcode) starts with one of these département codes belong here. */
    departements: list(z.string().regex(/^(\d{2,3}|2[AB])$/, { error: t.territoryChecks.sub.departement })),
    /** Venues whose municipality code (INSEE/NIS) is listed belong here. */
    communes: list(z.string().regex(/^[0-9AB]{5}$/, { error: t.territoryChecks.sub.commune })),
    /** Venues whose postcode starts with one of these prefixes belong here (Belgium: 1000–1299…). */
    codes_postaux: list(z.string().regex(/^\d{1,5}$/, { error: t.territoryChecks.sub.codePostal })),
  })
  .refine((sub) => sub.departements.length + sub.communes.length + sub.codes_postaux.length > 0, {
    error: t.territoryChecks.sub.empty,
  });

export const TerritorySchema = z.strictObject({
  /** Name of the territory: « Auvergne-Rhône-Alpes ». */
  nom: requiredText(t.territoryChecks.what.nom),
  /** Name of the site, shown in the header and titles. */
  nom_site: requiredText(t.territoryChecks.what.nom_site),
  /** One line under the site name. */
  slogan: requiredText(t.territoryChecks.what.slogan),
  /** Country of the territory; venue files without `pays` take it. */
  pays: oneOf(COUNTRIES, 'pays'),
  /** IANA time zone of the opening hours. */
  fuseau_horaire: z.string().default('Europe/Paris'),
  /** How sub-territories are called: « département », « territoire », « province ». */
  type_sous_territoires: requiredText(t.territoryChecks.what.type_sous_territoires),
  /** Bounds [ouest, sud, est, nord] in degrees; venues must be inside. */
  bornes: z.tuple([z.number(), z.number(), z.number(), z.number()], { error: t.territoryChecks.bounds }),
  /** Sub-territories, in display order. */
  sous_territoires: z.array(SubTerritorySchema).min(1, { error: t.territoryChecks.noSubTerritory }),
  /** Where corrections and new listings go. */
  contributions: z.strictObject({
    /** E-mail address that receives reports (« Signaler une erreur »). */
    courriel: email,
    /** Public repository of the content (pull requests). */
    depot: httpUrl(t.territoryChecks.what.depot).optional(),
  }),
  /** Map settings (embedded basemap, or a remote style as an option). */
  carte: z
    .strictObject({
      /** URL of a remote MapLibre style; off by default (the site works offline). */
      style_distant: httpUrl(t.territoryChecks.what.style_distant).optional(),
    })
    .default({}),
  /** Who runs this deployment (shown on /a-propos/). */
  editeur: optionalText(t.territoryChecks.what.editeur),
});

export type Territory = z.output<typeof TerritorySchema>;
export type SubTerritory = Territory['sous_territoires'][number];
