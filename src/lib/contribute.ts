/**
 * Where corrections go. « Signaler une erreur » is a short form that works without JavaScript
 * (src/components/ReportForm.astro): its default action is the HTML standard's « mail as body »
 * (`mailto:` + `method="post" enctype="text/plain"`, each field a `name=value` line of the message);
 * when the territory has a repository, a second button sends the same fields as a GET to the
 * repository's new-issue page, whose issue form (.github/ISSUE_TEMPLATE/signaler-une-erreur.yml)
 * has one field per name below. « Modifier cette fiche » opens the submission form on the listing.
 */
import * as t from '../i18n/index.ts';
import type { Territory } from './schema/territory.ts';

export interface Listing {
  kind: 'lieux' | 'structures';
  id: string;
  name: string;
  url: string;
}

/** What can be wrong with a listing, in the order the form offers it; words in `t.report.problems`. */
export const REPORT_PROBLEMS = ['ferme', 'horaires', 'telephone', 'adresse', 'aide', 'autre'] as const;
export type ReportProblem = (typeof REPORT_PROBLEMS)[number];

/**
 * The names of the report form's fields: lines of the e-mail (`probleme=Horaires faux`) and, on
 * GitHub, the `id`s of the issue form's fields, which GitHub fills in from the URL's query string.
 */
export const REPORT_FIELDS = { listing: 'fiche', problem: 'probleme', correction: 'correction', contact: 'contact' } as const;

/** The issue form in the repository (`template=` of the new-issue URL). */
export const REPORT_TEMPLATE = 'signaler-une-erreur.yml';

const repository = (territory: Territory) => territory.contributions.depot?.replace(/\/+$/, '');

/** The path of a listing's file in the repository. */
export const listingFile = (listing: Pick<Listing, 'kind' | 'id'>) => `content/${listing.kind}/${listing.id}.md`;

/**
 * The plain links: an e-mail with the listing named (the fallback), and « Modifier cette fiche »: the submission
 * form filled with the listing (/proposer/, src/components/submission/), which offers GitHub, a download or an e-mail.
 */
export function reportLinks(territory: Territory, listing: Listing) {
  const subject = t.report.mailSubject(listing.name);
  const body = t.report.mailBody(listing.url, listingFile(listing));
  const mail = `mailto:${territory.contributions.courriel}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const edit = `/proposer/?${listing.kind === 'lieux' ? 'lieu' : 'structure'}=${encodeURIComponent(listing.id)}`;
  return { mail, edit };
}

/**
 * What the report form needs: the `mailto:` action (subject only: the browser writes the fields as the
 * body), the value of the hidden `fiche` field (page and file), and, with a repository, the GitHub
 * button's action and the fields it adds (`template`, `title`).
 */
export function reportForm(territory: Territory, listing: Listing) {
  const title = t.report.mailSubject(listing.name);
  const depot = repository(territory);
  return {
    mailAction: `mailto:${territory.contributions.courriel}?subject=${encodeURIComponent(title)}`,
    listing: t.report.listingValue(listing.url, listingFile(listing)),
    github: depot ? { action: `${depot}/issues/new`, template: REPORT_TEMPLATE, title } : undefined,
  };
}

/**
 * The sources of the Content-Security-Policy's `form-action`: the site, `mailto:` (the report form's
 * e-mail) and the repository's origin when there is one (its « Signaler sur GitHub » button), never
 * more. `depot`: `contributions.depot` of content/territoire.yaml.
 */
export function formActionSources(depot: unknown): string[] {
  const sources = ["'self'", 'mailto:'];
  if (typeof depot !== 'string') return sources;
  let url: URL;
  try {
    url = new URL(depot);
  } catch {
    return sources;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') sources.push(url.origin);
  return sources;
}
