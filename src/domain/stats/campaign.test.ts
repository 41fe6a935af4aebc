import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, CATEGORIES, POLLUTANTS } from '../types.ts';
import type { DayResult, Pollutant } from '../types.ts';
import { isoDate } from '../calendar.ts';
import { CAMPAIGN_PERIODS, campaignView, episodeSummary, seasonFigures, seasonRange } from './campaign.ts';
import { periodStats } from './period.ts';
import { dn, makeDay, makeDays } from '../../../tests/helpers/days.ts';

const settings = DEFAULT_SETTINGS;
const AW = CAMPAIGN_PERIODS.autumnWinter;
const opts = { area: '太原', settings };

describe('campaign seasons', () => {
  it('the 2021 autumn–winter season is 2021-10-01..2022-03-31 (182 days); summer 2021 is May–September', () => {
    const s = seasonRange(AW, 2021);
    expect([isoDate(s.from), isoDate(s.to), s.to - s.from + 1]).toEqual(['2021-10-01', '2022-03-31', 182]);
    const m = seasonRange(CAMPAIGN_PERIODS.summer, 2021);
    expect([isoDate(m.from), isoDate(m.to)]).toEqual(['2021-05-01', '2021-09-30']);
    expect(AW.confirmed).toBe(false);
  });

  it('an episode that began before the season counts from the season\'s first day', () => {
    // AQI > 200 from 09-29 to 10-02: inside the season only 10-01 and 10-02
    const days = makeDays('2021-09-28', [{ aqi: 150 }, { aqi: 230 }, { aqi: 260 }, { aqi: 240 }, { aqi: 210 }, { aqi: 90 }]);
    const f = seasonFigures(days, seasonRange(AW, 2021), opts)!;
    expect(f.stats.episodes).toEqual([{ start: '2021-10-01', end: '2021-10-02', days: 2, peakAqi: 240, peakDate: '2021-10-01' }]);
    expect(f.episodes).toEqual({ count: 1, totalDays: 2, longestDays: 2, peakAqi: 240, peakDate: '2021-10-01' });
  });

  it('an episode over New Year is one episode of the season, two of the calendar years', () => {
    const days = makeDays('2021-12-29', [{ aqi: 100 }, { aqi: 220 }, { aqi: 310 }, { aqi: 205 }, { aqi: 201 }, { aqi: 200 }]);
    const f = seasonFigures(days, seasonRange(AW, 2021), opts)!;
    expect(f.episodes).toEqual({ count: 1, totalDays: 4, longestDays: 4, peakAqi: 310, peakDate: '2021-12-31' });
    const dec = periodStats(days, { ...opts, from: dn('2021-10-01'), to: dn('2021-12-31') });
    const jan = periodStats(days, { ...opts, from: dn('2022-01-01'), to: dn('2022-03-31') });
    expect([dec.episodes.length, jan.episodes.length]).toEqual([1, 1]);
  });

  it('O3-8h exceedance days: above 160 µg/m³ as published (160.5 rounds half-even to 160: not above)', () => {
    const days = makeDays('2021-06-01', [
      { aqi: 100, conc: { O3_8h: 160 } }, { aqi: 101, conc: { O3_8h: 160.5 } }, { aqi: 101, conc: { O3_8h: 161.5 }, primary: ['O3'] },
      { aqi: 120, conc: { O3_8h: 175 }, primary: ['O3'] }, { aqi: 60, conc: { O3_8h: 90 }, primary: ['PM2.5'] },
    ]);
    const f = seasonFigures(days, seasonRange(CAMPAIGN_PERIODS.summer, 2021), opts)!;
    expect([f.o3ExceedanceDays, f.o3PrimaryDays]).toEqual([2, 2]);
  });

  it('the view shows the season starting in the shown year when it has data, else the one before, against the previous season to the same day', () => {
    const days = [
      ...makeDays('2020-10-01', Array.from({ length: 182 }, (_, i) => ({ aqi: i < 10 ? 250 : 80 }))), // 2020-21: one 10-day episode
      ...makeDays('2021-10-01', Array.from({ length: 30 }, (_, i) => ({ aqi: i >= 3 && i < 6 ? 230 : 70 }))), // Oct 2021 only
    ];
    const v = campaignView(days, AW, 2021, opts)!;
    expect([v.current.from, v.current.to, v.current.asOf]).toEqual(['2021-10-01', '2022-03-31', '2021-10-30']);
    expect(v.current.episodes).toMatchObject({ count: 1, totalDays: 3 });
    expect(v.previousSamePeriod).toMatchObject({ from: '2020-10-01', asOf: '2020-10-30' });
    expect(v.previousSamePeriod!.episodes).toMatchObject({ count: 1, totalDays: 10, peakAqi: 250 });
    expect(v.previous!.stats.calendarDays).toBe(182);
    // Shown year 2022 has no season starting in 2022: the 2021–22 season is shown.
    expect(campaignView(days, AW, 2022, opts)!.current.from).toBe('2021-10-01');
    expect(campaignView([], AW, 2021, opts)).toBeNull();
  });

  it('episode summary of no episode is zeros and no peak', () => {
    expect(episodeSummary([])).toEqual({ count: 0, totalDays: 0, longestDays: 0, peakAqi: null, peakDate: null });
  });
});

