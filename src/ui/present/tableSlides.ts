/**
 * Slides that are a table of figures (the plan's task register summary, the campaign seasons), as
 * bilingual data built once: the slide carries its own columns, rows and notes in both languages,
 * and presentation mode, the PowerPoint export and the slide list render them alike.
 */
import type { PlanTasks } from '../../domain/plan/types.ts';
import { TASK_STATUSES, TASK_STATUS_LABEL } from '../../domain/plan/types.ts';
import { countByLeadDepartment, countByStatus, statusAsOf } from '../../domain/plan/status.ts';
import type { CampaignView } from '../../domain/stats/campaign.ts';
import { isoDate } from '../../domain/calendar.ts';
import type { DayNumber, Message } from '../../domain/types.ts';
import { makeI18n, type I18n } from '../i18n/i18n.ts';
import { campaignTable } from '../campaignTable.ts';

export interface SlideTable {
  /** A row of big numbers above the table (the register's counts by status), optional. */
  counts?: { label: Message; value: number; tone: 'not-started' | 'in-progress' | 'done' | 'overdue' }[];
  columns: Message[];
  rows: Message[][];
  notes: Message[];
}

const ZH = makeI18n('zh');
const EN = makeI18n('en');
const both = (f: (i: I18n) => string): Message => ({ zh: f(ZH), en: f(EN) });
const same = (s: string): Message => ({ zh: s, en: s });

/** Departments listed on the register slide at most (the most overdue items first). */
export const REGISTER_SLIDE_DEPARTMENTS = 6;

/** The register summary: tasks by status, and per lead department its tasks by status and overdue items. */
export function registerSlideTable(plan: PlanTasks, today: DayNumber): SlideTable {
  const counts = countByStatus(plan, today);
  const depts = countByLeadDepartment(plan, today);
  const shown = depts.slice(0, REGISTER_SLIDE_DEPARTMENTS);
  const notes: Message[] = [
    both((i) => {
      const entered = statusAsOf(plan);
      return `${i.pick(plan.plan)} · ${i.t('plan_asOf', { date: isoDate(today) })} · ${entered ? i.t('plan_statusAsOf', { date: entered }) : i.t('plan_noStatus')}`;
    }),
  ];
  if (depts.length > shown.length) notes.push(both((i) => i.t('plan_moreDepartments', { n: depts.length - shown.length })));
  return {
    counts: TASK_STATUSES.map((s) => ({ label: TASK_STATUS_LABEL[s], value: counts[s], tone: s })),
    columns: [both((i) => i.t('plan_department')), ...TASK_STATUSES.map((s) => TASK_STATUS_LABEL[s]), both((i) => i.t('plan_overdueItems'))],
    rows: shown.map((r) => [same(r.department), ...TASK_STATUSES.map((s) => same(String(r.tasks[s]))), same(String(r.overdueItems))]),
    notes,
  };
}

/** A campaign season against the previous season (campaignTable in both languages). */
export function campaignSlideTable(view: CampaignView): SlideTable {
  const zh = campaignTable(view, ZH);
  const en = campaignTable(view, EN);
  const zip = (a: string[], b: string[]): Message[] => a.map((x, k) => ({ zh: x, en: b[k] ?? x }));
  return {
    columns: zip(zh.columns, en.columns),
    rows: zh.rows.map((r, k) => zip(r.cells, en.rows[k]!.cells)),
    notes: zip(zh.notes, en.notes),
  };
}
