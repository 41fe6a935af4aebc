/**
 * What a user feels when dropping files on the page, measured in the real build: drop → model, drop → every chart
 * drawn, the model's compute time, the longest main-thread task (Long Tasks API) and the longest gap of a 10 ms
 * heartbeat. Shared by the browser test (which records the figures and only guards against hangs) and by
 * `npm run bench` (which reports them: speed is measured there, never asserted).
 */
import type { Page } from 'playwright-core';

/** Waits until every chart of a model from `source` has drawn; returns that model's seq. */
export async function chartsDrawn(page: Page, source: 'demo' | 'files', afterSeq = 0, timeout = 60_000): Promise<number> {
  await page.waitForFunction(
    ([src, after]) => {
      const d = document.documentElement.dataset;
      return d.source === src && Number(d.chartsDrawn ?? 0) > Number(after);
    },
    [source, afterSeq] as const,
    { timeout },
  );
  return Number(await page.evaluate(() => document.documentElement.dataset.chartsDrawn));
}

export interface DropFigures {
  dropToDrawn: number;
  dropToModel: number;
  computeMs: number;
  longest: number;
  heartbeat: number;
}

/** Drops `files` on the page's file input and measures until every chart of the new model has drawn. */
export async function measureDrop(page: Page, files: string[], timeout = 120_000): Promise<DropFigures> {
  await page.evaluate(() => {
    const w = window as unknown as { __beat: { last: number; max: number; id: number } };
    w.__beat = { last: performance.now(), max: 0, id: 0 };
    w.__beat.id = window.setInterval(() => {
      const now = performance.now();
      w.__beat.max = Math.max(w.__beat.max, now - w.__beat.last);
      w.__beat.last = now;
    }, 10);
  });
  const before = Number(await page.evaluate(() => document.documentElement.dataset.chartsDrawn));
  await page.getByTestId('file-input').setInputFiles(files);
  await chartsDrawn(page, 'files', before, timeout);
  return page.evaluate(() => {
    const w = window as unknown as {
      __beat: { last: number; max: number; id: number };
      __lantian: { dropAt: number; modelAt: number; drawnAt: number; longTasks: { start: number; duration: number }[]; computeMs: number };
    };
    clearInterval(w.__beat.id);
    const gap = Math.max(w.__beat.max, performance.now() - w.__beat.last); // close the last open gap
    const p = w.__lantian;
    const during = p.longTasks.filter((t) => t.start >= p.dropAt && t.start <= p.drawnAt);
    return {
      dropToDrawn: p.drawnAt - p.dropAt,
      dropToModel: p.modelAt - p.dropAt,
      computeMs: p.computeMs,
      longest: Math.max(0, ...during.map((t) => t.duration)),
      heartbeat: gap,
    };
  });
}
