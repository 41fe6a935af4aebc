import { describe, expect, it } from 'vitest';
import { buildDashboardModel } from '../../domain/report/dashboard.ts';
import { emptyDataset } from '../../domain/ingest/dataset.ts';
import { DEFAULT_SETTINGS } from '../../domain/types.ts';
import { builtinTargetSet } from '../../domain/targets/builtin.ts';
import { buildSlides, chosenSlides, evenChunks, moveSlide, orderedSlides, statusCounts, toggleSlide } from './slides.ts';

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
