/**
 * Files that share station-days, on the page: the worker keeps each file's station-daily values only, and
 * reads the hourly values again (from the dropped file, or after a reload from the bytes stored with it)
 * for the files whose station-days overlap, so that such a day is merged hour by hour (mergePacked.ts).
 * The hand-made two-day fixture (24 hours a day) is split so that day 1 is half in each file: each half
 * alone (12 hours) is not a valid day (HJ 663: ≥ 20 hours), the two together are.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, record, repoRoot, serveDist } from './harness.ts';
import type { Recorder, Session } from './harness.ts';

const TWO_DAYS = path.join(repoRoot, 'tests', 'cli', 'fixtures', 'nested', 'two-days.csv');

async function validDays(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('[data-stat="validDays"]')?.getAttribute('data-value') ?? null);
}

describe('page: files sharing station-days are merged hour by hour', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-overlap-e2e-'));
    const lines = readFileSync(TWO_DAYS, 'utf8').trimEnd().split('\n');
    const head = lines[0]!, rows = lines.slice(1);
    writeFileSync(path.join(dir, 'a.csv'), [head, ...rows.slice(0, 12), ...rows.slice(24)].join('\n') + '\n');
    writeFileSync(path.join(dir, 'b.csv'), [head, ...rows.slice(12, 24)].join('\n') + '\n');
    server = await serveDist();
    session = await launch({ width: 1600, height: 900 });
    page = await session.context.newPage();
    rec = record(page);
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.source === 'demo', undefined, { timeout: 120_000 });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('counts the day split across the two files as valid (2 valid days; 1 if the halves were not joined)', async () => {
    await page.getByTestId('file-input').setInputFiles([path.join(dir, 'a.csv'), path.join(dir, 'b.csv')]);
    await page.waitForFunction(() => document.documentElement.dataset.source === 'files' && Number(document.documentElement.dataset.chartsDrawn) > 0, undefined, { timeout: 120_000 });
    expect(await validDays(page)).toBe('2');
  });

  it('still joins them after a reload, from the bytes stored with the files', async () => {
    await page.waitForFunction(() => document.documentElement.dataset.persisted === '2', undefined, { timeout: 120_000 });
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.source === 'files' && Number(document.documentElement.dataset.chartsDrawn) > 0, undefined, { timeout: 120_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.restored)).toBe('2');
    expect(await validDays(page)).toBe('2');
    expect(rec.pageErrors).toEqual([]);
  });
});
