/**
 * Hostile files in Chromium (the built page, served): station names, site headers, a city and a
 * file name carrying <script>, <img onerror> and =HYPERLINK(...) are loaded through the page's own
 * file input after a valid file. Nothing runs: no dialog, no injected element or script, no
 * window.__pwned, no console error, no request off the page's origin; the names are shown as
 * text (files table, issues, area list), chart tooltips stay escaped while hovering every chart,
 * the CSP meta is present, and the valid file's data is still loaded afterwards. The printed
 * report (fired by `beforeprint`) draws every chart — hostile station names included — as an
 * <img> of a data:image/svg+xml URL, never as inline SVG markup. No Content-Security-Policy
 * violation is reported (securitypolicyviolation events are collected in the page).
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDir } from '../../scripts/serve-dist.mjs';
import { HOSTILE, LOADED_CSV } from '../robustness/fixtures.ts';
import { distDir, ensureScreenshotDir, isSameOrigin, launch, record, repoRoot } from './harness.ts';
import type { Recorder, Session } from './harness.ts';

const bad = (f: string) => path.join(repoRoot, 'tests', 'fixtures', 'bad', f);
const HOSTILE_FILES = ['xss-station-names.csv', 'xss-header-wide.csv', 'xss-city-and-file-text.csv', 'xss-unknown-header.csv'];
/** A file whose very name is hostile (allowed on Linux file systems). */
const HOSTILE_NAME = '<img src=x onerror=window.__pwned=2>.csv';

async function drawnSeq(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.documentElement.dataset.chartsDrawn ?? 0));
}

async function waitDrawn(page: Page, source: string, after: number): Promise<number> {
  await page.waitForFunction(([src, a]) => document.documentElement.dataset.source === src && Number(document.documentElement.dataset.chartsDrawn ?? 0) > Number(a), [source, after] as const, { timeout: 120_000 });
  return drawnSeq(page);
}

/** Waits until the last load has finished and names `file` among the files kept. */
async function loaded(page: Page, file: string): Promise<void> {
  await page.waitForFunction((f) => window.__lantian?.lastLoad?.files.includes(f) ?? false, file, { timeout: 120_000 });
}

