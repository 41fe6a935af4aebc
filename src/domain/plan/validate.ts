/**
 * Checks a task-register file (plan/types.ts), the shipped one or one a user imports, with zh/en
 * messages naming the offending field (`tasks[2].items[0].deadline`), like the target sets. An
 * invalid file is rejected whole.
 */
import type { Message } from '../types.ts';
import { Checker, isObj, type Obj } from '../check.ts';
import { bilingual } from '../text/text.ts';
import {
  ENTERED_STATUSES, NOTE_MAX_LENGTH, PLAN_TASKS_FORMAT, QUANTITY_RELATIONS,
  type PlanItem, type PlanTask, type PlanTasks, type Progress, type Quantity,
} from './types.ts';

export type PlanParseResult = { ok: true; plan: PlanTasks } | { ok: false; errors: Message[] };

const ID = /^[A-Za-z0-9_.-]{1,40}$/;

function id(c: Checker, o: Obj, path: string, seen: Set<string>): string {
  const v = c.str(o, 'id', path);
  if (v === '') return v;
  if (!ID.test(v)) c.fail(`${path}.id`, 'file_idChars');
  else if (seen.has(v)) c.fail(`${path}.id`, 'targetFile_duplicateId', { id: v });
  seen.add(v);
  return v;
}

function progress(c: Checker, o: Obj, path: string): Progress | undefined {
  const v = o['progress'];
  if (v === undefined) return undefined;
  const p = `${path}.progress`;
  if (!isObj(v)) {
    c.fail(p, 'planFile_progress');
    return undefined;
  }
  const out: Progress = { status: c.oneOf(v, 'status', p, ENTERED_STATUSES), date: c.date(v, 'date', p, false) ?? '' };
  const note = c.optStr(v, 'note', p, NOTE_MAX_LENGTH);
  if (note) out.note = note;
  return out;
}

function quantity(c: Checker, o: Obj, path: string): Quantity | undefined {
  const v = o['quantity'];
  if (v === undefined) return undefined;
  const p = `${path}.quantity`;
  if (!isObj(v)) {
    c.fail(p, 'planFile_quantity');
    return undefined;
  }
  return {
    of: c.message(v, 'of', p) ?? { zh: '', en: '' },
    relation: c.oneOf(v, 'relation', p, QUANTITY_RELATIONS),
    value: c.optNum(v, 'value', p, -1e9, 1e9, true) ?? 0,
    unit: c.str(v, 'unit', p),
  };
}

function item(c: Checker, v: unknown, path: string, seen: Set<string>): PlanItem | null {
  if (!isObj(v)) {
    c.fail(path, 'targetFile_object');
    return null;
  }
  const it: PlanItem = {
    id: id(c, v, path, seen),
    text: c.message(v, 'text', path) ?? { zh: '', en: '' },
    deadline: c.date(v, 'deadline', path, true),
  };
  const quote = c.optStr(v, 'quote', path);
  if (quote) it.quote = quote;
  const deadlineText = c.optStr(v, 'deadlineText', path);
  if (deadlineText) it.deadlineText = deadlineText;
  const q = quantity(c, v, path);
  if (q) it.quantity = q;
  if (v['lead'] !== undefined) it.lead = c.strList(v, 'lead', path);
  const note = c.message(v, 'note', path, true);
  if (note) it.note = note;
  const pr = progress(c, v, path);
  if (pr) it.progress = pr;
  return it;
}

function task(c: Checker, v: unknown, path: string, seen: Set<string>): PlanTask | null {
  if (!isObj(v)) {
    c.fail(path, 'targetFile_object');
    return null;
  }
  const t: PlanTask = {
    id: id(c, v, path, seen),
    section: c.oneOf(v, 'section', path, ['key', 'special'] as const),
    number: c.str(v, 'number', path),
    title: c.message(v, 'title', path) ?? { zh: '', en: '' },
    lead: c.strList(v, 'lead', path),
    cooperating: c.strList(v, 'cooperating', path),
    implementing: c.strList(v, 'implementing', path),
    items: [],
  };
  const group = c.message(v, 'group', path, true);
  if (group) t.group = group;
  const lw = c.optStr(v, 'leadWording', path, 20);
  if (lw) t.leadWording = lw;
  const cw = c.optStr(v, 'cooperatingWording', path, 20);
  if (cw) t.cooperatingWording = cw;
  const items = v['items'] ?? [];
  if (!Array.isArray(items)) c.fail(`${path}.items`, 'targetFile_array');
  else t.items = items.map((x, i) => item(c, x, `${path}.items[${i}]`, seen)).filter((x): x is PlanItem => x !== null);
  const note = c.message(v, 'note', path, true);
  if (note) t.note = note;
  const pr = progress(c, v, path);
  if (pr) t.progress = pr;
  return t;
}

/**
 * Validates a parsed JSON value as a task register (format `lantian-plan-tasks/1`): required fields,
 * real dates, known statuses, notes of at most 500 characters, ids unique across tasks and items.
 */
export function parsePlanTasks(input: unknown): PlanParseResult {
  if (!isObj(input)) {
    return { ok: false, errors: [bilingual('planFile_notObject')] };
  }
  const c = new Checker();
  if (input['format'] !== PLAN_TASKS_FORMAT) c.fail('format', 'targetFile_format', { format: PLAN_TASKS_FORMAT });
  const plan: PlanTasks = {
    format: PLAN_TASKS_FORMAT,
    city: c.str(input, 'city', '(root)'),
    year: c.optNum(input, 'year', '(root)', 1900, 2200, true) ?? 0,
    plan: c.message(input, 'plan', '(root)') ?? { zh: '', en: '' },
    planSource: c.str(input, 'planSource', '(root)'),
    tasks: [],
  };
  const tasks = input['tasks'];
  const seen = new Set<string>();
  if (!Array.isArray(tasks) || tasks.length === 0) c.fail('tasks', 'targetFile_nonEmptyArray');
  else plan.tasks = tasks.map((t, i) => task(c, t, `tasks[${i}]`, seen)).filter((t): t is PlanTask => t !== null);
  return c.errors.length > 0 ? { ok: false, errors: c.errors } : { ok: true, plan };
}

/** Parses task-register JSON text (a BOM is allowed); a syntax error becomes a message like any other. */
export function parsePlanTasksText(text: string): PlanParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [bilingual('planFile_notJson', { why })] };
  }
  return parsePlanTasks(json);
}
