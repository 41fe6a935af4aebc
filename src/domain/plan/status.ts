/**
 * Status rules of the task register (任务台账): what a user entered (not started / in progress /
 * done) and the derived `overdue` = past its deadline and not done. Deadlines and `today` are China
 * Standard Time calendar days (`DayNumber`), so the result does not depend on the machine's zone:
 * an item due 2021-10-31 is overdue from 2021-11-01, and an item without a deadline never is.
 */
import { parseIsoDate } from '../calendar.ts';
import type { DayNumber } from '../types.ts';
import {
  TASK_STATUSES, type EnteredStatus, type PlanItem, type PlanTask, type PlanTasks, type Progress, type TaskStatus,
} from './types.ts';

/**
 * The date the register's statuses are as of: the latest status date entered on a task or an item
 * ('YYYY-MM-DD'), null when none has been entered. With the day statuses are judged on, it tells a
 * reader of a register passed round how current it is.
 */
export function statusAsOf(plan: PlanTasks): string | null {
  let latest: string | null = null;
  const see = (p: Progress | undefined) => {
    if (p && (latest === null || p.date > latest)) latest = p.date;
  };
  for (const t of plan.tasks) {
    see(t.progress);
    for (const it of t.items) see(it.progress);
  }
  return latest;
}

/** True when `deadline` ('YYYY-MM-DD' or null) has passed on `today`: from the day after it. */
export function isPastDeadline(deadline: string | null, today: DayNumber): boolean {
  if (deadline === null) return false;
  const d = parseIsoDate(deadline);
  return d !== null && today > d;
}

/** An item's status: done when it or its task is marked done; else overdue past its deadline; else what was entered. */
export function itemStatus(item: PlanItem, task: PlanTask, today: DayNumber): TaskStatus {
  const entered: EnteredStatus = task.progress?.status === 'done' ? 'done' : item.progress?.status ?? 'not-started';
  if (entered !== 'done' && isPastDeadline(item.deadline, today)) return 'overdue';
  return entered;
}

/**
 * A task's status: done when marked done; overdue when any of its items is overdue (so a task whose
 * items have no deadline is never overdue); else what was entered (not started by default).
 */
export function taskStatus(task: PlanTask, today: DayNumber): TaskStatus {
  const entered = task.progress?.status ?? 'not-started';
  if (entered === 'done') return 'done';
  if (task.items.some((it) => itemStatus(it, task, today) === 'overdue')) return 'overdue';
  return entered;
}

/** The earliest deadline among a task's items that are not done yet (what is due next), or null. */
export function nextDeadline(task: PlanTask, today: DayNumber): string | null {
  let best: string | null = null;
  for (const it of task.items) {
    if (it.deadline === null || itemStatus(it, task, today) === 'done') continue;
    if (best === null || it.deadline < best) best = it.deadline;
  }
  return best;
}

export type StatusCounts = Record<TaskStatus, number>;

function zeroCounts(): StatusCounts {
  return Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Number of tasks in each status on `today`. */
export function countByStatus(plan: PlanTasks, today: DayNumber): StatusCounts {
  const counts = zeroCounts();
  for (const t of plan.tasks) counts[taskStatus(t, today)]++;
  return counts;
}

export interface DepartmentSummary {
  department: string;
  /** Tasks it leads, by status. */
  tasks: StatusCounts;
  /** Overdue items it is responsible for (the item's own departments where given, else the task's lead). */
  overdueItems: number;
}

/**
 * Per lead department (牵头, or 负责 where no 牵头 is named): its tasks by status and its overdue
 * items, the departments with the most overdue items first, then in the plan's order. Tasks without
 * a lead department (e.g. §20, implemented by the counties) are counted under none.
 */
export function countByLeadDepartment(plan: PlanTasks, today: DayNumber): DepartmentSummary[] {
  const rows = new Map<string, DepartmentSummary>();
  const row = (d: string): DepartmentSummary => {
    let r = rows.get(d);
    if (!r) rows.set(d, (r = { department: d, tasks: zeroCounts(), overdueItems: 0 }));
    return r;
  };
  for (const t of plan.tasks) {
    const s = taskStatus(t, today);
    for (const d of t.lead) row(d).tasks[s]++;
    for (const it of t.items) {
      if (itemStatus(it, t, today) !== 'overdue') continue;
      for (const d of it.lead ?? t.lead) row(d).overdueItems++;
    }
  }
  const order = [...rows.values()];
  return order.map((r, i) => ({ r, i })).sort((a, b) => b.r.overdueItems - a.r.overdueItems || a.i - b.i).map((x) => x.r);
}

/** Every department named as lead or cooperating (for the filter), in the plan's order. */
export function departments(plan: PlanTasks): string[] {
  const out = new Set<string>();
  for (const t of plan.tasks) {
    for (const d of t.lead) out.add(d);
    for (const it of t.items) for (const d of it.lead ?? []) out.add(d);
  }
  for (const t of plan.tasks) for (const d of t.cooperating) out.add(d);
  return [...out];
}

/** True when `department` leads, cooperates on or is responsible for an item of the task. */
export function involves(task: PlanTask, department: string): boolean {
  return task.lead.includes(department) || task.cooperating.includes(department)
    || task.items.some((it) => it.lead?.includes(department) === true);
}

/**
 * The register with the progress of task `taskId` (or of its item `itemId`) replaced; `null` clears
 * it. Pure: returns a new register and leaves the old one unchanged.
 */
export function withProgress(plan: PlanTasks, taskId: string, itemId: string | null, progress: Progress | null): PlanTasks {
  const set = <T extends { progress?: Progress }>(x: T): T => {
    const { progress: _old, ...rest } = x;
    return (progress ? { ...rest, progress } : rest) as T;
  };
  return {
    ...plan,
    tasks: plan.tasks.map((t) => {
      if (t.id !== taskId) return t;
      if (itemId === null) return set(t);
      return { ...t, items: t.items.map((it) => (it.id === itemId ? set(it) : it)) };
    }),
  };
}
