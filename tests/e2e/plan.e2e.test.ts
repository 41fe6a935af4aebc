/**
 * The task register in Chromium: a status edited in the page survives a reload (localStorage); the
 * register goes out as a file and comes back in (after "reset to the built-in register") with the
 * edit; the date the statuses are as of (the latest entered) shows in the section and on the register
 * slide; the CSV for Excel starts with a BOM; the campaign and register slides show in presentation mode.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, record, serveDist } from './harness.ts';
import type { Recorder, Session } from './harness.ts';

async function download(page: Page, testId: string): Promise<{ name: string; path: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId(testId).click()]);
  const p = await dl.path();
  return { name: dl.suggestedFilename(), path: p };
}

const statusOf = (page: Page, id: string) => page.getByTestId(`plan-status-${id}`).inputValue();

describe('task register in the browser', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;

  beforeAll(async () => {
    server = await serveDist();
    session = await launch({ width: 1600, height: 900 });
    page = await session.context.newPage();
    rec = record(page);
    await page.goto(server.url);
    await page.getByTestId('plan-register').waitFor({ timeout: 120_000 });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the 26 tasks, all counted', async () => {
    const counts = await page.getByTestId('plan-counts').locator('strong').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(26);
    expect(await page.locator('[data-testid^="plan-task-"]').count()).toBe(26);
    expect(await page.getByTestId('plan-status-as-of').textContent()).toBe('尚未录入任何状态');
  });

  it('an edited status, date and note survive a reload', async () => {
    await page.getByTestId('plan-status-k18').selectOption('in-progress');
    await page.getByTestId('plan-date-k18').fill('2021-09-15');
    await page.getByTestId('plan-note-k18').fill('机扫率已达 85%');
    await page.reload();
    await page.getByTestId('plan-register').waitFor();
    expect(await statusOf(page, 'k18')).toBe('in-progress');
    expect(await page.getByTestId('plan-date-k18').inputValue()).toBe('2021-09-15');
    expect(await page.getByTestId('plan-note-k18').inputValue()).toBe('机扫率已达 85%');
    await expect.poll(() => page.getByTestId('plan-count-in-progress').locator('strong').textContent()).toBe('1');
    expect(await page.getByTestId('plan-status-as-of').textContent()).toBe('状态截至 2021-09-15（最近一次录入）');
  });

  it('exports the register, and re-imports it after a reset with the edit intact', async () => {
    const out = await download(page, 'plan-export');
    expect(out.name).toMatch(/^太原_2021_任务台账_\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(readFileSync(out.path, 'utf8')) as { format: string; tasks: { id: string; progress?: { status: string } }[] };
    expect(json.format).toBe('lantian-plan-tasks/1');
    expect(json.tasks.find((t) => t.id === 'k18')?.progress?.status).toBe('in-progress');

    await page.getByRole('button', { name: '恢复内置台账' }).click();
    expect(await statusOf(page, 'k18')).toBe('not-started');
    await page.getByTestId('plan-import').setInputFiles(out.path);
    await expect.poll(() => page.getByTestId('plan-note').textContent()).toBe('已导入台账：26 项任务');
    expect(await statusOf(page, 'k18')).toBe('in-progress');
    await page.reload();
    await page.getByTestId('plan-register').waitFor();
    expect(await statusOf(page, 'k18')).toBe('in-progress');
  });

  it('refuses a broken register file and names the field', async () => {
    const bad = JSON.stringify({ format: 'lantian-plan-tasks/1', city: 'X', year: 2022, plan: { zh: 'a', en: 'a' }, planSource: 's', tasks: [] });
    await page.getByTestId('plan-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await expect.poll(() => page.getByTestId('plan-note').textContent()).toContain('tasks：必须是非空数组');
    expect(await statusOf(page, 'k18')).toBe('in-progress');
  });

  it('filters by department: 市城乡管理局 leads or cooperates on 6 tasks', async () => {
    await page.getByTestId('plan-filter').selectOption('市城乡管理局');
    const ids = await page.locator('[data-testid^="plan-task-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    // lead: §15 (item), §16, §17, §18, §19; cooperating: 四(一) — and §15's own lead list
    expect(ids).toEqual(['plan-task-k15', 'plan-task-k16', 'plan-task-k17', 'plan-task-k18', 'plan-task-k19', 'plan-task-s1']);
    await page.getByTestId('plan-filter').selectOption('');
  });

  it('the CSV for Excel has a BOM and CRLF rows', async () => {
    const csv = await download(page, 'plan-csv');
    const text = readFileSync(csv.path, 'utf8');
    expect(text.startsWith('\uFEFF编号,')).toBe(true);
    expect(text).toContain('\r\n');
    expect(rec.pageErrors).toEqual([]);
  });

  it('presentation mode shows the autumn–winter campaign slide and the register slide', async () => {
    await page.waitForFunction(() => Number(document.documentElement.dataset.chartsDrawn) > 0, null, { timeout: 120_000 });
    await page.locator('body').press('p');
    const deck = page.getByTestId('presentation');
    await deck.waitFor();
    const count = Number(await deck.getAttribute('data-slide-count'));
    const seen: string[] = [];
    for (let k = 0; k < count; k++) {
      await page.waitForFunction((n) => document.querySelector('[data-testid="presentation"]')?.getAttribute('data-slide-index') === String(n), k);
      const id = (await deck.getAttribute('data-slide-id')) ?? '';
      seen.push(id);
      if (id === 'campaign-autumn-winter') {
        const slide = page.locator('.slide[data-slide-id="campaign-autumn-winter"]');
        await expect.poll(() => slide.locator('td').first().textContent()).toBe('重污染过程（次）');
        expect(await slide.locator('th').nth(1).textContent()).toMatch(/^本季（\d{4}-10-01 ～ \d{4}-\d{2}-\d{2}）$/);
        await page.screenshot({ path: '/tmp/slide-campaign.png' }).catch(() => undefined);
      }
      if (id === 'plan-register') {
        const slide = page.locator('.slide[data-slide-id="plan-register"]');
        expect(await slide.locator('[data-status="in-progress"] b').textContent()).toBe('1');
        expect(await slide.locator('.slide-note').textContent()).toContain('状态截至 2021-09-15');
        await page.screenshot({ path: '/tmp/slide-register.png' }).catch(() => undefined);
      }
      await page.keyboard.press('ArrowRight');
    }
    expect(seen).toContain('campaign-autumn-winter');
    expect(seen).toContain('campaign-summer');
    expect(seen.indexOf('plan-register')).toBe(count - 2);
    await page.keyboard.press('Escape');
  });
});
