import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryOfAqi } from '../aqi/categories.ts';
import { dayNumber, isoDate } from '../calendar.ts';
import { DEFAULT_SETTINGS, type DailyIndicator, type DayResult } from '../types.ts';
import { evaluateTargets } from './evaluate.ts';
import type { Target, TargetSet } from './types.ts';
import { parseTargetSetText } from './validate.ts';

/** A valid day with the given AQI (and optional daily concentrations). */
function day(y: number, m: number, d: number, aqi: number | null, conc: Partial<Record<DailyIndicator, number>> = {}): DayResult {
  const n = dayNumber(y, m, d);
  const c: Record<DailyIndicator, number | null> = { SO2: null, NO2: null, PM10: null, 'PM2.5': null, CO: null, O3_8h: null, O3_1h: null };
  Object.assign(c, conc);
  return {
    date: isoDate(n), day: n, edition: '2012', conc: c, iaqi: {}, aqi, category: aqi === null ? null : categoryOfAqi(aqi),
    primary: [], exceeding: [], valid: aqi !== null, stations: 1, dust: false,
  };
}

/** Days 1..n of January of `year` with the given AQIs. */
const jan = (year: number, aqis: number[]): DayResult[] => aqis.map((a, i) => day(year, 1, i + 1, a));

const TEN_DAYS = { from: '2021-01-01', to: '2021-01-10' };
function set(targets: Target[], extra: Partial<TargetSet> = {}): TargetSet {
  return {
    format: 'lantian-targets/1', city: 'T', plan: { zh: 'p', en: 'p' }, planSource: 's', year: 2021,
    period: TEN_DAYS, figures: [], targets, ...extra,
  };
}
const ctx = (days: DayResult[]) => ({ area: 'T', settings: DEFAULT_SETTINGS, days });
const G = 80, B = 150, H = 250; // good, not good, heavy
const goodAbove: Target = { id: 'g', kind: 'good-day-ratio', comparison: 'above-previous', label: { zh: 'g', en: 'g' }, source: 's' };
const heavyBelow: Target = { id: 'h', kind: 'heavy-days', comparison: 'below-previous', label: { zh: 'h', en: 'h' }, source: 's' };

