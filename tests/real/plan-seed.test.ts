/**
 * The shipped task register (data/plans/taiyuan-2021-tasks.json) against the plan's own text in
 * ../shared/seed: every task number, title, group heading and department list, and every item's
 * quote, re-read from the seed by a parser written for this test (not the app's), so a typo in the
 * transcription fails here. Skipped with a notice when ../shared/seed is absent; fails under CI=true.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../helpers/realData.ts';
import { builtinPlanTasks } from '../../src/domain/plan/builtin.ts';

const SEED_DIR = sharedPath('seed');

function seedText(): string {
  for (const name of readdirSync(SEED_DIR)) {
    if (!name.endsWith('.txt')) continue;
    const text = readFileSync(path.join(SEED_DIR, name), 'utf8');
    if (text.includes('并政办发〔2021〕16号')) return text;
  }
  throw new Error(`no plan text (并政办发〔2021〕16号) in ${SEED_DIR}`);
}

interface SeedTask {
  number: string;
  title: string;
  group: string | null;
  lead: string[];
  cooperating: string[];
  implementing: string[];
}

/** Splits "A、B、各县(市、区)人民政府" on 、 outside parentheses. */
function splitDepartments(s: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (const ch of s) {
    if (ch === '(' || ch === '（') depth++;
    if (ch === ')' || ch === '）') depth--;
    if (ch === '、' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** Department clauses: 〔…〕, or (市…负责/牵头/落实) in plain parentheses. */
function clauses(segment: string): string[] {
  const out: { at: number; text: string }[] = [];
  for (const m of segment.matchAll(/〔([^〕]*)〕/g)) out.push({ at: m.index, text: m[1]! });
  for (const m of segment.matchAll(/\((市[^()]*?(?:负责|牵头|落实))\)/g)) out.push({ at: m.index, text: m[1]! });
  return out.sort((a, b) => a.at - b.at).map((c) => c.text);
}

function roles(cls: string[]): Pick<SeedTask, 'lead' | 'cooperating' | 'implementing'> {
  const parts = cls.flatMap((c) => c.split(/[;；]/)).map((p) => p.trim()).filter(Boolean);
  const take = (re: RegExp): string[] => {
    const out: string[] = [];
    for (const p of parts) {
      const m = re.exec(p);
      if (m) for (const d of splitDepartments(m[1]!.replace(/^以上由/, ''))) if (!out.includes(d)) out.push(d);
    }
    return out;
  };
  const lead = take(/^(.*)牵头$/);
  const shared = take(/^(.*?)(?:按职责分工)?负责$/);
  return {
    lead: lead.length > 0 ? lead : shared,
    cooperating: [...take(/^(.*)配合$/), ...(lead.length > 0 ? shared : [])],
    implementing: take(/^(.*)落实$/),
  };
}

function parseSeed(text: string): SeedTask[] {
  const key = text.slice(text.indexOf('三、重点任务'), text.indexOf('四、重大专项任务'));
  const special = text.slice(text.indexOf('四、重大专项任务'), text.indexOf('五、保障措施'));
  const out: SeedTask[] = [];

  const starts = [...key.matchAll(/^\s*(\d{1,2})\.([^。\n]+)。/gm)];
  const groups = [...key.matchAll(/^\s*(\([一二三四五六七八九十]\)[^\n]+)$/gm)];
  starts.forEach((m, i) => {
    const from = m.index;
    const to = i + 1 < starts.length ? starts[i + 1]!.index : key.length;
    let cls = clauses(key.slice(from, to));
    // Tasks 3–5, 6–10 and 11–12 share the clause written after the last of them.
    if (cls.length === 0) cls = clauses(key.slice(from)).slice(0, 1);
    const group = groups.filter((g) => g.index < from).pop();
    out.push({ number: m[1]!, title: m[2]!.trim(), group: group ? group[1]!.trim() : null, ...roles(cls) });
  });

  const heads = [...special.matchAll(/^\s*(\([一二三四五]\))([^\n]+)$/gm)];
  heads.forEach((m, i) => {
    const to = i + 1 < heads.length ? heads[i + 1]!.index : special.length;
    out.push({ number: m[1]!, title: m[2]!.trim(), group: null, ...roles(clauses(special.slice(m.index, to))) });
  });
  return out;
}

describeWithShared(SEED_DIR, 'task register transcribed from the plan text (../shared/seed)', () => {
  const text = seedText();
  const seed = parseSeed(text);
  const plan = builtinPlanTasks();

  it('the plan has 21 key tasks and 5 special tasks, and the register lists the same 26 in order', () => {
    expect(seed.filter((t) => /^\d+$/.test(t.number)).map((t) => t.number)).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
    expect(seed.filter((t) => t.number.startsWith('(')).map((t) => t.number)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)']);
    expect(plan.tasks.map((t) => t.number)).toEqual(seed.map((t) => t.number));
    expect(plan.tasks.map((t) => t.section)).toEqual(seed.map((t) => (t.number.startsWith('(') ? 'special' : 'key')));
  });

  it('every task title is the plan\'s heading, character for character', () => {
    expect(plan.tasks.map((t) => `${t.number} ${t.title.zh}`)).toEqual(seed.map((t) => `${t.number} ${t.title}`));
  });

  it('every key task stands under the plan\'s group heading', () => {
    expect(plan.tasks.map((t) => t.group?.zh ?? null)).toEqual(seed.map((t) => t.group));
  });

  it('lead departments: 牵头, or 负责 where no 牵头 is named (§13, §14, §15, §16, §19), none for §20', () => {
    expect(plan.tasks.map((t) => [t.number, t.lead])).toEqual(seed.map((t) => [t.number, t.lead]));
    expect(plan.tasks.find((t) => t.number === '20')!.lead).toEqual([]);
  });

  it('cooperating departments: 配合, and 按职责分工负责 beside a 牵头 (§2, §6–10, 四(一))', () => {
    expect(plan.tasks.map((t) => [t.number, t.cooperating])).toEqual(seed.map((t) => [t.number, t.cooperating]));
  });

  it('implementing (落实) departments, including 清徐县人民政府 alone for §13', () => {
    expect(plan.tasks.map((t) => [t.number, t.implementing])).toEqual(seed.map((t) => [t.number, t.implementing]));
  });

  it('every measurable item quotes the plan word for word', () => {
    const flat = text.replace(/\s+/g, '');
    const missing = plan.tasks.flatMap((t) => t.items).filter((it) => !flat.includes((it.quote ?? '').replace(/\s+/g, '')) || !it.quote);
    expect(missing.map((it) => it.id)).toEqual([]);
  });

  it('a deadline written as a month or year end is that month\'s or year\'s last day', () => {
    const dl = (id: string) => plan.tasks.flatMap((t) => t.items).find((it) => it.id === id)!.deadline;
    expect(dl('k3-a')).toBe('2021-10-31'); // 2021年10月底前
    expect(dl('k12-a')).toBe('2021-09-30'); // 9月底前
    expect(dl('k13-a')).toBe('2022-06-30'); // 2022年6月建成投运
    expect(dl('k3-c')).toBe('2022-12-31'); // 2022年底前
    expect(dl('k7-a')).toBeNull(); // 采暖季前: the plan gives no date
  });
});
