import { describe, expect, it } from 'vitest';
import { cstDayOf, dayNumber } from '../calendar.ts';
import {
  countByLeadDepartment, countByStatus, departments, involves, isPastDeadline, itemStatus, nextDeadline, statusAsOf, taskStatus, withProgress,
} from './status.ts';
import { PLAN_TASKS_FORMAT, type PlanItem, type PlanTask, type PlanTasks } from './types.ts';

const m = (zh: string) => ({ zh, en: zh });
const item = (id: string, deadline: string | null, extra: Partial<PlanItem> = {}): PlanItem => ({ id, text: m(id), deadline, ...extra });
const task = (id: string, lead: string[], items: PlanItem[], extra: Partial<PlanTask> = {}): PlanTask => ({
  id, section: 'key', number: id, title: m(id), lead, cooperating: [], implementing: [], items, ...extra,
});
const plan = (tasks: PlanTask[]): PlanTasks => ({ format: PLAN_TASKS_FORMAT, city: 'X', year: 2021, plan: m('p'), planSource: 's', tasks });
const day = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe('task status rules', () => {
  const cupola = task('k3', ['市工信局'], [item('k3-a', '2021-10-31')]);

  it('is not overdue on its deadline day, and overdue exactly the day after', () => {
    expect(isPastDeadline('2021-10-31', day('2021-10-31'))).toBe(false);
    expect(isPastDeadline('2021-10-31', day('2021-11-01'))).toBe(true);
    expect(taskStatus(cupola, day('2021-10-31'))).toBe('not-started');
    expect(taskStatus(cupola, day('2021-11-01'))).toBe('overdue');
  });

  it('a deadline at a month end of February in a leap year: overdue from 1 March', () => {
    const t = task('x', [], [item('x-a', '2024-02-29')]);
    expect(taskStatus(t, day('2024-02-29'))).toBe('not-started');
    expect(taskStatus(t, day('2024-03-01'))).toBe('overdue');
  });

  it('a task whose items have no deadline (or that has no items) is never overdue', () => {
    const none = task('k18', ['市城乡管理局'], [item('k18-a', null)]);
    const bare = task('k4', ['市工信局'], []);
    for (const d of ['2021-01-01', '2030-12-31', '2099-06-30']) {
      expect(taskStatus(none, day(d))).toBe('not-started');
      expect(taskStatus(bare, day(d))).toBe('not-started');
    }
  });

  it('done is never overdue; in progress past the deadline is', () => {
    const done = { ...cupola, progress: { status: 'done' as const, date: '2021-10-20' } };
    const going = { ...cupola, progress: { status: 'in-progress' as const, date: '2021-10-20' } };
    expect(taskStatus(done, day('2022-05-01'))).toBe('done');
    expect(taskStatus(going, day('2021-10-31'))).toBe('in-progress');
    expect(taskStatus(going, day('2021-11-01'))).toBe('overdue');
  });

  it('an item marked done stops its task being overdue; a task marked done marks its items done', () => {
    const t = task('k3', ['市工信局'], [
      item('k3-a', '2021-10-31', { progress: { status: 'done', date: '2021-10-30' } }),
      item('k3-c', '2022-12-31'),
    ]);
    expect(taskStatus(t, day('2021-11-01'))).toBe('not-started');
    expect(taskStatus(t, day('2023-01-01'))).toBe('overdue');
    const all = { ...t, progress: { status: 'done' as const, date: '2022-12-01' } };
    expect(itemStatus(all.items[1]!, all, day('2023-01-01'))).toBe('done');
  });

  it('next deadline is the earliest one not done', () => {
    const t = task('k3', [], [item('a', '2022-12-31'), item('b', '2021-10-31', { progress: { status: 'done', date: '2021-10-01' } }), item('c', '2021-12-31')]);
    expect(nextDeadline(t, day('2021-11-15'))).toBe('2021-12-31');
  });

  it('"today" is the China Standard Time date: 2021-10-31 16:00 UTC is already 1 November in Beijing', () => {
    expect(cstDayOf(Date.UTC(2021, 9, 31, 15, 59, 59))).toBe(day('2021-10-31'));
    expect(cstDayOf(Date.UTC(2021, 9, 31, 16, 0, 0))).toBe(day('2021-11-01'));
  });
});

