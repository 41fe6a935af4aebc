import { describe, expect, it } from 'vitest';
import { absentIndicators, computeAreaDays } from './areaDays.ts';
import { addDailyRow, addStation, day, emptyDataset, setConstantDay, setFullDay } from '../../../tests/helpers/dataset.ts';
import { DEFAULT_SETTINGS } from '../types.ts';
import type { Dataset, Pollutant } from '../types.ts';

const settings = DEFAULT_SETTINGS; // defaultAreaName 全部站点

/** Every pollutant but the ones left out, constant for 24 hours. */
function dayWithout(ds: Dataset, key: string, iso: string, conc: Partial<Record<Pollutant, number>>): void {
  for (const p of Object.keys(conc) as Pollutant[]) setConstantDay(ds, key, iso, p, conc[p]!);
}
const NO_CO = { SO2: 9, NO2: 39, PM10: 70, 'PM2.5': 40, O3: 120 } as const;

describe('absent pollutant column: not monitored by design (HJ 633-2026 §5.3.2)', () => {
  it('counts days without any CO in the area data as valid, with the AQI of the other indicators', () => {
    // Ten clean days, no CO column at all. 2012 IAQIs: SO2 9/50·50 = 9; NO2 39/40·50 = 48.75 → 49;
    // PM10 50 + 20/100·50 = 60; PM2.5 50 + 5/40·50 = 56.25 → 57; O3 8h 50 + 20/60·50 = 66.7 → 67;
    // O3 1h 120/160·50 = 37.5 → 38. AQI = 67 (良), primary O3 — valid although CO is missing.
    const ds = emptyDataset();
    for (let d = 1; d <= 10; d++) dayWithout(ds, 'A', `2021-05-${String(d).padStart(2, '0')}`, NO_CO);
    const r = computeAreaDays(ds, '全部站点', settings, { from: day('2021-05-01'), to: day('2021-05-10') });
    expect(r.filter((x) => x.valid)).toHaveLength(10);
    expect(r[0]).toMatchObject({ aqi: 67, category: 'good', primary: ['O3'], valid: true });
    expect(r[0]!.iaqi).toEqual({ SO2: 9, NO2: 49, PM10: 60, 'PM2.5': 57, O3_8h: 67, O3_1h: 38 });
    expect(absentIndicators(ds, '全部站点', settings)).toEqual(['CO']);
  });

  it('keeps the NA rule for CO missing on one day when the area has CO on other days', () => {
    // 05-01 full (CO 0.7 → IAQI 18); 05-02 no CO, AQI of the rest 67 ≤ 100 → NA;
    // 05-03 no CO, PM2.5 120 → 150 + 5/35·50 = 157.1 → 158 > 100 → valid (中度, primary PM2.5).
    const ds = emptyDataset();
    setFullDay(ds, 'A', '2021-05-01', { ...NO_CO, CO: 0.7 });
    dayWithout(ds, 'A', '2021-05-02', NO_CO);
    dayWithout(ds, 'A', '2021-05-03', { ...NO_CO, 'PM2.5': 120 });
    const r = computeAreaDays(ds, '全部站点', settings, { from: day('2021-05-01'), to: day('2021-05-03') });
    expect(r.map((x) => [x.aqi, x.valid])).toEqual([[67, true], [null, false], [158, true]]);
    expect(r[2]).toMatchObject({ category: 'moderate', primary: ['PM2.5'] });
    expect(absentIndicators(ds, '全部站点', settings)).toEqual([]);
  });

  it('judges the whole loaded data, not the period: CO of another year still makes CO required', () => {
    // CO only in 2020; the 2021 days lack it → NA (AQI 67 ≤ 100).
    const ds = emptyDataset();
    setFullDay(ds, 'A', '2020-05-01', { ...NO_CO, CO: 0.7 });
    dayWithout(ds, 'A', '2021-05-01', NO_CO);
    const r = computeAreaDays(ds, '全部站点', settings, { from: day('2021-05-01'), to: day('2021-05-01') });
    expect(r[0]).toMatchObject({ aqi: null, valid: false });
  });

  it('an absent O3 column removes both O3_8h and O3_1h (2012) and O3_8h (2026) from the required set', () => {
    // No O3. 2012: AQI = max(9, 49, 60, 57, CO 0.7/2·50 = 17.5 → 18) = 60 (PM10).
    // 2026 (2026-06-01): PM10 50 + 20/70·50 = 64.3 → 65; PM2.5 50 + 5/25·50 = 60 → AQI 65 (PM10).
    const ds = emptyDataset();
    const noO3 = { SO2: 9, NO2: 39, PM10: 70, 'PM2.5': 40, CO: 0.7 };
    dayWithout(ds, 'A', '2021-05-01', noO3);
    dayWithout(ds, 'A', '2026-06-01', noO3);
    const [d2012] = computeAreaDays(ds, '全部站点', settings, { from: day('2021-05-01'), to: day('2021-05-01') });
    const [d2026] = computeAreaDays(ds, '全部站点', settings, { from: day('2026-06-01'), to: day('2026-06-01') });
    expect(d2012).toMatchObject({ aqi: 60, valid: true, primary: ['PM10'], edition: '2012' });
    expect(d2026).toMatchObject({ aqi: 65, valid: true, primary: ['PM10'], edition: '2026' });
    expect(absentIndicators(ds, '全部站点', settings)).toEqual(['O3_8h', 'O3_1h']);
    // Data of 2026 only: the 2026 daily AQI has no O3_1h, so only O3_8h is named.
    expect(absentIndicators(ds, '全部站点', { ...settings, edition: '2026' })).toEqual(['O3_8h']);
  });

  it('looks only at the area’s evaluation stations (not a background station, not another city)', () => {
    // 太原 A has no CO; the background station D and 大同's station Z have CO.
    const ds = emptyDataset();
    addStation(ds, { key: 'A', city: '太原' });
    addStation(ds, { key: 'D', city: '太原', background: true });
    addStation(ds, { key: 'Z', city: '大同' });
    dayWithout(ds, 'A', '2021-05-01', NO_CO);
    setFullDay(ds, 'D', '2021-05-01', { ...NO_CO, CO: 0.7 });
    setFullDay(ds, 'Z', '2021-05-01', { ...NO_CO, CO: 0.7 });
    expect(absentIndicators(ds, '太原', settings)).toEqual(['CO']);
    expect(computeAreaDays(ds, '太原', settings, { from: day('2021-05-01'), to: day('2021-05-01') })[0]).toMatchObject({ aqi: 67, valid: true });
    // With background stations in the mean, D's CO counts: CO is carried and the day is complete.
    const withD = { ...settings, excludeBackgroundStations: false };
    expect(absentIndicators(ds, '太原', withD)).toEqual([]);
    expect(absentIndicators(ds, '大同', settings)).toEqual([]);
  });

  it('a daily table lacks the indicators it has no column for; an area without data lacks none', () => {
    const ds = emptyDataset();
    addDailyRow(ds, '临汾', '2015-04-01', { PM10: 70, 'PM2.5': 40, O3_8h: 120 });
    expect(absentIndicators(ds, '临汾', settings)).toEqual(['SO2', 'NO2', 'CO', 'O3_1h']);
    addDailyRow(ds, '晋中', '2026-04-01', { SO2: 9, NO2: 39, PM10: 70, 'PM2.5': 40, CO: 0.7, O3_8h: 120 });
    expect(absentIndicators(ds, '晋中', settings)).toEqual([]); // 2026: O3_1h is no daily indicator
    addStation(ds, { key: 'E', city: '大同' });
    expect(absentIndicators(ds, '大同', settings)).toEqual([]);
    expect(absentIndicators(ds, '不存在', settings)).toEqual([]);
  });
});
