/**
 * Possible duplicates (src/lib/content-check.ts): warnings naming both files, never refusals.
 */
import { describe, expect, it } from 'vitest';
import { checkContentSet, findDuplicates, similarNames, type Parsed } from '../../src/lib/content-check.ts';
import type { Venue } from '../../src/lib/schema/venue.ts';

type Fields = Partial<Pick<Venue, 'nom' | 'latitude' | 'longitude' | 'pivot' | 'adresse' | 'code_postal'>>;
const venue = (id: string, data: Fields): Parsed<Fields> => ({ file: `content/lieux/${id}.md`, id, data });
/** A point `meters` north of Moulins' town hall. */
const north = (meters: number) => ({ latitude: 46.5646 + meters / 111_195, longitude: 3.3326 });

describe('similar names', () => {
  it('half the words in common, or every word of one in the other, stop words and case and accents ignored', () => {
    expect(similarNames('FACE TERRITOIRE BOURBONNAIS', 'Face Territoire Bourbonnais')).toBe(true);
    expect(similarNames('France Services Pays d’Huriel', 'Espace France Services Pays d’Huriel')).toBe(true);
    expect(similarNames('Mairie de Sermoyer', 'Mairie Sermoyer')).toBe(true);
    expect(similarNames('Médiathèque de Riom', 'Mediatheque Riom Limagne')).toBe(true);
    expect(similarNames('Médiathèque de Riom', 'Espace France Services')).toBe(false);
    expect(similarNames('Centre social du Quartier Nord', 'Centre de loisirs Sud')).toBe(false);
    expect(similarNames('de la', 'de la')).toBe(false);
  });
});

describe('findDuplicates', () => {
  it('warns on two venues within 50 m with similar names, once, naming both files', () => {
    const problems = findDuplicates([
      venue('face-b', { nom: 'FACE TERRITOIRE BOURBONNAIS', ...north(13) }),
      venue('face-a', { nom: 'Face Territoire Bourbonnais', ...north(0) }),
    ]);
    expect(problems).toEqual([
      {
        file: 'content/lieux/face-b.md',
        field: 'nom',
        severity: 'warning',
        kind: 'duplicate',
        related: 'content/lieux/face-a.md',
        message: expect.stringMatching(
          /^doublon possible : content\/lieux\/face-a\.md et content\/lieux\/face-b\.md \(« Face Territoire Bourbonnais » et « FACE TERRITOIRE BOURBONNAIS », à 13 m, noms semblables\)/,
        ),
      },
    ]);
  });

  it('says nothing of a pair a maintainer decided « lieux différents » (content/fusions.yaml), in either order', () => {
    const pair = [venue('face-b', { nom: 'FACE TERRITOIRE BOURBONNAIS', ...north(13) }), venue('face-a', { nom: 'Face Territoire Bourbonnais', ...north(0) })];
    expect(findDuplicates(pair, [['face-a', 'face-b']])).toEqual([]);
    expect(findDuplicates(pair, [['face-b', 'face-a']])).toEqual([]);
    expect(findDuplicates(pair, [['face-a', 'autre']])).toHaveLength(1);
  });

  it('says nothing of similar names 60 m apart, of different names 5 m apart, of venues without a point', () => {
    expect(findDuplicates([venue('a', { nom: 'Mairie de Moulins', ...north(0) }), venue('b', { nom: 'Mairie de Moulins', ...north(60) })])).toEqual([]);
    expect(findDuplicates([venue('a', { nom: 'Médiathèque', ...north(0) }), venue('b', { nom: 'Espace France Services', ...north(5) })])).toEqual([]);
    expect(findDuplicates([venue('a', { nom: 'Mairie' }), venue('b', { nom: 'Mairie' })])).toEqual([]);
  });

  it('finds pairs across grid cells (a cell border between them)', () => {
    const problems = findDuplicates([
      venue('a', { nom: 'Mairie', latitude: 46.0009999, longitude: 3.0009999 }),
      venue('b', { nom: 'Mairie annexe', latitude: 46.0010001, longitude: 3.0010001 }),
    ]);
    expect(problems.map((problem) => problem.file)).toEqual(['content/lieux/b.md']);
  });

  it('warns on the same pivot and the same address (folded), even far apart or with other names', () => {
    const problems = findDuplicates([
      venue('a', { nom: 'Bureau de poste', pivot: '35600000012345', adresse: '2 rue de la Poste', code_postal: '63200' }),
      venue('b', { nom: 'La Poste Riom', pivot: '35600000012345', adresse: '2 Rue de la poste', code_postal: '63200' }),
      venue('c', { nom: 'La Poste Volvic', pivot: '35600000012345', adresse: '2 rue de la Poste', code_postal: '63530' }),
    ]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/lieux/b.md', field: 'pivot', message: expect.stringContaining('doublon possible : content/lieux/a.md et content/lieux/b.md (même pivot') })]);
  });

  it('are warnings in the rules across files, never refusals', () => {
    const problems = checkContentSet({ venues: [], partialVenues: [venue('a', { nom: 'Mairie', ...north(0) }), venue('b', { nom: 'Mairie', ...north(1) })], operators: [], levers: [] });
    expect(problems.filter((problem) => problem.kind === 'duplicate').map((problem) => problem.severity)).toEqual(['warning']);
  });

  it('compares each venue with its neighbours only: 18,000 venues, a handful of pairs', () => {
    const venues: Parsed<Fields>[] = [];
    for (let index = 0; index < 18_000; index++) {
      // A 0.002° lattice (about 150 to 220 m between neighbours), every name alike: only the planted pairs are near.
      venues.push(venue(`v${index}`, { nom: 'Mairie', latitude: 43 + Math.floor(index / 150) * 0.002, longitude: 0 + (index % 150) * 0.002 }));
    }
    for (let index = 0; index < 5; index++) venues.push(venue(`double${index}`, { nom: 'Mairie annexe', latitude: venues[index * 1000]!.data.latitude! + 0.0002, longitude: venues[index * 1000]!.data.longitude! }));
    const started = performance.now();
    const problems = findDuplicates(venues);
    const elapsed = performance.now() - started;
    expect(problems).toHaveLength(5);
    // Comparing every pair would be 162 million distances (tens of seconds); the grid takes well under a second.
    expect(elapsed).toBeLessThan(5_000);
  });
});
