/**
 * Real Taiyuan files (../shared/data/real): zzy95 real-time station tables, the tianqihoubao and
 * aqistudy header-less daily tables, and the 2022 station list. Expected figures come from each
 * folder's PROVENANCE.md and from raw rows read by eye (quoted in the comments).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { ingestBytes } from '../../src/domain/ingest/ingestFile.ts';
import { mergeDatasets } from '../../src/domain/ingest/dataset.ts';
import { DEFAULT_SETTINGS, POLLUTANT_INDEX } from '../../src/domain/types.ts';
import type { Dataset, Pollutant } from '../../src/domain/types.ts';
import { dayNumber } from '../../src/domain/calendar.ts';

function load(folder: string, file: string): Dataset {
  return ingestBytes(file, readFileSync(realPath(folder, file)), { settings: DEFAULT_SETTINGS });
}

function issueCount(ds: Dataset, code: string): number {
  return ds.issues.filter((i) => i.code === code).reduce((a, i) => a + (i.count ?? 1), 0);
}

const ZZY = 'zzy95-taiyuan-station-hourly-2020';
const STATIONS = 'station-list-2022';
const STATION_FILE = '站点列表-2022.02.13起_太原.csv';

describeWithRealData(ZZY, 'ingest: zzy95 Taiyuan real-time station tables', () => {
  it('reads taiyuan.csv: 852 rows, 120 exact-duplicate station-hours counted once, CO in mg/m³', () => {
    const ds = load(ZZY, 'taiyuan.csv');
    const f = ds.files[0]!;
    expect(f.format).toBe('station-hourly-long');
    expect(f.rows).toBe(852);
    expect(issueCount(ds, 'duplicate-rows')).toBe(120);
    expect(issueCount(ds, 'duplicate-conflict')).toBe(0);
    expect(f.coUnit).toEqual({ unit: 'mg/m3', how: 'magnitude' });
    expect([f.firstDate, f.lastDate]).toEqual(['2020-03-26', '2020-04-02']);
  });

  it('flags the stale points named in PROVENANCE: 上兰 and 巨轮(启用181031) constant, 涧河 always NaN', () => {
    const ds = load(ZZY, 'taiyuan.csv');
    expect(ds.issues.filter((i) => i.code === 'constant-values').map((i) => i.column).sort()).toEqual(['上兰', '巨轮(启用181031)'].sort());
    expect(ds.issues.filter((i) => i.code === 'station-without-values').map((i) => i.column)).toEqual(['涧河']);
  });

  it('reads 太原.csv with its quoted multi-line cell: 1,188 rows, 60 duplicates', () => {
    const ds = load(ZZY, '太原.csv');
    expect(ds.files[0]!.rows).toBe(1188);
    expect(issueCount(ds, 'duplicate-rows')).toBe(60);
    // line 305-310: 20200403,12,晋源,85,良,"<multi-line>",63,120,1.0,45,NaN,12,22
    const sd = ds.hourly.get('晋源')!.get(dayNumber(2020, 4, 3))!;
    const at = (p: Pollutant) => sd.values[12 * 6 + POLLUTANT_INDEX[p]];
    expect([at('PM2.5'), at('PM10'), at('CO'), at('NO2'), at('SO2')]).toEqual([63, 120, 1.0, 45, 22]);
    expect(at('O3')).toBeNaN(); // O3_1h "NaN"
    // line 311, after the multi-line cell: 20200403,12,小店,74,良,…,54,92,1.0,40,60,18,30
    const xd = ds.hourly.get('小店')!.get(dayNumber(2020, 4, 3))!;
    expect(xd.values[12 * 6 + POLLUTANT_INDEX.O3]).toBe(60);
  });

  it('with the station list, stations get code and city 太原 and 上兰(对照点) is a background station', () => {
    const merged = mergeDatasets([load(ZZY, '太原.csv'), load(STATIONS, STATION_FILE)]);
    expect(merged.stations.get('尖草坪')).toMatchObject({ code: '1081A', city: '太原', background: false });
    expect(merged.stations.get('上兰(对照点)')).toMatchObject({ code: '1083A', city: '太原', background: true });
    expect(merged.stations.get('巨轮')?.city).toBeUndefined(); // not in the 2022 list
  });
});

describeWithRealData(STATIONS, 'ingest: national station list (Taiyuan rows)', () => {
  it('reads 9 stations of 太原 keyed by code, 1083A background, 1081A not', () => {
    const ds = load(STATIONS, STATION_FILE);
    expect(ds.files[0]!.format).toBe('station-list');
    expect([...ds.stations.keys()]).toEqual(['1081A', '1082A', '1083A', '1084A', '1085A', '1086A', '1087A', '1088A', '1089A']);
    expect([...ds.stations.values()].every((s) => s.city === '太原')).toBe(true);
    expect(ds.stations.get('1083A')).toEqual({ key: '1083A', code: '1083A', name: '上兰(对照点)', city: '太原', background: true });
    expect(ds.stations.get('1081A')!.background).toBe(false);
  });
});

describeWithRealData('tianqihoubao-daily-2013-2019', 'ingest: tianqihoubao header-less daily table', () => {
  it('maps the 11 columns by itself: 2,190 rows, 4 duplicated dates reported, 2,186 days kept', () => {
    const ds = load('tianqihoubao-daily-2013-2019', 'taiyuan.csv');
    const f = ds.files[0]!;
    expect(f.format).toBe('daily-table');
    expect(f.rows).toBe(2190);
    // duplicated dates (cut -f2 | sort | uniq -d): 2017-04-23, 2017-05-20, 2018-04-05, 2019-10-31
    expect(issueCount(ds, 'duplicate-rows') + issueCount(ds, 'duplicate-conflict')).toBe(4);
    const days = ds.daily.get('taiyuan')!;
    expect(days.size).toBe(2186);
    expect([f.firstDate, f.lastDate]).toEqual(['2013-10-28', '2019-12-10']);
    // first line: 0,2019-12-01,优,34,67,16,34,15,26,0.43,52
    expect(days.get(dayNumber(2019, 12, 1))).toEqual({
      area: 'taiyuan', day: dayNumber(2019, 12, 1),
      values: { 'PM2.5': 16, PM10: 34, SO2: 15, NO2: 26, CO: 0.43, O3_8h: 52 },
      published: { aqi: 34, category: '优' },
    });
    expect([...ds.dailyIndicators.get('taiyuan')!].sort()).toEqual(['CO', 'NO2', 'O3_8h', 'PM10', 'PM2.5', 'SO2']);
  });
});

describeWithRealData('aqistudy-daily-2013-2017', 'ingest: aqistudy header-less daily table with BOM', () => {
  it('reads 太原.csv: UTF-8 BOM, 1,157 days 2013-12-02 .. 2017-01-31, area from the City column', () => {
    const ds = load('aqistudy-daily-2013-2017', '太原.csv');
    const f = ds.files[0]!;
    expect(f.encoding).toBe('utf-8-bom');
    expect(f.format).toBe('daily-table');
    expect(f.rows).toBe(1157);
    expect([...ds.daily.keys()]).toEqual(['太原']);
    expect(ds.daily.get('太原')!.size).toBe(1157);
    expect([f.firstDate, f.lastDate]).toEqual(['2013-12-02', '2017-01-31']);
    // first line: 太原,2013-12-02,168,148~190,中度污染,158.6,278,385.8,5.54,87.3,11,69 (PM2.5, PM10, SO2, CO, NO2, O3)
    expect(ds.daily.get('太原')!.get(dayNumber(2013, 12, 2))!.values).toEqual({ 'PM2.5': 158.6, PM10: 278, SO2: 385.8, CO: 5.54, NO2: 87.3, O3_8h: 11 });
  });

  it('refuses the monthly all-city table (no header, months not days) with a message asking for a mapping', () => {
    const ds = load('aqistudy-daily-2013-2017', 'all_city_monthly.csv');
    expect(ds.files[0]!.rejected).toBe(true);
    expect(ds.issues.filter((i) => i.severity === 'error')).toHaveLength(1);
  });
});
