/**
 * The areas a dataset can be evaluated for: cities formed by their stations (hourly data) and the
 * areas of daily city tables (HJ 663: the city value is computed from the city's stations).
 */
import type { Dataset, Settings, Station } from '../types.ts';

export interface Area {
  name: string;
  /** Stations of the area (background stations included; `excludeBackgroundStations` applies at aggregation). */
  stations: Station[];
  source: 'hourly' | 'daily';
  /** Key of the daily table in `dataset.daily` (differs from `name` only when a city has both kinds of data). */
  tableKey?: string;
}

/** Suffix given to a daily-table area whose name is already taken by a city of hourly stations. */
export const DAILY_TABLE_SUFFIX = '（日报表）';

/**
 * Stations with hourly data grouped by city; stations without a city form `settings.defaultAreaName`;
 * each daily-table area is an area (named `<area>（日报表）` when a city of hourly stations has the same
 * name). Hourly cities first, then daily tables, each sorted by name.
 */
export function listAreas(dataset: Dataset, settings: Settings): Area[] {
  const byCity = new Map<string, Station[]>();
  for (const key of dataset.hourly.keys()) {
    const station = dataset.stations.get(key) ?? { key, name: key };
    const city = station.city?.trim() || settings.defaultAreaName;
    let list = byCity.get(city);
    if (!list) {
      list = [];
      byCity.set(city, list);
    }
    list.push(station);
  }
  const areas: Area[] = [...byCity.entries()]
    .sort(([a], [b]) => compareNames(a, b))
    .map(([name, stations]) => ({
      name,
      stations: stations.sort((a, b) => compareNames(a.name, b.name) || compareNames(a.key, b.key)),
      source: 'hourly' as const,
    }));
  const tables = [...dataset.daily.keys()].sort(compareNames);
  for (const table of tables) {
    const name = byCity.has(table) ? table + DAILY_TABLE_SUFFIX : table;
    areas.push({ name, stations: [], source: 'daily', tableKey: table });
  }
  return areas;
}

/** The area called `name`, or undefined. */
export function findArea(dataset: Dataset, name: string, settings: Settings): Area | undefined {
  return listAreas(dataset, settings).find((a) => a.name === name);
}

/**
 * The area named `name`, for functions that cannot go on without it.
 * @throws {RangeError} `unknown area "…"` when the dataset has no such area.
 */
export function resolveArea(dataset: Dataset, name: string, settings: Settings): Area {
  const a = findArea(dataset, name, settings);
  if (!a) throw new RangeError(`unknown area "${name}"`);
  return a;
}

/** Stations whose values enter the area mean (background stations out when the setting says so). */
export function evaluationStations(area: Area, settings: Settings): Station[] {
  return settings.excludeBackgroundStations ? area.stations.filter((s) => !s.background) : area.stations;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
