/**
 * The column-mapping dialog in Chromium: a header-less daily table whose layout the detector does
 * not know (a real tianqihoubao file with its columns reordered, saved as GB18030 in a temporary
 * folder) opens the dialog with its decoded first rows; chosen by keyboard and selects, the mapping
 * reads the file through the worker, and the page shows the headline figures the CLI computes from
 * the original file. A second file of the same layout is then read with the remembered mapping.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { REORDERED, writeReorderedGb18030 } from '../helpers/reorderedDaily.ts';
import { ensureScreenshotDir, launch, record, repoRoot, serveDist } from './harness.ts';
import type { Recorder, Session } from './harness.ts';

const run = promisify(execFile);
const TQ = 'tianqihoubao-daily-2013-2019';

/** The dialog's field for each reordered column (rank and row index ignored). */
const FIELD_OF: Record<(typeof REORDERED)[number], string> = {
  date: 'date', aqi: 'aqi', PM10: 'PM10', 'PM2.5': 'PM2.5', SO2: 'SO2', NO2: 'NO2', O3: 'O3_8h', CO: 'CO', category: 'category', rank: 'ignore', idx: 'ignore',
};

async function drawnSeq(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.documentElement.dataset.chartsDrawn ?? 0));
}

async function chartsDrawnAfter(page: Page, seq: number): Promise<void> {
  await page.waitForFunction(
    (after) => document.documentElement.dataset.source === 'files' && Number(document.documentElement.dataset.chartsDrawn ?? 0) > after,
    seq, { timeout: 120_000 },
  );
}

type YearJson = { year: number; goodDays: number; heavyDays: number; goodDayRatioPercent: number | null; compositeIndex: number | null; 'PM2.5': { mean: number | null } };

