import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './run.ts';

const SHIPPED = path.join(REPO, 'data', 'plans', 'taiyuan-2021-tasks.json');

describe('report CLI --tasks (task register)', () => {
  it('on 2021-09-30 nothing is overdue yet (§12 gas boilers and §14 clean transport are due that day)', () => {
    const r = runCli(['--tasks', SHIPPED, '--today', '2021-09-30', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.text) as { counts: Record<string, number>; asOf: string };
    expect(j.asOf).toBe('2021-09-30');
    expect(j.counts).toEqual({ 'not-started': 26, 'in-progress': 0, done: 0, overdue: 0 });
  });

  it('on 2021-11-01: §3 (cupolas, due 10-31), §12 (gas boilers, due 09-30) and §14 (TISCO clean transport from 10-01) are overdue', () => {
    const r = runCli(['--tasks', SHIPPED, '--today', '2021-11-01', '--format', 'json']);
    const j = JSON.parse(r.text) as { counts: Record<string, number>; tasks: { number: string; status: string }[] };
    expect(j.tasks.filter((t) => t.status === 'overdue').map((t) => t.number)).toEqual(['3', '12', '14']);
    expect(j.counts.overdue).toBe(3);
  });

  it('CSV: BOM, CRLF, one row per task and per measurable item, a formula-like note neutralised', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-tasks-'));
    const plan = JSON.parse(readFileSync(SHIPPED, 'utf8')) as { tasks: { progress?: unknown; items: unknown[] }[] };
    plan.tasks[0]!.progress = { status: 'in-progress', date: '2021-09-15', note: '=HYPERLINK("x")' };
    const file = path.join(dir, 'register.json');
    writeFileSync(file, JSON.stringify(plan));
    const r = runCli(['--tasks', file, '--today', '2021-11-01', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.text.startsWith('\uFEFF编号,类别,任务,')).toBe(true);
    const lines = r.text.slice(1).split('\r\n').filter(Boolean);
    const items = plan.tasks.reduce((n, t) => n + t.items.length, 0);
    expect(lines).toHaveLength(1 + plan.tasks.length + items);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain('进行中');
  });

  it('an invalid register exits 2 and names the field', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-tasks-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 'lantian-plan-tasks/1', city: '太原', year: 2021, plan: { zh: 'a', en: 'a' }, planSource: 's',
      tasks: [{ id: 'k1', section: 'key', number: '1', title: { zh: 't', en: 't' }, lead: [], cooperating: [], implementing: [],
        items: [{ id: 'k1-a', text: { zh: 'x', en: 'x' }, deadline: '2021-13-01' }] }] }));
    const r = runCli(['--tasks', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tasks[0].items[0].deadline: must be a real date as YYYY-MM-DD');
  });

  it('--today must be a real date', () => {
    expect(runCli(['--tasks', SHIPPED, '--today', '2021-02-29']).code).toBe(2);
  });
});
