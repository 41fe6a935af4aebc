/**
 * A chart removed while zrender is still painting it raises no page error (Chromium, the built page).
 * ECharts draws heatmap cells as zrender "incremental" elements, and zrender paints them in 15 ms
 * slices, finishing in later animation frames; a chart disposed in between used to throw
 * "Cannot read properties of null (reading 'layerStack')" from the pending frame (seen on a loaded
 * CI machine). Here the slices are made to span many frames whatever the machine: while the test's
 * flag is set, each fill on a canvas of a chart with layered canvases (the heatmaps: zrender gives
 * incremental elements a layer of their own) busy-waits 20 ms, so zrender paints one cell per frame. The charts are drawn (language switch: every chart is
 * mounted anew), and while the heatmaps are part-painted the language is switched back, which
 * unmounts and disposes them. Nothing is timed or asserted about time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDir } from '../../scripts/serve-dist.mjs';
import { distDir, launch, record } from './harness.ts';
import type { Recorder, Session } from './harness.ts';
import { chartsDrawn } from './dropPerf.ts';

type SlowWindow = Window & { __slowCanvas?: boolean; __slowFills?: number; __oldHeatmap?: Element | null };

describe('a chart disposed while its heatmap is still being painted', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;

  beforeAll(async () => {
    server = await serveDir(process.env.LANTIAN_DIST ?? distDir);
    session = await launch({ width: 1600, height: 1000 });
    page = await session.context.newPage();
    rec = record(page);
    await page.addInitScript(() => {
      const w = window as SlowWindow;
      w.__slowFills = 0;
      const fill = CanvasRenderingContext2D.prototype.fill;
      CanvasRenderingContext2D.prototype.fill = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
        // zrender gives incremental elements canvas layers of their own: only heatmap charts have more than one.
        if (w.__slowCanvas && (this.canvas.parentElement?.querySelectorAll('canvas').length ?? 0) > 1) {
          w.__slowFills = (w.__slowFills ?? 0) + 1;
          const t = performance.now();
          while (performance.now() - t < 20) { /* a slow machine: one heatmap cell per 15 ms slice */ }
        }
        return (fill as (...a: unknown[]) => void).apply(this, args);
      } as typeof fill;
    });
    await page.goto(server.url);
    await chartsDrawn(page, 'demo');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('raises no page error when the heatmaps are unmounted mid-paint (language switched twice)', async () => {
    const heatmap = '[data-chart="calendarAqi"] .chart-canvas';
    await expect(page.locator(heatmap).count()).resolves.toBe(1);
    await page.evaluate(() => { (window as SlowWindow).__slowCanvas = true; });
    await page.getByTestId('lang-toggle').click();
    // The new heatmap has painted a few cells, one per frame: its paint is part-done.
    await page.waitForFunction((sel) => {
      const w = window as SlowWindow;
      const el = document.querySelector(sel);
      return el !== null && el.getAttribute('aria-label') !== null && (w.__slowFills ?? 0) >= 3;
    }, heatmap, { timeout: 120_000 });
    await page.evaluate((sel) => { (window as SlowWindow).__oldHeatmap = document.querySelector(sel); }, heatmap);
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => (window as SlowWindow).__oldHeatmap?.isConnected === false, null, { timeout: 120_000 });
    // A few frames with the old chart gone: a paint left pending would run (and throw) here.
    await page.evaluate(() => new Promise<void>((done) => {
      let n = 0;
      const frame = (): void => { if (++n >= 5) done(); else requestAnimationFrame(frame); };
      requestAnimationFrame(frame);
    }));
    const fills = await page.evaluate(() => (window as SlowWindow).__slowFills ?? 0);
    await page.evaluate(() => { (window as SlowWindow).__slowCanvas = false; });
    // The charts mounted by the second switch are drawn (a canvas in each).
    await page.waitForFunction(() => [...document.querySelectorAll('[data-chart] .chart-canvas')].every((c) => c.querySelector('canvas') !== null),
      null, { timeout: 120_000 });
    expect(fills).toBeGreaterThanOrEqual(3);
    expect(rec.pageErrors).toEqual([]);
    expect(rec.consoleErrors).toEqual([]);
  });
});
