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
 * - « meme » and « même lieu » pairs are merged, nearest first, each record at most once;
 * - « incertain » pairs without a decision are returned for content/fusions.yaml (`à décider`);
 * - a merged venue keeps, field by field, the value of the record with the later `date_maj` when it has one,
 *   else the other's; the body likewise; its id is the older record's (its page keeps its address); `source`
 *   names both sources, `sources_fusionnees` each record with its id and date.
 */
import * as t from '../../i18n/index.ts';
import { classifyPair, MERGE_DISTANCE_M, nearPairs, type PairVenue } from '../content-check.ts';
import type { Fusion } from '../schema/fusions.ts';
import { slugify } from '../text.ts';
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
  frontmatter.sources_fusionnees = [older, newer].map((venue) => `${recordRef(venue)} (${String(venue.frontmatter.date_maj ?? '')})`).sort();
  const [a, b] = pairKey(x, y);
  return { id: older.id, frontmatter: frontmatter as VenueFrontmatter, body: newer.body || older.body, sources, merged: [recordRef(a), recordRef(b)], records: [recordRef(a), recordRef(b)] };
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
  const all = sources.flat().sort(compareVenues);
  const decided = new Map(decisions.filter((fusion) => fusion.decision !== 'à décider').map((fusion) => [`${fusion.a}\n${fusion.b}`, fusion]));
  const candidates: { a: SourceVenue; b: SourceVenue; meters: number; verdict: string; indices: string[]; decision?: Fusion }[] = [];
  for (const [later, earlier, meters] of nearPairs(all.map((venue) => ({ venue, data: venue.frontmatter })), MERGE_DISTANCE_M)) {
    const [a, b] = pairKey(later.venue, earlier.venue);
    const decision = decided.get(`${recordRef(a)}\n${recordRef(b)}`);
    const classified = classifyPair(pairVenue(a), pairVenue(b));
    const { facts } = classified;
    // Two records of one source: the source itself listed two venues (often with different hours, as the two
    // « Face Territoire Bourbonnais » of Moulins): never merged by the rules, a person decides.
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
  let mergedByRule = 0;
  let mergedByDecision = 0;
  for (const item of candidates) {
    const wanted = item.decision ? item.decision.decision === 'même lieu' : item.verdict === 'meme';
    const unsure = !item.decision && item.verdict === 'incertain';
    if (wanted && !used.has(item.a) && !used.has(item.b)) {
      const venue = mergeTwo(item.a, item.b);
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
    ...all.filter((venue) => !used.has(venue)).map((venue): MergedVenue => ({ id: venue.id, frontmatter: venue.frontmatter, body: venue.body, sources: [venue.source], records: [recordRef(venue)] })),
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
  for (const venue of venues) if (venue.records.length === 1) fileOf.set(venue.records[0]!, venue.id);
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
