import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ingestBytes } from '../ingest/ingestFile.ts';
import { mergeDatasets } from '../ingest/dataset.ts';
import { CATEGORIES, DEFAULT_SETTINGS } from '../types.ts';
import { describeWithRealData, realPath } from '../../../tests/helpers/realData.ts';
import { buildReport } from './report.ts';

describeWithRealData('tianqihoubao-daily-2013-2019', 'buildReport on 31 daily city tables', () => {
  const dir = realPath('tianqihoubao-daily-2013-2019');
  const ds = mergeDatasets(readdirSync(dir).filter((f) => f.endsWith('.csv'))
    .map((f) => ingestBytes(f, readFileSync(`${dir}/${f}`), { settings: DEFAULT_SETTINGS })));
  const report = buildReport(ds, DEFAULT_SETTINGS, { year: 2018 });

  it('reports the 31 areas for 2018 only', () => {
    expect(report.areas).toHaveLength(31);
    expect(report.areas.every((a) => a.years.length === 1 && a.years[0]?.year === 2018)).toBe(true);
    expect(report.areas.every((a) => a.daily === undefined)).toBe(true);
  });
  it('ranks the areas by composite index: ascending, ties share a rank, each area carries its rank', () => {
    const r = report.ranking.find((k) => k.year === 2018)!;
    expect(r.areas).toHaveLength(31);
    for (let i = 1; i < r.areas.length; i++) {
      const a = r.areas[i - 1]!, b = r.areas[i]!;
      expect(a.compositeIndex!).toBeLessThanOrEqual(b.compositeIndex!);
      // 1-based competition ranking: equal index → same rank, else rank = position
      expect(b.rank).toBe(a.compositeIndex === b.compositeIndex ? a.rank : i + 1);
    }
    for (const x of r.areas) expect(report.areas.find((a) => a.name === x.area)?.years[0]?.rankAmongLoaded).toBe(x.rank);
  });
  it('keeps the day counts consistent in every area', () => {
    for (const a of report.areas) {
      const y = a.years[0]!;
      expect(CATEGORIES.reduce((s, c) => s + y.categoryDays[c], 0)).toBe(y.validDays);
      expect(y.heavyDays).toBe(y.categoryDays.heavy + y.categoryDays.severe);
    }
  });
  it('limits the report to one area with `area`', () => {
    const one = buildReport(ds, DEFAULT_SETTINGS, { area: 'taiyuan', year: 2018, daily: true });
    expect(one.areas.map((a) => a.name)).toEqual(['taiyuan']);
    expect(one.areas[0]?.daily).toHaveLength(365);
    expect(() => buildReport(ds, DEFAULT_SETTINGS, { area: '太原' })).toThrow(/no area named "太原"/);
  });
});
