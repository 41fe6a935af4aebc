import { describe, expect, it } from 'vitest';
import { heavyEpisodes } from './episodes.ts';
import { dn, makeDay, makeDays } from '../../../tests/helpers/days.ts';

describe('heavyEpisodes (重污染过程: consecutive days with AQI > 200)', () => {
  it('finds 2 episodes in AQI 180, 210, 250, 190, 205 (lengths 2 and 1, peaks 250 and 205)', () => {
    const eps = heavyEpisodes(makeDays('2021-01-10', [{ aqi: 180 }, { aqi: 210 }, { aqi: 250 }, { aqi: 190 }, { aqi: 205 }]));
    expect(eps).toEqual([
      { start: '2021-01-11', end: '2021-01-12', days: 2, peakAqi: 250, peakDate: '2021-01-12' },
      { start: '2021-01-14', end: '2021-01-14', days: 1, peakAqi: 205, peakDate: '2021-01-14' },
    ]);
  });

  it('does not count AQI 200 as heavy', () => {
    expect(heavyEpisodes(makeDays('2021-01-10', [{ aqi: 200 }, { aqi: 200 }]))).toEqual([]);
  });

  it('ends a run at a missing calendar day or a day without a valid AQI', () => {
    // 01-10 AQI 220, 01-11 absent, 01-12 AQI 230, 01-13 invalid, 01-14 AQI 240 → three 1-day episodes.
    const days = [makeDay('2021-01-10', { aqi: 220 }), makeDay('2021-01-12', { aqi: 230 }), makeDay('2021-01-13', { aqi: null }), makeDay('2021-01-14', { aqi: 240 })];
    expect(heavyEpisodes(days).map((e) => e.days)).toEqual([1, 1, 1]);
  });

  it('spans a month boundary and reports the first date of the peak', () => {
    const days = [makeDay(dn('2021-01-31'), { aqi: 260 }), makeDay(dn('2021-02-01'), { aqi: 210 }), makeDay(dn('2021-02-02'), { aqi: 260 })];
    expect(heavyEpisodes(days)).toEqual([{ start: '2021-01-31', end: '2021-02-02', days: 3, peakAqi: 260, peakDate: '2021-01-31' }]);
  });
});
