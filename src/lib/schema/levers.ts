/**
 * A venue's levers are derived from what it offers, never typed by hand (DESIGN.md §2).
 */
import { LEVERS, SERVICE_LEVER, type Lever } from './reperes.ts';
import type { Service } from './standard.ts';

export interface LeverSources {
  services?: readonly Service[];
  services_pratiques?: readonly string[];
  demarches?: readonly string[];
}

/** The levers of a venue, in the canonical order of LEVERS. */
export function deriveLevers({ services = [], services_pratiques = [], demarches = [] }: LeverSources): Lever[] {
  const found = new Set<Lever>(services.map((service) => SERVICE_LEVER[service]));
  if (services_pratiques.length > 0) found.add('services');
  if (demarches.length > 0) found.add('demarches');
  return LEVERS.filter((lever) => found.has(lever));
}
