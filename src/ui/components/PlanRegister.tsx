/**
 * The plan's task register (任务台账): counts by status, a table per lead department (its overdue
 * items at a glance), a department filter, and one row per task with its measurable items. The
 * status, its date and a short note are edited here and kept in this browser (planStore.ts);
 * the register goes out and comes back as a file (JSON, same format as data/plans/*.json) and out
 * as a CSV for Excel. Overdue is derived by the core (plan/status.ts) on today's Beijing date.
 */
import { memo, useMemo, useRef, useState } from 'react';
import { cstDayOf, isoDate } from '../../domain/calendar.ts';
import { toCsv } from '../../domain/report/csv.ts';
import {
  countByLeadDepartment, countByStatus, departments, involves, itemStatus, statusAsOf, taskStatus, withProgress,
} from '../../domain/plan/status.ts';
import { planTable, quantityText, taskNumberText } from '../../domain/plan/table.ts';
import { ENTERED_STATUSES, NOTE_MAX_LENGTH, TASK_STATUSES } from '../../domain/plan/types.ts';
import type { EnteredStatus, PlanItem, PlanTask, PlanTasks, Progress, TaskStatus } from '../../domain/plan/types.ts';
import { builtinPlanTasks } from '../../domain/plan/builtin.ts';
import { downloadText } from '../export/download.ts';
import { exportFileName } from '../export/fileName.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { TextKey as MessageKey } from '../../domain/text/text.ts';
import { forgetPlanTasks, readPlanTasksFile, savePlanTasks } from '../planStore.ts';

/** Dictionary key of each status word. */
export const PLAN_STATUS_KEY: Readonly<Record<TaskStatus, MessageKey>> = {
  'not-started': 'plan_status_not_started',
  'in-progress': 'plan_status_in_progress',
  done: 'plan_status_done',
  overdue: 'plan_status_overdue',
};

function ProgressFields({ id, progress, today, onChange }: {
  id: string; progress: Progress | undefined; today: string; onChange: (p: Progress | null) => void;
}) {
  const { t } = useI18n();
  const status = progress?.status ?? 'not-started';
  return (
    <span className="plan-progress">
      <select aria-label={t('plan_status')} data-testid={`plan-status-${id}`} value={status}
        onChange={(e) => {
          const next = e.target.value as EnteredStatus;
          // A new status is dated today; 'not started' with no note clears the entry.
          if (next === 'not-started' && !progress?.note) onChange(null);
          else onChange({ ...progress, status: next, date: today });
        }}>
        {ENTERED_STATUSES.map((s) => <option key={s} value={s}>{t(PLAN_STATUS_KEY[s])}</option>)}
      </select>
      {progress && (
        <>
          <input type="date" aria-label={t('plan_statusDate')} data-testid={`plan-date-${id}`} value={progress.date}
            onChange={(e) => { if (e.target.value) onChange({ ...progress, date: e.target.value }); }} />
          <input type="text" aria-label={t('plan_note')} placeholder={t('plan_note')} data-testid={`plan-note-${id}`}
            maxLength={NOTE_MAX_LENGTH} value={progress.note ?? ''}
            onChange={(e) => {
              const { note: _n, ...rest } = progress;
              onChange(e.target.value ? { ...rest, note: e.target.value } : rest);
            }} />
        </>
      )}
    </span>
  );
}

function StatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useI18n();
  return <span className={`plan-badge plan-${status}`}>{t(PLAN_STATUS_KEY[status])}</span>;
}

function ItemLine({ task, item, today, todayIso, onChange }: {
  task: PlanTask; item: PlanItem; today: number; todayIso: string; onChange: (p: Progress | null) => void;
}) {
  const { t, pick, lang } = useI18n();
  return (
    <li data-testid={`plan-item-${item.id}`}>
      <span>{pick(item.text)}</span>
      {item.quantity && <span className="muted"> · {quantityText(item.quantity, lang)}</span>}
      <span className="muted"> · {item.deadline ?? t('plan_noDeadline')}{item.deadlineText ? `（${item.deadlineText}）` : ''}</span>
      {item.lead && <span className="muted"> · {item.lead.join('、')}</span>}
      {item.note && <span className="muted"> · {pick(item.note)}</span>}
      {' '}<StatusBadge status={itemStatus(item, task, today)} />
      {task.progress?.status !== 'done' && (
        <ProgressFields id={item.id} progress={item.progress} today={todayIso} onChange={onChange} />
      )}
    </li>
  );
}

/**
 * The register section; `plan` is the page's register (App keeps it for the slides too). Memoised: the
 * page's switches of area, year or period leave it as it was.
 */
