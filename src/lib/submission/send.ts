/**
 * The three ways the static site sends a file the form produced, with no server: a prefilled GitHub page, a
 * download, an e-mail. The links are built here; what to do when a link would be too long is decided here too.
 * Browser-safe.
 */

/** The repository branch contributions target. */
export const REPOSITORY_BRANCH = 'main';

/**
 * Longest link we build: browsers take far longer ones, but GitHub answers « 414 URI Too Long » past about 8 KB
 * of URL. Past this, the person gets copy-and-paste steps instead.
 */
export const MAX_GITHUB_URL = 7500;

/** Longest `mailto:` link: some mail programs cut or refuse longer ones (Outlook near 2,000 characters). */
export const MAX_MAILTO_URL = 1900;

const base = (repository: string) => repository.replace(/\/+$/, '');

/** The repository page that creates `path` with `text` in it (GitHub's `?filename=&value=`). */
export function githubNewFileUrl(repository: string, path: string, text?: string): string {
  const query = `filename=${encodeURIComponent(path)}${text === undefined ? '' : `&value=${encodeURIComponent(text)}`}`;
  return `${base(repository)}/new/${REPOSITORY_BRANCH}?${query}`;
}

/** The repository page that edits an existing file (GitHub cannot prefill it: the person pastes the new text). */
export function githubEditUrl(repository: string, path: string): string {
  return `${base(repository)}/edit/${REPOSITORY_BRANCH}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The issue page of the repository with a title and a body (issue forms read their fields from the query). */
export function githubIssueUrl(repository: string, query: Record<string, string>): string {
  return `${base(repository)}/issues/new?${new URLSearchParams(query).toString()}`;
}

export type GithubPlan =
  /** One link opens GitHub's « new file » page with the file already in it. */
  | { kind: 'prefilled'; url: string }
  /** The link would be too long, or the file exists: open this page and paste the copied text. */
  | { kind: 'paste'; url: string; reason: 'trop-long' | 'modification' };

/** How « Proposer sur GitHub » works for this file. */
export function githubPlan(repository: string, path: string, text: string, editing: boolean): GithubPlan {
  if (editing) return { kind: 'paste', url: githubEditUrl(repository, path), reason: 'modification' };
  const url = githubNewFileUrl(repository, path, text);
  if (url.length <= MAX_GITHUB_URL) return { kind: 'prefilled', url };
  return { kind: 'paste', url: githubNewFileUrl(repository, path), reason: 'trop-long' };
}

/** `mailto:` with subject and body (RFC 6068: every character encoded, line breaks as CRLF). */
export function mailtoUrl(address: string, subject: string, body: string): string {
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

export interface MailPlan {
  url: string;
  /** The file is in the body; otherwise the body asks to attach the downloaded file. */
  complete: boolean;
}

/** The e-mail for one or more files: in the body when short enough, else a short body and the files attached by hand. */
export function mailPlan(address: string, subject: string, files: readonly { path: string; text: string }[], attachNote: string): MailPlan {
  const full = files.map((file) => `${file.path}\n\n${file.text}`).join('\n\n');
  const url = mailtoUrl(address, subject, full);
  if (url.length <= MAX_MAILTO_URL) return { url, complete: true };
  return { url: mailtoUrl(address, subject, `${attachNote}\n\n${files.map((file) => file.path).join('\n')}`), complete: false };
}

/** How many files hold the venues' sources for « Modifier cette fiche » (/proposer/fiches/lieux-NN.json). */
export const SOURCE_GROUPS = 64;

/**
 * The file of /proposer/fiches/ that holds a venue's source: `lieux-` and two digits, from an FNV-1a hash of its id
 * (the build and the form compute it the same way). `index` forces a group (to name every file, even an empty one).
 */
export function sourceGroup(id: string, index?: number): string {
  let hash = 0x811c9dc5;
  for (let position = 0; position < id.length; position++) {
    hash ^= id.charCodeAt(position);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `lieux-${String(index ?? hash % SOURCE_GROUPS).padStart(2, '0')}`;
}
