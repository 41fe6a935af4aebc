/**
 * The national view's page parts in Chromium (issue 9): 12 generated national daily files
 * (`china_sites_202101DD.csv`, 1,605 site columns, gen-national) and the national station list
 * dropped together. The files table shows the daily files as one group row (pattern, count, size,
 * dates, issues), expandable, removable as a whole; the area picker is grouped by province with the
 * target city first and finds 太原 by 太 and by the pinyin initials 'ty' (keyboard only); the ranking
 * has its bar chart and a slide; with 大同 shown against the 太原 targets, the slides that mix them
 * (title, target cards, summary, the chart with the target line) carry the page's warning, in
 * presentation mode and in the .pptx.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateNational } from '../../scripts/gen-national.mjs';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { launch, record, serveDist } from './harness.ts';
import type { Recorder, Session } from './harness.ts';
import { chartsDrawn } from './dropPerf.ts';
import { unzip } from './meetingsZip.ts';

const DAYS = 12;

describeWithRealData('station-list-national', 'national view in the browser (12 generated days + the station list)', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-national-view-'));
    generateNational({ year: 2021, out: dir, days: DAYS });
    server = await serveDist();
    session = await launch({ width: 1600, height: 900 });
    page = await session.context.newPage();
    rec = record(page);
    await page.goto(server.url);
    await chartsDrawn(page, 'demo', 0, 120_000);
    const files = [...readdirSync(dir).map((f) => path.join(dir, f)), realPath('station-list-national', 'NewSiteList.csv')];
    await page.getByTestId('file-input').setInputFiles(files);
    await chartsDrawn(page, 'files', 0, 240_000);
  }, 400_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens on the target set\'s city, 太原, listed first in the picker', async () => {
    expect(await page.getByTestId('area').inputValue()).toBe('太原');
    const groups = await page.getByTestId('area').locator('optgroup').evaluateAll((els) => els.map((e) => e.getAttribute('label')));
    expect(groups[0]).toBe('目标城市');
    expect(groups).toContain('山西省');
    expect(groups).toContain('北京市');
    const shanxi = await page.getByTestId('area').locator('optgroup[label="山西省"] option').allTextContents();
    expect(shanxi).toContain('大同');
    expect(shanxi).not.toContain('太原'); // it is in the target group
  });

  it('lists the 12 daily files as one group row china_sites_2021MMDD.csv with count, dates and size, expandable', async () => {
    const table = page.getByTestId('files');
    const group = table.locator('tr[data-group="china_sites_2021MMDD.csv"]');
    expect(await group.getAttribute('data-count')).toBe(String(DAYS));
    const text = await group.textContent();
    expect(text).toContain(`${DAYS} 个文件`);
    expect(text).toContain('2021-01-01 – 2021-01-12');
    expect(text).toMatch(/问题：错误 \d+，警告 \d+，提示 \d+/);
    expect(text).toMatch(/\d+(\.\d)? MB/);
    // the station list stays a row of its own; the daily files are not listed one by one
    expect(await table.locator('tbody tr').count()).toBe(2);
    await group.getByTestId('file-group-toggle').click();
    expect(await table.locator('tbody tr.file-in-group').count()).toBe(DAYS);
    expect(await table.locator('tr[data-file="china_sites_20210105.csv"]').count()).toBe(1);
    // stations by name from the station list, the code on hover
    expect(await table.locator('tr[data-file="china_sites_20210105.csv"] td').nth(4).getAttribute('title')).toContain('万寿西宫 (1001A)');
    await group.getByTestId('file-group-toggle').click();
    expect(await table.locator('tbody tr').count()).toBe(2);
  });

  it('finds 太原 by typing 太, and by the pinyin initials ty, chosen with the keyboard', async () => {
    const search = page.getByTestId('area-search');
    await page.getByTestId('area').selectOption('大同');
    await page.waitForFunction(() => (document.querySelector('[data-testid="area"]') as HTMLSelectElement).value === '大同');
    await search.click();
    await search.pressSequentially('太');
    await page.getByTestId('area-matches').locator('[data-area="太原"]').waitFor();
    await search.press('Enter');
    await page.waitForFunction(() => (document.querySelector('[data-testid="area"]') as HTMLSelectElement).value === '太原', null, { timeout: 60_000 });

    await page.getByTestId('area').selectOption('大同');
    await page.waitForFunction(() => (document.querySelector('[data-testid="area"]') as HTMLSelectElement).value === '大同');
    await search.focus();
    await search.pressSequentially('ty');
    await page.getByTestId('area-matches').locator('[data-area="太原"]').waitFor({ timeout: 60_000 });
    const options = await page.getByTestId('area-matches').locator('[role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-area')));
    const at = options.indexOf('太原');
    expect(at).toBeGreaterThanOrEqual(0);
    for (let k = 0; k < at; k++) await search.press('ArrowDown');
    await search.press('Enter');
    await page.waitForFunction(() => (document.querySelector('[data-testid="area"]') as HTMLSelectElement).value === '太原', null, { timeout: 60_000 });
  });

  it('draws the ranking of the scope as bars with 太原 marked, in the ranking section', async () => {
    const chart = page.getByTestId('ranking-chart');
    await chart.locator('canvas').first().waitFor({ timeout: 60_000 });
    expect(await chart.getAttribute('data-chart')).toBe('rankingBars');
    expect(await page.getByTestId('ranking').locator('tr[data-area="太原"]').count()).toBe(1);
  });

  it('names 太原\'s stations in the station heatmap from the station list and marks the background stations ◇ (its SVG export)', async () => {
    await page.locator('summary', { hasText: '导出图表' }).click();
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('svg-stationMonthHeatmap').click()]);
    const svg = readFileSync(await dl.path(), 'utf8');
    await page.locator('summary', { hasText: '导出图表' }).click();
    expect(svg).toContain('尖草坪'); // 1081A
    expect(svg).not.toContain('>1081A<');
    // 上兰(对照点) 1083A and 涧河 1082A are background stations (Y) in NewSiteList.csv
    expect(svg).toContain('◇ 上兰(对照点)');
    expect(svg).toContain('◇ 涧河');
    expect(svg).toContain('对照点，不计入城市浓度');
  });

  it('with 大同 shown against the 太原 targets, every slide that mixes them carries the page\'s warning, and the ranking has a slide', async () => {
    await page.getByTestId('area').selectOption('大同');
    const note = page.getByTestId('targets-scope-note');
    await note.waitFor({ timeout: 60_000 });
    const warning = (await note.textContent()) ?? '';
    expect(warning).toBe('这些目标针对太原 2021 年；图表显示的是大同 2021 年');
    await page.getByTestId('present').click();
    const deck = page.getByTestId('presentation');
    await deck.waitFor();
    const count = Number(await deck.getAttribute('data-slide-count'));
    const notes = new Map<string, string | null>();
    for (let k = 0; k < count; k++) {
      await page.waitForFunction((n) => document.querySelector('[data-testid="presentation"]')?.getAttribute('data-slide-index') === String(n), k);
      const id = (await deck.getAttribute('data-slide-id')) ?? '';
      const slideNote = page.locator(`.slide[data-slide-id="${id}"] [data-testid="slide-scope-note"]`);
      notes.set(id, (await slideNote.count()) > 0 ? await slideNote.textContent() : null);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-testid="presentation"]'), null, { timeout: 5000 })
      .catch(async () => { await page.keyboard.press('Escape'); });
    expect(notes.has('chart-rankingBars')).toBe(true);
    for (const id of ['title', 'targets-quality-1', 'summary', 'chart-cumulativeGoodRatio']) expect([id, notes.get(id)]).toEqual([id, warning]);
    for (const id of ['chart-calendarAqi', 'chart-rankingBars']) expect([id, notes.get(id)]).toEqual([id, null]);

    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-pptx').click()]);
    const zip = unzip(readFileSync(await dl.path()));
    const slides = [...zip.keys()].filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k))
      .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
    expect(slides).toHaveLength(count);
    const withWarning = slides.filter((k) => zip.get(k)!.toString('utf8').includes(warning));
    expect(withWarning).toContain('ppt/slides/slide1.xml'); // the title
    expect(withWarning).toContain(slides[slides.length - 1]); // the summary
    expect(withWarning.length).toBe([...notes.values()].filter((n) => n !== null).length);
  });

  it('removes the whole group with one button: the daily files go, the station list stays', async () => {
    await page.getByTestId('files').locator('tr[data-group="china_sites_2021MMDD.csv"]').getByTestId('file-group-remove').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="files"] tbody tr').length === 1, null, { timeout: 120_000 });
    expect(await page.getByTestId('files').locator('tbody').textContent()).toContain('NewSiteList.csv');
    expect(rec.pageErrors).toEqual([]);
  });
});