describe('good-day-ratio target (above last year\'s same period)', () => {
  // 2020-01-01..10: 6 good of 10 → baseline 0.6; strictly above over 10 days → floor(6) + 1 = 7 good days needed.
  const prevOnTrack = jan(2020, [G, G, G, B, B, B, G, G, G, B]); // rest (7..10): 3 of 4 good = 0.75
  const prevAtRisk = jan(2020, [G, G, G, G, B, B, G, G, B, B]); //  rest (7..10): 2 of 4 good = 0.5
  const so4of6 = jan(2021, [G, G, B, G, B, G]); // as of 2021-01-06: 4 good of 6, 4 days remain → need 3 (0.75)

  it('on-track: 3 good days needed in 4, last year\'s same 4 days had 3', () => {
    const [e] = evaluateTargets(set([goodAbove]), ctx([...prevOnTrack, ...so4of6]));
    expect(e).toMatchObject({
      status: 'on-track', asOf: '2021-01-06', finished: false, actual: 4 / 6, actualSource: 'data',
      baseline: { year: 2020, value: 0.6, source: 'data', goodDays: 6, validDays: 10 }, remaining: { days: 4, value: 3 },
    });
    expect(e?.message.en).toContain('at least 3 good days in the remaining 4 days');
    expect(e?.message.zh).toContain('余下4天中至少需3个优良天');
  });
  it('at-risk: the same need, but last year\'s same 4 days had only 2 good', () => {
    expect(evaluateTargets(set([goodAbove]), ctx([...prevAtRisk, ...so4of6]))[0]?.status).toBe('at-risk');
  });
  it('missed during the period: 1 good of 6 needs 6 more in 4 days', () => {
    const [e] = evaluateTargets(set([goodAbove]), ctx([...prevOnTrack, ...jan(2021, [G, B, B, B, B, B])]));
    expect(e?.status).toBe('missed');
    expect(e?.message.en).toContain('cannot be met');
  });
  it('met early (secured): 7 good of 8 with 2 days left', () => {
    expect(evaluateTargets(set([goodAbove]), ctx([...prevOnTrack, ...jan(2021, [G, G, G, G, G, G, G, B])]))[0]?.status).toBe('met');
  });
  it('finished: 7 of 10 beats 0.6, 6 of 10 only equals it', () => {
    expect(evaluateTargets(set([goodAbove]), ctx([...prevOnTrack, ...jan(2021, [G, G, G, G, G, G, G, B, B, B])]))[0]).toMatchObject({ status: 'met', finished: true, actual: 0.7 });
    expect(evaluateTargets(set([goodAbove]), ctx([...prevOnTrack, ...jan(2021, [G, G, G, G, G, G, B, B, B, B])]))[0]).toMatchObject({ status: 'missed', finished: true });
  });
  it('publishes the ratios once from the counts: 4/6 = 66.666…% → 66.7, last year 6/10 → 60.0', () => {
    const [e] = evaluateTargets(set([goodAbove]), ctx([...prevOnTrack, ...so4of6]));
    expect(e?.actualPercent).toBe(66.7);
    expect(e?.baseline?.percent).toBe(60);
  });
  it('no-data without data or a published figure for the period', () => {
    expect(evaluateTargets(set([goodAbove]), ctx(prevOnTrack))[0]?.status).toBe('no-data');
  });
  it('falls back to the published baseline when last year is not loaded, and says so', () => {
    const figures = [{ year: 2020, metric: 'goodDayRatio' as const, value: 0.5, status: 'official' as const, source: 'bulletin', period: { from: '2020-01-01', to: '2020-01-10' } }];
    // 0.5 × 10 = 5 → strictly above: 6 needed; 4 good of 6 → 2 more in 4 days (0.5 ≤ so-far 4/6)
    const [e] = evaluateTargets(set([goodAbove], { figures }), ctx(so4of6));
    expect(e).toMatchObject({ status: 'on-track', baseline: { value: 0.5, source: 'official', citation: 'bulletin' }, remaining: { value: 2 } });
    expect(e?.details.map((d) => d.en).join('\n')).toContain('Baseline: official figure (bulletin)');
  });
});

describe('heavy-days target (fewer than last year)', () => {
  // 2020-01-01..10 had 3 heavy days → at most 2 allowed.
  const prevOnTrack = jan(2020, [H, H, B, B, B, B, H, B, B, B]); // rest (7..10): 1 heavy
  const prevAtRisk = jan(2020, [H, B, B, B, B, B, H, H, B, B]); //  rest (7..10): 2 heavy
  const so = jan(2021, [H, B, B, B, B, B]); // 1 heavy so far → at most 1 more

  it('on-track: 1 more allowed, last year\'s same days brought 1', () => {
    const [e] = evaluateTargets(set([heavyBelow]), ctx([...prevOnTrack, ...so]));
    expect(e).toMatchObject({ status: 'on-track', actual: 1, target: 2, baseline: { value: 3, source: 'data' }, remaining: { days: 4, value: 1 } });
    expect(e?.message.en).toContain('at most 1 more heavy-pollution days in the remaining 4 days');
  });
  it('at-risk: 1 more allowed, last year\'s same days brought 2', () => {
    expect(evaluateTargets(set([heavyBelow]), ctx([...prevAtRisk, ...so]))[0]?.status).toBe('at-risk');
  });
  it('missed as soon as a third heavy day occurs (N = 2 − 3 < 0)', () => {
    expect(evaluateTargets(set([heavyBelow]), ctx([...prevOnTrack, ...jan(2021, [H, H, H])]))[0]).toMatchObject({ status: 'missed', remaining: { value: -1 } });
  });
  it('met at the end with 2 heavy days', () => {
    expect(evaluateTargets(set([heavyBelow]), ctx([...prevOnTrack, ...jan(2021, [H, H, B, B, B, B, B, B, B, B])]))[0]).toMatchObject({ status: 'met', finished: true });
  });
  it('no-data when neither last year\'s data nor a published figure gives a baseline', () => {
    expect(evaluateTargets(set([heavyBelow]), ctx(so))[0]?.status).toBe('no-data');
  });
});

