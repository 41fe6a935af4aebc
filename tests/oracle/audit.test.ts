/**
 * Defects found by the correctness audit (H10, docs/correctness.md). Each test states the rule and the
 * clause; expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { periodStats } from '../../src/domain/stats/period.ts';
import { dn, makeDays } from '../helpers/days.ts';
import type { DaySpec } from '../helpers/days.ts';
import { DEFAULT_SETTINGS } from '../../src/domain/types.ts';
import type { DayResult } from '../../src/domain/types.ts';
import type { DashboardModel } from '../../src/domain/report/dashboard.ts';
import { annualTable } from '../../src/ui/export/tables.ts';
import { makeI18n } from '../../src/ui/i18n/i18n.ts';

const stats = (days: readonly DayResult[], from: string, to: string) =>
  periodStats(days, { area: 'T', from: dn(from), to: dn(to), settings: DEFAULT_SETTINGS });

describe('扣沙 removes the particulate data of dust days only (环办监测〔2016〕120号 "沙尘天气过程颗粒物浓度扣除"; GB 3095-2026 §6.4)', () => {
  // Four days; the last is a dust day with PM10 500, PM2.5 150 and SO2 40, NO2 60, CO 2.0, O3 MDA8 100.
  const specs: DaySpec[] = [
    { aqi: 75, conc: { PM10: 100, 'PM2.5': 50, SO2: 10, NO2: 20, CO: 1.0, O3_8h: 80 } },
    { aqi: 75, conc: { PM10: 100, 'PM2.5': 50, SO2: 10, NO2: 20, CO: 1.0, O3_8h: 80 } },
    { aqi: 75, conc: { PM10: 100, 'PM2.5': 50, SO2: 10, NO2: 20, CO: 1.0, O3_8h: 80 } },
    { aqi: 500, conc: { PM10: 500, 'PM2.5': 150, SO2: 40, NO2: 60, CO: 2.0, O3_8h: 100 }, dust: true, primary: ['PM10'] },
  ];
  const s = stats(makeDays('2021-03-14', specs), '2021-03-14', '2021-03-17');

  it('drops PM10 and PM2.5 of the dust day: PM10 (100×3)/3 = 100, PM2.5 50', () => {
    expect(s.dustExcluded?.pollutants.PM10.mean).toBe(100);
    expect(s.dustExcluded?.pollutants['PM2.5'].mean).toBe(50);
    expect(s.dustExcluded?.pollutants.PM10.validDays).toBe(3);
  });

  it('keeps the gases of the dust day: SO2 (10×3 + 40)/4 = 17.5, NO2 (20×3 + 60)/4 = 30, n = 4', () => {
    const d = s.dustExcluded!.pollutants;
    expect(d.SO2.mean).toBe(17.5);
    expect(d.NO2.mean).toBe(30);
    expect(d.SO2.validDays).toBe(4);
    expect(d.CO.validDays).toBe(4);
    expect(d.O3.validDays).toBe(4);
    // CO p95 of {1,1,1,2}: k = 1 + 3 × 0.95 = 3.85 → 1 + (2 − 1) × 0.85 = 1.85 (the dust day included)
    expect(d.CO.percentile).toBeCloseTo(1.85, 12);
  });

  it('the composite without dust uses the dust-free PM and all gas days', () => {
    // C: SO2 17.5 → 18 (half-even: 17.5 → 18), NO2 30, PM10 100, PM2.5 50, CO p95 1.85 → 1.8 (half-even: 1.85 → 1.8),
    // O3 p90 of {80,80,80,100}: k = 3.7 → 80 + 20 × 0.7 = 94.
    // 18/60 + 30/40 + 100/70 + 50/35 + 1.8/4 + 94/160 = 0.3 + 0.75 + 1.428571 + 1.428571 + 0.45 + 0.5875 = 4.944643 → 4.94
    expect(s.dustExcluded?.composite?.index).toBe(4.94);
  });
});

describe('good-day ratio shown as a percentage with 1 decimal, rounded once from good/valid (GB/T 8170; standards.md §3.4)', () => {
  // 198 good of 365 valid days (UCI Beijing 2016): 198/365 = 0.542466 → 54.2 %. Rounding first to a 4-decimal
  // fraction (0.5425) and then to 1 decimal of a percent gives 54.3 — a double rounding.
  const specs: DaySpec[] = Array.from({ length: 365 }, (_, i) => ({ aqi: i < 198 ? 80 : 150 }));
  const s = stats(makeDays('2015-01-01', specs), '2015-01-01', '2015-12-31');

  it('CSV/annual table export gives 54.2 for 198/365, not 54.3', () => {
    expect([s.goodDays, s.validDays]).toEqual([198, 365]);
    const model = { annual: s, ytd: s, ytdLastYear: null, year: 2015 } as unknown as DashboardModel;
    const row = annualTable(model, 'en').rows[0]!;
    expect(row[6]).toBe(54.2);
  });

  it('page percentage breaks an exact tie half-even: 189/336 = 56.25 % → 56.2 (not 56.3), 231/336 = 68.75 % → 68.8', () => {
    // 189/336 = 0.5625 exactly; GB/T 8170: 56.25 → 56.2 (2 is even). 231/336 = 0.6875 → 68.75 → 68.8 (7 is odd).
    const i = makeI18n('en');
    expect(i.pct(189 / 336, 1)).toBe('56.2%');
    expect(i.pct(231 / 336, 1)).toBe('68.8%');
    expect(i.pct(198 / 365, 1)).toBe('54.2%');
  });
});
