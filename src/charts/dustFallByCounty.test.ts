import { describe, expect, it } from 'vitest';
import { dustFallAboveText, dustFallByCounty } from './dustFallByCounty.ts';
import { THEMES } from './theme.ts';
import { dustFallSummary } from '../domain/stats/dustFall.ts';
import { builtinDustFallLimit } from '../domain/plan/builtin.ts';
import { callTooltip, renderAndSave, svgTexts } from '../../tests/helpers/chartSvg.ts';
import { HOSTILE } from '../../tests/helpers/chartModel.ts';

const table = (rows: Record<string, Record<string, number>>) => new Map(Object.entries(rows).map(([c, m]) => [c, new Map(Object.entries(m))]));
const summary = dustFallSummary(table({
  小店区: { '2021-01': 7.2, '2021-02': 8.9, '2021-03': 11.4, '2021-04': 9 },
  迎泽区: { '2021-01': 6.1, '2021-02': 7, '2021-03': 8.8, '2021-04': 8.2 },
  [HOSTILE]: { '2021-02': 9.6, '2021-03': 13.8 },
}), builtinDustFallLimit())!;
const CJK = /[\u4e00-\u9fff]/;

describe('dust-fall chart (plan §21 line)', () => {
  it('draws one line per county against a dashed line at 9, the months above it marked', () => {
    const o = dustFallByCounty({ summary }, THEMES.screen, 'zh', { area: '太原' });
    const series = o.series as { name: string; data: unknown[]; markLine?: { data: { yAxis: number }[] } }[];
    // most months above first: the hostile county (2), 小店区 (1: Mar; Apr is 9.0), 迎泽区 (0)
    expect(series.map((s) => s.name)).toEqual(['<img src=x onerror=alert(1)>', '小店区', '迎泽区']);
    expect(series[0]!.markLine!.data).toEqual([{ yAxis: 9 }]);
    expect(series[1]!.data.map((d) => (typeof d === 'object' && d !== null ? `marked ${(d as { value: number }).value}` : d))).toEqual([7.2, 8.9, 'marked 11.4', 9]);
    expect(series[0]!.data[0]).toBeNull(); // no January value
    const texts = svgTexts(renderAndSave('dustFallByCounty-zh', o));
    expect(texts).toContain('限值 9');
    expect(texts.some((t) => t.startsWith('评价依据: ') && t.includes('§21'))).toBe(true);
    expect(texts.some((t) => t.includes('高于 9 的县（市、区）：') && t.includes('小店区（1 个月）'))).toBe(true);
  });

  it('English: no Chinese text apart from the county names; months as Jan … Apr', () => {
    const o = dustFallByCounty({ summary: { ...summary, limit: { ...summary.limit, plan: { zh: '计划', en: 'Taiyuan 2021 plan' } } } }, THEMES.screen, 'en', {});
    const texts = svgTexts(renderAndSave('dustFallByCounty-en', o));
    expect(texts.filter((t) => CJK.test(t) && !/小店区|迎泽区/.test(t))).toEqual([]);
    expect((o.xAxis as { data: string[] }).data).toEqual(['Jan', 'Feb', 'Mar', 'Apr']);
  });

  it('tooltip text passes through the one escape function: a hostile county name stays text', () => {
    const o = dustFallByCounty({ summary }, THEMES.screen, 'en', {});
    const tip = callTooltip(o, [{ dataIndex: 2 }]);
    expect(tip).not.toContain('<img');
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;: <b>13.8</b> ▲');
    expect(tip).toContain('小店区: <b>11.4</b> ▲');
    expect(tip).toContain('迎泽区: 8.8');
    const svg = renderAndSave('dustFallByCounty-hostile', o);
    expect(svg).not.toContain('<img');
  });

  it('names no county when none is above the line', () => {
    const none = dustFallSummary(table({ 迎泽区: { '2021-01': 6.1 } }), builtinDustFallLimit())!;
    expect(dustFallAboveText(none, 'en')).toBe('No county is above 9 in any month');
  });
});
