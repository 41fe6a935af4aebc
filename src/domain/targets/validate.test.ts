import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTargetSet, parseTargetSetText } from './validate.ts';

const read = (name: string): string => readFileSync(new URL(`../../../data/targets/${name}`, import.meta.url), 'utf8');

describe('parseTargetSet', () => {
  it('accepts the shipped Taiyuan 2021 set: the plan\'s 7 main targets', () => {
    const r = parseTargetSetText(read('taiyuan-2021.json'));
    if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('\n'));
    expect(r.set.targets.map((t) => t.id)).toEqual([
      'good-day-ratio', 'heavy-days', 'so2-class1', 'no2-class2', 'composite-rank', 'emissions', 'binding',
    ]);
    const fig = (year: number, metric: string) => r.set.figures.find((f) => f.year === year && f.metric === metric && !f.period);
    // plan-2021.md: 2020 good days 223 (implied), heavy 15 (implied), composite ≈ 5.91 (implied), rank 166 (official)
    expect(fig(2020, 'goodDays')).toMatchObject({ value: 223, status: 'implied' });
    expect(fig(2020, 'heavyDays')).toMatchObject({ value: 15, status: 'implied' });
    expect(fig(2020, 'compositeIndex')).toMatchObject({ value: 5.91, status: 'implied' });
    expect(fig(2020, 'compositeRank')).toMatchObject({ value: 166, status: 'official' });
    // 2021 outcome: 224, 61.4 %, 12, 5.24 (official)
    expect(fig(2021, 'goodDays')).toMatchObject({ value: 224, status: 'official' });
    expect(fig(2021, 'goodDayRatio')).toMatchObject({ value: 0.614, status: 'official' });
    expect(fig(2021, 'heavyDays')).toMatchObject({ value: 12, status: 'official' });
    expect(fig(2021, 'compositeIndex')).toMatchObject({ value: 5.24, status: 'official' });
  });

  it('accepts the autumn control set with its own periods', () => {
    const r = parseTargetSetText(read('taiyuan-2021-autumn-control.json'));
    expect(r.ok).toBe(true);
  });

  it('names the field and the rule in both languages', () => {
    const r = parseTargetSet({
      format: 'lantian-targets/1', city: '太原', plan: { zh: 'p', en: 'p' }, planSource: 's', year: 2021,
      targets: [{ id: 'x', kind: 'pollutant-class', pollutant: 'SO3', class: 3, label: { zh: 'a', en: 'a' }, source: 's' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.en)).toEqual([
      'targets[0].pollutant: must be one of SO2 | NO2 | PM10 | PM2.5 | CO | O3',
      'targets[0].class: must be 1 (class 1) or 2 (class 2)',
    ]);
    expect(r.errors[0]?.zh).toContain('targets[0].pollutant');
  });

  it('rejects a ratio written as a percentage, a reversed period and duplicate ids', () => {
    const t = { kind: 'good-day-ratio', comparison: 'at-least-value', value: 61.4, label: { zh: 'a', en: 'a' }, source: 's' };
    const r = parseTargetSet({
      format: 'lantian-targets/1', city: '太原', plan: { zh: 'p', en: 'p' }, planSource: 's', year: 2021,
      period: { from: '2021-12-31', to: '2021-01-01' },
      targets: [{ ...t, id: 'a' }, { ...t, id: 'a', value: 0.6 }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const en = r.errors.map((e) => e.en);
    expect(en).toContain('(root).period: from is after to');
    expect(en.some((m) => m.startsWith('targets[0].value: must be a number from 0 to 1'))).toBe(true);
    expect(en).toContain('targets[1].id: duplicate id "a"');
  });

  it('reports invalid JSON instead of throwing', () => {
    const r = parseTargetSetText('{"format": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.zh).toMatch(/^目标文件不是有效的 JSON/);
  });
});
