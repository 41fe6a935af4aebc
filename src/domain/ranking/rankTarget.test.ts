import { describe, expect, it } from 'vitest';
import { rankCities, type CityFigures } from './cityRanking.ts';
import { KEY_CITIES_NEEDED, judgeRankFromData, rankStatus } from './rankTarget.ts';
import type { CompositeRankTarget, TargetEvaluation } from '../targets/types.ts';

const target: CompositeRankTarget = {
  id: 'rank', kind: 'composite-rank', comparison: 'better-than-previous', of: 168, provincialValue: 158,
  label: { zh: '排名前移', en: 'Rank moves forward' }, source: 'plan',
};

/** The targets core's evaluation before the data judge it: last year 166th → target 165. */
function before(): TargetEvaluation {
  return {
    id: 'rank', kind: 'composite-rank', label: target.label, source: 'plan', period: { from: '2021-01-01', to: '2021-12-31' },
    asOf: '2021-12-31', finished: true, status: 'no-data', unit: 'rank', actual: null, actualSource: null, target: 165,
    baseline: { year: 2020, value: 166, source: 'official' }, message: { zh: '', en: '' }, details: [],
  };
}

/**
 * `n` key cities K1..Kn with composite indices 2.00, 2.01, … and the target city 太原 with `index`
 * (a year, all days valid).
 */
function keyCities(n: number, index: number): { figures: CityFigures[]; scope: string[] } {
  const fig = (area: string, i: number): CityFigures => ({ area, index: i, lastYearIndex: null, pm25: null, goodDayRatioPercent: null, validDays: 365, calendarDays: 365, requiredDays: 324 });
  const figures = Array.from({ length: n - 1 }, (_, k) => fig(`K${k + 1}`, 2 + k / 100));
  figures.push(fig('太原', index));
  const scope = [...figures.map((f) => f.area), ...Array.from({ length: 168 - n }, (_, k) => `M${k}`)];
  return { figures, scope };
}

describe('the rank target judged from the computed ranking of the key cities', () => {
  it('is met when the year is over and the computed rank is within the target; the provincial line is judged too', () => {
    // 163 cities loaded: 太原 at 3.55 is behind K1..K155 (2.00..3.54) and ties K156 (3.55): both 156th,
    // within 165 and within the provincial 158.
    const { figures, scope } = keyCities(163, 3.55);
    const e = judgeRankFromData(before(), target, '太原', rankCities(figures, scope), { asOf: '2021-12-31', finished: true });
    expect(e.computedRank!.rank).toBe(156);
    expect(e.computedRank!.ranked).toBe(163);
    expect(e.status).toBe('met');
    expect(e.actualSource).toBe('data');
    expect(e.computedRank!.provincial).toEqual({ target: 158, status: 'met' });
  });

  it('is at risk while the year runs when the computed rank is behind the target', () => {
    // 166 cities loaded, 太原 the worst: 166th, behind 165 (and 158).
    const { figures, scope } = keyCities(166, 9.0);
    const e = judgeRankFromData(before(), target, '太原', rankCities(figures, scope), { asOf: '2021-06-30', finished: false });
    expect(e.computedRank!.rank).toBe(166);
    expect(e.status).toBe('at-risk');
    expect(e.computedRank!.provincial!.status).toBe('at-risk');
  });

  it('is missed when the year is over and the computed rank is behind the target', () => {
    const { figures, scope } = keyCities(166, 9.0);
    const e = judgeRankFromData(before(), target, '太原', rankCities(figures, scope), { asOf: '2021-12-31', finished: true });
    expect(e.status).toBe('missed');
  });

  it(`is left as the targets core made it below ${KEY_CITIES_NEEDED} ranked key cities, saying how many are loaded`, () => {
    const { figures, scope } = keyCities(KEY_CITIES_NEEDED - 1, 2.5);
    const e = judgeRankFromData(before(), target, '太原', rankCities(figures, scope), { asOf: '2021-12-31', finished: true });
    expect(e.status).toBe('no-data');
    expect(e.actual).toBeNull();
    expect(e.computedRank!.judged).toBe(false);
    expect(e.details.at(-1)!.zh).toContain(`已载入${KEY_CITIES_NEEDED - 1}/168个重点城市`);
  });

  it('keeps the typed official rank beside the computed one', () => {
    const { figures, scope } = keyCities(168, 2.0);
    const e = judgeRankFromData(before(), { ...target, enteredRank: 150 }, '太原', rankCities(figures, scope), { asOf: '2021-12-31', finished: true });
    expect(e.computedRank!.official).toBe(150);
    expect(e.computedRank!.rank).toBe(1);
  });
});

describe('rankStatus', () => {
  it('says on track / at risk while the period runs and met / missed once it is over', () => {
    expect([rankStatus(165, 165, false), rankStatus(166, 165, false), rankStatus(165, 165, true), rankStatus(166, 165, true)])
      .toEqual(['on-track', 'at-risk', 'met', 'missed']);
  });
});
