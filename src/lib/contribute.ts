/**
 * Where corrections go: « Signaler une erreur » opens an e-mail to the territory's address with
 * the listing named; structures that use git can edit the file in the repository.
 */
import type { Territory } from './schema/territory.ts';

export function reportLinks(territory: Territory, listing: { kind: 'lieux' | 'structures'; id: string; name: string; url: string }) {
  const subject = `Erreur sur la fiche « ${listing.name} »`;
  const body = [
    `Fiche : ${listing.url}`,
    `Fichier : content/${listing.kind}/${listing.id}.md`,
    '',
    'Ce qui est faux :',
    '',
    'La bonne information :',
    '',
  ].join('\r\n'); // line breaks in a mailto: body are CRLF (RFC 6068)
  const mail = `mailto:${territory.contributions.courriel}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const edit = territory.contributions.depot
    ? `${territory.contributions.depot.replace(/\/$/, '')}/edit/main/content/${listing.kind}/${listing.id}.md`
    : undefined;
  return { mail, edit };
}
