/**
 * The tables behind the coverage figures: one row per sub-territory (then the whole territory), one column
 * for every lever together then one per lever, for one indicator. Shared by the page and the sub-territory
 * section so that both show the same numbers.
 */
import type { CoverageCell, SubCoverage } from '../../lib/coverage/indicators.ts';
import type { Lever } from '../../lib/schema/reperes.ts';

export type Pick = (cell: CoverageCell) => number | null;

export const PICKS = {
  venues: (cell) => cell.venues,
  rate: (cell) => cell.perTenThousand,
  reach: (cell) => cell.reachedShare,
  hours: (cell) => cell.saturdayOrEveningShare,
  stale: (cell) => cell.staleShare,
} satisfies Record<string, Pick>;

/** values[row][column] for `subs`: column 0 every lever, then `levers` in order. */
export function indicatorValues(subs: readonly SubCoverage[], levers: readonly Lever[], pick: Pick): (number | null)[][] {
  return subs.map((sub) => [pick(sub.all), ...levers.map((lever) => pick(sub.byLever[lever]))]);
}
