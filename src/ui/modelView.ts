/**
 * What the page reads from the core's dashboard model, in one place: the components take these
 * plain values, so a change in the model's layout touches this file only. Reads, never computes.
 */
import type { TargetEvaluation } from '../domain/targets/types.ts';
import type { TargetScope } from './components/TargetCards.tsx';
import type { DailyIndicator, EditionId, FileSummary, Issue, Message, PeriodStats } from '../domain/types.ts';
import type { DashboardModel } from '../domain/report/dashboard.ts';

export interface PageView {
  /** Areas with data (the target city first), with their province when a station list gave one. */
  areas: { name: string; province?: string }[];
  /** The target set's city. */
  targetCity: string | null;
  area: string | null;
  years: number[];
  year: number | null;
  editions: EditionId[];
  mixedEditions: boolean;
  evaluations: TargetEvaluation[];
  files: FileSummary[];
  issues: Issue[];
  /** Stations without a city form the selected area: offer to name it. */
  unnamedArea: boolean;
  /** Year to date (the whole year once complete) and the same period of the previous year. */
  ytd: PeriodStats | null;
  ytdLastYear: PeriodStats | null;
  /** The core's year-on-year comparison (同比) of those two periods. */
  compare: DashboardModel['compare'];
  /** The good-day-ratio target of the year (fraction), for the cumulative chart's target line. */
  goodDayRatioTarget: number | null;
  /** Plan, city and year of the targets, beside what is shown. */
  targetScope: TargetScope | null;
  /** Indicators with no valid value in the selected area's data, the core's note about them, and the area's source. */
  absent: { indicators: DailyIndicator[]; note: Message; source: 'hourly' | 'daily' } | null;
}

export function view(m: DashboardModel): PageView {
  const selected = m.areas.find((a) => a.name === m.area);
  return {
    areas: m.areas.map((a) => (a.province ? { name: a.name, province: a.province } : { name: a.name })),
    targetCity: m.targetSet?.city ?? null,
    area: m.area,
    years: m.years,
    year: m.year > 0 ? m.year : null,
    editions: m.editions,
    mixedEditions: m.editions.length > 1,
    evaluations: m.targets,
    files: m.files,
    issues: m.issues,
    unnamedArea: selected?.unnamed ?? false,
    ytd: m.ytd,
    ytdLastYear: m.ytdLastYear,
    compare: m.compare,
    targetScope: m.targetSet
      ? { plan: m.targetSet.plan, city: m.targetSet.city, year: m.targetSet.year, area: m.area, shownYear: m.year > 0 ? m.year : null }
      : null,
    goodDayRatioTarget: m.targets.find((t) => t.kind === 'good-day-ratio' && t.unit === 'ratio')?.target ?? null,
    absent: m.absentIndicatorsNote && m.absentIndicators.length > 0
      ? { indicators: m.absentIndicators, note: m.absentIndicatorsNote, source: selected?.source ?? 'hourly' }
      : null,
  };
}
