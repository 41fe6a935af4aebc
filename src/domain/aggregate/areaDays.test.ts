import { describe, expect, it } from 'vitest';
import { computeAreaDays, dataExtent } from './areaDays.ts';
import { listAreas } from './areas.ts';
import { addDailyRow, addStation, day, emptyDataset, setConstantDay, setFullDay, setHours } from '../../../tests/helpers/dataset.ts';
import { DEFAULT_SETTINGS } from '../types.ts';
import type { Dataset, Settings } from '../types.ts';

const settings: Settings = { ...DEFAULT_SETTINGS, defaultAreaName: '全部站点' };
const one = (ds: Dataset, area: string, iso: string, s: Settings = settings) => {
  const r = computeAreaDays(ds, area, s, { from: day(iso), to: day(iso) });
  expect(r).toHaveLength(1);
  return r[0]!;
};

/** Taiyuan with stations A, B, C (C has only 19 hours of PM2.5) and background station D. */
function fourStations(): Dataset {
  const ds = emptyDataset();
  for (const key of ['A', 'B', 'C']) addStation(ds, { key, city: '太原' });
  addStation(ds, { key: 'D', city: '太原', background: true });
  setConstantDay(ds, 'A', '2021-01-05', 'PM2.5', 40);
  setConstantDay(ds, 'B', '2021-01-05', 'PM2.5', 60);
  setHours(ds, 'C', '2021-01-05', 'PM2.5', new Array<number>(19).fill(200));
  setConstantDay(ds, 'D', '2021-01-05', 'PM2.5', 300);
  return ds;
}

describe('computeAreaDays: city daily values (standards.md §8, station first)', () => {
  it('averages the valid station daily values; a station with 19 hours is left out that day', () => {
    // A 40, B 60, C invalid (19 h), D background → (40 + 60)/2 = 50
    const d = one(fourStations(), '太原', '2021-01-05');
    expect(d.conc['PM2.5']).toBe(50);
    expect(d.stations).toBe(2);
  });

  it('excludes background stations, unless the setting says otherwise', () => {
    const ds = fourStations();
    // with D: (40 + 60 + 300)/3 = 133.33…
    const d = one(ds, '太原', '2021-01-05', { ...settings, excludeBackgroundStations: false });
    expect(d.conc['PM2.5']).toBeCloseTo(400 / 3, 10);
    expect(d.stations).toBe(3);
  });

  it('returns one result for every calendar day of the range; days without data are not valid', () => {
    const r = computeAreaDays(fourStations(), '太原', settings, { from: day('2021-01-01'), to: day('2021-01-10') });
    expect(r.map((d) => d.date)).toEqual([
      '2021-01-01', '2021-01-02', '2021-01-03', '2021-01-04', '2021-01-05',
      '2021-01-06', '2021-01-07', '2021-01-08', '2021-01-09', '2021-01-10',
    ]);
    const empty = r[0]!;
    expect(empty).toMatchObject({ valid: false, aqi: null, category: null, stations: 0, primary: [] });
    expect(empty.conc.SO2).toBeNull();
  });

  it('computes the 2012 daily AQI with seven indicators from the city means', () => {
    // Two stations, constant all day: SO2 9, NO2 39, PM10 60/80 (mean 70), PM2.5 40, CO 0.7, O3 120.
    // HJ 633-2012 IAQI: SO2 9/50·50 = 9; NO2 39/40·50 = 48.75 → 49; PM10 50 + 20/100·50 = 60;
    // PM2.5 50 + 5/40·50 = 56.25 → 57; CO 0.7/2·50 = 17.5 → 18; O3 8h 50 + 20/60·50 = 66.67 → 67;
    // O3 1h 120/160·50 = 37.5 → 38. AQI = 67 (良), primary O3.
    const ds = emptyDataset();
    setFullDay(ds, 'A', '2021-05-01', { SO2: 9, NO2: 39, PM10: 60, 'PM2.5': 40, CO: 0.7, O3: 120 });
    setFullDay(ds, 'B', '2021-05-01', { SO2: 9, NO2: 39, PM10: 80, 'PM2.5': 40, CO: 0.7, O3: 120 });
    const d = one(ds, '全部站点', '2021-05-01');
    expect(d.edition).toBe('2012');
    expect(d.conc.PM10).toBe(70);
    expect(d.conc.O3_8h).toBe(120);
    expect(d.iaqi).toEqual({ SO2: 9, NO2: 49, PM10: 60, 'PM2.5': 57, CO: 18, O3_8h: 67, O3_1h: 38 });
    expect(d).toMatchObject({ aqi: 67, category: 'good', primary: ['O3'], valid: true, stations: 2 });
  });

  it('uses the 2026 edition (six indicators, new PM breakpoints) for a day from 2026-03-01', () => {
    // PM10 70: 50 + 20/70·50 = 64.29 → 65; PM2.5 40: 50 + 5/25·50 = 60; O3 8h 67 → AQI 67.
    const ds = emptyDataset();
    setFullDay(ds, 'A', '2026-06-01', { SO2: 9, NO2: 39, PM10: 70, 'PM2.5': 40, CO: 0.7, O3: 120 });
    const d = one(ds, '全部站点', '2026-06-01');
    expect(d.edition).toBe('2026');
    expect(d.iaqi.O3_1h).toBeUndefined();
    expect(d.iaqi.PM10).toBe(65);
    expect(d.iaqi['PM2.5']).toBe(60);
    expect(d.aqi).toBe(67);
  });

  it('marks a day with a missing indicator NA when the remaining AQI is ≤ 100, valid when > 100', () => {
    // All six pollutants are monitored (2021-04-30), so each is required. On 05-01/02 only PM2.5:
    // 40 → IAQI 57 ≤ 100 → NA; 120 → 150 + 5/35·50 = 157.1 → 158 > 100 → valid
    const ds = emptyDataset();
    setFullDay(ds, 'A', '2021-04-30', { SO2: 9, NO2: 39, PM10: 70, 'PM2.5': 40, CO: 0.7, O3: 120 });
    setConstantDay(ds, 'A', '2021-05-01', 'PM2.5', 40);
    setConstantDay(ds, 'A', '2021-05-02', 'PM2.5', 120);
    const r = computeAreaDays(ds, '全部站点', settings, { from: day('2021-05-01'), to: day('2021-05-02') });
    expect(r[0]).toMatchObject({ aqi: null, valid: false, stations: 1 });
    expect(r[0]!.conc['PM2.5']).toBe(40);
    expect(r[1]).toMatchObject({ aqi: 158, valid: true, category: 'moderate', primary: ['PM2.5'] });
  });

  it('switches edition on 2026-03-01 in auto mode, or keeps the one chosen', () => {
    const ds = emptyDataset();
    setFullDay(ds, 'A', '2026-02-28', { SO2: 9, NO2: 39, PM10: 70, 'PM2.5': 40, CO: 0.7, O3: 120 });
    setFullDay(ds, 'A', '2026-03-01', { SO2: 9, NO2: 39, PM10: 70, 'PM2.5': 40, CO: 0.7, O3: 120 });
    const range = { from: day('2026-02-28'), to: day('2026-03-01') };
    expect(computeAreaDays(ds, '全部站点', settings, range).map((d) => [d.edition, d.iaqi['PM2.5']])).toEqual([['2012', 57], ['2026', 60]]);
    const fixed = computeAreaDays(ds, '全部站点', { ...settings, edition: '2012' }, range);
    expect(fixed.map((d) => d.edition)).toEqual(['2012', '2012']);
  });

  it('refuses an unknown area', () => {
    expect(() => computeAreaDays(emptyDataset(), '大同', settings, { from: 0, to: 1 })).toThrow(RangeError);
  });

  it('flags dust days from dataset.dustDays', () => {
    const ds = fourStations();
    ds.dustDays.add('2021-01-05');
    const r = computeAreaDays(ds, '太原', settings, { from: day('2021-01-04'), to: day('2021-01-05') });
    expect(r.map((d) => d.dust)).toEqual([false, true]);
  });
});

