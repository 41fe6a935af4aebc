import { describe, expect, it } from 'vitest';
import { coverage, stationMonthlyMeans } from './coverage.ts';
import { addDailyRow, addStation, emptyDataset, setConstantDay, setHours } from '../../../tests/helpers/dataset.ts';
import { DEFAULT_SETTINGS } from '../types.ts';

const settings = DEFAULT_SETTINGS;

describe('coverage (expected vs valid against the calendar, GB 3095 Table 4)', () => {
  it('expects 8784 hours per station and pollutant in 2020 (366 days × 24), with or without data', () => {
    const ds = emptyDataset();
    addStation(ds, { key: 'A', city: '太原' });
    setConstantDay(ds, 'A', '2020-07-01', 'SO2', 10);
    const cells = coverage(ds, '太原', 2020, settings);
    expect(cells).toHaveLength(6 * 12);
    for (const p of ['SO2', 'O3'] as const) {
      const mine = cells.filter((c) => c.pollutant === p);
      expect(mine.reduce((a, c) => a + c.expectedHours, 0)).toBe(8784);
      expect(mine.reduce((a, c) => a + c.expectedDays, 0)).toBe(366);
    }
    const jul = cells.find((c) => c.pollutant === 'SO2' && c.month === 7)!;
    expect(jul).toMatchObject({ validHours: 24, validDays: 1, expectedHours: 31 * 24, expectedDays: 31 });
  });

  it('counts valid hours and days of a month: a 19-hour day adds its hours but not a day', () => {
    // Feb 2021: 24 h, 19 h, 20 h of PM2.5 → 63 valid hours, 2 valid days of 28; 672 expected hours.
    const ds = emptyDataset();
    addStation(ds, { key: 'A', city: '太原' });
    setHours(ds, 'A', '2021-02-01', 'PM2.5', new Array<number>(24).fill(30));
    setHours(ds, 'A', '2021-02-02', 'PM2.5', new Array<number>(19).fill(30));
    setHours(ds, 'A', '2021-02-03', 'PM2.5', new Array<number>(20).fill(30));
    const feb = coverage(ds, '太原', 2021, settings).find((c) => c.pollutant === 'PM2.5' && c.month === 2)!;
    expect(feb).toEqual({ station: 'A', pollutant: 'PM2.5', year: 2021, month: 2, expectedHours: 672, validHours: 63, expectedDays: 28, validDays: 2 });
  });

  it('judges an O3 day on its MDA8 (19 hours from 00:00 give 14 valid windows; 18 give 13)', () => {
    const ds = emptyDataset();
    addStation(ds, { key: 'A', city: '太原' });
    setHours(ds, 'A', '2021-06-01', 'O3', new Array<number>(19).fill(100));
    setHours(ds, 'A', '2021-06-02', 'O3', new Array<number>(18).fill(100));
    const jun = coverage(ds, '太原', 2021, settings).find((c) => c.pollutant === 'O3' && c.month === 6)!;
    expect(jun.validHours).toBe(37);
    expect(jun.validDays).toBe(1);
  });

  it('lists a daily-table area as one station with the days its table carries', () => {
    const ds = emptyDataset();
    addDailyRow(ds, '临汾', '2015-04-01', { PM10: 70, 'PM2.5': 40 });
    addDailyRow(ds, '临汾', '2015-04-02', { PM10: 90 });
    const cells = coverage(ds, '临汾', 2015, settings).filter((c) => c.month === 4);
    expect(cells.find((c) => c.pollutant === 'PM10')).toMatchObject({ station: '临汾', validDays: 2, expectedDays: 30, expectedHours: 0 });
    expect(cells.find((c) => c.pollutant === 'PM2.5')!.validDays).toBe(1);
    expect(cells.find((c) => c.pollutant === 'O3')!.validDays).toBe(0);
  });
});

describe('stationMonthlyMeans', () => {
  it('averages the valid daily values per station and month (O3: MDA8)', () => {
    // A, Jan 2021: PM2.5 days 40 and 60 (24 h) and a 19-h day of 500 (invalid) → 50 over 2 days.
    // O3 on 01-01: 24 h of 80 → MDA8 80; on 01-02: 24 h of 120 → 120 → mean 100.
    const ds = emptyDataset();
    addStation(ds, { key: 'A', city: '太原' });
    addStation(ds, { key: 'B', city: '太原', background: true });
    setConstantDay(ds, 'A', '2021-01-01', 'PM2.5', 40);
    setConstantDay(ds, 'A', '2021-01-02', 'PM2.5', 60);
    setHours(ds, 'A', '2021-01-03', 'PM2.5', new Array<number>(19).fill(500));
    setConstantDay(ds, 'A', '2021-01-01', 'O3', 80);
    setConstantDay(ds, 'A', '2021-01-02', 'O3', 120);
    const pm = stationMonthlyMeans(ds, '太原', 2021, 'PM2.5', settings);
    expect(pm).toHaveLength(24); // 2 stations × 12 months, background included
    expect(pm.find((r) => r.station === 'A' && r.month === 1)).toEqual({ station: 'A', month: 1, mean: 50, validDays: 2 });
    expect(pm.find((r) => r.station === 'B' && r.month === 1)).toEqual({ station: 'B', month: 1, mean: null, validDays: 0 });
    const o3 = stationMonthlyMeans(ds, '太原', 2021, 'O3', settings);
    expect(o3.find((r) => r.station === 'A' && r.month === 1)!.mean).toBe(100);
  });
});
