/**
 * Venue summaries for the search tests (index format, word index, query matching, ranking, searcher):
 * a complete crafted one to derive edge cases from, and the demo content's, as the site builds them.
 */
import { buildVenueSummaries, type VenueSummary } from '../../src/lib/catalogue/venue-summary.ts';
import { compileOpeningHours } from '../../src/lib/hours/compile.ts';
import { stopLocator } from '../../src/lib/gazetteer.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { gazetteerForTerritory } from '../../src/node/gazetteer-build.ts';

/** The reference date of the summaries below. */
export const FROM = new Date('2026-11-23T12:00:00Z');

/** The summaries of the demo content folder, as the site builds them. */
export function demoSummaries(): VenueSummary[] {
  return demoCatalogue().venues;
}

/** The demo's summaries and its sub-territories' ids, as /lieux/recherche.json carries them (`territoires`). */
export function demoCatalogue(): { venues: VenueSummary[]; territories: string[] } {
  const content = loadContent(process.cwd(), 'content', { today: FROM });
  const locateStop = stopLocator(gazetteerForTerritory('content', content.territory!, content.venues.map((venue) => venue.data)).gazetteer);
  const venues = buildVenueSummaries({
    venues: content.venues,
    operators: content.operators,
    territory: content.territory!,
    referenceDate: FROM,
    stopPosition: (stop, venue) => locateStop(stop, venue.data),
  });
  return { venues, territories: content.territory!.sous_territoires.map((sub) => sub.id) };
}

/** A summary with every field set (fields given as undefined are removed), to derive edge cases from. */
export function summary(overrides: Partial<VenueSummary> = {}): VenueSummary {
  const base: VenueSummary = {
    id: 'mediatheque-de-riom',
    nom: 'Médiathèque de Riom',
    commune: 'Riom',
    code_postal: '63200',
    territoire: 1,
    lat: 45.8936,
    lon: 3.1128,
    leviers: ['equipement', 'demarches', 'services'],
    services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'],
    services_pratiques: ['impression'],
    demarches: ['social-sante'],
    publics: ['Seniors'],
    prises_en_charge: ['Surdité'],
    langues: ['en'],
    frais: ['Gratuit'],
    acces: ['Se présenter', 'Téléphoner'],
    rdv_en_ligne: false,
    accompagnement: ['Accompagnement individuel'],
    itinerant: false,
    dispositifs: [],
    structure: 'Ville de Riom',
    hours: compileOpeningHours('Tu-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off', { country: 'FR', from: FROM }),
    texte: 'Ordinateurs en accès libre Bibliothèque / Médiathèque',
  };
  const merged = { ...base, ...overrides };
  for (const key of Object.keys(merged) as Array<keyof VenueSummary>) if (merged[key] === undefined) delete merged[key];
  return merged;
}
