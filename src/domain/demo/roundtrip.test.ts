/**
 * The demo CSV is the same data as the built-in demo: written by `demoCsv`, read back by the ingest
 * module together with the demo station list (which carries the 对照点 flag), it gives the same
 * daily results as the Dataset built directly.
 */
import { describe, expect, it } from 'vitest';
import { computeAreaDays } from '../aggregate/areaDays.ts';
import { dayNumber } from '../calendar.ts';
import { mergeDatasets } from '../ingest/dataset.ts';
import { ingestBytes } from '../ingest/ingestFile.ts';
import { DEFAULT_SETTINGS } from '../types.ts';
import { DEMO_CITY, demoCsv, demoStationListCsv, generateDemoDataset } from './generate.ts';

const demo = generateDemoDataset();
const enc = new TextEncoder();
const csvPart = ingestBytes('taiyuan-demo-2020-2021.csv', enc.encode(demoCsv(demo)), { settings: DEFAULT_SETTINGS });
const listPart = ingestBytes('taiyuan-demo-stations.csv', enc.encode(demoStationListCsv()), { settings: DEFAULT_SETTINGS });
const reread = mergeDatasets([csvPart, listPart]);
const range = { from: dayNumber(2020, 1, 1), to: dayNumber(2021, 12, 31) };

describe('demo CSV round trip through ingest', () => {
  it('is read as the long station-hourly format, all 157 896 rows, CO in mg/m³, nothing rejected', () => {
    const f = csvPart.files[0];
    expect(f?.format).toBe('station-hourly-long');
    expect(f?.rows).toBe(731 * 24 * 9);
    expect(f?.rowsUsed).toBe(demo.files[0]?.rowsUsed);
    expect(f?.coUnit?.unit).toBe('mg/m3');
    expect(f?.rejected).toBe(false);
    expect(csvPart.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('gives the same stations, with 上兰 as the background station once the station list is loaded', () => {
    expect([...reread.stations.keys()].sort()).toEqual([...demo.stations.keys()].sort());
    expect([...reread.stations.values()].filter((s) => s.background).map((s) => s.key)).toEqual(['1083A']);
  });

  it('gives the same hourly values (NaN gaps included)', () => {
    let compared = 0;
    for (const [key, days] of demo.hourly) {
      const other = reread.hourly.get(key);
      for (const [d, sd] of days) {
        const o = other?.get(d)?.values;
        expect(o).toBeDefined();
        if (!o) continue;
        for (let i = 0; i < 144; i++) {
          const a = sd.values[i] ?? NaN, b = o[i] ?? NaN;
          if (!(Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)))) expect([key, d, i, b]).toEqual([key, d, i, a]);
          compared++;
        }
      }
    }
    expect(compared).toBe(9 * 731 * 144);
  });

  it('gives identical daily results (concentrations, AQI, category, primary pollutants, validity) for all 731 days', () => {
    const direct = computeAreaDays(demo, DEMO_CITY, DEFAULT_SETTINGS, range);
    const viaCsv = computeAreaDays(reread, DEMO_CITY, DEFAULT_SETTINGS, range);
    expect(viaCsv).toHaveLength(731);
    expect(viaCsv).toEqual(direct);
  });
});
