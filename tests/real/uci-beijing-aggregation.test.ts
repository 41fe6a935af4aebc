/**
 * Real data: the 12 UCI Beijing multi-site hourly files (2013-03-01 → 2017-02-28, CO in µg/m³ in the
 * files, mg/m³ after ingest), through ingest → station daily values → city days with the daily AQI →
 * period statistics. See ../shared/data/real/uci-beijing-multisite/PROVENANCE.md.
 *
 * The expected numbers were computed from the raw CSVs outside this code base:
 * - awk one-liners (commands quoted beside each number, run in the data folder);
 * - an independent Python script (csv + fractions + decimal, written for this check): per station the
 *   24-h means with ≥ 20 valid hours, MDA8 over windows ending 07..23 with ≥ 6 hours and ≥ 14 windows
 *   (or > 160), O3 1-h max with ≥ 20 hours; city value = mean of the stations' valid daily values;
 *   HJ 633-2012 IAQI with concentrations rounded half-even (CO 1 decimal), exact fractions, ceiling.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { ingestBytes } from '../../src/domain/ingest/ingestFile.ts';
import { mergeDatasets } from '../../src/domain/ingest/dataset.ts';
import { CATEGORIES, DEFAULT_SETTINGS } from '../../src/domain/types.ts';
import type { Dataset, DayResult, PeriodStats } from '../../src/domain/types.ts';
import { dayNumber, yearRange } from '../../src/domain/calendar.ts';
import { listAreas } from '../../src/domain/aggregate/areas.ts';
import { computeAreaDays, dataExtent } from '../../src/domain/aggregate/areaDays.ts';
import { stationDailyValues } from '../../src/domain/aggregate/stationDaily.ts';
import { coverage } from '../../src/domain/aggregate/coverage.ts';
import { monthlyStats, periodStats } from '../../src/domain/stats/period.ts';
import { describeWithRealData, realPath } from '../helpers/realData.ts';

const FOLDER = 'uci-beijing-multisite';
const settings = DEFAULT_SETTINGS;
const AREA = settings.defaultAreaName; // the files carry no city: all 12 stations form the default area

describeWithRealData(FOLDER, 'UCI Beijing 2013-2017: hourly → daily → period statistics', () => {
  let ds: Dataset;
  let days: DayResult[];
  const years: PeriodStats[] = [];

  // The hook's 300 s is a hang guard, not a timing: reading the 12 files in-process takes ~1 s idle but
  // exceeded vitest's default 10 s hook timeout at load 17 on 2 cores.
  beforeAll(() => {
    const dir = realPath(FOLDER);
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
    ds = mergeDatasets(files.map((f) => ingestBytes(f, new Uint8Array(readFileSync(`${dir}/${f}`)), { settings })));
    // Aggregation of all 4 years + annual and monthly statistics of every calendar year touched
    // (timed by `npm run bench`, scripts/bench-model.ts; never asserted here).
    const ext = dataExtent(ds, AREA, settings)!;
    days = computeAreaDays(ds, AREA, settings, ext);
    for (let y = 2013; y <= 2017; y++) {
      const { from, to } = yearRange(y);
      years.push(periodStats(days, { area: AREA, from, to, settings }));
      monthlyStats(days, y, { area: AREA, settings });
    }
  }, 300_000);

  it('finds one area of 12 stations covering 2013-03-01..2017-02-28 (1461 days)', () => {
    const areas = listAreas(ds, settings);
    expect(areas.map((a) => [a.name, a.stations.length])).toEqual([[AREA, 12]]);
    expect(dataExtent(ds, AREA, settings)).toEqual({ from: dayNumber(2013, 3, 1), to: dayNumber(2017, 2, 28) });
    expect(days).toHaveLength(1461);
  });

  it('reproduces Dongsi 2016-01-01 daily values computed from the raw hours', () => {
    const sd = ds.hourly.get('Dongsi')!.get(dayNumber(2016, 1, 1))!;
    const v = stationDailyValues(sd);
    // PM2.5: grep -E '^[0-9]+,2016,1,1,' PRSA_Data_Dongsi_20130301-20170228.csv \
    //          | awk -F, '$6!="NA"{s+=$6;n++} END{print s, n, s/n}'          → 4292 24 178.833
    expect(v['PM2.5']).toBeCloseTo(4292 / 24, 10);
    // MDA8: … | awk -F, '{o[$5]=$11} END{m=-1;for(e=7;e<=23;e++){s=0;for(h=e-7;h<=e;h++)s+=o[h];
    //          if(s/8>m){m=s/8;me=e}};print m, me}'                          → 6.75 (window ending 17:00)
    expect(v.O3_8h).toBe(6.75);
    // O3 1-h max: hours 14 and 15 carry 10 → 10
    expect(v.O3_1h).toBe(10);
    // CO: … | awk -F, '{s+=$10;n++} END{print s/n/1000,n}'                   → 3.2 mg/m³ over 24 hours
    expect(v.CO).toBeCloseTo(3.2, 10);
  });

  it('reproduces the city day 2016-01-01: PM2.5 167.68 from 12 stations, AQI 218 (重度), primary PM2.5', () => {
    // for f in PRSA*; do grep -E '^[0-9]+,2016,1,1,' $f | awk -F, '$6!="NA"{s+=$6;n++} END{printf "%s ", s/n}'; done
    // → 164.958 128.75 130.5 178.833 176.125 184.208 136.25 199.917 189.652 176.792 158.458 187.708
    //   mean = 167.6793 (Python script, exact). PM2.5 168 → 200 + (168 − 150)/100 × 100 = 218.
    // Python IAQI: SO2 33, NO2 111, PM10 116, PM2.5 218, CO 85, O3_8h 6, O3_1h 6.
    const d = days.find((x) => x.date === '2016-01-01')!;
    expect(d.conc['PM2.5']).toBeCloseTo(167.6793, 4);
    expect(d.conc.PM10).toBeCloseTo(181.4467, 4);
    expect(d.conc.CO).toBeCloseTo(3.3682, 4);
    expect(d.iaqi).toEqual({ SO2: 33, NO2: 111, PM10: 116, 'PM2.5': 218, CO: 85, O3_8h: 6, O3_1h: 6 });
    expect(d).toMatchObject({ aqi: 218, category: 'heavy', primary: ['PM2.5'], stations: 12, valid: true });
  });

  it('reproduces 2016-07-01: ozone day, Dingling MDA8 invalid, city MDA8 from 11 stations → AQI 77, primary O3', () => {
    // Python: Dingling has too few O3 hours (MDA8 and 1-h max invalid); city O3_8h = mean of 11 = 131.6753
    // → 132 → 50 + (132 − 100)/60 × 50 = 76.67 → 77; O3_1h 158.9091 → 159 → 49.7 → 50.
    const d = days.find((x) => x.date === '2016-07-01')!;
    expect(stationDailyValues(ds.hourly.get('Dingling')!.get(dayNumber(2016, 7, 1))!).O3_8h).toBeNull();
    expect(d.conc.O3_8h).toBeCloseTo(131.6753, 4);
    expect(d.iaqi.O3_8h).toBe(77);
    expect(d.iaqi.O3_1h).toBe(50);
    expect(d).toMatchObject({ aqi: 77, category: 'good', primary: ['O3'] });
  });

  it('reproduces 2015-12-25: severe day, AQI 477 from PM2.5 465.45', () => {
    // Python: PM2.5 city 465.4517 → 465 → 400 + (465 − 350)/150 × 100 = 476.67 → 477 (严重);
    // NO2 and CO each from 11 stations (Tiantan NO2, Aotizhongxin CO have < 20 hours).
    const d = days.find((x) => x.date === '2015-12-25')!;
    expect(d.conc['PM2.5']).toBeCloseTo(465.4517, 4);
    expect(d).toMatchObject({ aqi: 477, category: 'severe', primary: ['PM2.5'] });
  });

  it('keeps the period statistics internally consistent for every year 2013-2017', () => {
    for (const s of years) {
      const y = Number(s.from.slice(0, 4));
      expect(s.calendarDays).toBe(y === 2016 ? 366 : 365);
      expect(CATEGORIES.reduce((a, c) => a + s.categoryDays[c], 0)).toBe(s.validDays);
      expect(s.goodDays).toBe(s.categoryDays.excellent + s.categoryDays.good);
      expect(s.heavyDays).toBe(s.categoryDays.heavy + s.categoryDays.severe);
      expect(s.episodes.reduce((a, e) => a + e.days, 0)).toBe(s.heavyDays);
      expect(s.validDays).toBeLessThanOrEqual(s.calendarDays);
      if (s.validDays > 0) expect(s.goodDayRatio).toBeCloseTo(s.goodDays / s.validDays, 12);
      const months = monthlyStats(days, y, { area: AREA, settings });
      expect(months.reduce((a, m) => a + m.validDays, 0)).toBe(s.validDays);
      expect(months.reduce((a, m) => a + m.heavyDays, 0)).toBe(s.heavyDays);
    }
    // Only 2014, 2015 and 2016 are full years of data; 2013 starts in March, 2017 ends in February:
    // a partial year cannot pass the GB 3095 Table 4 annual validity.
    expect(years[0]!.class2['PM2.5'].dataSufficient).toBe(false);
    expect(years[4]!.class2['PM2.5'].dataSufficient).toBe(false);
    expect(years[3]!.class2['PM2.5'].dataSufficient).toBe(true);
  });

  it('counts coverage against the calendar: Dongsi 2016 PM2.5 valid hours match the raw file', () => {
    // awk -F, '$2==2016 && $6!="NA"{n++} END{print n}' PRSA_Data_Dongsi_20130301-20170228.csv → 8431
    // days with ≥ 20 PM2.5 hours (Python: count hours per (month, day), keep ≥ 20)          → 345
    const cells = coverage(ds, AREA, 2016, settings).filter((c) => c.station === 'Dongsi' && c.pollutant === 'PM2.5');
    expect(cells.reduce((a, c) => a + c.expectedHours, 0)).toBe(8784);
    expect(cells.reduce((a, c) => a + c.validHours, 0)).toBe(8431);
    expect(cells.reduce((a, c) => a + c.validDays, 0)).toBe(345);
    expect(cells.reduce((a, c) => a + c.expectedDays, 0)).toBe(366);
  });
});
