import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportLinks } from '../../src/lib/contribute.ts';
import { TerritorySchema, type Territory } from '../../src/lib/schema/territory.ts';
import { parseYamlOrThrow } from '../../src/lib/frontmatter.ts';

const demo = TerritorySchema.parse(parseYamlOrThrow(readFileSync('content/territoire.yaml', 'utf8')));
const territory = (contributions: Territory['contributions']): Territory => ({ ...demo, contributions });
const LISTING = { kind: 'lieux' as const, id: 'mediatheque-de-riom', name: 'Médiathèque de Riom', url: 'https://reperes.example.org/lieux/mediatheque-de-riom/' };

/** The parts of a mailto: link, decoded. */
function readMail(link: string) {
  const url = new URL(link);
  expect(url.protocol).toBe('mailto:');
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject'), body: url.searchParams.get('body'), raw: link };
}

describe('reportLinks', () => {
  it('prepares an e-mail to the territory naming the listing, its page and its file', () => {
    const { mail } = reportLinks(territory({ courriel: 'contact@reperes.example.org' }), LISTING);
    const { to, subject, body } = readMail(mail);
    expect(to).toBe('contact@reperes.example.org');
    expect(subject).toBe('Erreur sur la fiche « Médiathèque de Riom »');
    expect(body).toBe(
      'Fiche : https://reperes.example.org/lieux/mediatheque-de-riom/\r\nFichier : content/lieux/mediatheque-de-riom.md\r\n\r\nCe qui est faux :\r\n\r\nLa bonne information :\r\n',
    );
  });

  it('writes line breaks as %0D%0A and encodes every character that would cut the link', () => {
    const { mail } = reportLinks(territory({ courriel: 'contact@reperes.example.org' }), { ...LISTING, name: 'Café & Co ? #1 = 100 % « net »' });
    expect(mail).toContain('%0D%0A');
    expect(mail).not.toMatch(/%0A(?<!%0D%0A)/);
    expect(mail.split('?')).toHaveLength(2);
    expect(mail).not.toMatch(/[ #«»]/);
    expect(readMail(mail).subject).toBe('Erreur sur la fiche « Café & Co ? #1 = 100 % « net » »');
  });

  it('points to the file in the repository when there is one, without doubling a slash', () => {
    const contributions = { courriel: 'contact@reperes.example.org', depot: 'https://github.com/reperes-numerique/reperes' };
    expect(reportLinks(territory(contributions), LISTING).edit).toBe('https://github.com/reperes-numerique/reperes/edit/main/content/lieux/mediatheque-de-riom.md');
    expect(reportLinks(territory({ ...contributions, depot: `${contributions.depot}/` }), { ...LISTING, kind: 'structures', id: 'ville-de-riom' }).edit).toBe(
      'https://github.com/reperes-numerique/reperes/edit/main/content/structures/ville-de-riom.md',
    );
  });

  it('offers no edit link without a repository', () => {
    expect(reportLinks(territory({ courriel: 'contact@reperes.example.org' }), LISTING).edit).toBeUndefined();
  });
});
