/**
 * The listings to re-check (`npm run stale`): venues whose freshness date (src/lib/freshness.ts `checkedDate`:
 * the verification date, else the change date) is older than N months, grouped by operator (`structure`) with
 * the operator's and each venue's contacts, as Markdown with one checkbox per listing — the body of the
 * monthly issue « Mise à jour des fiches » (.github/workflows/stale.yml). Pure: no file access.
 *
 * Texts of the content files go into an issue: every character that Markdown or GitHub reads as markup
 * (links, HTML, emphasis, headings, tables, `@` mentions, `#` references) is escaped.
 */
import * as t from '../i18n/index.ts';
import { checkedDate } from './freshness.ts';
import { formatDate } from './wording.ts';

export interface StaleVenueInput {
  id: string;
  data: { nom: string; commune: string; date_maj: string; date_verification?: string; structure?: string; telephone?: string; courriels: readonly string[] };
}

export interface StaleOperatorInput {
  id: string;
  data: { nom: string; telephone?: string; courriels: readonly string[] };
}

export interface StaleVenue {
  id: string;
  nom: string;
  commune: string;
  /** The freshness date, YYYY-MM-DD. */
  date: string;
  /** Whether `date` is a verification date (else the change date). */
  verified: boolean;
  telephone?: string;
  courriels: readonly string[];
}

export interface StaleGroup {
  /** The operator; undefined for venues without one (or with an unknown one): that group comes last. */
  operator?: { id: string; nom: string; telephone?: string; courriels: readonly string[] };
  /** Oldest first, then by name. */
  venues: StaleVenue[];
}

/** The day N months before `today` (YYYY-MM-DD), the day of month clamped to the month's length. */
export function monthsBefore(today: string, months: number): string {
  const year = +today.slice(0, 4);
  const month = +today.slice(5, 7) - 1 - months;
  const first = new Date(Date.UTC(year, month, 1));
  const length = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(+today.slice(8, 10), length))).toISOString().slice(0, 10);
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Venues checked before the day `months` months before `today`, grouped by operator (by name), no-operator last. */
export function staleListings(venues: readonly StaleVenueInput[], operators: readonly StaleOperatorInput[], options: { today: string; months: number }): StaleGroup[] {
  const cutoff = monthsBefore(options.today, options.months);
  const byId = new Map(operators.map((operator) => [operator.id, operator]));
  const groups = new Map<string, StaleGroup>();
  for (const venue of venues) {
    const date = checkedDate(venue.data);
    if (date >= cutoff) continue;
    const operator = venue.data.structure ? byId.get(venue.data.structure) : undefined;
    const key = operator?.id ?? '';
    let group = groups.get(key);
    if (!group) {
      group = operator ? { operator: { id: operator.id, nom: operator.data.nom, telephone: operator.data.telephone, courriels: operator.data.courriels }, venues: [] } : { venues: [] };
      groups.set(key, group);
    }
    group.venues.push({
      id: venue.id,
      nom: venue.data.nom,
      commune: venue.data.commune,
      date,
      verified: date === venue.data.date_verification,
      telephone: venue.data.telephone,
      courriels: venue.data.courriels,
    });
  }
  for (const group of groups.values()) group.venues.sort((a, b) => a.date.localeCompare(b.date) || collator.compare(a.nom, b.nom) || a.id.localeCompare(b.id));
  return [...groups.values()].sort((a, b) => (a.operator ? (b.operator ? collator.compare(a.operator.nom, b.operator.nom) || a.operator.id.localeCompare(b.operator.id) : -1) : b.operator ? 1 : 0));
}

/** Text from a content file made inert in GitHub Markdown: markup characters escaped, line breaks removed. */
export function inertMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()<>#|~@&]/g, (char) => `\\${char}`);
}

const contacts = (item: { telephone?: string; courriels: readonly string[] }): string =>
  [item.telephone, ...item.courriels].filter(Boolean).map((value) => `\`${value!.replace(/`/g, '')}\``).join(', ');

/**
 * The issue's Markdown: a heading line, the rule, then per operator a heading with its contacts and one
 * `- [ ]` line per venue (name, commune, date, contacts, file). Past `maxChars`, the remaining lines are left
 * out and counted in a last line.
 */
export function staleMarkdown(groups: readonly StaleGroup[], options: { today: string; months: number; maxChars?: number }): string {
  const total = groups.reduce((sum, group) => sum + group.venues.length, 0);
  const max = options.maxChars ?? Number.POSITIVE_INFINITY;
  const lines = [t.stale.intro(total, options.months, formatDate(monthsBefore(options.today, options.months)), formatDate(options.today)), ''];
  let length = lines.join('\n').length;
  let written = 0;
  const reserve = t.stale.more(total).length + t.stale.howTo.length + 8; // the closing lines always fit
  const push = (line: string): boolean => {
    if (length + line.length + 1 > max - reserve) return false;
    lines.push(line);
    length += line.length + 1;
    return true;
  };
  outer: for (const group of groups) {
    const heading = group.operator ? t.stale.operator(inertMarkdown(group.operator.nom), contacts(group.operator)) : t.stale.noOperator;
    if (!push('') || !push(`## ${heading}`) || !push('')) break;
    for (const venue of group.venues) {
      const when = venue.verified ? t.stale.verified(formatDate(venue.date)) : t.stale.updated(formatDate(venue.date));
      const reach = contacts(venue);
      if (!push(`- [ ] **${inertMarkdown(venue.nom)}**, ${inertMarkdown(venue.commune)} — ${when}${reach ? ` — ${reach}` : ''} — \`content/lieux/${venue.id}.md\``)) break outer;
      written += 1;
    }
  }
  if (written < total) lines.push('', t.stale.more(total - written));
  lines.push('', t.stale.howTo);
  return `${lines.join('\n')}\n`;
}
