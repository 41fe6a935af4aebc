/**
 * `npm run report -- --tasks FILE [--today YYYY-MM-DD] [--format text|json|csv]`: the task register
 * (format lantian-plan-tasks/1, e.g. data/plans/taiyuan-2021-tasks.json, or a file exported from the
 * page with its progress) on a given China Standard Time day: counts by status, by lead department,
 * and each task's status. The same core as the page (domain/plan/).
 */
import { isoDate } from '../domain/calendar.ts';
import { toCsv } from '../domain/report/csv.ts';
import { countByLeadDepartment, countByStatus, itemStatus, nextDeadline, taskStatus } from '../domain/plan/status.ts';
import { planTable, taskNumberText } from '../domain/plan/table.ts';
import { TASK_STATUSES, TASK_STATUS_LABEL, type PlanTasks } from '../domain/plan/types.ts';
import type { DayNumber } from '../domain/types.ts';
import { enZh, zhEn } from '../domain/text/cli.ts';
import { listOf } from '../domain/text/text.ts';

const both = (s: (typeof TASK_STATUSES)[number]): string => `${TASK_STATUS_LABEL[s].zh} ${TASK_STATUS_LABEL[s].en}`;

/** The register as the CLI prints it. */
export function tasksOutput(plan: PlanTasks, today: DayNumber, format: 'text' | 'json' | 'csv'): string {
  if (format === 'csv') {
    const t = planTable(plan, today, 'zh');
    return toCsv(t.header, t.rows);
  }
  const counts = countByStatus(plan, today);
  const byDept = countByLeadDepartment(plan, today);
  if (format === 'json') {
    return JSON.stringify({
      format: 'lantian-plan-status/1',
      city: plan.city, year: plan.year, plan: plan.plan, planSource: plan.planSource,
      asOf: isoDate(today),
      counts,
      byLeadDepartment: byDept,
      tasks: plan.tasks.map((t) => ({
        id: t.id, number: taskNumberText(t), title: t.title, lead: t.lead, cooperating: t.cooperating,
        status: taskStatus(t, today), nextDeadline: nextDeadline(t, today), progress: t.progress ?? null,
        items: t.items.map((it) => ({ id: it.id, deadline: it.deadline, status: itemStatus(it, t, today), progress: it.progress ?? null })),
      })),
    }, null, 2) + '\n';
  }
  const L: string[] = [];
  L.push(`${zhEn('cli_taskRegister', {})} — ${plan.plan.zh} (${plan.city} ${plan.year}) — ${zhEn('cli_asOf', {})} ${isoDate(today)} (${zhEn('cli_beijingTime', {})})`);
  L.push(TASK_STATUSES.map((s) => `${both(s)}: ${counts[s]}`).join(' · '));
  L.push('');
  L.push(`${zhEn('cli_leadDepartment', {})}: ${TASK_STATUSES.map(both).join(' / ')} / ${zhEn('cli_overdueItems', {})}`);
  for (const r of byDept) L.push(`  ${r.department}  ${TASK_STATUSES.map((s) => r.tasks[s]).join(' / ')} / ${r.overdueItems}`);
  L.push('');
  for (const t of plan.tasks) {
    const s = taskStatus(t, today);
    const next = nextDeadline(t, today);
    L.push(`  ${taskNumberText(t).padEnd(5)} ${both(s).padEnd(18)} ${t.title.zh}  [${listOf(t.lead, 'zh') || '—'}]${next ? `  ${enZh('cli_nextDue', {})} ${next}` : ''}`);
  }
  return L.join('\n') + '\n';
}
