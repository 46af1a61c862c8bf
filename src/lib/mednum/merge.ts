/**
 * Merging the venues of several sources (Hinaura 2021, France Services 2024…) into one set of files, without
 * duplicates (docs/import.md, « Doublons entre sources »). Pure: the same sources and the same decisions give
 * the same venues, whatever the order the sources are given in (they are sorted by name first), so re-running
 * the imports in either order writes the same bytes.
 *
 * - candidate pairs: records within MERGE_DISTANCE_M (`nearPairs`), judged by `classifyPair` (src/lib/content-check.ts),
 *   unless content/fusions.yaml holds a maintainer's decision; two records of the same source are never merged by
 *   the rules (the source listed them apart, sometimes with different hours): they go to review when the rules
 *   would merge them or are unsure;
 * - except the same listing written twice by a source: sure by the rules and contradicting each other on nothing
 *   (`agreeOnEverything`; one may fill more fields), the two records are first made one (`collapseRepeats`), which
 *   then meets the other sources like any record (a « lieux différents » decision keeps them apart);
 * - « meme » and « même lieu » pairs are merged, nearest first, each record at most once;
 * - « incertain » pairs without a decision are returned for content/fusions.yaml (`à décider`);
 * - a merged venue keeps, field by field, the value of the record with the later `date_maj` when it has one,
 *   else the other's; the body likewise; its id is the older record's (its page keeps its address); `source`
 *   names both sources, `sources_fusionnees` each record with its id and date.
 */
import * as t from '../../i18n/index.ts';
import { classifyPair, MERGE_DISTANCE_M, nearPairs, type PairVenue } from '../content-check.ts';
import type { Fusion } from '../schema/fusions.ts';
import { normalize, slugify } from '../text.ts';
import type { VenueFrontmatter } from './v01.ts';

export interface SourceVenue {
  source: string;
  sourceId: string;
  id: string;
  frontmatter: VenueFrontmatter;
  body: string;
}

export interface MergedVenue {
  id: string;
  frontmatter: VenueFrontmatter;
  body: string;
  /** Names of the sources of this venue (one, or two when merged), sorted. */
  sources: string[];
  /** The records merged, « <source> <id> », when merged. */
  merged?: [string, string];
  /** The records of this venue, « <source> <id> » (one, or the two merged). */
  records: string[];
}

export function recordRef(venue: Pick<SourceVenue, 'source' | 'sourceId'>): string {
  return `${venue.source} ${venue.sourceId}`;
}

function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareVenues(a: SourceVenue, b: SourceVenue): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : compareIds(a.sourceId, b.sourceId);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function pairVenue(venue: SourceVenue): PairVenue {
  const { nom, adresse, commune, code_postal, latitude, longitude, telephone, pivot, itinerance } = venue.frontmatter;
  return { nom, adresse, commune, code_postal: code_postal === undefined ? undefined : String(code_postal), latitude, longitude, telephone, pivot, itinerance };
}

/** The two records of a pair in reference order (the key of content/fusions.yaml). */
function pairKey(x: SourceVenue, y: SourceVenue): [SourceVenue, SourceVenue] {
  return recordRef(x) < recordRef(y) ? [x, y] : [y, x];
}

/** Canonical text of a field's value, to compare two records (key order of objects, case, accents and spacing of texts ignored). */
function canonical(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(normalize(value));
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record).sort().map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Fields about the record, not the place: two records may differ there without contradicting each other. */
const RECORD_FIELDS = new Set(['date_maj', 'sources_fusionnees']);

/**
 * Two records that contradict each other on nothing: every field about the place that both fill has the same value
 * (texts compared without case, accents or extra spaces), and their bodies are the same or one is empty (one may
 * fill fields the other leaves empty; their update dates may differ).
 */
export function agreeOnEverything(x: SourceVenue, y: SourceVenue): boolean {
  const a = x.frontmatter as Record<string, unknown>;
  const b = y.frontmatter as Record<string, unknown>;
  for (const key of Object.keys(a)) {
    if (RECORD_FIELDS.has(key) || isEmpty(a[key]) || isEmpty(b[key])) continue;
    if (canonical(a[key]) !== canonical(b[key])) return false;
  }
  return x.body.trim() === y.body.trim() || x.body.trim() === '' || y.body.trim() === '';
}

/** The records a venue was made of, « <source> <id> (<date_maj>) »: itself, or those it lists when already made of several. */
function fusedRecords(venue: SourceVenue): string[] {
  const listed = (venue.frontmatter as { sources_fusionnees?: unknown }).sources_fusionnees;
  return Array.isArray(listed) && listed.length > 0 ? listed.map(String) : [`${recordRef(venue)} (${String(venue.frontmatter.date_maj ?? '')})`];
}

