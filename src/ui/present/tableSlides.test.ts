import { describe, expect, it } from 'vitest';
import { buildDashboardModel } from '../../domain/report/dashboard.ts';
import { emptyDataset } from '../../domain/ingest/dataset.ts';
import { DEFAULT_SETTINGS } from '../../domain/types.ts';
import { builtinPlanTasks } from '../../domain/plan/builtin.ts';
import { withProgress } from '../../domain/plan/status.ts';
import { dn, makeDays } from '../../../tests/helpers/days.ts';
import { campaignView, CAMPAIGN_PERIODS } from '../../domain/stats/campaign.ts';
import { buildSlides } from './slides.ts';
import { campaignSlideTable } from './tableSlides.ts';
import { dustFallSlide } from './dustFallSlide.ts';
import { builtinDustFallLimit } from '../../domain/plan/builtin.ts';

describe('table slides', () => {
  it('the register slide follows the charts (before the targets\' summary), with the counts on the day and the most overdue departments first', () => {
    const plan = withProgress(builtinPlanTasks(), 'k12', null, { status: 'done', date: '2021-09-20' });
    const model = buildDashboardModel(emptyDataset(), DEFAULT_SETTINGS);
    const slides = buildSlides(model, [], { plan, today: dn('2021-11-01') });
    const last = slides[slides.length - 1]!;
    expect(last.id).toBe('plan-register');
    // 2021-11-01: §3 (cupolas) and §14 (clean transport) overdue, §12 done
    expect(last.table!.counts!.map((c) => [c.tone, c.value])).toEqual([['not-started', 23], ['in-progress', 0], ['done', 1], ['overdue', 2]]);
    const rows = last.table!.rows.map((r) => [r[0]!.zh, r[r.length - 1]!.zh]);
    // ties in the plan's order: 市生态环境局 leads §1, 市工信局 first leads §2
    expect(rows.slice(0, 4)).toEqual([['市生态环境局', '2'], ['市工信局', '2'], ['市发展改革委', '1'], ['市交通局', '1']]);
    expect(last.table!.columns.map((c) => c.en)).toEqual(['Lead department', 'Not started', 'In progress', 'Done', 'Overdue', 'Overdue items']);
    // the note gives the day statuses are judged on and the latest status entered (§12's, 2021-09-20)
    expect(last.table!.notes[0]!.zh).toContain('统计日 2021-11-01（北京时间） · 状态截至 2021-09-20（最近一次录入）');
  });

  it('no register, no register slide; a model without seasons has no campaign slide', () => {
    const model = buildDashboardModel(emptyDataset(), DEFAULT_SETTINGS);
    expect(buildSlides(model, []).map((s) => s.id)).toEqual(['title']);
  });

  it('the campaign slide carries both languages: episodes, peak and PM2.5 of the season against the previous one', () => {
    const days = [
      ...makeDays('2020-10-01', Array.from({ length: 182 }, (_, i) => ({ aqi: i < 4 ? 260 : 90, conc: { 'PM2.5': 60 } }))),
      ...makeDays('2021-10-01', Array.from({ length: 61 }, () => ({ aqi: 80, conc: { 'PM2.5': 45.5 } }))),
    ];
    const view = campaignView(days, CAMPAIGN_PERIODS.autumnWinter, 2021, { area: '太原', settings: DEFAULT_SETTINGS })!;
    const tb = campaignSlideTable(view);
    expect(tb.columns[1]).toEqual({ zh: '本季（2021-10-01 ～ 2021-11-30）', en: 'This season（2021-10-01 ～ 2021-11-30）' });
    const row = (zh: string) => tb.rows.find((r) => r[0]!.zh === zh)!.slice(1).map((c) => c.zh);
    expect(row('重污染过程（次）')).toEqual(['0', '1', '1']);
    // PM2.5 45.5 → 46 (GB/T 8170 half-even: 45.5 → 46)
    expect(row('PM2.5 平均浓度 (µg/m³)')).toEqual(['46', '60', '60']);
    expect(tb.notes[0]!.zh).toContain('未确认');
  });

  it('the dust-fall slide (plan §21) follows the campaigns once built for a loaded dust-fall table: counties above 9 and not, then per county its months above', () => {
    const ds = emptyDataset();
    ds.dustFall.set('迎泽区', new Map([['2021-03', 8.8], ['2021-04', 8.2]]));
    ds.dustFall.set('小店区', new Map([['2021-03', 11.4], ['2021-04', 9], ['2021-05', 10.2]]));
    const model = buildDashboardModel(ds, DEFAULT_SETTINGS);
    const slide = dustFallSlide(model.dustFall!, builtinDustFallLimit())!;
    const slides = buildSlides(model, [{ id: 'calendarAqi', title: { zh: '日历', en: 'Calendar' } }], undefined, slide);
    expect(slides.map((x) => x.id)).toEqual(['title', 'dust-fall', 'chart-calendarAqi']);
    expect(buildSlides(model, []).map((x) => x.id)).toEqual(['title']);
    const tb = slide.table!;
    expect(tb.counts!.map((c) => [c.label.zh, c.value, c.tone])).toEqual([['高于 9 的县（市、区）', 1, 'overdue'], ['未高于 9 的县（市、区）', 1, 'done']]);
    // 小店区: 11.4 (Mar), 10.2 (May) above; 9.0 (Apr) on the line is not
    expect(tb.rows.map((r) => r.map((c) => c.zh))).toEqual([
      ['小店区', '3', '2', '2021-03 2021-05', '2021-03', '11.4'],
      ['迎泽区', '2', '0', '', '2021-03', '8.8'],
    ]);
    expect(tb.notes[0]!.en).toContain('above 9 t/(km²·month)');
  });
});