describe('hostile files in the browser', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;
  const dialogs: string[] = [];
  let dir: string;
  let scriptsAtStart = 0;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-hostile-'));
    writeFileSync(path.join(dir, 'loaded.csv'), LOADED_CSV);
    copyFileSync(bad('xss-station-names.csv'), path.join(dir, HOSTILE_NAME));
    server = await serveDir(process.env.LANTIAN_DIST ?? distDir);
    session = await launch({ width: 1600, height: 1000 });
    page = await session.context.newPage();
    rec = record(page);
    page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(server.url);
    await waitDrawn(page, 'demo', 0);
    scriptsAtStart = await page.evaluate(() => document.scripts.length);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads a valid file, then the hostile files, through the file input', async () => {
    let seq = await drawnSeq(page);
    await page.getByTestId('file-input').setInputFiles(path.join(dir, 'loaded.csv'));
    await loaded(page, 'loaded.csv');
    seq = await waitDrawn(page, 'files', seq);
    await page.getByTestId('file-input').setInputFiles([...HOSTILE_FILES.map(bad), path.join(dir, HOSTILE_NAME)]);
    await loaded(page, HOSTILE_NAME);
    await waitDrawn(page, 'files', seq);
    const names = await page.locator('[data-testid="files"] tbody tr td:first-child').allTextContents();
    for (const f of ['loaded.csv', ...HOSTILE_FILES, HOSTILE_NAME]) expect(names).toContain(f);
  });

  it('shows the hostile names as text (files table, issues, area list) and creates no element from them', async () => {
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(HOSTILE_NAME);
    expect(text).toContain(HOSTILE.img); // the unknown-format error quotes the header; the city is an area
    expect(text).toContain('<script>window.__pwned=1;alert(1)</script>');
    const options = await page.getByTestId('area').locator('option').allTextContents();
    expect(options).toContain(HOSTILE.img);
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll('img[src="x"]').length,
      onerror: document.querySelectorAll('[onerror]').length,
      scripts: document.scripts.length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      hyperlinks: [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href')?.includes('evil')).length,
    }));
    expect(injected).toEqual({ img: 0, onerror: 0, scripts: scriptsAtStart, pwned: undefined, hyperlinks: 0 });
  });

  it('keeps chart tooltips and legends escaped: the hostile city as area, every chart hovered', async () => {
    const seq = await drawnSeq(page);
    await page.getByTestId('area').selectOption({ label: HOSTILE.img });
    await waitDrawn(page, 'files', seq);
    const charts = page.locator('[data-chart]');
    const n = await charts.count();
    for (let k = 0; k < n; k++) {
      const box = await charts.nth(k).boundingBox();
      if (!box || box.width < 10 || box.height < 10) continue;
      await charts.nth(k).scrollIntoViewIfNeeded();
      const b = (await charts.nth(k).boundingBox())!;
      for (let x = 0.1; x < 0.95; x += 0.08) {
        for (const y of [0.3, 0.5, 0.7]) await page.mouse.move(b.x + b.width * x, b.y + b.height * y);
      }
    }
    // Back to the area of the hostile station names and hover its charts too.
    const seq2 = await drawnSeq(page);
    await page.getByTestId('area').selectOption({ label: '太原' });
    await waitDrawn(page, 'files', seq2);
    for (let k = 0; k < n; k++) {
      const b = await charts.nth(k).boundingBox();
      if (!b || b.width < 10) continue;
      await charts.nth(k).scrollIntoViewIfNeeded();
      const bb = (await charts.nth(k).boundingBox())!;
      for (let x = 0.1; x < 0.95; x += 0.1) await page.mouse.move(bb.x + bb.width * x, bb.y + bb.height * 0.5);
    }
    await page.screenshot({ path: path.join(ensureScreenshotDir(), 'robustness-hostile.png'), fullPage: true });
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll('img[src="x"]').length,
      onerror: document.querySelectorAll('[onerror]').length,
      scripts: document.scripts.length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    }));
    expect(injected).toEqual({ img: 0, onerror: 0, scripts: scriptsAtStart, pwned: undefined });
    expect(n).toBeGreaterThan(0);
  });

  it('prints (beforeprint) every chart as an <img> of an SVG data: URL: the hostile names stay text inside the image', async () => {
    // A whole valid day (24 hours) of a station with a hostile name, so that the printed station ×
    // month heatmap writes that name into its SVG.
    const hours = Array.from({ length: 24 }, (_, h) => `2021-01-06,${h},,"${HOSTILE.script}",太原,50,80,10,30,0.8,40`);
    writeFileSync(path.join(dir, 'xss-print.csv'), ['date,hour,station_code,station,city,PM2.5,PM10,SO2,NO2,CO,O3', ...hours, ''].join('\n'));
    const seq = await drawnSeq(page);
    await page.getByTestId('file-input').setInputFiles(path.join(dir, 'xss-print.csv'));
    await loaded(page, 'xss-print.csv');
    await waitDrawn(page, 'files', seq);
    // Same task as the event: the images must be loaded when the print layout runs right after it.
    const now = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const report = document.querySelector('[data-testid="print-report"]')!;
      const imgs = [...report.querySelectorAll<HTMLImageElement>('.print-chart img')];
      return {
        ready: report.getAttribute('data-ready'),
        images: imgs.length,
        ids: [...report.querySelectorAll('.print-chart')].map((f) => f.getAttribute('data-chart')),
        svgData: imgs.filter((i) => i.getAttribute('src')!.startsWith('data:image/svg+xml;charset=utf-8,')).length,
        inlineSvg: report.querySelectorAll('svg').length,
        svgText: imgs.map((i) => decodeURIComponent(i.getAttribute('src')!.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))).join('\n'),
      };
    });
    expect(now.ready).toBe('true');
    expect(now.images).toBeGreaterThanOrEqual(3); // a few April days: the charts that have something to draw
    expect(now.ids).toContain('stationMonthHeatmap');
    expect(now.svgData).toBe(now.images);
    expect(now.inlineSvg).toBe(0);
    // The station heatmap carries the hostile station name, escaped as SVG text inside the image.
    expect(now.svgText).toContain('&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;');
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid="print-report"] .print-chart img')]
      .every((i) => i.complete && i.naturalWidth > 0), null, { timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(ensureScreenshotDir(), 'robustness-hostile-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll('img[src="x"]').length,
      onerror: document.querySelectorAll('[onerror]').length,
      scripts: document.scripts.length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      csp: (window as unknown as { __csp: string[] }).__csp,
    }));
    expect(injected).toEqual({ img: 0, onerror: 0, scripts: scriptsAtStart, pwned: undefined, csp: [] });
    expect(dialogs).toEqual([]);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('[data-testid="print-report"] .print-chart').count()).resolves.toBe(0);
  });

  it('fired no dialog, logged no console error or page error, and requested nothing off its origin', async () => {
    expect(dialogs).toEqual([]);
    await expect(page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).resolves.toEqual([]);
    expect(rec.consoleErrors).toEqual([]);
    expect(rec.pageErrors).toEqual([]);
    const origin = new URL(server.url).origin;
    expect(rec.requests.filter((u) => !isSameOrigin(u, origin))).toEqual([]);
  });

  it('carries a Content-Security-Policy meta that forbids connections, plugins, inline scripts and base/form hijacks', async () => {
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
    expect(csp).not.toBeNull();
    for (const d of ["default-src 'self'", "connect-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) expect(csp).toContain(d);
    // The served build has no inline script: 'self' (and blob: for browsers without worker-src) only.
    expect(csp!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))).toBe("script-src 'self' blob:");
  });

  it('keeps the loaded file when an empty file of the same name is dropped, and says why', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'lantian-same-name-'));
    try {
      writeFileSync(path.join(other, 'loaded.csv'), '');
      await page.evaluate(() => { window.__lantian!.lastLoad = null; });
      await page.getByTestId('file-input').setInputFiles(path.join(other, 'loaded.csv'));
      await page.waitForFunction(() => window.__lantian?.lastLoad !== null, null, { timeout: 60_000 });
      const alert = page.getByRole('alert').filter({ hasText: 'loaded.csv' });
      const text = await alert.textContent();
      expect(text).toContain('文件为空');
      // A refused file is a notice of its own, not a failure of the background computation.
      expect(text).toContain('文件未载入');
      expect(text).toContain('已加载的同名文件保留不变');
      expect(text).not.toContain('后台计算出错');
      await expect(page.getByText('后台计算出错').count()).resolves.toBe(0);
      await alert.screenshot({ path: path.join(ensureScreenshotDir(), 'refused-file-notice.png') });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('still holds the valid file loaded first (its station is listed, its file row is not rejected)', async () => {
    const row = page.locator('[data-testid="files"] tbody tr', { hasText: 'loaded.csv' });
    await expect(row.count()).resolves.toBe(1);
    expect((await row.getAttribute('class')) ?? '').not.toContain('sev-error');
    const text = await row.textContent();
    expect(text).toContain('4 / 4'); // rows used / rows read
  });
});