describe('a cross-year season equals its two calendar pieces (property)', () => {
  const from = dn('2021-10-01');
  const jan1 = dn('2022-01-01');
  const to = dn('2022-03-31');
  const dayArb = fc.record({
    aqi: fc.option(fc.integer({ min: 10, max: 400 }), { nil: null, freq: 8 }),
    pm25: fc.option(fc.integer({ min: 5, max: 300 }), { nil: null, freq: 8 }),
    o3: fc.option(fc.integer({ min: 5, max: 250 }), { nil: null, freq: 8 }),
    primary: fc.subarray<Pollutant>(['PM2.5', 'O3', 'PM10']),
  });

  it('day counts add up, the PM2.5 mean is the pieces\' mean weighted by valid days, and episodes join only over New Year', () => {
    fc.assert(fc.property(fc.array(dayArb, { minLength: 182, maxLength: 182 }), (specs) => {
      const days: DayResult[] = specs.map((s, i) => makeDay(from + i, {
        aqi: s.aqi, primary: s.aqi === null ? [] : s.primary,
        conc: { ...(s.pm25 !== null ? { 'PM2.5': s.pm25 } : {}), ...(s.o3 !== null ? { O3_8h: s.o3 } : {}) },
      }));
      const season = periodStats(days, { ...opts, from, to });
      const a = periodStats(days, { ...opts, from, to: jan1 - 1 });
      const b = periodStats(days, { ...opts, from: jan1, to });
      expect(season.calendarDays).toBe(a.calendarDays + b.calendarDays);
      for (const k of ['validDays', 'goodDays', 'heavyDays'] as const) expect(season[k]).toBe(a[k] + b[k]);
      for (const c of CATEGORIES) expect(season.categoryDays[c]).toBe(a.categoryDays[c] + b.categoryDays[c]);
      for (const p of POLLUTANTS) {
        expect(season.primaryDays[p]).toBe(a.primaryDays[p] + b.primaryDays[p]);
        expect(season.exceedanceDays[p]).toBe(a.exceedanceDays[p] + b.exceedanceDays[p]);
      }
      const n = (s: typeof a) => s.pollutants['PM2.5'].validDays;
      const sum = (s: typeof a) => (s.pollutants['PM2.5'].mean ?? 0) * n(s);
      expect(n(season)).toBe(n(a) + n(b));
      if (n(season) > 0) expect(season.pollutants['PM2.5'].mean!).toBeCloseTo((sum(a) + sum(b)) / n(season), 9);
      const joined = a.episodes.length > 0 && b.episodes.length > 0
        && a.episodes[a.episodes.length - 1]!.end === '2021-12-31' && b.episodes[0]!.start === '2022-01-01';
      expect(season.episodes.length).toBe(a.episodes.length + b.episodes.length - (joined ? 1 : 0));
      const total = (s: typeof a) => s.episodes.reduce((t, e) => t + e.days, 0);
      expect(total(season)).toBe(total(a) + total(b));
      const f = seasonFigures(days, { from, to }, opts);
      const lastData = days.filter((d) => d.valid || d.stations > 0).pop();
      if (f && lastData?.day === to) expect(f.stats.validDays).toBe(season.validDays);
    }), { numRuns: 100 });
  });
});
