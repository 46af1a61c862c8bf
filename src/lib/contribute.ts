/**
 * Where corrections go: « Signaler une erreur » opens an e-mail to the territory's address with
 * the listing named; structures that use git can edit the file in the repository.
 */
import * as t from '../i18n/index.ts';
import type { Territory } from './schema/territory.ts';

export function reportLinks(territory: Territory, listing: { kind: 'lieux' | 'structures'; id: string; name: string; url: string }) {
  const subject = t.report.mailSubject(listing.name);
  const body = t.report.mailBody(listing.url, `content/${listing.kind}/${listing.id}.md`);
  const mail = `mailto:${territory.contributions.courriel}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const edit = territory.contributions.depot
    ? `${territory.contributions.depot.replace(/\/$/, '')}/edit/main/content/${listing.kind}/${listing.id}.md`
    : undefined;
  return { mail, edit };
}