describeWithRealData(TQ, 'column-mapping dialog with a reordered GB18030 tianqihoubao table', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;
  let dir = '';
  let taiyuan = '';
  let beijing = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-mapping-e2e-'));
    taiyuan = writeReorderedGb18030(realPath(TQ, 'taiyuan.csv'), dir);
    beijing = writeReorderedGb18030(realPath(TQ, 'beijing.csv'), mkdtempSync(path.join(dir, 'b-')));
    server = await serveDist();
    session = await launch({ width: 1600, height: 1000 });
    page = await session.context.newPage();
    rec = record(page);
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.source === 'demo');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the dialog with the decoded first rows, the guessed columns preselected and focus on the first select', async () => {
    await page.getByTestId('file-input').setInputFiles(taiyuan);
    const dialog = page.getByTestId('mapping-dialog');
    await dialog.waitFor({ timeout: 120_000 });
    await expect(dialog.locator('h2').textContent()).resolves.toBe('指定列含义');
    const text = await dialog.textContent();
    expect(text).toContain('taiyuan.csv');
    expect(text).toContain('编码 gb18030');
    // GB18030 decoded: the category of 2019-12-06 (AQI 135) is 轻度污染 in the source file.
    expect(text).toContain('轻度污染');
    expect(text).toContain('2019-12-06');
    const values = await dialog.locator('select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
    expect(values).toHaveLength(11);
    expect(values[0]).toBe('date');
    expect(values[8]).toBe('category');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.column)).toBe('0');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.column)).toBe('1');
    await page.screenshot({ path: path.join(ensureScreenshotDir(), 'column-mapping-zh.png') });
  });

  it('says what is missing when read without a value column, and skips with Esc', async () => {
    const dialog = page.getByTestId('mapping-dialog');
    await page.getByTestId('mapping-apply').press('Enter');
    await expect(page.getByTestId('mapping-problems').textContent()).resolves.toContain('没有 AQI 或污染物浓度列');
    await dialog.locator('select[data-column="2"]').selectOption('date');
    await expect(page.getByTestId('mapping-problems').textContent()).resolves.toContain('“date”被指定给了多列（第 1、3 列）');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The file stays listed as refused, its message naming the dialog and --columns.
    const issues = await page.locator('section.data').textContent();
    expect(issues).toContain('“指定列含义”对话框');
    expect(issues).toContain('--columns');
  });

  it('reads the file with the chosen mapping and shows the figures the CLI computes from the original file', async () => {
    await page.getByTestId('map-columns').click();
    const dialog = page.getByTestId('mapping-dialog');
    await dialog.waitFor();
    for (const [c, col] of REORDERED.entries()) await dialog.locator(`select[data-column="${c}"]`).selectOption(FIELD_OF[col]);
    await expect(dialog.locator('code').textContent()).resolves.toContain('--columns date,AQI,PM10,PM2.5,SO2,NO2,O3_8h,CO,category');
    const seq = await drawnSeq(page);
    await page.getByTestId('mapping-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await chartsDrawnAfter(page, seq);
    await expect(page.locator('[data-testid="files"] tbody').textContent()).resolves.toContain('2013-10-28 – 2019-12-10');

    const seq2 = await drawnSeq(page);
    await page.getByTestId('year').selectOption('2016');
    await chartsDrawnAfter(page, seq2);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', '--format', 'json', '--year', '2016', realPath(TQ, 'taiyuan.csv')], {
      cwd: repoRoot, maxBuffer: 64 * 1024 * 1024, timeout: 180_000,
    });
    const cli = JSON.parse(stdout) as { areas: { name: string; years: YearJson[] }[] };
    const y = cli.areas.find((a) => a.name === 'taiyuan')?.years.find((x) => x.year === 2016);
    const shown = await page.evaluate(() => {
      const stat = (k: string) => document.querySelector(`[data-stat="${k}"]`)?.getAttribute('data-value');
      return {
        area: (document.querySelector('[data-testid="area"]') as HTMLSelectElement | null)?.value,
        good: stat('goodDays'), heavy: stat('heavyDays'), ratio: stat('goodDayRatio'), pm25: stat('pm25Mean'), composite: stat('compositeIndex'),
      };
    });
    console.log(`[lantian] taiyuan 2016 via the mapping dialog: page ${JSON.stringify(shown)}; CLI on the original file: good ${y?.goodDays} heavy ${y?.heavyDays} ` +
      `ratio ${y?.goodDayRatioPercent} PM2.5 ${y?.['PM2.5'].mean} composite ${y?.compositeIndex}`);
    expect(shown.area).toBe('taiyuan');
    expect(y).toBeDefined();
    expect(Number(shown.good)).toBe(y?.goodDays);
    expect(Number(shown.heavy)).toBe(y?.heavyDays);
    expect(Number(shown.ratio)).toBe(y?.goodDayRatioPercent);
    expect(Number(shown.pm25)).toBe(y?.['PM2.5'].mean);
    expect(Number(shown.composite)).toBe(y?.compositeIndex);
  });

  it('shows the dialog in English after the language switch', async () => {
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('button', { name: 'Map columns taiyuan.csv' }).click();
    const dialog = page.getByTestId('mapping-dialog');
    await dialog.waitFor();
    await expect(dialog.locator('h2').textContent()).resolves.toBe('Map columns');
    // Reopened after reading: the mapping it was read with is preselected.
    expect(await dialog.locator('select[data-column="3"]').inputValue()).toBe('PM2.5');
    await expect(dialog.getByRole('button', { name: 'Read with these columns' }).count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('reads a second file of the same layout with the remembered mapping, without asking', async () => {
    const seq = await drawnSeq(page);
    await page.getByTestId('file-input').setInputFiles(beijing);
    await chartsDrawnAfter(page, seq);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="area"] option')].some((o) => (o as HTMLOptionElement).value === 'beijing'),
      null, { timeout: 120_000 });
    expect(await page.getByTestId('mapping-dialog').count()).toBe(0);
    const rows = await page.locator('[data-testid="files"] tbody tr').allTextContents();
    expect(rows.find((r) => r.includes('beijing.csv'))).toContain('daily-table');
  });

  it('logged no console error', () => {
    expect(rec.consoleErrors).toEqual([]);
    expect(rec.pageErrors).toEqual([]);
  });
});
