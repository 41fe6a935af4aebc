/**
 * The dust-fall line the page judges against (plan §21): the line of the task register in use on
 * the page (a bureau's own register, or another plan's file, brings its own), else the built-in
 * plan's (task 21: above 9 t/(km²·month)). Loaded with the dust-fall section and slide, after the
 * first paint.
 */
import type { PlanTasks } from '../domain/plan/types.ts';
import { builtinDustFallLimit } from '../domain/plan/builtin.ts';
import { dustFallLimitOf, type DustFallLimit } from '../domain/stats/dustFall.ts';

/** The register's dust-fall line, else the built-in plan's. */
export function pageDustFallLimit(plan: PlanTasks | null): DustFallLimit {
  return (plan ? dustFallLimitOf(plan) : null) ?? builtinDustFallLimit();
}
