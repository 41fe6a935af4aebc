/**
 * The national network's files at work in Chromium (issue 9, Scale): a generated national fortnight
 * (`china_sites_2021MMDD.csv`, 1,605 site columns, gen-national) with the last week of the year before,
 * and the national station list, dropped together. The page opens on the target set's city (太原), switches
 * area and year, and its ranking table gives 太原 the rank the CLI computes from the same files
 * (`--ranking`, the 168 key cities, year to date). Speed is measured by `npm run bench` (section 4), not here.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateNational } from '../../scripts/gen-national.mjs';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { launch, record, repoRoot, serveDist } from './harness.ts';
import type { Recorder, Session } from './harness.ts';
import { chartsDrawn } from './dropPerf.ts';

const run = promisify(execFile);
const DAYS_2021 = 14;
const DAYS_2020 = 7;

interface CliRanking {
  year: number;
  scope: { id: string };
  ranking: { rows: { area: string; rank: number | null }[]; insufficient: { area: string }[] };
}

describeWithRealData('station-list-national', 'national scale in the browser (3 generated weeks over two years + the station list)', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;
  let dir: string;
  const stationList = realPath('station-list-national', 'NewSiteList.csv');

  /** The CLI's ranking of the 168 key cities, year to date of `year`, from the same files. */
  async function cliRanking(year: number): Promise<CliRanking> {
    const { stdout } = await run(process.execPath, [path.join(repoRoot, 'scripts', 'run-cli.mjs'), '--format', 'json', '--ranking', '--year', String(year), dir, stationList],
      { cwd: repoRoot, maxBuffer: 64 << 20 });
    const r = JSON.parse(stdout) as CliRanking;
    expect(r.year).toBe(year);
    expect(r.scope.id).toBe('key');
    return r;
  }
  const cliRank = async (year: number, city: string): Promise<number | null> =>
    (await cliRanking(year)).ranking.rows.find((x) => x.area === city)?.rank ?? null;

  /** The page's rank of `city` in its ranking table (the key cities, year to date: the defaults). */
  async function pageRank(city: string): Promise<string | null> {
    const row = page.getByTestId('ranking').locator(`tr[data-area="${city}"]`);
    await row.waitFor({ timeout: 60_000 });
    return row.getAttribute('data-rank');
  }

  async function choose(testId: string, value: string): Promise<void> {
    const before = Number(await page.evaluate(() => document.documentElement.dataset.chartsDrawn ?? 0));
    await page.getByTestId(testId).selectOption(value);
    await chartsDrawn(page, 'files', before, 120_000);
    expect(await page.getByTestId(testId).inputValue()).toBe(value);
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-national-scale-'));
    generateNational({ year: 2021, out: dir, days: DAYS_2021 });
    generateNational({ year: 2020, out: dir, days: DAYS_2020, start: '1225' });
    server = await serveDist();
    session = await launch({ width: 1600, height: 900 });
    page = await session.context.newPage();
    rec = record(page);
    await page.goto(server.url);
    await chartsDrawn(page, 'demo', 0, 120_000);
    const files = [...readdirSync(dir).map((f) => path.join(dir, f)), stationList];
    await page.getByTestId('file-input').setInputFiles(files);
    await chartsDrawn(page, 'files', 0, 300_000);
  }, 400_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens on the target set\'s city, 太原, in the latest year, with both years offered', async () => {
    expect(await page.getByTestId('area').inputValue()).toBe('太原');
    expect(await page.getByTestId('year').inputValue()).toBe('2021');
    const years = await page.getByTestId('year').locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(years).toEqual(expect.arrayContaining(['2020', '2021']));
  });

  it('ranks 太原 among the 168 key cities exactly as the CLI does from the same files', async () => {
    expect(await page.getByTestId('ranking-scope').inputValue()).toBe('key');
    const cli = await cliRank(2021, '太原');
    expect(cli).not.toBeNull();
    expect(await pageRank('太原')).toBe(String(cli));
    // A full table: every key city of the generated data, the ranks starting at 1.
    const ranks = await page.getByTestId('ranking').locator('tr[data-rank]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rank')));
    expect(ranks.length).toBeGreaterThan(150);
    expect(ranks[0]).toBe('1');
  }, 120_000);

  it('switches area to 大同 and back, the ranking staying on the target city', async () => {
    await choose('area', '大同');
    expect(await page.getByTestId('ranking').locator('tr.highlight').getAttribute('data-area')).toBe('太原');
    await choose('area', '太原');
  }, 240_000);

  it('switches year to 2020, where 7 days are too few to rank 太原: listed apart, as by the CLI; and back to 2021', async () => {
    await choose('year', '2020');
    const cli = await cliRanking(2020);
    expect(cli.ranking.rows.find((x) => x.area === '太原')).toBeUndefined();
    expect(cli.ranking.insufficient.map((x) => x.area)).toContain('太原');
    await page.getByTestId('ranking-insufficient').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('ranking-insufficient').textContent()).toContain('太原');
    expect(await page.getByTestId('ranking').locator('tr[data-area="太原"]').count()).toBe(0);
    await choose('year', '2021');
    expect(await pageRank('太原')).toBe(String(await cliRank(2021, '太原')));
  }, 240_000);

  it('logs no page error', () => {
    expect(rec.pageErrors).toEqual([]);
  });
});
