/**
 * One URL per page template of the built site, chosen from dist/: the list used by the
 * accessibility, same-origin and keyboard tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'dist';

function firstDir(path: string): string | undefined {
  return existsSync(join(dist, path)) ? readdirSync(join(dist, path), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()[0] : undefined;
}

/** A venue page with as many sections as possible (hours, notice…), for the widest coverage. */
function richestVenue(): string | undefined {
  const dir = join(dist, 'lieux');
  if (!existsSync(dir)) return undefined;
  let best: { id: string; size: number } | undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const size = readFileSync(join(dir, entry.name, 'index.html')).length;
    if (!best || size > best.size) best = { id: entry.name, size };
  }
  return best?.id;
}

export function templateUrls(): { template: string; path: string }[] {
  const territoire = firstDir('territoires');
  const levier = firstDir('leviers');
  const structure = firstDir('structures');
  const venue = richestVenue();
  return [
    { template: 'accueil', path: '/' },
    { template: 'tous les lieux', path: '/lieux/' },
    { template: 'carte', path: '/carte/' },
    { template: 'orientation', path: '/orientation/' },
    { template: 'orienter une personne', path: '/orientation/orienter/' },
    { template: 'lieu', path: `/lieux/${venue}/` },
    { template: 'sous-territoire', path: `/territoires/${territoire}/` },
    { template: 'sous-territoire × levier', path: `/territoires/${territoire}/${levier}/` },
    { template: 'levier', path: `/leviers/${levier}/` },
    { template: 'structures', path: '/structures/' },
    { template: 'structure', path: `/structures/${structure}/` },
    { template: 'à propos', path: '/a-propos/' },
    { template: 'couverture', path: '/donnees/couverture/' },
    { template: 'accessibilité', path: '/accessibilite/' },
    { template: 'données ouvertes', path: '/donnees/' },
    { template: '404', path: '/page-qui-n-existe-pas/' },
  ];
}
