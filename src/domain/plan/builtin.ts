/**
 * The built-in task register: the 21 key tasks and 5 special tasks of 《太原市空气质量巩固提升2021年行动计划》
 * (并政办发〔2021〕16号) as data/plans/taiyuan-2021-tasks.json, checked by the same validator as an import.
 */
import taiyuan2021 from '../../../data/plans/taiyuan-2021-tasks.json';
import type { PlanTasks } from './types.ts';
import { parsePlanTasks } from './validate.ts';
import { dustFallLimitOf, type DustFallLimit } from '../stats/dustFall.ts';

/**
 * The Taiyuan 2021 plan's 26 tasks (plan §三 重点任务 1–21, §四 重大专项任务 (一)–(五)), without progress.
 * @throws {Error} when the bundled file no longer passes `parsePlanTasks` (a build defect, not user input).
 */
export function builtinPlanTasks(): PlanTasks {
  const r = parsePlanTasks(taiyuan2021);
  if (!r.ok) throw new Error(`built-in task register is invalid: ${r.errors.map((e) => e.en).join('; ')}`);
  return r.plan;
}

let builtinLimit: DustFallLimit | null = null;

/**
 * The built-in plan's dust-fall line: task 21, "降尘量高于9吨/月·平方公里的县(市、区)…" (> 9 t/(km²·month)).
 * @throws {Error} when the bundled register no longer sets one (a build defect).
 */
export function builtinDustFallLimit(): DustFallLimit {
  builtinLimit ??= dustFallLimitOf(builtinPlanTasks());
  if (!builtinLimit) throw new Error('the built-in task register sets no dust-fall line');
  return builtinLimit;
}
