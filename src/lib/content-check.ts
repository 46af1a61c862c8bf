/**
 * Rules across files, after each file passed its own schema: unique ids, operator references,
 * every venue in the territory, the four levers present with their pictograms.
 * Pure: takes parsed entries, returns problems. Used by `npm run validate` (and so by the build).
 */
import type { Problem } from './schema/errors.ts';
import { isInBounds } from './schema/countries.ts';
import { LEVERS } from './schema/reperes.ts';
import type { Territory } from './schema/territory.ts';
import type { Venue } from './schema/venue.ts';
import { findSubTerritory } from './territory.ts';

export interface Parsed<T> {
  file: string;
  id: string;
  data: T;
}

/** The fields of a venue the rules across files read; a refused file gives those that passed. */
type VenueLinks = Partial<Pick<Venue, 'structure' | 'latitude' | 'longitude' | 'code_postal' | 'code_insee'>>;

export interface ContentSet {
  venues: Parsed<Venue>[];
  /** Venues refused by their own checks: their valid fields still go through these rules, so that one run shows every problem. */
  partialVenues?: Parsed<VenueLinks>[];
  operators: Parsed<unknown>[];
  levers: Parsed<{ pictogramme: string }>[];
  territory?: Territory;
  /** Pictogram files present in public/pictogrammes/. */
  pictograms?: readonly string[];
  /** Folder of the lever files, for the line about a missing one (default content/leviers). */
  leverFolder?: string;
}

/** Ids are file names: lowercase letters, digits and dashes. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkId(file: string, id: string): Problem | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  return {
    file,
    field: '',
    message: `le nom du fichier « ${id} » n'est pas un identifiant valide ; attendu : minuscules sans accents, chiffres et tirets, par exemple mediatheque-de-riom.md`,
  };
}

export function checkContentSet({ venues, partialVenues = [], operators, levers, territory, pictograms, leverFolder = 'content/leviers' }: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const operatorIds = new Set(operators.map((operator) => operator.id));

  const seen = new Map<string, string>();
  for (const entry of [...venues, ...operators]) {
    const key = `${entry.file.split('/').slice(-2, -1)[0]}/${entry.id}`;
    const previous = seen.get(key);
    if (previous) problems.push({ file: entry.file, field: '', message: `a le même identifiant « ${entry.id} » que ${previous} ; renommez l'un des deux fichiers` });
    else seen.set(key, entry.file);
  }

  const checked: Parsed<VenueLinks>[] = [...venues, ...partialVenues];
  for (const venue of checked) {
    const { structure, latitude, longitude, code_postal } = venue.data;
    if (structure && !operatorIds.has(structure)) {
      problems.push({
        file: venue.file,
        field: 'structure',
        message: `« ${structure} » ne correspond à aucune structure ; attendu : le nom d'un fichier de content/structures/ sans .md${operatorIds.size > 0 ? ` (existantes : ${[...operatorIds].slice(0, 8).join(', ')}${operatorIds.size > 8 ? '…' : ''})` : ''}`,
      });
    }
    if (!territory) continue;
    if (code_postal !== undefined && !findSubTerritory({ ...venue.data, code_postal }, territory.sous_territoires)) {
      problems.push({
        file: venue.file,
        field: 'code_postal',
        message: `« ${venue.data.code_postal} » n'appartient à aucun sous-territoire de ${territory.nom} ; vérifiez le code postal et le code INSEE, ou ajoutez le sous-territoire dans content/territoire.yaml`,
      });
    }
    if (latitude !== undefined && longitude !== undefined && !isInBounds([longitude, latitude], territory.bornes)) {
      problems.push({
        file: venue.file,
        field: 'latitude',
        message: `« ${latitude} » et longitude ${longitude} sont hors du territoire ${territory.nom} (bornes de content/territoire.yaml) ; vérifiez les coordonnées`,
      });
    }
  }

  const leverIds = new Set(levers.map((lever) => lever.id));
  for (const lever of levers) {
    if (!(LEVERS as readonly string[]).includes(lever.id)) {
      problems.push({ file: lever.file, field: '', message: `« ${lever.id} » n'est pas un levier ; attendu : un des fichiers ${LEVERS.map((id) => `${id}.md`).join(', ')}` });
    }
    if (pictograms && !pictograms.includes(lever.data.pictogramme)) {
      problems.push({ file: lever.file, field: 'pictogramme', message: `« ${lever.data.pictogramme} » est introuvable dans public/pictogrammes/` });
    }
  }
  for (const id of LEVERS) {
    if (!leverIds.has(id)) problems.push({ file: `${leverFolder}/${id}.md`, field: '', message: 'fichier manquant : les quatre leviers doivent être décrits' });
  }
  return problems;
}
