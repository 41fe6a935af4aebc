import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../ingest/ingestFile.ts';
import { mergeDatasets, emptyDataset } from '../ingest/dataset.ts';
import { DEFAULT_SETTINGS } from '../types.ts';
import { parseTargetSetText } from '../targets/validate.ts';
import { describeWithRealData, realPath } from '../../../tests/helpers/realData.ts';
import { buildDashboardModel, provinceOf, stationLabels } from './dashboard.ts';

const HEADER = '"No","year","month","day","hour","PM2.5","PM10","SO2","NO2","CO","O3","TEMP","PRES","DEWP","RAIN","wd","WSPM","station"';

/** A UCI-layout station file: 24 identical hours per listed day. */
function stationFile(days: { y: number; m: number; d: number; pm25: number }[]): Uint8Array {
  const rows = [HEADER];
  let n = 1;
  for (const { y, m, d, pm25 } of days) {
    for (let h = 0; h < 24; h++) rows.push(`${n++},${y},${m},${d},${h},${pm25},60,10,30,800,50,0,1020,-10,0,"N",1,"S1"`);
  }
  return new TextEncoder().encode(rows.join('\n') + '\n');
}

const taiyuan = (() => {
  const r = parseTargetSetText(readFileSync(new URL('../../../data/targets/taiyuan-2021.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('invalid target set');
  return r.set;
})();

describe('buildDashboardModel', () => {
  // 2020-01-01..03 and 2021-01-01..03; PM2.5 40 (AQI 57, good) except 2021-01-02 at 160 (AQI 210, heavy).
  const ds = ingestBytes('s1.csv', stationFile([
    { y: 2020, m: 1, d: 1, pm25: 40 }, { y: 2020, m: 1, d: 2, pm25: 40 }, { y: 2020, m: 1, d: 3, pm25: 40 },
    { y: 2021, m: 1, d: 1, pm25: 40 }, { y: 2021, m: 1, d: 2, pm25: 160 }, { y: 2021, m: 1, d: 3, pm25: 40 },
  ]), { settings: DEFAULT_SETTINGS });
  const m = buildDashboardModel(ds, DEFAULT_SETTINGS, { targets: taiyuan });

  it('selects the first area and its latest year, year to date through the last day with data', () => {
    expect(m.areas.map((a) => [a.name, a.unnamed, a.dataFrom, a.dataTo])).toEqual([['全部站点', true, '2020-01-01', '2021-01-03']]);
    expect([m.area, m.years, m.year, m.asOf]).toEqual(['全部站点', [2020, 2021], 2021, '2021-01-03']);
    expect(m.editions).toEqual(['2012']);
    expect(m.phase).toBe('2012');
  });
  it('gives every calendar day of the year and of the previous (leap) year', () => {
    expect(m.days).toHaveLength(365);
    expect(m.lastYearDays).toHaveLength(366);
    expect(m.days[1]).toMatchObject({ date: '2021-01-02', aqi: 210, category: 'heavy' });
  });
  it('compares the year to date with the same days of last year', () => {
    expect(m.months).toHaveLength(1); // January only
    expect(m.ytd).toMatchObject({ from: '2021-01-01', to: '2021-01-03', validDays: 3, goodDays: 2, heavyDays: 1 });
    expect(m.ytdLastYear).toMatchObject({ from: '2020-01-01', to: '2020-01-03', validDays: 3, goodDays: 3, heavyDays: 0 });
    expect(m.compare?.heavyDays).toMatchObject({ current: 1, previous: 0, delta: 1 });
    // Ratios for display, rounded once: 2/3 = 66.67 % → 66.7; 3/3 → 100; the same figures in the comparison.
    expect([m.ytd?.goodDayRatioPercent, m.ytdLastYear?.goodDayRatioPercent, m.annual?.goodDayRatioPercent]).toEqual([66.7, 100, 66.7]);
    expect(m.months[0]?.goodDayRatioPercent).toBe(66.7);
    expect(m.compare?.goodDayRatio).toMatchObject({ current: 66.7, previous: 100, delta: -33.3 });
    expect(m.annual?.calendarDays).toBe(365);
    expect(m.episodes).toEqual([{ start: '2021-01-02', end: '2021-01-02', days: 1, peakAqi: 210, peakDate: '2021-01-02' }]);
  });
  it('evaluates the targets: heavy days 1 of the 14 allowed (2020: 15, implied), at risk at the pace so far', () => {
    const heavy = m.targets.find((t) => t.id === 'heavy-days');
    // pace 1 / 3 days × 362 remaining = 120.7 expected > 13 still allowed
    expect(heavy).toMatchObject({ status: 'at-risk', actual: 1, target: 14, remaining: { days: 362, value: 13 } });
    expect(m.targetSet?.year).toBe(2021);
  });
  it('lists coverage and station monthly means for the station', () => {
    expect(m.coverage.filter((c) => c.pollutant === 'PM2.5' && c.month === 1)).toEqual([
      expect.objectContaining({ station: 'S1', validDays: 3, expectedDays: 31, validHours: 72 }),
    ]);
    // January 2021 PM2.5 mean of the station: (40 + 160 + 40) / 3 = 80
    expect(m.stationMeans['PM2.5'].find((r) => r.month === 1)).toMatchObject({ station: 'S1', mean: 80, validDays: 3 });
  });
  it('is plain data: survives JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
  it('has no absent indicator when the file carries all six pollutant columns', () => {
    expect(m.absentIndicators).toEqual([]);
    expect(m.absentIndicatorsNote).toBeNull();
    expect(m.areas[0]?.absentIndicators).toEqual([]);
  });
  it('warns when a pollutant column is absent from the whole area data (no O3: HJ 633-2026 §5.3.2)', () => {
    // 3 days without O3; 2012 IAQIs: PM2.5 40 → 57, PM10 60 → 55, SO2 10 → 10, NO2 30 → 37.5 → 38,
    // CO 0.8 → 20 → AQI 57 (良) on each day, all 3 valid (O3 not required), 3 good.
    const rows = ['"No","year","month","day","hour","PM2.5","PM10","SO2","NO2","CO","station"'];
    let n = 1;
    for (let d = 1; d <= 3; d++) for (let h = 0; h < 24; h++) rows.push(`${n++},2021,1,${d},${h},40,60,10,30,800,"S1"`);
    const noO3 = ingestBytes('no-o3.csv', new TextEncoder().encode(rows.join('\n') + '\n'), { settings: DEFAULT_SETTINGS });
    const w = buildDashboardModel(noO3, DEFAULT_SETTINGS);
    expect(w.absentIndicators).toEqual(['O3_8h', 'O3_1h']);
    expect(w.areas[0]?.absentIndicators).toEqual(['O3_8h', 'O3_1h']);
    expect(w.absentIndicatorsNote?.zh).toContain('O₃ 日最大8小时平均');
    expect(w.absentIndicatorsNote?.en).toContain('HJ 633-2026 §5.3.2');
    expect(w.ytd).toMatchObject({ validDays: 3, goodDays: 3 });
    expect(w.days[0]).toMatchObject({ aqi: 57, category: 'good', primary: ['PM2.5'] });
  });
  it('with no data: no area, the target set\'s year, targets judged on the official figures', () => {
    const e = buildDashboardModel(emptyDataset(), DEFAULT_SETTINGS, { targets: taiyuan });
    expect([e.area, e.year, e.days.length]).toEqual([null, 2021, 0]);
    expect(e.targets.find((t) => t.id === 'heavy-days')).toMatchObject({ status: 'met', actual: 12, actualSource: 'official' });
  });
});

describeWithRealData('uci-beijing-multisite', 'buildDashboardModel on the 12 UCI stations', () => {
  const dir = realPath('uci-beijing-multisite');
  const ds = mergeDatasets(readdirSync(dir).filter((f) => f.endsWith('.csv'))
    .map((f) => ingestBytes(f, readFileSync(`${dir}/${f}`), { settings: DEFAULT_SETTINGS })));
  it('builds a leap year of 366 days, 12 months and a year-to-date that reaches 31 December (its speed: npm run bench)', () => {
    const m = buildDashboardModel(ds, DEFAULT_SETTINGS, { year: 2016, targets: taiyuan });
    expect(m.days).toHaveLength(366);
    expect(m.months).toHaveLength(12);
    expect(m.ytd).toBe(m.annual); // data reach 2016-12-31
    expect(m.ytdLastYear?.to).toBe('2015-12-31');
  });
});

describe('stationLabels: stations named from the station list, code and background flag kept', () => {
  it('gives 1083A the list\'s name 上兰 with background = true, and an unlisted key its own name', () => {
    const list = ingestBytes('sites.csv', new TextEncoder().encode('监测点编码,监测点名称,城市,对照点\n1081A,尖草坪,太原,N\n1083A,上兰,太原,Y\n'), { settings: DEFAULT_SETTINGS });
    expect(stationLabels(list, ['1081A', '1083A', 'Z1'])).toEqual({
      '1081A': { name: '尖草坪', code: '1081A' },
      '1083A': { name: '上兰', code: '1083A', background: true },
      Z1: { name: 'Z1' },
    });
  });
});

describe('provinceOf: an area is in the province of most of its stations', () => {
  it('gives 山西省 for two stations in 山西省 and one in 河北省, and nothing when no station names one', () => {
    expect(provinceOf([{ province: '河北省' }, { province: '山西省' }, { province: '山西省' }, {}])).toBe('山西省');
    expect(provinceOf([{}, {}])).toBeUndefined();
  });
});
