import { describe, expect, it } from 'vitest';
import { builtinTargetSet } from './builtin.ts';

describe('built-in target set', () => {
  it('is Taiyuan\'s 2021 plan and carries the plan\'s seven targets (plan-2021.md §1)', () => {
    // plan-2021.md §1 lists good-day-ratio, heavy-days, so2-class1, no2-class2, composite-rank, emissions, binding
    const set = builtinTargetSet();
    expect(set.city).toBe('太原');
    expect(set.year).toBe(2021);
    expect(new Set(set.targets.map((t) => t.kind))).toEqual(new Set([
      'good-day-ratio', 'heavy-days', 'pollutant-class', 'composite-rank', 'emissions', 'binding',
    ]));
  });

  it('gives a fresh set on each call (an edited copy never changes the default)', () => {
    const a = builtinTargetSet();
    a.targets.length = 0;
    expect(builtinTargetSet().targets.length).toBeGreaterThan(0);
  });
});