/** One venue from two records: per field the newer record's value when it has one. */
export function mergeTwo(x: SourceVenue, y: SourceVenue): MergedVenue {
  const dateX = String(x.frontmatter.date_maj ?? '');
  const dateY = String(y.frontmatter.date_maj ?? '');
  const [older, newer] = dateX < dateY || (dateX === dateY && compareVenues(x, y) <= 0) ? [x, y] : [y, x];
  const frontmatter: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(older.frontmatter), ...Object.keys(newer.frontmatter)]);
  for (const key of keys) {
    const newValue = (newer.frontmatter as Record<string, unknown>)[key];
    frontmatter[key] = isEmpty(newValue) ? (older.frontmatter as Record<string, unknown>)[key] : newValue;
  }
  const sources = [...new Set([older.source, newer.source])].sort();
  frontmatter.source = sources.join(', ');
  frontmatter.sources_fusionnees = [...new Set([older, newer].flatMap(fusedRecords))].sort();
  const [a, b] = pairKey(x, y);
  return { id: older.id, frontmatter: frontmatter as VenueFrontmatter, body: newer.body || older.body, sources, merged: [recordRef(a), recordRef(b)], records: [recordRef(a), recordRef(b)] };
}

/**
 * The same listing written twice by one source (within MERGE_DISTANCE_M, sure by `classifyPair`, contradicting each
 * other on nothing), made one record, nearest pairs first, each record at most once: the merged record (mergeTwo's
 * fields and date; the shorter id and its record's source id) and, in `also`, the references of the records it absorbed.
 * A « lieux différents » decision on the pair keeps the two apart.
 */
export function collapseRepeats(all: readonly SourceVenue[], apart: ReadonlySet<string> = new Set()): { venues: SourceVenue[]; also: Map<SourceVenue, string[]>; collapsed: number } {
  const pairs = nearPairs(all.map((venue) => ({ venue, data: venue.frontmatter })), MERGE_DISTANCE_M)
    .map(([later, earlier, meters]) => ({ pair: pairKey(later.venue, earlier.venue), meters }))
    .filter(({ pair: [a, b] }) => a.source === b.source && !apart.has(`${recordRef(a)}\n${recordRef(b)}`))
    .filter(({ pair: [a, b] }) => classifyPair(pairVenue(a), pairVenue(b)).verdict === 'meme' && agreeOnEverything(a, b))
    .sort((x, y) => x.meters - y.meters || (recordRef(x.pair[0]) + recordRef(x.pair[1]) < recordRef(y.pair[0]) + recordRef(y.pair[1]) ? -1 : 1));
  const replaced = new Map<SourceVenue, SourceVenue>();
  const also = new Map<SourceVenue, string[]>();
  for (const { pair: [a, b] } of pairs) {
    if (replaced.has(a) || replaced.has(b)) continue;
    const merged = mergeTwo(a, b);
    // The page kept is the one without the suffix that told the two ids apart (« l-arche-seyssinet-pariset », not « …-h1011 »).
    const kept = a.id.length < b.id.length || (a.id.length === b.id.length && compareVenues(a, b) <= 0) ? a : b;
    const absorbed = kept === a ? b : a;
    const { source: _joined, ...fields } = merged.frontmatter;
    const venue: SourceVenue = { source: kept.source, sourceId: kept.sourceId, id: kept.id, frontmatter: { ...fields, source: kept.frontmatter.source } as SourceVenue['frontmatter'], body: merged.body };
    replaced.set(a, venue);
    replaced.set(b, venue);
    also.set(venue, [recordRef(absorbed)]);
  }
  const venues = all.filter((venue) => !replaced.has(venue) || replaced.get(venue)!.sourceId === venue.sourceId).map((venue) => replaced.get(venue) ?? venue);
  return { venues, also, collapsed: also.size };
}

export interface MergeResult {
  venues: MergedVenue[];
  /** content/fusions.yaml after this run: the decided pairs kept, the unsure pairs of this run to decide. */
  fusions: Fusion[];
  /** Pairs merged by the rules (`meme`) and by a decision (`même lieu`). */
  mergedByRule: number;
  mergedByDecision: number;
}

/**
 * Merges the sources. `check` (optional) validates a merged venue: when it returns a message the two records
 * stay apart and the pair goes to review with that message.
 */
