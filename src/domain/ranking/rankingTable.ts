/**
 * The ranking as a table (page CSV export and the CLI's `--ranking`): one row per city, ranked ones
 * first by rank, then those listed apart (too few valid days) with an empty rank. Numbers as the
 * bulletins publish them: index 2 decimals, PM2.5 integer (GB/T 8170 half-even), ratio 1 decimal.
 */
import type { Message } from '../types.ts';
import { roundHalfEven } from '../math/round.ts';
import type { CityRanking, RankingRow } from './cityRanking.ts';

export const RANKING_HEADER: readonly Message[] = [
  { zh: '排名', en: 'rank' }, { zh: '城市', en: 'city' }, { zh: '综合指数', en: 'composite index' },
  { zh: '同比变化 (%)', en: 'change on last year (%)' }, { zh: 'PM2.5 (µg/m³)', en: 'PM2.5 (µg/m³)' },
  { zh: '优良天数比例 (%)', en: 'good-day ratio (%)' }, { zh: '改善幅度排名', en: 'improvement rank' },
  { zh: '有效天数', en: 'valid days' }, { zh: '参与排名', en: 'ranked' },
];

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
