/**
 * The deployment: `content/territoire.yaml`. One deployment = one territory (a région, a
 * département, a Belgian province, a city). Replacing content/ adapts the site to another one.
 */
import { z } from 'astro/zod';
import { email, httpUrl, list, oneOf, optionalText, requiredText } from './fields.ts';
import { COUNTRIES } from './reperes.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A sub-territory (a département, one of the « territoires » of a département, a commune…). */
export const SubTerritorySchema = z
  .strictObject({
    /** Stable id used in URLs: /territoires/<id>/. */
    id: z.string().regex(SLUG, { error: "n'est pas un identifiant valide ; attendu : minuscules, chiffres et tirets, par exemple haute-savoie" }),
    /** Name shown to people. */
    nom: requiredText('le nom du sous-territoire'),
    /** The name after « dans » or « en », for headings: « en Haute-Savoie », « dans l'Ain ». */
    dans: optionalText('la préposition et le nom, par exemple « en Haute-Savoie » ou « dans l’Ain »'),
    /** Official code shown beside the name (département number…). */
    code: optionalText('le code du sous-territoire'),
    /** Venues whose INSEE code (or, failing that, postcode) starts with one of these département codes belong here. */
    departements: list(z.string().regex(/^(\d{2,3}|2[AB])$/, { error: "n'est pas un code de département ; attendu : 2 ou 3 caractères, par exemple 01, 2A, 974" })),
    /** Venues whose municipality code (INSEE/NIS) is listed belong here. */
    communes: list(z.string().regex(/^[0-9AB]{5}$/, { error: "n'est pas un code de commune ; attendu : 5 caractères" })),
    /** Venues whose postcode starts with one of these prefixes belong here (Belgium: 1000–1299…). */
    codes_postaux: list(z.string().regex(/^\d{1,5}$/, { error: "n'est pas un début de code postal ; attendu : des chiffres" })),
  })
  .refine((sub) => sub.departements.length + sub.communes.length + sub.codes_postaux.length > 0, {
    error: 'ne dit pas quels lieux en font partie ; attendu : departements, communes ou codes_postaux',
  });

export const TerritorySchema = z.strictObject({
  /** Name of the territory: « Auvergne-Rhône-Alpes ». */
  nom: requiredText('le nom du territoire'),
  /** Name of the site, shown in the header and titles. */
  nom_site: requiredText('le nom du site'),
  /** One line under the site name. */
  slogan: requiredText('un slogan'),
  /** Country of the territory; venue files without `pays` take it. */
  pays: oneOf(COUNTRIES, 'pays'),
  /** IANA time zone of the opening hours. */
  fuseau_horaire: z.string().default('Europe/Paris'),
  /** How sub-territories are called: « département », « territoire », « province ». */
  type_sous_territoires: requiredText('le type des sous-territoires (département, province…)'),
  /** Bounds [ouest, sud, est, nord] in degrees; venues must be inside. */
  bornes: z.tuple([z.number(), z.number(), z.number(), z.number()], { error: 'attendu : [ouest, sud, est, nord] en degrés' }),
  /** Sub-territories, in display order. */
  sous_territoires: z.array(SubTerritorySchema).min(1, { error: 'manque : au moins un sous-territoire' }),
  /** Where corrections and new listings go. */
  contributions: z.strictObject({
    /** E-mail address that receives reports (« Signaler une erreur »). */
    courriel: email,
    /** Public repository of the content (pull requests). */
    depot: httpUrl("l'adresse du dépôt").optional(),
  }),
  /** Map settings (embedded basemap, or a remote style as an option). */
  carte: z
    .strictObject({
      /** URL of a remote MapLibre style; off by default (the site works offline). */
      style_distant: httpUrl("l'adresse d'un style de carte").optional(),
    })
    .default({}),
  /** Who runs this deployment (shown on /a-propos/). */
  editeur: optionalText("l'éditeur du site"),
});

export type Territory = z.output<typeof TerritorySchema>;
export type SubTerritory = Territory['sous_territoires'][number];
