/**
 * Charts off-screen are drawn when they come near the viewport or in idle time, never before the charts
 * on screen (issue 9: switching ≤ 300 ms at national scale); exports and print never depend on them
 * (Chromium, the built page, the demo data).
 *
 * Idle time is made never to come: an init script replaces requestIdleCallback by one that never calls
 * back (a page kept busy), so a chart off-screen stays undrawn until it is scrolled to. Nothing is timed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pngSize } from '../../src/ui/export/bytes.ts';
import { launch, record, serveDist } from './harness.ts';
import type { Recorder, Session } from './harness.ts';

const heatmap = '[data-chart="stationMonthHeatmap"] .chart-canvas';

/** Pixels of the chart's canvases that are not transparent (a drawn chart has thousands). */
function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    let n = 0;
    for (const c of document.querySelectorAll<HTMLCanvasElement>(`${sel} canvas`)) {
      if (c.width === 0 || c.height === 0) continue;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let k = 3; k < data.length; k += 4) if (data[k]! > 0) n++;
    }
    return n;
  }, selector);
}

describe('charts off-screen wait for the viewport or idle time (built page)', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;

  beforeAll(async () => {
    server = await serveDist();
    // Tall enough that the ranking's chart is on screen when the ranking scrolls its city's row into view.
    session = await launch({ width: 1280, height: 900 });
    page = await session.context.newPage();
    rec = record(page);
    await page.addInitScript(() => {
      // The page is never idle: only scrolling draws a chart off-screen.
      window.requestIdleCallback = (() => 0) as typeof window.requestIdleCallback;
    });
    await page.goto(server.url);
    await page.waitForFunction(() => Number(document.documentElement.dataset.chartsOnScreen ?? 0) > 0,
      null, { timeout: 60_000 });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('draws the charts on screen, leaves those far below undrawn, and draws one when it is scrolled into view', async () => {
    /** Charts by place: drawn (no draw pending) or not, on screen or below it. */
    const places = (): Promise<{ id: string; onScreen: boolean; below: boolean; pending: string | null }[]> => page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.chart-canvas')].map((el) => {
        const r = el.getBoundingClientRect();
        return {
          id: el.closest('[data-chart]')?.getAttribute('data-chart') ?? '',
          onScreen: r.height > 0 && r.bottom > 0 && r.top < window.innerHeight,
          below: r.top > window.innerHeight * 1.2,
          pending: el.dataset.drawPending ?? null,
        };
      }));
    // The first model's charts were queued before the sections above them (loaded after the first paint)
    // pushed them down: the language switched twice mounts every chart anew on the settled page.
    for (const lang of ['en', 'zh']) {
      await page.getByTestId('lang-toggle').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
    }
    // Whatever the page shows (the ranking scrolls its city's row into view), the charts that intersect
    // the viewport get drawn; those well below it wait.
    await expect.poll(async () => (await places()).filter((p) => p.onScreen && p.pending !== null).length, { timeout: 60_000 }).toBe(0);
    const first = await places();
    expect(first.filter((p) => p.below).length).toBeGreaterThan(3);
    for (const p of first.filter((x) => x.below)) expect(p.pending).toBe('idle');
    for (const p of first.filter((x) => x.onScreen)) expect(await paintedPixels(page, `[data-chart="${p.id}"] .chart-canvas`)).toBeGreaterThan(1000);
    expect(await paintedPixels(page, heatmap)).toBe(0);
    // "Every chart drawn" waits for them.
    expect(await page.evaluate(() => document.documentElement.dataset.chartsDrawn)).toBeUndefined();

    // The first chart of the grid scrolled into view is drawn; the station heatmap, the grid's last, still waits.
    const calendar = '[data-chart="calendarAqi"] .chart-canvas';
    await page.locator(calendar).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForFunction((sel) => document.querySelector<HTMLElement>(sel)?.dataset.drawPending === undefined, calendar, { timeout: 60_000 });
    expect(await paintedPixels(page, calendar)).toBeGreaterThan(1000);
    expect(await page.locator(heatmap).getAttribute('data-draw-pending')).toBe('idle');
    expect(await paintedPixels(page, heatmap)).toBe(0);
  });

  it('exports a PNG and prints a chart that is not drawn on screen yet, in full', async () => {
    expect(await page.locator(heatmap).getAttribute('data-draw-pending')).toBe('idle');
    await page.locator('summary', { hasText: '导出图表' }).click();
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('png-stationMonthHeatmap').click()]);
    const bytes = new Uint8Array(readFileSync(await dl.path()));
    expect(pngSize(bytes)).toEqual({ width: 3200, height: 1800 });
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let k = 0; k < data.length; k += 4 * 97) seen.add((data[k]! << 16) | (data[k + 1]! << 8) | data[k + 2]!);
      return seen.size;
    }, Buffer.from(bytes).toString('base64'));
    // Heatmap cells in many shades, not a blank image.
    expect(colours).toBeGreaterThan(10);
    await page.locator('summary', { hasText: '导出图表' }).click();

    const printed = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const fig = document.querySelector('[data-testid="print-report"] .print-chart[data-chart="stationMonthHeatmap"] img');
      return fig?.getAttribute('src') ?? '';
    });
    const svg = decodeURIComponent(printed.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
    expect(svg).toMatch(/^<svg/);
    // One <path> or <rect> per heatmap cell at least: the demo's stations × 12 months.
    expect((svg.match(/<(path|rect)\b/g) ?? []).length).toBeGreaterThan(24);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    // The chart on screen is still waiting: exports never drew it.
    expect(await page.locator(heatmap).getAttribute('data-draw-pending')).toBe('idle');
  });

  it('draws the off-screen chart once it is scrolled near the viewport, and then every chart is drawn', async () => {
    await page.locator(heatmap).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-draw-pending') === null, heatmap, { timeout: 60_000 });
    expect(await paintedPixels(page, heatmap)).toBeGreaterThan(1000);
    // Scrolled down through the page (the charts below it, as far as the data panel's coverage chart), every
    // chart is drawn as it comes near, and the page reports every chart drawn.
    for (let k = 0; k < 20 && await page.locator('[data-draw-pending]').count() > 0; k++) {
      const next = page.locator('[data-draw-pending]').first();
      const label = await next.getAttribute('aria-label');
      await next.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForFunction((l) => [...document.querySelectorAll('[data-draw-pending]')].every((e) => e.getAttribute('aria-label') !== l),
        label, { timeout: 60_000 });
    }
    await page.waitForFunction(() => document.documentElement.dataset.source === 'demo' && Number(document.documentElement.dataset.chartsDrawn ?? 0) > 0,
      null, { timeout: 60_000 });
    expect(rec.pageErrors).toEqual([]);
    expect(rec.consoleErrors).toEqual([]);
  });
});

describe('charts off-screen are drawn in idle time without scrolling (built page)', () => {
  it('reports every chart drawn with the page left at its top', async () => {
    const server = await serveDist();
    const session = await launch({ width: 1280, height: 720 });
    try {
      const page = await session.context.newPage();
      const rec = record(page);
      await page.goto(server.url);
      await page.waitForFunction(() => document.documentElement.dataset.source === 'demo' && Number(document.documentElement.dataset.chartsDrawn ?? 0) > 0,
        null, { timeout: 60_000 });
      // The heatmap is still below the viewport (nobody scrolled to it).
      expect(await page.locator(heatmap).evaluate((el) => el.getBoundingClientRect().top > window.innerHeight * 1.1)).toBe(true);
      expect(await page.locator('[data-draw-pending]').count()).toBe(0);
      expect(await paintedPixels(page, heatmap)).toBeGreaterThan(1000);
      expect(rec.pageErrors).toEqual([]);
    } finally {
      await session.close();
      await server.close();
    }
  });
});
