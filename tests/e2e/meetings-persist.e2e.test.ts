/**
 * Data that survives a reload (IndexedDB), "clear all data", a hostile area name neutralised in
 * the CSV, and the offline single file over file:// (demo and target cards, no network request,
 * the worker's store usable there too). The worker reads and writes IndexedDB itself and keeps each
 * file's bytes, so a restored file is read again when the CO unit changes.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { isSameOrigin, launch, record, serveDist, singleFile } from './harness.ts';
import type { Recorder, Session } from './harness.ts';

const UCI = 'uci-beijing-multisite';
const HOSTILE = '=HYPERLINK("http://evil.example","点我")';

async function drawn(page: Page, source: 'demo' | 'files' | 'none', timeout = 120_000): Promise<void> {
  await page.waitForFunction((src) => document.documentElement.dataset.source === src && Number(document.documentElement.dataset.chartsDrawn) > 0,
    source, { timeout });
}

/** The numbers on show: headline figures and every target card's actual value. */
async function numbers(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() => {
    const out: Record<string, string | null> = {};
    for (const el of document.querySelectorAll('[data-stat]')) out[`stat:${el.getAttribute('data-stat')}`] = el.getAttribute('data-value');
    for (const el of document.querySelectorAll('.card[data-target]')) {
      out[`target:${el.getAttribute('data-target')}`] = el.querySelector('.actual')?.getAttribute('data-value') ?? null;
    }
    out.year = (document.querySelector('[data-testid="year"]') as HTMLSelectElement | null)?.value ?? null;
    out.area = (document.querySelector('[data-testid="area"]') as HTMLSelectElement | null)?.value ?? null;
    return out;
  });
}