describe('computeAreaDays: daily-table areas', () => {
  it('requires only the indicators the table carries', () => {
    // A table with PM10 and PM2.5 only: PM10 70 → 60, PM2.5 40 → 57 (2012) → AQI 60, valid.
    const ds = emptyDataset();
    addDailyRow(ds, '临汾', '2015-04-01', { PM10: 70, 'PM2.5': 40 });
    const d = one(ds, '临汾', '2015-04-01');
    expect(d).toMatchObject({ aqi: 60, valid: true, category: 'good', primary: ['PM10'], stations: 1 });
  });

  it('keeps a city of stations and a daily table of the same name apart', () => {
    const ds = fourStations();
    addDailyRow(ds, '太原', '2021-01-05', { PM10: 70, 'PM2.5': 40 });
    const areas = listAreas(ds, settings);
    expect(areas.map((a) => [a.name, a.source])).toEqual([['太原', 'hourly'], ['太原（日报表）', 'daily']]);
    expect(one(ds, '太原（日报表）', '2021-01-05').aqi).toBe(60);
  });
});

describe('dataExtent', () => {
  it('gives the first and last day with data, null for an area without data', () => {
    const ds = fourStations();
    setConstantDay(ds, 'A', '2021-03-02', 'SO2', 5);
    expect(dataExtent(ds, '太原', settings)).toEqual({ from: day('2021-01-05'), to: day('2021-03-02') });
    addStation(ds, { key: 'Z', city: '大同' });
    expect(dataExtent(ds, '大同', settings)).toBeNull();
  });
});

describe('listAreas', () => {
  it('groups stations by city and puts stations without a city in the default area', () => {
    const ds = emptyDataset();
    addStation(ds, { key: '1001A', name: '尖草坪', city: '太原' });
    addStation(ds, { key: '1002A', name: '涧河', city: '太原' });
    addStation(ds, { key: 'X1', name: 'X1' });
    const areas = listAreas(ds, settings);
    expect(areas.map((a) => [a.name, a.stations.map((s) => s.key)])).toEqual([
      ['全部站点', ['X1']],
      ['太原', ['1001A', '1002A']],
    ]);
  });
});
