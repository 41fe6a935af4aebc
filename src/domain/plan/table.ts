/**
 * The task register as one table (for Excel/WPS CSV, the page's export and the CLI): a row per
 * task, then a row per measurable item, with departments, deadline, quantity, status, its date and
 * the note. Column names are bilingual messages; `toCsv` (report/csv.ts) writes the file.
 */
import { isoDate } from '../calendar.ts';
import type { Message, DayNumber } from '../types.ts';
import type { CsvCell } from '../report/csv.ts';
import { itemStatus, taskStatus } from './status.ts';
import { TASK_STATUS_LABEL, type PlanTasks, type Quantity } from './types.ts';
import { bilingual } from '../text/text.ts';

type Lang = keyof Message;

export const PLAN_TABLE_COLUMNS: readonly Message[] = ([
  'planColumn_no', 'planColumn_section', 'planColumn_task', 'planColumn_item', 'planColumn_deadline', 'planColumn_deadlineText',
  'planColumn_quantity', 'planColumn_lead', 'planColumn_cooperating', 'planColumn_implementing', 'planColumn_status',
  'planColumn_statusDate', 'planColumn_note', 'planColumn_asOf',
] as const).map((k) => bilingual(k));

const SECTION: Readonly<Record<'key' | 'special', Message>> = {
  key: bilingual('planSection_key'),
  special: bilingual('planSection_special'),
};

/** "清洁供暖覆盖率 ≥ 90 %" */
export function quantityText(q: Quantity, lang: Lang): string {
  return `${q.of[lang]} ${q.relation} ${q.value} ${q.unit}`;
}

/** Task number as the plan writes it: "3", "四(二)". */
export function taskNumberText(t: { section: 'key' | 'special'; number: string }): string {
  return t.section === 'special' ? `四${t.number}` : t.number;
}

/** Header and rows of the register on `today` (statuses derived, overdue included). */
export function planTable(plan: PlanTasks, today: DayNumber, lang: Lang): { header: string[]; rows: CsvCell[][] } {
  const asOf = isoDate(today);
  const join = (xs: readonly string[]): string => xs.join('、');
  const rows: CsvCell[][] = [];
  for (const t of plan.tasks) {
    const no = taskNumberText(t);
    rows.push([
      no, SECTION[t.section][lang], t.title[lang], '', null, null, null, join(t.lead), join(t.cooperating), join(t.implementing),
      TASK_STATUS_LABEL[taskStatus(t, today)][lang], t.progress?.date ?? null, t.progress?.note ?? null, asOf,
    ]);
    for (const it of t.items) {
      rows.push([
        no, SECTION[t.section][lang], t.title[lang], it.text[lang], it.deadline, it.deadlineText ?? null,
        it.quantity ? quantityText(it.quantity, lang) : null, join(it.lead ?? t.lead), '', '',
        TASK_STATUS_LABEL[itemStatus(it, t, today)][lang], it.progress?.date ?? null, it.progress?.note ?? null, asOf,
      ]);
    }
  }
  return { header: PLAN_TABLE_COLUMNS.map((c) => c[lang]), rows };
}
