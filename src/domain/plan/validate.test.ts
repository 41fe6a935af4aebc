import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinPlanTasks } from './builtin.ts';
import { parsePlanTasks, parsePlanTasksText } from './validate.ts';

const shipped = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../../../data/plans/taiyuan-2021-tasks.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const errorsOf = (v: unknown): string[] => {
  const r = parsePlanTasks(v);
  return r.ok ? [] : r.errors.map((e) => e.en);
};

describe('parsePlanTasks', () => {
  it('accepts the shipped Taiyuan 2021 register: 21 key tasks and 5 special tasks', () => {
    const p = builtinPlanTasks();
    expect(p.tasks.filter((t) => t.section === 'key')).toHaveLength(21);
    expect(p.tasks.filter((t) => t.section === 'special')).toHaveLength(5);
    // plan §3: 2021年10月底前，10吨/小时以下冲天炉全部改为电炉
    expect(p.tasks[2]!.items[0]).toMatchObject({ deadline: '2021-10-31', quantity: { relation: '<', value: 10, unit: 't/h' } });
  });

  it('names the field of each problem, all at once, in Chinese and English', () => {
    const doc = shipped();
    const tasks = doc['tasks'] as Record<string, unknown>[];
    tasks[2] = { ...tasks[2], lead: ['市工信局', ''] };
    (tasks[2]!['items'] as Record<string, unknown>[])[0]!['deadline'] = '2021-10-32';
    tasks[4] = { ...tasks[4], section: 'main' };
    const r = parsePlanTasks(doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.en)).toEqual([
      'tasks[2].lead[1]: must be a non-empty string',
      'tasks[2].items[0].deadline: must be a real date as YYYY-MM-DD',
      'tasks[4].section: must be one of key | special',
    ]);
    expect(r.errors[1]!.zh).toBe('tasks[2].items[0].deadline：必须是有效日期 YYYY-MM-DD');
  });

  it('rejects a duplicate id across tasks and items (progress is keyed by id)', () => {
    const doc = shipped();
    const tasks = doc['tasks'] as Record<string, unknown>[];
    (tasks[2]!['items'] as Record<string, unknown>[])[1]!['id'] = 'k3-a';
    expect(errorsOf(doc)).toEqual(['tasks[2].items[1].id: duplicate id "k3-a"']);
  });

  it('checks entered progress: a known status, a real date, a short note', () => {
    const doc = shipped();
    const tasks = doc['tasks'] as Record<string, unknown>[];
    tasks[0]!['progress'] = { status: 'finished', date: '2021-02-29', note: 'x'.repeat(501) };
    expect(errorsOf(doc)).toEqual([
      'tasks[0].progress.status: must be one of not-started | in-progress | done',
      'tasks[0].progress.date: must be a real date as YYYY-MM-DD',
      'tasks[0].progress.note: must be text of at most 500 characters',
    ]);
  });

  it('a file of another format, no tasks, or broken JSON is refused with a message', () => {
    expect(errorsOf({ format: 'lantian-targets/1', city: 'X', year: 2022, plan: { zh: 'a', en: 'a' }, planSource: 's', tasks: [] }))
      .toEqual(['format: must be "lantian-plan-tasks/1"', 'tasks: must be a non-empty array']);
    const r = parsePlanTasksText('{"format": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.zh).toMatch(/^任务台账文件不是有效的 JSON/);
  });

  it('a re-imported register keeps its progress (export → import round trip), BOM allowed', () => {
    const p = builtinPlanTasks();
    p.tasks[0]!.progress = { status: 'in-progress', date: '2021-09-15', note: '已部署' };
    p.tasks[2]!.items[0]!.progress = { status: 'done', date: '2021-10-28' };
    const r = parsePlanTasksText('\uFEFF' + JSON.stringify(p));
    expect(r.ok && r.plan).toEqual(p);
  });
});
