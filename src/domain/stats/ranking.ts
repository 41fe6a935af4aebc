/**
 * Ranking of areas by the composite index (《城市环境空气质量排名技术规定》, standards.md §4.1).
 */
import { roundHalfEven } from '../math/round.ts';

/**
 * Areas ranked by composite index, lower is better. Equal values at the published 2 decimals share a
 * rank and the next rank skips (1, 2, 2, 4: 并列计). Areas without an index come last with rank null.
 * Sorted by rank; ties keep the input order.
 * @example 3.2, 3.61, 3.614, 4.02 → ranks 1, 2, 2, 4 (3.614 is published as 3.61)
 */
export function rankByComposite(
  items: readonly { area: string; index: number | null }[],
): { area: string; index: number | null; rank: number | null }[] {
  const keyed = items.map((it, i) => ({ it, i, key: it.index === null || !Number.isFinite(it.index) ? null : roundHalfEven(it.index, 2) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? a.i - b.i : 1) : -1;
    return a.key - b.key || a.i - b.i;
  });
  const out: { area: string; index: number | null; rank: number | null }[] = [];
  let prevKey: number | null = null;
  let prevRank = 0;
  keyed.forEach(({ it, key }, pos) => {
    if (key === null) {
      out.push({ area: it.area, index: it.index, rank: null });
      return;
    }
    const rank = key === prevKey ? prevRank : pos + 1;
    prevKey = key;
    prevRank = rank;
    out.push({ area: it.area, index: it.index, rank });
  });
  return out;
}