export const PlanRegister = memo(function PlanRegister({ plan, onPlan }: { plan: PlanTasks; onPlan: (p: PlanTasks) => void }) {
  const { t, pick, lang } = useI18n();
  const [dept, setDept] = useState<string>('');
  const [note, setNote] = useState<string | null>(null);
  const importRef = useRef<HTMLInputElement>(null);
  // Today's China Standard Time date, whatever the machine's zone.
  const today = cstDayOf(Date.now());
  const todayIso = isoDate(today);

  const counts = useMemo(() => countByStatus(plan, today), [plan, today]);
  const statusDate = useMemo(() => statusAsOf(plan), [plan]);
  const byDept = useMemo(() => countByLeadDepartment(plan, today), [plan, today]);
  const allDepts = useMemo(() => departments(plan), [plan]);
  const shown = dept ? plan.tasks.filter((tk) => involves(tk, dept)) : plan.tasks;

  const keep = (next: PlanTasks): void => {
    onPlan(next);
    setNote(savePlanTasks(next) ? null : t('plan_notSaved'));
  };
  const edit = (taskId: string, itemId: string | null) => (p: Progress | null): void => keep(withProgress(plan, taskId, itemId, p));

  const importFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const r = await readPlanTasksFile(file);
    if (r.ok) {
      keep(r.plan);
      setDept('');
      setNote(t('plan_imported', { n: r.plan.tasks.length }));
    } else {
      setNote(`${t('plan_invalid')}: ${r.errors.map(pick).join('; ')}`);
    }
  };
  const baseName = [plan.city, plan.year, t('plan_heading')];

  return (
    <section className="panel plan" aria-labelledby="plan-h" data-testid="plan-register">
      <h2 id="plan-h">{t('plan_heading')}</h2>
      <p className="muted">{pick(plan.plan)} — {plan.planSource} · {t('plan_asOf', { date: todayIso })} · <span data-testid="plan-status-as-of">{statusDate ? t('plan_statusAsOf', { date: statusDate }) : t('plan_noStatus')}</span></p>
      <div className="plan-counts" data-testid="plan-counts">
        {TASK_STATUSES.map((s) => (
          <span key={s} className={`plan-count plan-${s}`} data-testid={`plan-count-${s}`}>
            <strong>{counts[s]}</strong> {t(PLAN_STATUS_KEY[s])}
          </span>
        ))}
      </div>
      <details>
        <summary>{t('plan_byDepartment')}</summary>
        <div className="table-wrap">
          <table data-testid="plan-departments">
            <thead>
              <tr>
                <th>{t('plan_department')}</th>
                {TASK_STATUSES.map((s) => <th key={s} className="num">{t(PLAN_STATUS_KEY[s])}</th>)}
                <th className="num">{t('plan_overdueItems')}</th>
              </tr>
            </thead>
            <tbody>
              {byDept.map((r) => (
                <tr key={r.department}>
                  <td><button type="button" className="link" onClick={() => setDept(r.department)}>{r.department}</button></td>
                  {TASK_STATUSES.map((s) => <td key={s} className="num">{r.tasks[s]}</td>)}
                  <td className={`num${r.overdueItems > 0 ? ' plan-overdue' : ''}`}>{r.overdueItems}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <div className="actions">
        <label>
          {t('plan_filter')}{' '}
          <select value={dept} onChange={(e) => setDept(e.target.value)} data-testid="plan-filter">
            <option value="">{t('plan_filterAll')}</option>
            {allDepts.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        </label>
        <button type="button" data-testid="plan-export" onClick={() =>
          downloadText(JSON.stringify(plan, null, 2), exportFileName([...baseName, todayIso], 'json'), 'application/json')}>
          {t('plan_export')}
        </button>
        <button type="button" onClick={() => importRef.current?.click()}>{t('plan_import')}</button>
        <input ref={importRef} type="file" accept=".json,application/json" hidden data-testid="plan-import"
          onChange={(e) => { void importFile(e.target.files?.[0]); e.target.value = ''; }} />
        <button type="button" data-testid="plan-csv" onClick={() => {
          const tb = planTable(plan, today, lang);
          downloadText(toCsv(tb.header, tb.rows), exportFileName([...baseName, todayIso], 'csv'), 'text/csv');
        }}>
          {t('plan_csv')}
        </button>
        <button type="button" onClick={() => { forgetPlanTasks(); onPlan(builtinPlanTasks()); setDept(''); setNote(null); }}>
          {t('plan_reset')}
        </button>
        {note && <span role="status" data-testid="plan-note">{note}</span>}
      </div>
      <div className="table-wrap">
        <table className="plan-table">
          <thead>
            <tr>
              <th>{t('plan_no')}</th><th>{t('plan_task')}</th><th>{t('plan_lead')}</th><th>{t('plan_status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((tk) => (
              <tr key={tk.id} data-testid={`plan-task-${tk.id}`} className={`plan-row plan-row-${taskStatus(tk, today)}`}>
                <td>{taskNumberText(tk)}</td>
                <td>
                  <strong>{pick(tk.title)}</strong>
                  {tk.cooperating.length > 0 && (
                    <div className="muted">{t('plan_cooperating')}: {tk.cooperating.join('、')}</div>
                  )}
                  {tk.items.length > 0 && (
                    <ul className="plan-items">
                      {tk.items.map((it) => (
                        <ItemLine key={it.id} task={tk} item={it} today={today} todayIso={todayIso} onChange={edit(tk.id, it.id)} />
                      ))}
                    </ul>
                  )}
                </td>
                <td>{tk.lead.length > 0 ? `${tk.lead.join('、')}${tk.leadWording && tk.leadWording !== '牵头' ? `（${tk.leadWording}）` : ''}` : t('plan_noLead')}</td>
                <td>
                  <StatusBadge status={taskStatus(tk, today)} />
                  <ProgressFields id={tk.id} progress={tk.progress} today={todayIso} onChange={edit(tk.id, null)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