describe('pollutant-class target (SO2 class 1: mean ≤ 20, P98 ≤ 50)', () => {
  const so2: Target = { id: 's', kind: 'pollutant-class', pollutant: 'SO2', class: 1, label: { zh: 's', en: 's' }, source: 's' };
  const withSo2 = (year: number, vals: number[]) => vals.map((v, i) => day(year, 1, i + 1, 60, { SO2: v }));
  it('finished and missed: mean 22.2 → 22 > 20, P98 53.88 → 54 > 50', () => {
    // sum 10+12+…+26 = 162, + 60 = 222 → 22.2; k = 1 + 9 × 0.98 = 9.82 → 26 + (60 − 26) × 0.82 = 53.88
    const [e] = evaluateTargets(set([so2]), ctx(withSo2(2021, [10, 12, 14, 16, 18, 20, 22, 24, 26, 60])));
    expect(e?.status).toBe('missed');
    expect(e?.parts?.map((p) => [p.actual, p.status])).toEqual([[22, 'missed'], [54, 'missed']]);
  });
  it('finished and met: mean 14.6 → 15, P98 19.64 → 20', () => {
    // 10 + … + 18 = 126, + 20 = 146 → 14.6; X(9) = 18, X(10) = 20 → 18 + 2 × 0.82 = 19.64
    const [e] = evaluateTargets(set([so2]), ctx(withSo2(2021, [10, 11, 12, 13, 14, 15, 16, 17, 18, 20])));
    expect(e?.status).toBe('met');
  });
  it('on-track: the rest may average (20 × 10 − 70) / 5 = 26, last year\'s same days averaged 20', () => {
    const prev = withSo2(2020, [20, 20, 20, 20, 20, 20, 20, 20, 20, 20]);
    const [e] = evaluateTargets(set([so2]), ctx([...prev, ...withSo2(2021, [10, 12, 14, 16, 18])]));
    expect(e?.status).toBe('on-track');
    expect(e?.parts?.[0]?.remaining?.value).toBe(26);
    // 10 days: k = 9.82, s = 9 → no day may exceed 50 (allowance 10 − 9 − 1 = 0)
    expect(e?.parts?.[1]?.remaining?.exceedanceDaysAllowed).toBe(0);
  });
  it('at-risk when last year\'s same days averaged 30 > 26', () => {
    const prev = withSo2(2020, [20, 20, 20, 20, 20, 30, 30, 30, 30, 30]);
    expect(evaluateTargets(set([so2]), ctx([...prev, ...withSo2(2021, [10, 12, 14, 16, 18])]))[0]?.status).toBe('at-risk');
  });
  it('missed during the period once two days exceed 50 (X(9) > 50)', () => {
    expect(evaluateTargets(set([so2]), ctx(withSo2(2021, [10, 12, 60, 70, 18])))[0]?.status).toBe('missed');
  });
  it('no-data without SO2 values', () => {
    expect(evaluateTargets(set([so2]), ctx(jan(2021, [G, G])))[0]?.status).toBe('no-data');
  });
});