describe('register counts', () => {
  const p = plan([
    task('a', ['市生态环境局'], [item('a1', '2021-09-30')]),
    task('b', ['市工信局', '市生态环境局'], [item('b1', '2021-10-31'), item('b2', '2021-12-31')], { progress: { status: 'in-progress', date: '2021-09-01' } }),
    task('c', ['市能源局'], [], { progress: { status: 'done', date: '2021-08-31' }, cooperating: ['市财政局'] }),
    task('d', [], [], { implementing: ['各县(市、区)人民政府'] }),
    task('e', ['市交通局'], [item('e1', '2021-10-31', { lead: ['市公安局交警支队'] })]),
  ]);

  it('counts tasks by status on a given day (4 statuses, sum = tasks)', () => {
    expect(countByStatus(p, day('2021-09-30'))).toEqual({ 'not-started': 3, 'in-progress': 1, done: 1, overdue: 0 });
    // 2021-11-01: a (due 09-30), b (b1 due 10-31) and e (due 10-31) are overdue
    expect(countByStatus(p, day('2021-11-01'))).toEqual({ 'not-started': 1, 'in-progress': 0, done: 1, overdue: 3 });
  });

  it('per lead department: tasks by status and overdue items, the most overdue first; an item\'s own department takes its overdue item', () => {
    const rows = countByLeadDepartment(p, day('2022-01-01'));
    expect(rows.map((r) => [r.department, r.overdueItems])).toEqual([
      ['市生态环境局', 3], ['市工信局', 2], ['市公安局交警支队', 1], ['市能源局', 0], ['市交通局', 0],
    ]);
    expect(rows[0]!.tasks).toEqual({ 'not-started': 0, 'in-progress': 0, done: 0, overdue: 2 });
    expect(rows.find((r) => r.department === '市交通局')!.tasks.overdue).toBe(1);
  });

  it('departments for the filter: leads (incl. item leads) then cooperating; involves() matches any of them', () => {
    expect(departments(p)).toEqual(['市生态环境局', '市工信局', '市能源局', '市交通局', '市公安局交警支队', '市财政局']);
    expect(p.tasks.filter((t) => involves(t, '市财政局')).map((t) => t.id)).toEqual(['c']);
    expect(p.tasks.filter((t) => involves(t, '市公安局交警支队')).map((t) => t.id)).toEqual(['e']);
  });

  it('withProgress sets or clears one task\'s or item\'s progress and leaves the original untouched', () => {
    const q = withProgress(p, 'b', 'b1', { status: 'done', date: '2021-10-15', note: '验收' });
    expect(q.tasks[1]!.items[0]!.progress).toEqual({ status: 'done', date: '2021-10-15', note: '验收' });
    expect(p.tasks[1]!.items[0]!.progress).toBeUndefined();
    const r = withProgress(q, 'b', null, null);
    expect('progress' in r.tasks[1]!).toBe(false);
    expect(r.tasks[1]!.items[0]!.progress?.status).toBe('done');
  });
});

describe('the register\'s status date', () => {
  it('is the latest status date entered on a task or an item; none entered, none', () => {
    const p = plan([task('a', [], [item('a-1', null)]), task('b', [], [item('b-1', null)])]);
    expect(statusAsOf(p)).toBeNull();
    const one = withProgress(p, 'a', null, { status: 'in-progress', date: '2021-09-15' });
    const two = withProgress(one, 'b', 'b-1', { status: 'done', date: '2021-10-02' });
    const three = withProgress(two, 'a', 'a-1', { status: 'done', date: '2021-09-30' });
    expect(statusAsOf(one)).toBe('2021-09-15');
    // an item's later date counts; an earlier one does not move it back
    expect(statusAsOf(three)).toBe('2021-10-02');
  });
});