export function mergeSources(
  sources: readonly (readonly SourceVenue[])[],
  decisions: readonly Fusion[] = [],
  check?: (venue: MergedVenue) => string | undefined,
): MergeResult {
  const decided = new Map(decisions.filter((fusion) => fusion.decision !== 'à décider').map((fusion) => [`${fusion.a}\n${fusion.b}`, fusion]));
  const apart = new Set([...decided].filter(([, fusion]) => fusion.decision === 'lieux différents').map(([key]) => key));
  const repeats = collapseRepeats(sources.flat().sort(compareVenues), apart);
  const all = repeats.venues;
  const recordsOf = (venue: SourceVenue) => [recordRef(venue), ...(repeats.also.get(venue) ?? [])];
  const candidates: { a: SourceVenue; b: SourceVenue; meters: number; verdict: string; indices: string[]; decision?: Fusion }[] = [];
  for (const [later, earlier, meters] of nearPairs(all.map((venue) => ({ venue, data: venue.frontmatter })), MERGE_DISTANCE_M)) {
    const [a, b] = pairKey(later.venue, earlier.venue);
    const decision = decided.get(`${recordRef(a)}\n${recordRef(b)}`);
    const classified = classifyPair(pairVenue(a), pairVenue(b));
    const { facts } = classified;
    // Two records of one source: the source itself listed two venues (often with different hours, as the two
    // « Face Territoire Bourbonnais » of Moulins): never merged by the rules, a person decides (the same listing
    // written twice was made one record by collapseRepeats).
    const sameSource = later.venue.source === earlier.venue.source;
    const verdict = sameSource && classified.verdict === 'meme' ? 'incertain' : classified.verdict;
    const indices = [
      facts.samePivot && t.importLines.merge.samePivot,
      facts.samePhone && t.importLines.merge.samePhone,
      facts.sameAddress && t.importLines.merge.sameAddress,
      facts.sameName && t.importLines.merge.sameName,
      facts.itinerantAndFixed && t.importLines.merge.itinerantAndFixed,
    ].filter((item): item is string => typeof item === 'string');
    candidates.push({ a, b, meters, verdict, indices, decision });
  }
  const rank = (item: (typeof candidates)[number]) => (item.decision ? (item.decision.decision === 'même lieu' ? 0 : 3) : item.verdict === 'meme' ? 1 : 2);
  candidates.sort((x, y) => rank(x) - rank(y) || x.meters - y.meters || (recordRef(x.a) + recordRef(x.b) < recordRef(y.a) + recordRef(y.b) ? -1 : 1));

  const used = new Set<SourceVenue>();
  const merged: MergedVenue[] = [];
  const review: Fusion[] = [];
  let mergedByRule = repeats.collapsed;
  let mergedByDecision = 0;
  for (const item of candidates) {
    const wanted = item.decision ? item.decision.decision === 'même lieu' : item.verdict === 'meme';
    const unsure = !item.decision && item.verdict === 'incertain';
    if (wanted && !used.has(item.a) && !used.has(item.b)) {
      const venue = mergeTwo(item.a, item.b);
      venue.records = [...recordsOf(item.a), ...recordsOf(item.b)];
      const problem = check?.(venue);
      if (!problem) {
        used.add(item.a);
        used.add(item.b);
        merged.push(venue);
        if (item.decision) mergedByDecision++;
        else mergedByRule++;
        continue;
      }
      item.indices.push(t.importLines.merge.impossible(problem));
    }
    if ((unsure || (wanted && !item.decision)) && !used.has(item.a) && !used.has(item.b)) {
      review.push({
        a: recordRef(item.a),
        b: recordRef(item.b),
        noms: [item.a.frontmatter.nom, item.b.frontmatter.nom],
        distance_m: Math.round(item.meters),
        indices: item.indices,
        decision: 'à décider',
      });
    }
  }

  const venues: MergedVenue[] = [
    ...all.filter((venue) => !used.has(venue)).map((venue): MergedVenue => ({ id: venue.id, frontmatter: venue.frontmatter, body: venue.body, sources: [venue.source], records: recordsOf(venue) })),
    ...merged,
  ];
  // ids unique across sources: the first venue (by source, then id in the source) keeps an id; others get a suffix
  const byId = new Map<string, MergedVenue[]>();
  for (const venue of venues) byId.set(venue.id, [...(byId.get(venue.id) ?? []), venue]);
  const taken = new Set(byId.keys());
  for (const group of byId.values()) {
    for (const venue of group.slice(1)) {
      const base = `${venue.id}-${slugify(venue.sources[0]!).split('-').map((word) => word[0]).join('')}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      venue.id = id;
    }
  }
  venues.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

  const kept = decisions.filter((fusion) => fusion.decision !== 'à décider');
  const keys = new Set(kept.map((fusion) => `${fusion.a}\n${fusion.b}`));
  // each pair names the two files while both exist (a pair decided « lieux différents » then leaves validate's warnings)
  const fileOf = new Map<string, string>();
  for (const venue of venues) if (!venue.merged) for (const record of venue.records) fileOf.set(record, venue.id);
  const withFiles = (fusion: Fusion): Fusion => {
    const { decision, fichiers: _old, ...rest } = fusion;
    const a = fileOf.get(fusion.a);
    const b = fileOf.get(fusion.b);
    return a && b ? { ...rest, fichiers: [a, b], decision } : { ...rest, decision };
  };
  const fusions = [...kept, ...review.filter((fusion) => !keys.has(`${fusion.a}\n${fusion.b}`))]
    .map(withFiles)
    .sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  return { venues, fusions, mergedByRule, mergedByDecision };
}
