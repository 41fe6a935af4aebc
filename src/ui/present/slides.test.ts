import { describe, expect, it } from 'vitest';
import { buildDashboardModel } from '../../domain/report/dashboard.ts';
import { emptyDataset } from '../../domain/ingest/dataset.ts';
import { DEFAULT_SETTINGS } from '../../domain/types.ts';
import { builtinTargetSet } from '../../domain/targets/builtin.ts';
import { buildSlides, chosenSlides, evenChunks, mixesTargets, moveSlide, orderedSlides, statusCounts, toggleSlide } from './slides.ts';
import { targetScopeNote } from '../targetScope.ts';

// The Taiyuan 2021 set has 7 targets: good-day ratio, heavy days, composite rank (air quality),
// two pollutant classes, emissions and binding indicators.
const model = buildDashboardModel(emptyDataset(), DEFAULT_SETTINGS, { targets: builtinTargetSet() });
const charts = [
  { id: 'calendarAqi', title: { zh: '日历', en: 'Calendar' } },
  { id: 'dailyAqiLine', title: { zh: '每日', en: 'Daily' } },
];
const all = buildSlides(model, charts);

describe('slide deck', () => {
  it('has a title slide, one slide per target group, one per chart and a closing summary', () => {
    expect(model.targets).toHaveLength(7);
    expect(all.map((s) => s.id)).toEqual([
      'title', 'targets-quality-1', 'targets-pollutants-1', 'targets-commitments-1',
      'chart-calendarAqi', 'chart-dailyAqiLine', 'summary',
    ]);
    expect(all[1]!.targetIds).toHaveLength(3);
  });

  it('splits a group of more than four cards evenly: 5 → 3 + 2, 9 → 3 + 3 + 3', () => {
    expect(evenChunks([1, 2, 3, 4, 5], 4)).toEqual([[1, 2, 3], [4, 5]]);
    expect(evenChunks([1, 2, 3, 4, 5, 6, 7, 8, 9], 4).map((c) => c.length)).toEqual([3, 3, 3]);
    expect(evenChunks([], 4)).toEqual([]);
  });

  it('applies the saved order and hidden slides by id', () => {
    let choice = moveSlide(all, null, 'summary', -1); // summary before the last chart
    choice = toggleSlide(all, choice, 'targets-commitments-1', false);
    expect(chosenSlides(all, choice).map((s) => s.id)).toEqual([
      'title', 'targets-quality-1', 'targets-pollutants-1', 'chart-calendarAqi', 'summary', 'chart-dailyAqiLine',
    ]);
    expect(orderedSlides(all, choice).find((s) => s.slide.id === 'targets-commitments-1')!.shown).toBe(false);
  });

  it('places a slide the saved choice does not know after its natural predecessor', () => {
    const choice = { order: ['summary', 'title', 'chart-calendarAqi'], hidden: [] };
    // unknown: targets-* follow 'title'; chart-dailyAqiLine follows chart-calendarAqi
    expect(chosenSlides(all, choice).map((s) => s.id)).toEqual([
      'summary', 'title', 'targets-quality-1', 'targets-pollutants-1', 'targets-commitments-1',
      'chart-calendarAqi', 'chart-dailyAqiLine',
    ]);
  });

  it('counts the targets by status for the summary', () => {
    const evs = (['met', 'missed', 'met', 'at-risk', 'no-data'] as const).map((status) => ({ ...model.targets[0]!, status }));
    expect(statusCounts(evs)).toEqual({ met: 2, 'on-track': 0, 'at-risk': 1, missed: 1, 'no-data': 1 });
  });
});

describe('slides say what they show: the page\'s warning on every slide that mixes the targets and the data', () => {
  it('marks the title, target, summary slides and the chart with the target line, not the other charts or tables', () => {
    const kinds = buildSlides(model, [...charts, { id: 'cumulativeGoodRatio', title: { zh: '累计', en: 'Cumulative' } }])
      .filter(mixesTargets).map((x) => x.id);
    expect(kinds).toEqual(['title', 'targets-quality-1', 'targets-pollutants-1', 'targets-commitments-1', 'chart-cumulativeGoodRatio', 'summary']);
  });
  it('says the targets concern 太原 2021 while 大同 2021 is shown, and nothing when both are 太原 2021', () => {
    const scope = { plan: { zh: '计划', en: 'plan' }, city: '太原', year: 2021, area: '大同', shownYear: 2021 };
    expect(targetScopeNote(scope, 'zh')).toBe('这些目标针对太原 2021 年；图表显示的是大同 2021 年');
    expect(targetScopeNote(scope, 'en')).toBe('These targets concern 太原 in 2021; the charts show 大同 in 2021');
    expect(targetScopeNote({ ...scope, area: '太原' }, 'zh')).toBeNull();
    expect(targetScopeNote({ ...scope, area: '太原', shownYear: 2020 }, 'zh')).toBe('这些目标针对太原 2021 年；图表显示的是太原 2020 年');
    expect(targetScopeNote(null, 'zh')).toBeNull();
  });
});
