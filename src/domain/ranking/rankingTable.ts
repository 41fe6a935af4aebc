/**
 * The ranking as a table (page CSV export and the CLI's `--ranking`): one row per city, ranked ones
 * first by rank, then those listed apart (too few valid days) with an empty rank. Numbers as the
 * bulletins publish them: index 2 decimals, PM2.5 integer (GB/T 8170 half-even), ratio 1 decimal.
 */
import type { Message } from '../types.ts';
import { roundHalfEven } from '../math/round.ts';
import type { CityRanking, RankingRow } from './cityRanking.ts';
import { bilingual } from '../text/text.ts';

export const RANKING_HEADER: readonly Message[] = ([
  'rankingColumn_rank', 'rankingColumn_city', 'rankingColumn_index', 'rankingColumn_change', 'rankingColumn_pm25',
  'rankingColumn_goodRatio', 'rankingColumn_improvement', 'rankingColumn_validDays', 'rankingColumn_ranked',
] as const).map((k) => bilingual(k));

const round = (x: number | null, d: number): number | null => (x === null || !Number.isFinite(x) ? null : roundHalfEven(x, d));

/** One table row: the published figures of a city. */
export function rankingRow(r: RankingRow, ranked: boolean): (string | number | null)[] {
  return [
    r.rank, r.area, round(r.index, 2), r.changePercent, round(r.pm25, 0), r.goodDayRatioPercent, r.improvementRank,
    r.validDays, ranked ? 'Y' : 'N',
  ];
}

/** The rows of a ranking: ranked cities by rank, then the cities listed apart. */
export function rankingRows(ranking: CityRanking): (string | number | null)[][] {
  return [...ranking.rows.map((r) => rankingRow(r, true)), ...ranking.insufficient.map((r) => rankingRow(r, false))];
}
