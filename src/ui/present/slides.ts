/**
 * The slide deck of presentation mode and of the PowerPoint export, as plain data: a title slide,
 * one slide per group of target cards, one per chart, and a closing summary (met / at risk /
 * missed). The user's choice (which slides, in which order) is applied by slide id, so it survives
 * a new model: new slides appear in their natural place, removed ones are ignored.
 */
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import type { TargetEvaluation, TargetKind, TargetStatus } from '../../domain/targets/types.ts';
import { TARGET_STATUSES } from '../../domain/targets/types.ts';
import type { Message } from '../../domain/types.ts';
import type { SlideChoice } from '../persist/store.ts';
import { hasData } from '../../domain/aqi/dayRules.ts';
import { bilingual, tr } from '../../domain/text/text.ts';
import type { Lang } from '../../domain/text/text.ts';
import type { PlanTasks } from '../../domain/plan/types.ts';
import type { DayNumber } from '../../domain/types.ts';
import { campaignSlideTable, registerSlideTable, type SlideTable } from './tableSlides.ts';

export type SlideKind = 'title' | 'targets' | 'chart' | 'summary' | 'table';

export interface Slide {
  /** Stable id: 'title', 'targets-quality-1', 'chart-calendarAqi', 'summary'. */
  id: string;
  kind: SlideKind;
  title: Message;
  chartId?: string;
  /** Target ids shown on a 'targets' slide, in model order. */
  targetIds?: string[];
  /** The figures of a 'table' slide (campaign seasons, the task register), in both languages. */
  table?: SlideTable;
}

/** Target cards per slide at most (four stay readable from the back of the room). */
export const CARDS_PER_SLIDE = 4;

type Group = 'quality' | 'pollutants' | 'commitments';
const GROUP_OF: Readonly<Record<TargetKind, Group>> = {
  'good-day-ratio': 'quality',
  'heavy-days': 'quality',
  'composite-rank': 'quality',
  'pm25-mean': 'quality',
  'pollutant-class': 'pollutants',
  emissions: 'commitments',
  binding: 'commitments',
};
const GROUP_TITLE: Readonly<Record<Group, Message>> = {
  quality: bilingual('slideGroup_quality'),
  pollutants: bilingual('slideGroup_pollutants'),
  commitments: bilingual('slideGroup_commitments'),
};

/** Splits `items` into runs of at most `size`, as evenly as possible (5 → 3 + 2, not 4 + 1). */
export function evenChunks<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [];
  const n = Math.ceil(items.length / size);
  const base = Math.floor(items.length / n);
  const extra = items.length % n;
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const len = base + (i < extra ? 1 : 0);
    out.push(items.slice(at, at + len));
    at += len;
  }
  return out;
}

/**
 * The full deck for a model, in the natural order: title, target groups, the campaign seasons with
 * data, dust fall against the plan's line (§21) when loaded, charts, given the page's task register its summary on `today`, and the targets' summary.
 * `charts` are the charts that can be drawn.
 */
export function buildSlides(
  model: DashboardModel,
  charts: readonly { id: string; title: Message }[],
  register?: { plan: PlanTasks; today: DayNumber },
  /** The dust-fall slide (plan §21, `dustFallSlide`), built after the first paint when a dust-fall table is loaded. */
  dustFall?: Slide | null,
): Slide[] {
  const slides: Slide[] = [{ id: 'title', kind: 'title', title: bilingual('slide_title') }];
  for (const group of ['quality', 'pollutants', 'commitments'] as const) {
    const evs = model.targets.filter((e) => GROUP_OF[e.kind] === group);
    const chunks = evenChunks(evs, CARDS_PER_SLIDE);
    chunks.forEach((chunk, i) => {
      const t = GROUP_TITLE[group];
      const suffix = chunks.length > 1 ? ` (${i + 1}/${chunks.length})` : '';
      slides.push({
        id: `targets-${group}-${i + 1}`,
        kind: 'targets',
        title: { zh: t.zh + suffix, en: t.en + suffix },
        targetIds: chunk.map((e) => e.id),
      });
    });
  }
  const { autumnWinter, summer } = model.campaigns;
  if (autumnWinter) {
    slides.push({ id: 'campaign-autumn-winter', kind: 'table', title: bilingual('slide_campaignAutumnWinter'), table: campaignSlideTable(autumnWinter) });
  }
  if (summer) {
    slides.push({ id: 'campaign-summer', kind: 'table', title: bilingual('slide_campaignSummer'), table: campaignSlideTable(summer) });
  }
  if (dustFall) slides.push(dustFall);
  for (const c of charts) slides.push({ id: `chart-${c.id}`, kind: 'chart', title: c.title, chartId: c.id });
  if (register) {
    slides.push({ id: 'plan-register', kind: 'table', title: bilingual('slide_planRegister'), table: registerSlideTable(register.plan, register.today) });
  }
  if (model.targets.length > 0) slides.push({ id: 'summary', kind: 'summary', title: bilingual('slide_summary') });
  return slides;
}

