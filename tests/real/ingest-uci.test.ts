/**
 * UCI Beijing Multi-Site (../shared/data/real/uci-beijing-multisite): 12 station files, 35,064
 * hourly rows each, CO in µg/m³, `NA` for missing. Expected figures from PROVENANCE.md and from
 * reading raw rows by eye.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { ingestBytes } from '../../src/domain/ingest/ingestFile.ts';
import { mergeDatasets } from '../../src/domain/ingest/dataset.ts';
import { DEFAULT_SETTINGS, POLLUTANT_INDEX } from '../../src/domain/types.ts';
import type { Dataset } from '../../src/domain/types.ts';
import { dayNumber } from '../../src/domain/calendar.ts';

const FOLDER = 'uci-beijing-multisite';

function load(station: string): Dataset {
  const name = `PRSA_Data_${station}_20130301-20170228.csv`;
  return ingestBytes(name, readFileSync(realPath(FOLDER, name)), { settings: DEFAULT_SETTINGS });
}

function missingCount(ds: Dataset, column: string): number | undefined {
  return ds.issues.find((i) => i.code === 'missing-value' && i.column === column)?.count;
}

describeWithRealData(FOLDER, 'ingest: UCI Beijing multi-site hourly files', () => {
  it('reads Dongsi: 35,064 rows, one station, 2013-03-01 .. 2017-02-28, CO unit µg/m³ known for the format', () => {
    const ds = load('Dongsi');
    const f = ds.files[0]!;
    expect(f.format).toBe('station-hourly-long');
    expect(f.rows).toBe(35_064);
    expect(f.rejected).toBe(false);
    expect(f.stations).toEqual(['Dongsi']);
    expect([f.firstDate, f.lastDate]).toEqual(['2013-03-01', '2017-02-28']);
    expect(f.coUnit).toEqual({ unit: 'ug/m3', how: 'format' });
    // 2013-03-01 .. 2017-02-28 = 365 + 366 (2016) + 365 + 365 = 1461 days
    expect(ds.hourly.get('Dongsi')!.size).toBe(1461);
  });

  it('counts NA per column as in PROVENANCE (Dongsi PM2.5 750, PM10 553, SO2 663, NO2 1601, CO 3197, O3 664)', () => {
    const ds = load('Dongsi');
    expect(missingCount(ds, 'PM2.5')).toBe(750);
    expect(missingCount(ds, 'PM10')).toBe(553);
    expect(missingCount(ds, 'SO2')).toBe(663);
    expect(missingCount(ds, 'NO2')).toBe(1601);
    expect(missingCount(ds, 'CO')).toBe(3197);
    expect(missingCount(ds, 'O3')).toBe(664);
  });

  it('counts NA per column as in PROVENANCE (Aotizhongxin PM2.5 925, PM10 718, SO2 935, NO2 1023, CO 1776, O3 1719)', () => {
    const ds = load('Aotizhongxin');
    expect([ 'PM2.5', 'PM10', 'SO2', 'NO2', 'CO', 'O3' ].map((c) => missingCount(ds, c))).toEqual([925, 718, 935, 1023, 1776, 1719]);
  });

  it('keeps the first raw row of Dongsi and converts its CO 300 µg/m³ to 0.3 mg/m³', () => {
    // "1,2013,3,1,0,9,9,3,17,300,89,…,"Dongsi"" → PM2.5 9, PM10 9, SO2 3, NO2 17, CO 300/1000, O3 89
    const ds = load('Dongsi');
    const sd = ds.hourly.get('Dongsi')!.get(dayNumber(2013, 3, 1))!;
    const at = (p: keyof typeof POLLUTANT_INDEX) => sd.values[0 * 6 + POLLUTANT_INDEX[p]];
    expect([at('PM2.5'), at('PM10'), at('SO2'), at('NO2'), at('CO'), at('O3')]).toEqual([9, 9, 3, 17, 0.3, 89]);
    expect(ds.issues.some((i) => i.code === 'co-unit' && i.message.zh.includes('µg/m³') && i.message.zh.includes('已换算为 mg/m³'))).toBe(true);
  });

  it('reads all 12 files (420,768 rows) and merges them into 12 stations without duplicates', () => {
    const dir = realPath(FOLDER);
    const names = readdirSync(dir).filter((n) => n.endsWith('.csv'));
    const parts = names.map((n) => ingestBytes(n, readFileSync(`${dir}/${n}`), { settings: DEFAULT_SETTINGS }));
    expect(parts.map((p) => p.files[0]!.rows)).toEqual(new Array(12).fill(35_064));
    const all = mergeDatasets(parts);
    expect(all.stations.size).toBe(12);
    expect(all.files.reduce((a, f) => a + f.rows, 0)).toBe(420_768);
    expect(all.issues.some((i) => i.code.startsWith('duplicate'))).toBe(false);
  });
});
