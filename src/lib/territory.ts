/**
 * Which sub-territory a venue belongs to (content/territoire.yaml → sous_territoires).
 */
import type { SubTerritory } from './schema/territory.ts';

interface Located {
  code_insee?: string;
  code_postal: string;
}

/** Département of an INSEE code or a French postcode: 2 characters, 3 overseas (97x). */
export function departementOf(code: string): string {
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

/**
 * The first sub-territory that claims the venue: by municipality code, then by département
 * (from the INSEE code, else the postcode), then by postcode prefix.
 */
export function findSubTerritory(venue: Located, subTerritories: readonly SubTerritory[]): SubTerritory | undefined {
  const insee = venue.code_insee;
  const byCommune = insee ? subTerritories.find((sub) => sub.communes.includes(insee)) : undefined;
  if (byCommune) return byCommune;
  const departement = departementOf(insee ?? venue.code_postal);
  const byDepartement = subTerritories.find((sub) => sub.departements.includes(departement));
  if (byDepartement) return byDepartement;
  return subTerritories.find((sub) => sub.codes_postaux.some((prefix) => venue.code_postal.startsWith(prefix)));
}

/** « en Haute-Savoie », from `dans` in territoire.yaml; otherwise « : Haute-Savoie » (no guessed French grammar). */
export function inSubTerritory(sub: Pick<SubTerritory, 'nom' | 'dans'>): string {
  return sub.dans ?? `: ${sub.nom}`;
}
