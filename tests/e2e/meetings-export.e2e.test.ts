/**
 * Meetings in Chromium (served dist/): presentation mode with the arrow keys over every chosen
 * slide; a chart PNG of the requested pixel size with an opaque white corner; a .pptx that is a
 * valid zip with one slide XML per slide and the key numbers as text; CSV with a BOM; the print
 * layout as PDF (rasterised with pdftoppm for a look); the .pptx opened by a real client (LibreOffice Impress converts
 * it to PDF: one page per slide, key numbers in its text). Screenshots under test-results/meetings/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pngSize } from '../../src/ui/export/bytes.ts';
import { isSameOrigin, launch, record, repoRoot, serveDist } from './harness.ts';
import type { Recorder, Session } from './harness.ts';
import { unzip } from './meetingsZip.ts';

export const shotDir = path.join(repoRoot, 'test-results', 'meetings');

async function demoDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.source === 'demo' && Number(document.documentElement.dataset.chartsDrawn) > 0,
    null, { timeout: 60_000 });
}

/** Clicks `testId` and returns the downloaded file's name, bytes and the wall time to the download. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer; ms: number }> {
  const t0 = Date.now();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId(testId).click()]);
  const file = await dl.path();
  const ms = Date.now() - t0;
  return { name: dl.suggestedFilename(), bytes: readFileSync(file), ms };
}

describe('meetings: presentation and exports (served dist/)', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;
  const figures: string[] = [];

  beforeAll(async () => {
    mkdirSync(shotDir, { recursive: true });
    server = await serveDist();
    session = await launch({ width: 1920, height: 1080 });
    page = await session.context.newPage();
    rec = record(page);
    await page.goto(server.url);
    await demoDrawn(page);
  });
  afterAll(async () => {
    console.log(`[lantian meetings] ${figures.join('; ')}`);
    await session?.close();
    await server?.close();
  });

  it('presents every chosen slide with the arrow keys and leaves with Esc', async () => {
    await page.locator('body').press('p');
    const deck = page.getByTestId('presentation');
    await deck.waitFor();
    const count = Number(await deck.getAttribute('data-slide-count'));
    // demo: title + 3 target groups (Taiyuan 2021: 7 targets) + the charts + summary
    expect(count).toBeGreaterThanOrEqual(1 + 3 + 5 + 1);
    await expect(page.getByTestId('slide-source').textContent()).resolves.toContain('模拟数据');
    await page.screenshot({ path: path.join(shotDir, 'slide-title.png') });
    const seen: string[] = [];
    for (let k = 0; k < count; k++) {
      await page.waitForFunction((n) => document.querySelector('[data-testid="presentation"]')?.getAttribute('data-slide-index') === String(n), k);
      const id = (await deck.getAttribute('data-slide-id')) ?? '';
      seen.push(id);
      expect(await page.locator(`.slide[data-slide-id="${id}"]`).count()).toBe(1);
      if (id === 'targets-quality-1') await page.screenshot({ path: path.join(shotDir, 'slide-targets.png') });
      if (id === 'chart-cumulativeGoodRatio' || id === 'chart-calendarAqi') {
        await page.waitForTimeout(400); // let the chart draw for the screenshot
        await page.screenshot({ path: path.join(shotDir, `slide-${id}.png`) });
      }
      if (id === 'summary') await page.screenshot({ path: path.join(shotDir, 'slide-summary.png') });
      await page.keyboard.press(k % 2 === 0 ? 'ArrowRight' : 'PageDown');
    }
    expect(new Set(seen).size).toBe(count);
    expect(seen[0]).toBe('title');
    expect(seen[count - 1]).toBe('summary');
    await page.keyboard.press('ArrowLeft');
    await expect(deck.getAttribute('data-slide-index')).resolves.toBe(String(count - 2));
    await page.keyboard.press('Escape');
    // Esc first leaves full screen (when granted), which also leaves the presentation.
    await page.waitForFunction(() => !document.querySelector('[data-testid="presentation"]'), null, { timeout: 5000 })
      .catch(async () => { await page.keyboard.press('Escape'); });
    await expect(deck.count()).resolves.toBe(0);
    figures.push(`slides ${count}`);
  });

  it('hides a slide from the deck and remembers the choice after a reload', async () => {
    await page.getByTestId('pick-slides').click();
    const picker = page.getByTestId('slide-picker');
    const before = await picker.locator('input:checked').count();
    await picker.locator('li').nth(2).locator('input').uncheck();
    await expect(picker.locator('input:checked').count()).resolves.toBe(before - 1);
    await page.waitForTimeout(300); // IndexedDB write
    await page.reload();
    await demoDrawn(page);
    // The meeting tools load after the first paint and then read the stored choice: poll for it.
    await expect.poll(() => page.getByTestId('pick-slides').textContent()).toContain(`${before - 1}/${before}`);
    await page.getByTestId('pick-slides').click();
    await page.getByTestId('slide-picker').locator('li').nth(2).locator('input').check();
    await page.getByTestId('pick-slides').click();
  });

  it('exports a chart PNG of 3200 × 1800 pixels with an opaque white background', async () => {
    await page.locator('summary', { hasText: '导出图表' }).click();
    const { name, bytes, ms } = await download(page, 'png-calendarAqi');
    expect(name).toMatch(/^太原_2021_.+\.png$/);
    expect(pngSize(new Uint8Array(bytes))).toEqual({ width: 3200, height: 1800 });
    const corner = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(0, 0, 1, 1).data, ...ctx.getImageData(c.width - 1, c.height - 1, 1, 1).data];
    }, bytes.toString('base64'));
    expect(corner).toEqual([255, 255, 255, 255, 255, 255, 255, 255]);
    figures.push(`PNG ${name} 3200x1800 ${(bytes.length / 1024).toFixed(0)} KB in ${ms} ms`);
    const svg = await download(page, 'svg-calendarAqi');
    expect(svg.bytes.toString('utf8')).toMatch(/^<svg[^>]+width="1600"/);
    figures.push(`SVG ${(svg.bytes.length / 1024).toFixed(0)} KB in ${svg.ms} ms`);
    await page.locator('summary', { hasText: '导出图表' }).click();
  });

  it('exports a .pptx that is a valid zip with one slide per chosen slide and the key numbers as text', async () => {
    const count = Number(await page.getByTestId('pick-slides').textContent().then((t) => /（(\d+)\//.exec(t ?? '')?.[1]));
    const ratio = await page.locator('.card[data-target="good-day-ratio"] .actual').evaluate((el) => el.firstChild?.textContent?.trim() ?? '');
    expect(ratio).toMatch(/%$/);
    const { name, bytes, ms } = await download(page, 'export-pptx');
    expect(name).toMatch(/\.pptx$/);
    const zip = unzip(bytes);
    const slideXml = [...zip.keys()].filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k));
    expect(slideXml).toHaveLength(count);
    expect(zip.has('[Content_Types].xml')).toBe(true);
    const all = slideXml.map((k) => zip.get(k)!.toString('utf8')).join('\n');
    expect(all).toContain('模拟数据');
    expect(all).toContain(ratio);
    expect(all).toContain('优良天数比例');
    const media = [...zip.keys()].filter((k) => k.startsWith('ppt/media/'));
    expect(media.length).toBeGreaterThanOrEqual(5);
    figures.push(`pptx ${count} slides, ${media.length} chart images, ${(bytes.length / 1024 / 1024).toFixed(2)} MB in ${ms} ms`);
  });

  it('exports a .pptx that LibreOffice Impress opens: one PDF page per slide, the key numbers in the text', async () => {
    const count = Number(await page.getByTestId('pick-slides').textContent().then((t) => /（(\d+)\//.exec(t ?? '')?.[1]));
    const ratio = await page.locator('.card[data-target="good-day-ratio"] .actual').evaluate((el) => el.firstChild?.textContent?.trim() ?? '');
    const { bytes } = await download(page, 'export-pptx');
    const dir = path.join(shotDir, 'pptx');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const deck = path.join(dir, 'deck.pptx');
    writeFileSync(deck, bytes);
    const profile = mkdtempSync(path.join(os.tmpdir(), 'lantian-soffice-'));
    const t0 = Date.now();
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, deck],
        { timeout: 400_000, stdio: 'pipe' });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const convertMs = Date.now() - t0;
    const pdf = path.join(dir, 'deck.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(count);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('优良天数比例');
    expect(text).toContain('模拟数据');
    expect(text).toContain(ratio);
    execFileSync('pdftoppm', ['-png', '-r', '40', pdf, path.join(dir, 'slide')]);
    expect(readdirSync(dir).filter((f) => /^slide-\d+\.png$/.test(f))).toHaveLength(count);
    figures.push(`pptx opened by LibreOffice: ${count} pages in ${convertMs} ms`);
  });

  it('exports the tables as CSV with a UTF-8 BOM and Chinese headers', async () => {
    await page.locator('summary', { hasText: '导出表格' }).click();
    for (const id of ['daily', 'monthly', 'annual', 'targets']) {
      const { name, bytes } = await download(page, `csv-${id}`);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(name).toMatch(/^太原_2021_.+\.csv$/);
      if (id === 'daily') {
        const lines = bytes.toString('utf8').split('\r\n');
        expect(lines[0]).toContain('日期,区域,AQI');
        expect(lines.filter((l) => l.startsWith('2021-'))).toHaveLength(365);
      }
    }
    await page.locator('summary', { hasText: '导出表格' }).click();
  });

  it('prints the report on A4 landscape pages: targets first, then every chart, nothing clipped', async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(() => document.querySelector('[data-testid="print-report"]')?.getAttribute('data-ready') === 'true');
    const charts = await page.locator('.print-chart img[src^="data:image/svg+xml"]').count();
    expect(charts).toBeGreaterThanOrEqual(5);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.print-chart img')].every((i) => i.complete && i.naturalWidth > 0));
    const t0 = Date.now();
    const pdf = path.join(shotDir, 'report.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const pdfMs = Date.now() - t0;
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(shotDir, 'print')]);
    const pages = readdirSync(shotDir).filter((f) => /^print-\d+\.png$/.test(f)).sort();
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const first = readFileSync(path.join(shotDir, pages[0]!));
    const size = pngSize(new Uint8Array(first))!;
    expect(size.width).toBeGreaterThan(size.height); // landscape
    figures.push(`print PDF ${pages.length} pages, ${(statSync(pdf).size / 1024).toFixed(0)} KB in ${pdfMs} ms`);
  });

  it('made no request outside its origin and logged no error', () => {
    const origin = new URL(server.url).origin;
    expect(rec.requests.filter((u) => !isSameOrigin(u, origin))).toEqual([]);
    expect(rec.pageErrors).toEqual([]);
    expect(rec.consoleErrors).toEqual([]);
  });
});
