/**
 * The daily indicators an area's data carry at all, and those absent from its whole data
 * (HJ 633-2026 §5.3.2: a pollutant not monitored by design does not block the daily report;
 * standards.md §8 default applied to 2012-era data as well).
 */
import { POLLUTANTS, POLLUTANT_INDEX } from '../types.ts';
import type { DailyIndicator, Dataset, Pollutant, Settings } from '../types.ts';
import { evaluationStations } from './areas.ts';
import type { Area } from './areas.ts';
import { HOURS_WIDTH, stationDailyOf, type StationDailyStore } from './stationStore.ts';

/** The daily indicators an hourly pollutant column gives (O3 → MDA8 and the daily max 1-h). */
const INDICATORS_OF: Readonly<Record<Pollutant, readonly DailyIndicator[]>> = {
  SO2: ['SO2'], NO2: ['NO2'], PM10: ['PM10'], 'PM2.5': ['PM2.5'], CO: ['CO'], O3: ['O3_8h', 'O3_1h'],
};

/**
 * Indicators the area carries (HJ 633-2026 §5.3.2, "not monitored by design"):
 * - hourly area: those of the pollutants with at least one valid (non-NaN) hourly value in any of the
 *   area's evaluation stations over the whole dataset (an O3 column gives O3_8h and O3_1h);
 * - daily-table area: the indicators its table carries (`dataset.dailyIndicators`).
 * Independent of the period looked at, so every period of the area uses the same required set.
 * The scan stops as soon as all six pollutants are found (one station-day in complete data).
 */
export function carriedIndicatorsOf(dataset: Dataset, area: Area, settings: Settings, store?: StationDailyStore): Set<DailyIndicator> {
  if (area.source === 'daily') return new Set(dataset.dailyIndicators.get(area.tableKey ?? area.name) ?? []);
  const found = new Uint8Array(POLLUTANTS.length);
  let left: number = POLLUTANTS.length;
  const stored = store?.dataset === dataset ? store : stationDailyOf(dataset);
  // A pollutant with a valid hour on some day: one with valid hours in the store.
  for (const s of evaluationStations(area, settings)) {
    const x = stored.get(s.key);
    if (!x) continue;
    for (let k = 0; k < x.hours.length && left > 0; k += HOURS_WIDTH) {
      for (let p = 0; p < HOURS_WIDTH; p++) {
        if (!found[p] && x.hours[k + p]! > 0) {
          found[p] = 1;
          left--;
        }
      }
    }
    if (left === 0) break;
  }
  const out = new Set<DailyIndicator>();
  for (const p of POLLUTANTS) if (found[POLLUTANT_INDEX[p]]) for (const i of INDICATORS_OF[p]) out.add(i);
  return out;
}
