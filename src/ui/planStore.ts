/**
 * Where the page keeps the task register with the progress a user entered: localStorage (this
 * browser only; nothing is sent). The default is the built-in Taiyuan 2021 register
 * (data/plans/taiyuan-2021-tasks.json). Every register read back or imported is checked by the
 * core's `parsePlanTasks`, so a stored or passed-round file is used whole or not at all.
 */
import { builtinPlanTasks } from '../domain/plan/builtin.ts';
import type { PlanTasks } from '../domain/plan/types.ts';
import { parsePlanTasks, parsePlanTasksText, type PlanParseResult } from '../domain/plan/validate.ts';

const KEY = 'lantian.planTasks.v1';

/** The saved register, or the built-in one when none is saved (or the saved one no longer validates). */
export function loadPlanTasks(): PlanTasks {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw) {
      const r = parsePlanTasks(JSON.parse(raw));
      if (r.ok) return r.plan;
    }
  } catch {
    // unreadable: fall back to the built-in register
  }
  return builtinPlanTasks();
}

/** Keeps the register; false when the browser refused (storage full or disabled). */
export function savePlanTasks(plan: PlanTasks): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(plan));
    return true;
  } catch {
    return false;
  }
}

export function forgetPlanTasks(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // see savePlanTasks
  }
}

/** Reads and checks an imported register file. */
export async function readPlanTasksFile(file: File): Promise<PlanParseResult> {
  return parsePlanTasksText(await file.text());
}