describe('pm25-mean target (any period)', () => {
  const t: Target = { id: 'p', kind: 'pm25-mean', value: 59.5, label: { zh: 'p', en: 'p' }, source: 's', period: { from: '2021-10-01', to: '2021-10-04' } };
  const oct = (vals: number[]) => vals.map((v, i) => day(2021, 10, i + 1, 80, { 'PM2.5': v }));
  it('met at exactly the target: (50 + 60 + 70 + 58) / 4 = 59.5', () => {
    expect(evaluateTargets(set([t]), ctx(oct([50, 60, 70, 58])))[0]).toMatchObject({ status: 'met', actual: 59.5 });
  });
  it('missed at 59.6: (50 + 60 + 70 + 58.4) / 4', () => {
    expect(evaluateTargets(set([t]), ctx(oct([50, 60, 70, 58.4])))[0]).toMatchObject({ status: 'missed', actual: 59.6 });
  });
  it('at-risk in progress when the so-far mean is above what the rest may average: (59.5 × 4 − 140) / 2 = 49 < 70', () => {
    expect(evaluateTargets(set([t]), ctx(oct([70, 70])))[0]).toMatchObject({ status: 'at-risk', remaining: { days: 2, value: 49 } });
  });
  it('on-track when the so-far mean 40 is below the allowed 79', () => {
    expect(evaluateTargets(set([t]), ctx(oct([40, 40])))[0]?.status).toBe('on-track');
  });
  it('no-data when the target value is empty', () => {
    expect(evaluateTargets(set([{ ...t, value: null } as Target]), ctx(oct([40, 40])))[0]?.status).toBe('no-data');
  });
});

describe('composite-rank, emissions and binding targets', () => {
  const rank = (r: number | null, extra: Partial<Target> = {}): Target => ({
    id: 'r', kind: 'composite-rank', comparison: 'better-than-previous', enteredRank: r, of: 168, label: { zh: 'r', en: 'r' }, source: 's', ...extra,
  } as Target);
  const figures = [{ year: 2020, metric: 'compositeRank' as const, value: 166, status: 'official' as const, source: 'MEE' }];
  const yearSet = (t: Target) => set([t], { period: undefined, figures });
  it('met when the entered rank 160 is ahead of last year\'s 166; missed at 166', () => {
    expect(evaluateTargets(yearSet(rank(160)), ctx([]))[0]).toMatchObject({ status: 'met', actual: 160, target: 165, actualSource: 'user' });
    expect(evaluateTargets(yearSet(rank(166)), ctx([]))[0]?.status).toBe('missed');
  });
  it('a rank ceiling (leave the bottom 10: ≤ 158) is missed at 160', () => {
    expect(evaluateTargets(yearSet(rank(160, { comparison: 'at-most-value', value: 158 } as Partial<Target>)), ctx([]))[0]?.status).toBe('missed');
  });
  it('without a published rank, follows the composite index against last year\'s same days', () => {
    // All six pollutants present: SO2 10, NO2 30, PM10 60, CO 0.8, O3 MDA8 50 and PM2.5 40 (2021) or 80 (2020).
    // Index 2021: 10/60 + 30/40 + 60/70 + 40/35 + 0.8/4 + 50/160 = 3.43; 2020 with 80: 4.57 → improved.
    const full = (y: number, pm: number) => [1, 2, 3, 4, 5].map((d) => day(y, 1, d, 80, { SO2: 10, NO2: 30, PM10: 60, 'PM2.5': pm, CO: 0.8, O3_8h: 50 }));
    const better = evaluateTargets(yearSet(rank(null)), ctx([...full(2020, 80), ...full(2021, 40)]))[0];
    expect(better).toMatchObject({ status: 'on-track', finished: false });
    expect(better?.parts?.[0]).toMatchObject({ actual: 3.43, baseline: { value: 4.57, source: 'data' } });
    expect(evaluateTargets(yearSet(rank(null)), ctx([...full(2020, 40), ...full(2021, 80)]))[0]?.status).toBe('at-risk');
  });
  it('no-data without a rank or data', () => {
    expect(evaluateTargets(yearSet(rank(null)), ctx([]))[0]?.status).toBe('no-data');
  });
  const em = (so2: number | null, nox: number | null): Target => ({
    id: 'e', kind: 'emissions', reduction: 0.02, label: { zh: 'e', en: 'e' }, source: 's',
    values: { SO2: { previous: 1000, current: so2 }, NOx: { previous: 1000, current: nox }, VOCs: { previous: 500, current: 490 } },
  });
  it('emissions: each ≤ 0.98 × previous (980 t); 985 t misses', () => {
    expect(evaluateTargets(set([em(975, 980)]), ctx([]))[0]?.status).toBe('met'); // VOCs 490 = 0.98 × 500
    expect(evaluateTargets(set([em(975, 985)]), ctx([]))[0]?.status).toBe('missed');
    expect(evaluateTargets(set([em(975, null)]), ctx([]))[0]?.status).toBe('no-data');
  });
  it('binding: an empty value is no-data; a filled ceiling is judged on the data', () => {
    const b = (v: number | null): Target => ({
      id: 'b', kind: 'binding', label: { zh: 'b', en: 'b' }, source: 's',
      items: [{ id: 'pm', metric: 'heavy-days', value: v, label: { zh: '重污染', en: 'heavy' } }],
    });
    const days = jan(2021, [H, H, B, B, B, B, B, B, B, B]);
    expect(evaluateTargets(set([b(null)]), ctx(days))[0]?.status).toBe('no-data');
    expect(evaluateTargets(set([b(2)]), ctx(days))[0]?.status).toBe('met');
    expect(evaluateTargets(set([b(1)]), ctx(days))[0]?.status).toBe('missed');
  });
});

