/**
 * The dashboard in a browser whose clock runs in America/Los_Angeles (the whole Chromium process
 * tree, page and workers, started with TZ=America/Los_Angeles) shows for the simulated Taiyuan
 * 2021 data exactly the figures the CLI prints (the CLI itself is TZ-independent:
 * tests/robustness/timezones.test.ts).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { demoCsv, generateDemoDataset } from '../../src/domain/demo/generate.ts';
import { serveDir } from '../../scripts/serve-dist.mjs';
import { distDir, launch, record, repoRoot } from './harness.ts';
import type { Recorder, Session } from './harness.ts';

const run = promisify(execFile);
// The demo CSV, written from the seeded generator (data/demo/*.csv is generated, not committed).
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lantian-tz-e2e-'));
const DEMO = path.join(tmp, 'taiyuan-demo-2020-2021.csv');
writeFileSync(DEMO, demoCsv(generateDemoDataset()));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const ZONE = 'America/Los_Angeles';

interface CliYear { year: number; goodDays: number; validDays: number; heavyDays: number; goodDayRatio: number | null; goodDayRatioPercent: number | null; compositeIndex: number | null; 'PM2.5': { mean: number | null } }

async function drawn(page: Page, after: number): Promise<number> {
  await page.waitForFunction((a) => document.documentElement.dataset.source === 'files' && Number(document.documentElement.dataset.chartsDrawn ?? 0) > a, after, { timeout: 180_000 });
  return Number(await page.evaluate(() => document.documentElement.dataset.chartsDrawn));
}

describe(`dashboard with the browser in ${ZONE}`, () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;
  const workers: Worker[] = [];
  const savedTz = process.env.TZ;

  beforeAll(async () => {
    process.env.TZ = ZONE; // inherited by Chromium and all its processes
    server = await serveDir(process.env.LANTIAN_DIST ?? distDir);
    session = await launch({ width: 1600, height: 1000 });
    page = await session.context.newPage();
    rec = record(page);
    page.on('worker', (w) => workers.push(w));
    await page.goto(server.url);
    await page.waitForFunction(() => Number(document.documentElement.dataset.chartsDrawn ?? 0) > 0, null, { timeout: 120_000 });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('runs the page and its worker in Los Angeles time', async () => {
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(ZONE);
    expect(await page.evaluate(() => new Date(2021, 6, 1).getTimezoneOffset())).toBe(420);
    expect(workers.length).toBeGreaterThan(0);
    expect(await workers[0]!.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(ZONE);
  });

  it('shows for 太原 2021 the figures the CLI prints (good, valid, heavy days, ratio, composite, PM2.5 mean)', async () => {
    const seq0 = Number(await page.evaluate(() => document.documentElement.dataset.chartsDrawn ?? 0));
    await page.getByTestId('file-input').setInputFiles(DEMO);
    let seq = await drawn(page, seq0);
    if ((await page.getByTestId('area').inputValue()) !== '太原') {
      await page.getByTestId('area').selectOption('太原');
      seq = await drawn(page, seq);
    }
    if ((await page.getByTestId('year').inputValue()) !== '2021') {
      await page.getByTestId('year').selectOption('2021');
      seq = await drawn(page, seq);
    }
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', '--format', 'json', '--year', '2021', DEMO], {
      cwd: repoRoot, maxBuffer: 64 * 1024 * 1024, timeout: 240_000, env: { ...process.env, TZ: 'Asia/Shanghai' },
    });
    const cli = JSON.parse(stdout) as { areas: { name: string; years: CliYear[] }[] };
    const y = cli.areas.find((a) => a.name === '太原')!.years.find((v) => v.year === 2021)!;
    const shown = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-stat]')].map((e) => [e.getAttribute('data-stat'), e.getAttribute('data-value')])));
    expect(Number(shown.goodDays)).toBe(y.goodDays);
    expect(Number(shown.validDays)).toBe(y.validDays);
    expect(Number(shown.heavyDays)).toBe(y.heavyDays);
    // The page shows the published percent (one decimal, rounded once from the counts), the same
    // number as the CLI's goodDayRatioPercent.
    expect(Number(shown.goodDayRatio)).toBe(y.goodDayRatioPercent);
    expect(Number(shown.compositeIndex)).toBe(y.compositeIndex);
    // PM2.5 mean: both publish an integer (GB/T 8170).
    expect(Number(shown.pm25Mean)).toBe(y['PM2.5'].mean);
    console.log(`[lantian robustness] ${ZONE}: 太原 2021 good ${shown.goodDays}/${shown.validDays}, heavy ${shown.heavyDays}, composite ${shown.compositeIndex} — same as the CLI`);
    expect(rec.pageErrors).toEqual([]);
    expect(rec.consoleErrors).toEqual([]);
  });
});
