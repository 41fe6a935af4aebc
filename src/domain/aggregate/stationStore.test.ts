import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, POLLUTANTS } from '../types.ts';
import type { Settings } from '../types.ts';
import { addStation, day, emptyDataset, setConstantDay, setHours } from '../../../tests/helpers/dataset.ts';
import { generateDemoDataset } from '../demo/generate.ts';
import { dayNumber } from '../calendar.ts';
import { DAILY_SLOT } from './stationDaily.ts';
import { DAILY_WIDTH, HOURS_WIDTH, firstDayFrom, stationDailyStore } from './stationStore.ts';
import { absentIndicatorsOf, computeAreaDays, dataExtentOf } from './areaDays.ts';
import { coverage, stationMonthlyMeans } from './coverage.ts';
import { carriedIndicatorsOf } from './carried.ts';
import { listAreas } from './areas.ts';
import { POLLUTANT_INDEX } from '../types.ts';

const settings: Settings = { ...DEFAULT_SETTINGS, defaultAreaName: '全部站点' };

describe('station-daily store: each station-day aggregated once (issue 9)', () => {
  it('keeps a station\'s days ascending with their daily values and valid hours', () => {
    const ds = emptyDataset();
    addStation(ds, { key: 'A', city: '太原' });
    // Written out of order: 6 January first, then 5 January.
    setConstantDay(ds, 'A', '2021-01-06', 'PM2.5', 35);
    setHours(ds, 'A', '2021-01-05', 'SO2', new Array<number>(19).fill(10));
    const s = stationDailyStore(ds).get('A')!;
    expect([...s.days]).toEqual([day('2021-01-05'), day('2021-01-06')]);
    // 5 January: 19 hours of SO2 (fewer than 20: no daily value), no PM2.5.
    expect(s.daily[0 * DAILY_WIDTH + DAILY_SLOT.SO2]).toBeNaN();
    expect(s.hours[0 * HOURS_WIDTH + POLLUTANT_INDEX.SO2]).toBe(19);
    // 6 January: 24 hours of 35 → 35; no SO2 hour.
    expect(s.daily[1 * DAILY_WIDTH + DAILY_SLOT['PM2.5']]).toBe(35);
    expect(s.hours[1 * HOURS_WIDTH + POLLUTANT_INDEX['PM2.5']]).toBe(24);
    expect(s.hours[1 * HOURS_WIDTH + POLLUTANT_INDEX.SO2]).toBe(0);
  });

  it('has no series for a station without days (a station-list entry)', () => {
    const ds = emptyDataset();
    addStation(ds, { key: 'B', city: '太原' });
    expect(stationDailyStore(ds).get('B')).toBeUndefined();
  });

  it('finds the first day on or after a day', () => {
    const days = Int32Array.from([3, 5, 9]);
    expect(firstDayFrom(days, 1)).toBe(0);
    expect(firstDayFrom(days, 5)).toBe(1);
    expect(firstDayFrom(days, 6)).toBe(2);
    expect(firstDayFrom(days, 10)).toBe(3);
  });

  it('gives exactly the city days, extents, carried and absent indicators, coverage and station means of the hourly path', () => {
    const ds = generateDemoDataset();
    const store = stationDailyStore(ds);
    for (const s of [settings, { ...settings, excludeBackgroundStations: false }, { ...settings, edition: '2026' as const }]) {
      for (const area of listAreas(ds, s)) {
        expect(dataExtentOf(ds, area, s, store)).toEqual(dataExtentOf(ds, area, s));
        expect(carriedIndicatorsOf(ds, area, s, store)).toEqual(carriedIndicatorsOf(ds, area, s));
        expect(absentIndicatorsOf(ds, area, s, undefined, store)).toEqual(absentIndicatorsOf(ds, area, s));
        const range = { from: dayNumber(2019, 11, 20), to: dayNumber(2021, 2, 10) };
        const days = computeAreaDays(ds, area, s, range, store);
        expect(days.filter((d) => d.valid).length).toBeGreaterThan(300);
        expect(days).toEqual(computeAreaDays(ds, area, s, range));
        for (const year of [2020, 2021]) {
          expect(coverage(ds, area, year, s, store)).toEqual(coverage(ds, area.name, year, s));
          for (const p of POLLUTANTS) expect(stationMonthlyMeans(ds, area, year, p, s, store)).toEqual(stationMonthlyMeans(ds, area.name, year, p, s));
        }
      }
    }
  });

  it('is used only for the dataset it was built from', () => {
    const a = generateDemoDataset();
    const b = emptyDataset();
    addStation(b, { key: 'X', city: '太原' });
    setConstantDay(b, 'X', '2024-03-01', 'PM10', 80);
    const area = listAreas(b, settings)[0]!;
    const r = { from: day('2024-03-01'), to: day('2024-03-01') };
    expect(computeAreaDays(b, area, settings, r, stationDailyStore(a))).toEqual(computeAreaDays(b, area, settings, r));
    expect(computeAreaDays(b, area, settings, r)[0]!.conc.PM10).toBe(80);
  });
});
