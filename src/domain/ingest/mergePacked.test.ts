import { describe, expect, it } from 'vitest';
import { mergeDatasets } from './dataset.ts';
import { mergePackedFiles, partsNeedingHourly } from './mergePacked.ts';
import { packDataset, unpackDataset } from '../persist/codec.ts';
import { stationDailyStore } from '../aggregate/stationStore.ts';
import type { StationDailyStore } from '../aggregate/stationStore.ts';
import type { Dataset } from '../types.ts';
import { ingestText } from '../../../tests/helpers/ingest.ts';
import { mulberry32 } from '../demo/prng.ts';

const HEAD = 'date,hour,station,PM2.5,PM10,SO2,NO2,CO,O3\n';
const LIST = '监测点编码,监测点名称,城市,经度,纬度,对照点\nA,尖草坪,太原,112.5,37.9,N\nB,上兰(对照点),太原,112.4,38.0,Y\n';

/** A random hourly file: stations A–C over 3 days from `firstDay`, rows shuffled, values from a small set (repeats and conflicts). */
function randomFile(rand: () => number, name: string, firstDay: number): Dataset {
  const rows: string[] = [];
  for (const st of ['A', 'B', 'C']) {
    if (rand() < 0.25) continue;
    for (let d = 0; d < 3; d++) {
      const date = `2021-01-${String(firstDay + d).padStart(2, '0')}`;
      for (let h = 0; h < 24; h++) {
        if (rand() < 0.15) continue;
        const v = () => (rand() < 0.08 ? '' : String(10 + Math.floor(rand() * 3)));
        rows.push(`${date},${h},${st},${v()},${v()},${v()},${v()},0.${Math.floor(rand() * 2) + 5},${150 + Math.floor(rand() * 3) * 10}`);
      }
    }
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return ingestText(name, HEAD + rows.join('\n') + '\n');
}

function sameStore(a: StationDailyStore, b: StationDailyStore, keys: Iterable<string>): void {
  for (const k of keys) {
    const x = a.get(k), y = b.get(k);
    expect(!!x, k).toBe(!!y);
    if (!x || !y) continue;
    expect([...x.days]).toEqual([...y.days]);
    expect([...x.daily].map(String)).toEqual([...y.daily].map(String)); // NaN equal to NaN
    expect([...x.hours]).toEqual([...y.hours]);
  }
}

describe('mergePackedFiles: the merge from station-daily values', () => {
  it('gives what mergeDatasets + the station-daily store give, issues in the same order, on 200 random sets of overlapping files', () => {
    const rand = mulberry32(20211231);
    for (let run = 0; run < 200; run++) {
      const files = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => randomFile(rand, `f${i}.csv`, 1 + Math.floor(rand() * 5)));
      if (rand() < 0.5) files.splice(Math.floor(rand() * files.length), 0, ingestText('list.csv', LIST));
      const order = rand() < 0.5 ? 'as-read' : 'ascending';
      const packed = files.map((f, i) => packDataset(`p${i}`, f, order));
      // Packed in ascending order (as stored), a file's days are merged in that order: so are the unpacked ones.
      const expected = mergeDatasets(order === 'as-read' ? files : packed.map((p) => unpackDataset(p).dataset));
      const { dataset, store } = mergePackedFiles(packed);
      expect(JSON.stringify(dataset.issues)).toBe(JSON.stringify(expected.issues));
      expect([...dataset.stations.entries()]).toEqual([...expected.stations.entries()]);
      expect([...dataset.hourly.keys()]).toEqual([...expected.hourly.keys()]);
      expect(dataset.files).toEqual(expected.files);
      sameStore(store, stationDailyStore(expected), expected.hourly.keys());
    }
  });

  it('needs the hourly values of exactly the files that share a station-day', () => {
    const a = ingestText('a.csv', HEAD + '2021-01-05,0,A,35,60,5,30,0.5,50\n');
    const b = ingestText('b.csv', HEAD + '2021-01-06,0,A,35,60,5,30,0.5,50\n');
    const c = ingestText('c.csv', HEAD + '2021-01-05,3,A,35,60,5,30,0.5,50\n2021-01-05,3,B,1,1,1,1,0.5,1\n');
    const d = ingestText('d.csv', HEAD + '2021-01-05,3,B,1,1,1,1,0.5,1\n');
    expect([...partsNeedingHourly([a, b, c, d].map((x) => packDataset('x', x, 'as-read', { hourlyValues: false })))].sort()).toEqual([0, 2, 3]);
  });

  it('merges one-day files without their hourly values, and refuses to merge a shared station-day without them', () => {
    const a = ingestText('a.csv', HEAD + Array.from({ length: 24 }, (_, h) => `2021-01-05,${h},A,35,60,5,30,0.5,50`).join('\n'));
    const b = ingestText('b.csv', HEAD + Array.from({ length: 24 }, (_, h) => `2021-01-06,${h},A,45,60,5,30,0.5,50`).join('\n'));
    const { store } = mergePackedFiles([a, b].map((x) => packDataset('x', x, 'as-read', { hourlyValues: false })));
    expect([...store.get('A')!.daily.subarray(0, 4)]).toEqual([5, 30, 60, 35]);
    expect(store.get('A')!.daily[7 + 3]).toBe(45);
    expect(() => mergePackedFiles([a, a].map((x) => packDataset('x', x, 'as-read', { hourlyValues: false })))).toThrow(/no hourly values/);
  });
});