describe('the shipped Taiyuan 2021 set judged on the official figures alone (no data loaded)', () => {
  const read = (n: string) => {
    const r = parseTargetSetText(readFileSync(new URL(`../../../data/targets/${n}`, import.meta.url), 'utf8'));
    if (!r.ok) throw new Error('invalid');
    return r.set;
  };
  it('good days 224 > 223 (implied) met; heavy 12 < 15 met; index 5.24 < 5.91 improved; rank unknown', () => {
    const ev = evaluateTargets(read('taiyuan-2021.json'), ctx([]));
    const by = Object.fromEntries(ev.map((e) => [e.id, e]));
    expect(by['good-day-ratio']).toMatchObject({ status: 'met', actual: 0.614, actualSource: 'official', baseline: { goodDays: 223, source: 'implied' } });
    expect(by['heavy-days']).toMatchObject({ status: 'met', actual: 12, target: 14, baseline: { value: 15, source: 'implied' } });
    expect(by['composite-rank']?.status).toBe('no-data');
    expect(by['composite-rank']?.parts?.[0]).toMatchObject({ status: 'met', actual: 5.24, baseline: { value: 5.91 } });
    expect(by['so2-class1']?.status).toBe('no-data');
    expect(by['emissions']?.status).toBe('no-data');
    expect(by['binding']?.status).toBe('no-data');
  });
  it('autumn control figures: PM2.5 46 ≤ 59.5, heavy 0 ≤ 7, November 53 ≤ 59', () => {
    expect(evaluateTargets(read('taiyuan-2021-autumn-control.json'), ctx([])).map((e) => [e.id, e.status, e.actual])).toEqual([
      ['pm25-oct-nov', 'met', 46], ['heavy-oct-nov', 'met', 0], ['pm25-nov', 'met', 53],
    ]);
  });
});

describe('verdict words', () => {
  it('ends a settled verdict with the status word of the cards (达标 / Met), not a second vocabulary', () => {
    // 2021-01-01..10: 7 good of 10 > last year's 6 of 10 → met
    const prev = jan(2020, [G, G, G, B, B, B, G, G, G, B]);
    const [e] = evaluateTargets(set([goodAbove]), ctx([...prev, ...jan(2021, [G, G, G, G, G, G, G, B, B, B])]));
    expect(e?.message.zh).toBe('优良天数7天/有效10天（70.0%），高于目标60.0%：达标');
    expect(e?.message.en).toBe('7 good of 10 valid days (70.0%), above the target 60.0%: Met');
  });
  it('names the parts of a pollutant-class target by what they judge (mean, percentile), not as other target kinds', () => {
    const t: Target = { id: 'so2', kind: 'pollutant-class', pollutant: 'SO2', class: 2, label: { zh: 's', en: 's' }, source: 's' };
    const days = jan(2021, [G, G, G, G, G, G, G, G, G, G]).map((d) => ({ ...d, conc: { ...d.conc, SO2: 20 } }));
    const [e] = evaluateTargets(set([t]), ctx(days));
    expect(e?.parts?.map((p) => p.kind)).toEqual(['mean', 'percentile']);
  });
});
