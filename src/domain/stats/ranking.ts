/**
 * Ranking of areas by the composite index (《城市环境空气质量排名技术规定》, standards.md §4.1).
 */
import { roundHalfEven } from '../math/round.ts';

/**
 * Items ranked by a value, lower is better. Equal values at `decimals` (the published rounding, GB/T 8170)
 * share a rank and the next rank skips (1, 2, 2, 4: 并列计). Items without a value come last with rank null.
 * Sorted by rank; ties keep the input order.
 * @example values 3.2, 3.61, 3.614, 4.02 at 2 decimals → ranks 1, 2, 2, 4
 */
export function rankByValue<T>(
  items: readonly { item: T; value: number | null }[],
  decimals: number,
): { item: T; value: number | null; rank: number | null }[] {
  const keyed = items.map((it, i) => ({ it, i, key: it.value === null || !Number.isFinite(it.value) ? null : roundHalfEven(it.value, decimals) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? a.i - b.i : 1) : -1;
    return a.key - b.key || a.i - b.i;
  });
  let prevKey: number | null = null;
  let prevRank = 0;
  return keyed.map(({ it, key }, pos) => {
    if (key === null) return { item: it.item, value: it.value, rank: null };
    const rank = key === prevKey ? prevRank : pos + 1;
    prevKey = key;
    prevRank = rank;
    return { item: it.item, value: it.value, rank };
  });
}

/**
 * Areas ranked by composite index, lower is better. Equal values at the published 2 decimals share a
 * rank and the next rank skips (1, 2, 2, 4: 并列计). Areas without an index come last with rank null.
 * Sorted by rank; ties keep the input order.
 * @example 3.2, 3.61, 3.614, 4.02 → ranks 1, 2, 2, 4 (3.614 is published as 3.61)
 */
export function rankByComposite(
  items: readonly { area: string; index: number | null }[],
): { area: string; index: number | null; rank: number | null }[] {
  return rankByValue(items.map((it) => ({ item: it.area, value: it.index })), 2)
    .map((r) => ({ area: r.item, index: r.value, rank: r.rank }));
}
