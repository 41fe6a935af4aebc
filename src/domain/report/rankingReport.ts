/**
 * The ranking document of the CLI's `--ranking` (`lantian-ranking/1`): the loaded cities ranked by
 * composite index for one period of a year, in one scope (the key cities, a regional group, a
 * province's cities, all loaded) — the same computation as the page's ranking section.
 */
import type { Dataset, Message, Settings } from '../types.ts';
import { civilDate, isoDate } from '../calendar.ts';
import { indexDataset, type RankingPeriodChoice } from './datasetIndex.ts';
import { KEY_CITIES_168, KEY_CITIES_SCOPE, rankingScopes, type KeyCityList } from '../ranking/keyCities.ts';
import { rankCities, type CityRanking } from '../ranking/cityRanking.ts';
import { bilingual } from '../text/text.ts';

export const RANKING_FORMAT = 'lantian-ranking/1';

export interface RankingReport {
  format: typeof RANKING_FORMAT;
  year: number;
  period: RankingPeriodChoice;
  from: string;
  to: string;
  scope: { id: string; name: Message };
  /** The scopes that could be asked for (`--ranking-scope`). */
  scopes: string[];
  ranking: CityRanking;
  note: Message;
}

/**
 * Ranks the dataset's cities for `period` of `year` (default: the latest year with data) in `scope`
 * (default: the key cities). Throws a RangeError for an unknown scope or a year without data.
 */
export function buildRankingReport(
  dataset: Dataset,
  settings: Settings,
  opts: { year?: number; period?: RankingPeriodChoice; scope?: string; keyCities?: KeyCityList } = {},
): RankingReport {
  const index = indexDataset(dataset, settings);
  const scopes = rankingScopes(opts.keyCities ?? KEY_CITIES_168);
  const scope = scopes.find((s) => s.id === (opts.scope ?? KEY_CITIES_SCOPE));
  if (!scope) throw new RangeError(`unknown ranking scope "${opts.scope}"; scopes: ${scopes.map((s) => s.id).join(', ')}`);
  let year = opts.year;
  if (year === undefined) {
    let last = -Infinity;
    for (const i of index.info.values()) if (i.extent && i.extent.to > last) last = i.extent.to;
    if (last === -Infinity) throw new RangeError('no data to rank');
    year = civilDate(last).year;
  }
  const period = opts.period ?? 'ytd';
  const f = index.figures(year, period);
  if (!f) throw new RangeError(`no data in ${year}`);
  return {
    format: RANKING_FORMAT, year, period, from: isoDate(f.from), to: isoDate(f.to),
    scope: { id: scope.id, name: scope.name }, scopes: scopes.map((s) => s.id),
    ranking: rankCities(f.figures, scope.cities),
    note: bilingual('rankingReport_note'),
  };
}
