/**
 * Campaign periods as target periods: data/targets/taiyuan-2021-campaigns.json (autumn–winter season
 * 2021-10-01..2022-03-31 crossing the year, Winter Olympics period 2022-02-04..2022-03-13) validates,
 * its unknown control values stay unset (no data, never a guessed number), and once a value is entered
 * the season is judged on the days of both calendar years.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../types.ts';
import { evaluateTargets } from '../targets/evaluate.ts';
import { parseTargetSetText } from '../targets/validate.ts';
import type { TargetSet } from '../targets/types.ts';
import { makeDays } from '../../../tests/helpers/days.ts';
import { WINTER_OLYMPICS_2022 } from './campaign.ts';

function campaigns(): TargetSet {
  const r = parseTargetSetText(readFileSync(new URL('../../../data/targets/taiyuan-2021-campaigns.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('\n'));
  return r.set;
}
const ctx = (days: ReturnType<typeof makeDays>) => ({ area: '太原', settings: DEFAULT_SETTINGS, days });

describe('campaign target set', () => {
  it('has the season, the Winter Olympics period and the October–November control figures, with no control value invented', () => {
    const s = campaigns();
    expect(s.period).toEqual({ from: '2021-10-01', to: '2022-03-31' });
    const olympics = s.targets.filter((t) => t.id.startsWith('olympics'));
    expect(olympics.map((t) => t.period)).toEqual([WINTER_OLYMPICS_2022, WINTER_OLYMPICS_2022]);
    // Only the October–November and November figures are known (plan-2021.md §1: 59.5, 7 and 59).
    expect(s.targets.map((t) => [t.id, 'value' in t ? t.value : undefined])).toEqual([
      ['aw-pm25', null], ['aw-heavy', null], ['olympics-pm25', null], ['olympics-heavy', null],
      ['pm25-oct-nov', 59.5], ['heavy-oct-nov', 7], ['pm25-nov', 59],
    ]);
  });

  it('judges the whole season on both calendar years once a value is entered (182 days, 6 heavy: 3 in December, 3 in January)', () => {
    // 2021-10-01 .. 2022-03-31: AQI 80 except heavy days 12-29..12-31 and 01-01..01-03; PM2.5 50 every day
    const days = makeDays('2021-10-01', Array.from({ length: 182 }, (_, i) => ({
      aqi: i >= 89 && i <= 94 ? 250 : 80, conc: { 'PM2.5': 50 },
    })));
    const s = campaigns();
    const withValues: TargetSet = {
      ...s,
      targets: s.targets.map((t) => (t.id === 'aw-heavy' ? { ...t, value: 7 } : t.id === 'aw-pm25' ? { ...t, value: 55 } : t)),
    };
    const by = Object.fromEntries(evaluateTargets(withValues, ctx(days)).map((e) => [e.id, e]));
    expect(by['aw-heavy']).toMatchObject({ status: 'met', actual: 6, target: 7, period: { from: '2021-10-01', to: '2022-03-31' } });
    expect(by['aw-pm25']).toMatchObject({ status: 'met', actual: 50, target: 55 });
    // no value entered: no data to judge against, never a default number
    expect(by['olympics-heavy']).toMatchObject({ status: 'no-data', target: null, period: WINTER_OLYMPICS_2022 });
  });
});
