/**
 * Shared checks for the robustness tests: the invariants every Dataset must keep, whatever the input.
 */
import { POLLUTANTS } from '../../src/domain/types.ts';
import type { Dataset } from '../../src/domain/types.ts';

/** Largest possible value: µg/m³ for SO2, NO2, PM10, PM2.5, O3; mg/m³ for CO (the ingest's plausibility bounds). */
export const MAX_UG = 10_000;
export const MAX_CO_MG = 150;

/**
 * Every stored value that is not missing (NaN) is finite, ≥ 0, ≤ 10000 (CO ≤ 150 mg/m³).
 * Returns the offending cells (empty when all is well).
 */
export function impossibleValues(ds: Dataset): string[] {
  const bad: string[] = [];
  for (const [key, days] of ds.hourly) {
    for (const [day, sd] of days) {
      if (sd.values.length !== 144 || sd.seen.length !== 24) bad.push(`${key} ${day}: wrong array size`);
      for (let i = 0; i < sd.values.length; i++) {
        const x = sd.values[i]!;
        if (x !== x) continue;
        const p = POLLUTANTS[i % 6]!;
        if (!Number.isFinite(x) || x < 0 || x > (p === 'CO' ? MAX_CO_MG : MAX_UG)) bad.push(`${key} day ${day} hour ${Math.floor(i / 6)} ${p}=${x}`);
      }
    }
  }
  for (const [area, days] of ds.daily) {
    for (const [day, row] of days) {
      for (const [ind, x] of Object.entries(row.values)) {
        if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > (ind === 'CO' ? MAX_CO_MG : MAX_UG)) bad.push(`${area} day ${day} ${ind}=${String(x)}`);
      }
    }
  }
  return bad;
}

/** Station-hours holding at least one value. */
export function countHourRecords(ds: Dataset): number {
  let n = 0;
  for (const days of ds.hourly.values()) {
    for (const sd of days.values()) {
      for (let h = 0; h < 24; h++) {
        for (let p = 0; p < 6; p++) {
          const x = sd.values[h * 6 + p]!;
          if (x === x) { n++; break; }
        }
      }
    }
  }
  return n;
}

export function countDailyRecords(ds: Dataset): number {
  let n = 0;
  for (const days of ds.daily.values()) n += days.size;
  return n;
}

/** A deep, comparable copy of the hourly and daily records (NaN written as null). */
export function snapshot(ds: Dataset): unknown {
  const hourly: Record<string, Record<number, { values: (number | null)[]; seen: number[] }>> = {};
  for (const [key, days] of ds.hourly) {
    hourly[key] = {};
    for (const [day, sd] of days) hourly[key]![day] = { values: [...sd.values].map((x) => (x === x ? x : null)), seen: [...sd.seen] };
  }
  const daily: Record<string, Record<number, unknown>> = {};
  for (const [area, days] of ds.daily) {
    daily[area] = {};
    for (const [day, row] of days) daily[area]![day] = JSON.parse(JSON.stringify(row));
  }
  const stations = [...ds.stations.values()].map((s) => ({ ...s }));
  return { hourly, daily, stations, dust: [...ds.dustDays].sort() };
}
