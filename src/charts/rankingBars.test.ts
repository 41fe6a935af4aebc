import { describe, expect, it } from 'vitest';
import type { RankingRow } from '../domain/ranking/cityRanking.ts';
import { rankingBars } from './rankingBars.ts';
import { THEMES } from './theme.ts';
import { HOSTILE } from '../../tests/helpers/chartModel.ts';
import { callTooltip, renderAndSave, svgTexts } from '../../tests/helpers/chartSvg.ts';

function row(area: string, rank: number, index: number, changePercent: number | null): RankingRow {
  return {
    area, rank, index, changePercent, improvementRank: null, lastYearIndex: null, pm25: null, goodDayRatioPercent: null,
    validDays: 30, calendarDays: 31, requiredDays: 27,
  };
}

describe('rankingBars: the scope\'s cities as bars in rank order, the target city marked with its rank', () => {
  // 拉萨 2.10, 海口 2.45, 太原 5.12 and a hostile name sharing rank 3 with 5.12
  const ranking = {
    rows: [row('拉萨', 1, 2.1, -3.2), row('海口', 2, 2.45, 1.5), row('太原', 3, 5.12, -6.04), row(HOSTILE, 3, 5.12, null)],
    insufficient: [], missing: [], scopeSize: 4,
  };
  const model = { ranking, scope: '168 key cities', from: '2021-01-01', to: '2021-01-12', city: '太原市' };
  const option = rankingBars(model, THEMES.screen, 'en');
  const data = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]!.data;

  it('draws one bar per ranked city in rank order, the target city (太原市 = 太原) in the target colour', () => {
    expect(data.map((d) => d.value)).toEqual([2.1, 2.45, 5.12, 5.12]);
    expect(data.map((d) => d.itemStyle.color === THEMES.screen.color.target)).toEqual([false, false, true, false]);
    expect((option.title as { subtext: string }[])[0]?.subtext).toBe('2021-01-01 – 2021-01-12 · 太原 ranked 3 of 4 cities');
  });
  it('writes the city and its rank above its bar, and escapes a hostile name in the tooltip', () => {
    const texts = svgTexts(renderAndSave('rankingBars-toy', option));
    expect(texts).toContain('太原 3');
    const tip = callTooltip(option, { seriesIndex: 0, dataIndex: 3, value: 5.12 });
    expect(tip).toContain('&lt;img');
    expect(tip).not.toContain('<img');
    expect(callTooltip(option, { seriesIndex: 0, dataIndex: 2, value: 5.12 })).toContain('-6.0%');
  });
  it('says the city is not ranked when it is not among the rows', () => {
    const o = rankingBars({ ...model, city: '大同' }, THEMES.screen, 'zh');
    expect((o.title as { subtext: string }[])[0]?.subtext).toContain('大同 未参与排名');
  });
});
