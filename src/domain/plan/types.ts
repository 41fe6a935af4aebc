/**
 * A plan's task register (任务台账): the key tasks and special tasks of an action plan, each with
 * its lead (牵头), cooperating (配合 / 按职责分工负责) and implementing (落实) departments, its
 * measurable items (deadline and quantity, quoted from the plan) and, once a bureau starts using
 * it, the progress it entered. One JSON format serves the shipped plan, a new plan (another year,
 * another city) and the file a bureau passes round with its progress; `parsePlanTasks` checks it.
 *
 * ```json
 * { "format": "lantian-plan-tasks/1", "city": "太原", "year": 2021, "plan": {"zh": "…", "en": "…"},
 *   "planSource": "…",
 *   "tasks": [ { "id": "k3", "section": "key", "number": "3", "title": {"zh": "…", "en": "…"},
 *     "lead": ["市工信局", "市生态环境局"], "cooperating": ["市财政局"], "implementing": ["…"],
 *     "items": [ { "id": "k3-a", "text": {…}, "quote": "2021年10月底前，10吨/小时以下冲天炉全部改为电炉",
 *       "deadline": "2021-10-31", "quantity": {"of": {…}, "relation": "<", "value": 10, "unit": "t/h"} } ],
 *     "progress": { "status": "in-progress", "date": "2021-09-15", "note": "…" } } ] }
 * ```
 * Dates are China Standard Time calendar dates. A deadline is the last day on which the item may
 * still be done: it is overdue from the next day.
 */
import type { Message } from '../types.ts';
import { bilingual } from '../text/text.ts';

export const PLAN_TASKS_FORMAT = 'lantian-plan-tasks/1';

/** The statuses a user enters. */
export const ENTERED_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type EnteredStatus = (typeof ENTERED_STATUSES)[number];

/** The statuses shown: the entered ones, and `overdue` (past a deadline and not done), which is derived. */
export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'overdue'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The status words, one vocabulary for the page, slides, CSV and the CLI. */
export const TASK_STATUS_LABEL: Readonly<Record<TaskStatus, Message>> = {
  'not-started': bilingual('plan_status_not_started'),
  'in-progress': bilingual('plan_status_in_progress'),
  done: bilingual('plan_status_done'),
  overdue: bilingual('plan_status_overdue'),
};
export const QUANTITY_RELATIONS = ['≥', '≤', '<', '>', '='] as const;
export type QuantityRelation = (typeof QUANTITY_RELATIONS)[number];

/** A quantity the plan sets: "清洁供暖覆盖率达到90%以上" → of 清洁供暖覆盖率, ≥ 90 %. */
export interface Quantity {
  of: Message;
  relation: QuantityRelation;
  value: number;
  unit: string;
}

/** What a user entered for a task or an item: its status, the date of that status and a short note. */
export interface Progress {
  status: EnteredStatus;
  date: string;
  note?: string;
}

/** Longest note kept with a status (a short remark, not a report). */
export const NOTE_MAX_LENGTH = 500;

/** A measurable item of a task. */
export interface PlanItem {
  /** Unique in the file. */
  id: string;
  text: Message;
  /** The plan's own words for this item (checked against the plan text by a test). */
  quote?: string;
  /** Last day to be done ('YYYY-MM-DD'); null when the plan sets none (such an item is never overdue). */
  deadline: string | null;
  /** The plan's wording of the deadline ("2021年10月底前", "采暖季前"). */
  deadlineText?: string;
  quantity?: Quantity;
  /** Departments responsible for this item when they differ from the task's (e.g. §15's sub-items). */
  lead?: string[];
  note?: Message;
  progress?: Progress;
}

export interface PlanTask {
  /** Unique in the file, stable (progress is keyed by it). */
  id: string;
  /** 'key' = 三、重点任务 1–21; 'special' = 四、重大专项任务 (一)–(五). */
  section: 'key' | 'special';
  /** The plan's number: "3", "(二)". */
  number: string;
  /** The heading the task stands under ("(二)持续深化工业企业污染深度治理"). */
  group?: Message;
  title: Message;
  /** 牵头 departments; where the plan names no 牵头, the departments it makes 负责. Empty when it names none. */
  lead: string[];
  /** The plan's word for the lead role: 牵头, 负责 or 按职责分工负责. */
  leadWording?: string;
  cooperating: string[];
  /** The plan's word for the cooperating role: 配合 or 按职责分工负责. */
  cooperatingWording?: string;
  /** 落实 (the county governments and zone committees). */
  implementing: string[];
  items: PlanItem[];
  note?: Message;
  progress?: Progress;
}

export interface PlanTasks {
  format: typeof PLAN_TASKS_FORMAT;
  city: string;
  year: number;
  plan: Message;
  planSource: string;
  tasks: PlanTask[];
}
