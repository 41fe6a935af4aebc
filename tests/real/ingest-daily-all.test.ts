/**
 * Multi-city loads of the header-less daily tables: every tianqihoubao capital and every aqistudy
 * city file is recognised by itself (no mapping given), read without errors, one area per file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { ingestBytes } from '../../src/domain/ingest/ingestFile.ts';
import { mergeDatasets } from '../../src/domain/ingest/dataset.ts';
import { DEFAULT_SETTINGS } from '../../src/domain/types.ts';

function loadAll(folder: string, skip: (n: string) => boolean = () => false) {
  const dir = realPath(folder);
  return readdirSync(dir).filter((n) => n.endsWith('.csv') && !skip(n)).sort()
    .map((n) => ingestBytes(n, readFileSync(`${dir}/${n}`), { settings: DEFAULT_SETTINGS }));
}

describeWithRealData('tianqihoubao-daily-2013-2019', 'ingest: all 31 tianqihoubao capitals', () => {
  it('reads each file as a daily table named after the file, without errors', () => {
    const parts = loadAll('tianqihoubao-daily-2013-2019');
    expect(parts).toHaveLength(31);
    for (const p of parts) {
      expect(p.files[0]!.format).toBe('daily-table');
      expect(p.issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
    const all = mergeDatasets(parts);
    expect(all.daily.size).toBe(31);
    expect(all.daily.has('taiyuan') && all.daily.has('beijing') && all.daily.has('shijiazhuang')).toBe(true);
  });
});

describeWithRealData('aqistudy-daily-2013-2017', 'ingest: the seven aqistudy city files', () => {
  it('reads each as 1,157 days (2013-12-02 .. 2017-01-31) of the city in its first column', () => {
    const parts = loadAll('aqistudy-daily-2013-2017', (n) => n === 'all_city_monthly.csv');
    expect(parts.map((p) => p.files[0]!.stations[0])).toEqual(['临汾', '北京', '大同', '太原', '石家庄', '长治', '阳泉']);
    for (const p of parts) {
      expect([p.files[0]!.rows, p.files[0]!.firstDate, p.files[0]!.lastDate]).toEqual([1157, '2013-12-02', '2017-01-31']);
      expect(p.issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });
});
