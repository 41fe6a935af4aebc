import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../ingest/dataset.ts';
import { DEFAULT_SETTINGS } from '../types.ts';
import { addStation, setFullDay } from '../../../tests/helpers/dataset.ts';
import { builtinTargetSet } from '../targets/builtin.ts';
import { buildDashboardModel } from './dashboard.ts';
import { indexDataset } from './datasetIndex.ts';

const CLEAN = { SO2: 10, NO2: 30, PM10: 60, 'PM2.5': 30, CO: 0.8, O3: 80 };

/** 七台河 (a station without data), 大同 with 2 valid days, 北京 with 3, 太原 with 1 (the target city). */
function cities(withTaiyuan: boolean) {
  const ds = emptyDataset();
  addStation(ds, { key: 'Q1', city: '七台河' });
  addStation(ds, { key: 'D1', city: '大同' });
  addStation(ds, { key: 'B1', city: '北京' });
  for (const d of ['2021-01-01', '2021-01-02']) setFullDay(ds, 'D1', d, CLEAN);
  for (const d of ['2021-01-01', '2021-01-02', '2021-01-03']) setFullDay(ds, 'B1', d, CLEAN);
  if (withTaiyuan) {
    addStation(ds, { key: 'T1', city: '太原' });
    setFullDay(ds, 'T1', '2021-01-01', CLEAN);
  }
  return ds;
}

describe('dashboard defaults (issue 9)', () => {
  it('opens on the target set\'s city when it has data, offered first', () => {
    const m = buildDashboardModel(cities(true), DEFAULT_SETTINGS, { targets: builtinTargetSet() });
    expect(m.area).toBe('太原');
    expect(m.areas[0]!.name).toBe('太原');
  });

  it('else opens on the area with the most valid days, and never offers an area without data', () => {
    const m = buildDashboardModel(cities(false), DEFAULT_SETTINGS, { targets: builtinTargetSet() });
    expect(m.area).toBe('北京');
    expect(m.areas.map((a) => a.name)).not.toContain('七台河');
    expect(m.areas.map((a) => a.name).sort()).toEqual(['北京', '大同'].sort());
  });

  it('ranks the year to date (1–3 January) by coverage: 北京 (3 of 3 days) ranked, 大同 (2) and 太原 (1) listed apart', () => {
    const m = buildDashboardModel(cities(true), DEFAULT_SETTINGS, { targets: builtinTargetSet(), rankingPeriod: 'ytd' });
    const all = m.ranking!.scopes.find((s) => s.id === 'all')!.ranking;
    // 1..3 January: 3 calendar days need ⌈3 × 324/365⌉ = 3 valid days.
    expect(all.rows.map((r) => [r.area, r.rank])).toEqual([['北京', 1]]);
    expect(all.insufficient.map((r) => r.area).sort()).toEqual(['大同', '太原'].sort());
  });

  it('reuses one index: the same areas, extents and days whichever area is asked for', () => {
    const ds = cities(true);
    const index = indexDataset(ds, DEFAULT_SETTINGS);
    const a = buildDashboardModel(ds, DEFAULT_SETTINGS, { area: '北京', index });
    const days = index.areaDays('北京', 2021, 2021);
    const b = buildDashboardModel(ds, DEFAULT_SETTINGS, { area: '大同', index });
    expect(index.areaDays('北京', 2021, 2021)[0]).toBe(days[0]);
    expect([a.area, b.area]).toEqual(['北京', '大同']);
  });
});