describeWithRealData(UCI, 'meetings: loaded data survive a reload; clear all data', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;
  let before: Record<string, string | null> = {};
  const files = (): string[] => readdirSync(realPath(UCI)).filter((f) => f.endsWith('.csv')).sort().map((f) => realPath(UCI, f));

  beforeAll(async () => {
    server = await serveDist();
    session = await launch({ width: 1600, height: 900 });
    page = await session.context.newPage();
    rec = record(page);
    await page.goto(server.url);
    await drawn(page, 'demo');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('stores the 12 UCI station files in IndexedDB after loading them', async () => {
    const t0 = Date.now();
    await page.getByTestId('file-input').setInputFiles(files());
    await drawn(page, 'files');
    await page.waitForFunction(() => document.documentElement.dataset.persisted === '12', null, { timeout: 120_000 });
    console.log(`[lantian meetings] 12 UCI files loaded and stored in IndexedDB in ${Date.now() - t0} ms`);
    // Files read in this session can be read again with another CO unit: no note beside the setting.
    await expect(page.getByTestId('co-unit').count()).resolves.toBe(1);
    await expect(page.getByTestId('restored-unit-note').count()).resolves.toBe(0);
  });

  it('neutralises a hostile area name in the CSV export', async () => {
    const form = page.locator('form.name-area');
    await form.locator('input').fill(HOSTILE);
    await form.locator('button[type="submit"]').click();
    await page.waitForFunction((n) => (document.querySelector('[data-testid="area"]') as HTMLSelectElement | null)?.value === n, HOSTILE);
    await page.locator('summary', { hasText: '导出表格' }).click();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-daily').click()]);
    const text = readFileSync(await dl.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const row = text.split('\r\n').find((l) => /^\d{4}-\d\d-\d\d,/.test(l))!;
    expect(row).toContain(',"\'=HYPERLINK(""http://evil.example"",""点我"")",');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    // the file name comes from the same user data, sanitised: no quotes, slashes or colons
    expect(dl.suggestedFilename()).not.toMatch(/["/\\:]/);
    await page.locator('summary', { hasText: '导出表格' }).click();
  });

  it('shows the same numbers after a reload, without re-reading any file', async () => {
    await drawn(page, 'files');
    before = await numbers(page);
    expect(before['stat:goodDays']).toMatch(/^\d+$/);
    expect(before.area).toBe(HOSTILE);
    const t0 = Date.now();
    await page.reload();
    await drawn(page, 'files');
    const restoreMs = Date.now() - t0;
    expect(await page.evaluate(() => document.documentElement.dataset.restored)).toBe('12');
    expect(await numbers(page)).toEqual(before);
    await expect(page.locator('[data-testid="files"] tbody tr').count()).resolves.toBe(12);
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    console.log(`[lantian meetings] reload → 12 restored files drawn in ${restoreMs} ms`);
  });

  it('re-reads restored files from the bytes the worker stored when the CO unit changes: no file to load again', async () => {
    // The worker kept each file's bytes beside its dataset: nothing to say beside the setting.
    await expect(page.getByTestId('restored-unit-note').count()).resolves.toBe(0);
    // UCI's CO is in µg/m³ (Dongsi's first row: 300); read as mg/m³ the CO figures change …
    const seq = Number(await page.evaluate(() => document.documentElement.dataset.chartsDrawn));
    await page.getByTestId('co-unit').selectOption('mg/m3');
    await page.waitForFunction((s) => Number(document.documentElement.dataset.chartsDrawn) > s, seq, { timeout: 120_000 });
    expect(await numbers(page)).not.toEqual(before);
    // … and back to the detected unit, the numbers of before: the restored files were read again.
    const seq2 = Number(await page.evaluate(() => document.documentElement.dataset.chartsDrawn));
    await page.getByTestId('co-unit').selectOption('auto');
    await page.waitForFunction((s) => Number(document.documentElement.dataset.chartsDrawn) > s, seq2, { timeout: 120_000 });
    expect(await numbers(page)).toEqual(before);
  });

  it('"clear all data" empties the page and the store; a reload then starts clean on the demo', async () => {
    await page.getByTestId('clear-all').click();
    await page.getByTestId('clear-all-confirm').click();
    await page.waitForFunction(() => document.documentElement.dataset.persisted === '0');
    expect(await page.locator('[data-testid="files"] tbody tr').count()).toBe(0);
    await page.reload();
    await drawn(page, 'demo');
    expect(await page.evaluate(() => document.documentElement.dataset.restored)).toBe('0');
    expect(await page.getByTestId('demo-banner').count()).toBe(1);
    expect(await page.getByTestId('persist-note').count()).toBe(0);
  });

  it('says so and starts clean when the stored data cannot be read', async () => {
    // An older schema written straight into the store.
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('lantian');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('kv', 'readwrite');
        tx.objectStore('kv').put({ schema: 0, files: ['old.csv'], savedAt: '2020-01-01' }, 'meta');
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.reload();
    await drawn(page, 'demo');
    await expect(page.getByTestId('persist-note').textContent()).resolves.toContain('无法读取');
    await page.reload();
    await drawn(page, 'demo');
    expect(await page.getByTestId('persist-note').count()).toBe(0);
  });

  it('stayed on its own origin and logged no error', () => {
    const origin = new URL(server.url).origin;
    expect(rec.requests.filter((u) => !isSameOrigin(u, origin))).toEqual([]);
    expect(rec.pageErrors).toEqual([]);
  });
});

describe('meetings: the offline single file over file://', () => {
  let session: Session;
  let page: Page;
  let rec: Recorder;

  beforeAll(async () => {
    session = await launch({ width: 1366, height: 768 });
    page = await session.context.newPage();
    rec = record(page);
    await page.goto(pathToFileURL(singleFile).href);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is one file of at most 3 MB', () => {
    expect(readdirSync(path.dirname(singleFile))).toEqual(['index.html']);
    const size = statSync(singleFile).size;
    console.log(`[lantian meetings] dist-single/index.html: ${(size / 1024).toFixed(0)} KB`);
    expect(size).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  it('renders the demo and the target cards with no network request, and can use its store', async () => {
    await drawn(page, 'demo', 60_000);
    expect(await page.locator('.card').count()).toBeGreaterThanOrEqual(4);
    expect(await page.evaluate(() => document.documentElement.dataset.restored)).toBe('0');
    expect(await page.getByTestId('persist-note').count()).toBe(0);
    const foreign = rec.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(rec.pageErrors).toEqual([]);
  });

  it('opens presentation mode and exports a PNG from file:// too', async () => {
    await page.getByTestId('present').click();
    await page.getByTestId('presentation').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-testid="presentation"]'), null, { timeout: 5000 })
      .catch(async () => { await page.keyboard.press('Escape'); });
    await page.locator('summary', { hasText: '导出图表' }).click();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('png-calendarAqi').click()]);
    const bytes = readFileSync(await dl.path());
    expect(bytes.readUInt32BE(16)).toBe(3200);
    expect(bytes.readUInt32BE(20)).toBe(1800);
  });

  it('lets the worker store a loaded file in IndexedDB over file:// and restore it after a reload', async () => {
    const errorsBefore = rec.pageErrors.length; // errors of the earlier steps are theirs
    await page.getByTestId('file-input').setInputFiles(path.resolve('tests/fixtures/ingest/long-en.csv'));
    await drawn(page, 'files', 60_000);
    await page.waitForFunction(() => document.documentElement.dataset.persisted === '1', null, { timeout: 60_000 });
    await page.reload();
    await drawn(page, 'files', 60_000);
    expect(await page.evaluate(() => document.documentElement.dataset.restored)).toBe('1');
    expect(await page.getByTestId('persist-note').count()).toBe(0);
    await page.getByTestId('clear-all').click();
    await page.getByTestId('clear-all-confirm').click();
    await page.waitForFunction(() => document.documentElement.dataset.persisted === '0');
    expect(rec.pageErrors.slice(errorsBefore)).toEqual([]);
  });
});