/** All slides in the user's order, each with whether it is shown (for the slide picker). */
export function orderedSlides(all: readonly Slide[], choice: SlideChoice | null): { slide: Slide; shown: boolean }[] {
  if (!choice) return all.map((slide) => ({ slide, shown: true }));
  const rank = new Map(choice.order.map((id, i) => [id, i]));
  // Slides the choice does not know keep the place of their natural predecessor.
  const keyed = all.map((slide, i) => {
    let anchor = -1;
    for (let j = i; j >= 0; j--) {
      const r = rank.get(all[j]!.id);
      if (r !== undefined) {
        anchor = r;
        break;
      }
    }
    return { slide, key: rank.has(slide.id) ? anchor : anchor + 0.5, i };
  });
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  const hidden = new Set(choice.hidden);
  return keyed.map(({ slide }) => ({ slide, shown: !hidden.has(slide.id) }));
}

/** The slides to show, in order. */
export function chosenSlides(all: readonly Slide[], choice: SlideChoice | null): Slide[] {
  return orderedSlides(all, choice).filter((s) => s.shown).map((s) => s.slide);
}

/** The choice after moving slide `id` by `delta` places (−1 up, +1 down) in the ordered list. */
export function moveSlide(all: readonly Slide[], choice: SlideChoice | null, id: string, delta: number): SlideChoice {
  const list = orderedSlides(all, choice);
  const i = list.findIndex((s) => s.slide.id === id);
  const j = i + delta;
  if (i >= 0 && j >= 0 && j < list.length) [list[i], list[j]] = [list[j]!, list[i]!];
  return { order: list.map((s) => s.slide.id), hidden: list.filter((s) => !s.shown).map((s) => s.slide.id) };
}

/** The choice with slide `id` shown or hidden. */
export function toggleSlide(all: readonly Slide[], choice: SlideChoice | null, id: string, shown: boolean): SlideChoice {
  const list = orderedSlides(all, choice);
  const hidden = new Set(list.filter((s) => !s.shown).map((s) => s.slide.id));
  if (shown) hidden.delete(id);
  else hidden.add(id);
  return { order: list.map((s) => s.slide.id), hidden: [...hidden] };
}

/** Charts that draw the target set's figures over the data shown (the good-day-ratio target line). */
const CHARTS_WITH_TARGETS: ReadonlySet<string> = new Set(['cumulativeGoodRatio']);

/**
 * True when the slide shows the target set beside the data (title with the plan, target cards, the
 * summary, a chart with a target line): such a slide carries the page's warning when the two concern
 * another city or year (`targetScopeNote`).
 */
export function mixesTargets(slide: Slide): boolean {
  return slide.kind === 'title' || slide.kind === 'targets' || slide.kind === 'summary'
    || (slide.kind === 'chart' && slide.chartId !== undefined && CHARTS_WITH_TARGETS.has(slide.chartId));
}

/** How many targets have each status (closing summary slide). */
export function statusCounts(evs: readonly TargetEvaluation[]): Record<TargetStatus, number> {
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  for (const e of evs) counts[e.status]++;
  return counts;
}

/** Status colours (the page's --met … --no-data). */
export const STATUS_COLORS: Readonly<Record<TargetStatus, string>> = {
  met: '#1a7f37',
  'on-track': '#2f7fc1',
  'at-risk': '#b26a00',
  missed: '#c0262d',
  'no-data': '#7a8591',
};

/** Task-status colours: not started grey, in progress blue, done green, overdue red (the status colours). */
export const PLAN_COLORS: Readonly<Record<'not-started' | 'in-progress' | 'done' | 'overdue', string>> = {
  'not-started': STATUS_COLORS['no-data'],
  'in-progress': STATUS_COLORS['on-track'],
  done: STATUS_COLORS.met,
  overdue: STATUS_COLORS.missed,
};

/** The line under each slide: data range, edition and, for the demo, "模拟数据". */
export function footerText(model: DashboardModel, demo: boolean, lang: Lang): string {
  const a = model.areas.find((x) => x.name === model.area);
  const from = model.days.find(hasData)?.date ?? a?.dataFrom ?? null;
  const range = from && model.asOf ? `${from} ~ ${model.asOf}` : tr(lang, 'footer_noData');
  const eds = model.editionInfo.map((e) => `${e.gb3095.replace(/（.*）/, '')} / ${e.hj633} / ${e.hj663}`).join('；');
  const parts = [
    tr(lang, 'footer_data', { range }),
    eds || null,
    demo ? tr(lang, 'simulatedData') : null,
  ];
  return parts.filter((p): p is string => p !== null).join(' · ');
}
