/**
 * A worker that dies is noticed (issue 9 §7): the page's worker is made to end itself with `close()`
 * (what an out-of-memory worker looks like to the page: no error event, no message), and the page
 * must say so and offer to reload the data instead of showing 正在计算… forever. Served over http the
 * check is a Web Lock the worker holds (a long synchronous computation does not trip it); without Web
 * Locks in the page it is the worker's heartbeat; the offline file on file:// uses whichever works
 * there. Times are recorded, never asserted.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launch, record, recordPerf, serveDist, singleFile } from './harness.ts';
import type { Recorder, Session } from './harness.ts';
import { chartsDrawn } from './dropPerf.ts';

/** The page's main worker (not an ingest helper). */
async function mainWorker(page: Page): Promise<Worker> {
  for (let k = 0; k < 100; k++) {
    for (const w of page.workers()) {
      const name = await w.evaluate(() => (self as unknown as { name: string }).name).catch(() => '');
      if (name === 'lantian-worker') return w;
    }
    await page.waitForTimeout(200);
  }
  throw new Error('the main worker was not found');
}

/** Ends the worker from inside, silently (no error event reaches the page). */
async function killSilently(w: Worker): Promise<void> {
  await w.evaluate(() => {
    setTimeout(() => (self as unknown as { close: () => void }).close(), 0);
  }).catch(() => undefined);
}

async function deadNoticed(page: Page, step: string): Promise<void> {
  const t0 = Date.now();
  await page.getByTestId('worker-dead').waitFor({ timeout: 60_000 });
  recordPerf(step, { msToNotice: Date.now() - t0 });
  console.log(`[lantian] ${step}: worker death noticed after ${Date.now() - t0} ms`);
  expect(await page.getByTestId('worker-dead').textContent()).toContain('后台计算已停止');
  // Nothing claims to be computing any more.
  expect(await page.locator('header .busy').textContent()).toBe('');
  expect(await page.getByText('正在计算…').count()).toBe(0);
}

describe('a worker that dies is noticed (served dist/, Web Lock)', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;

  beforeAll(async () => {
    server = await serveDist();
    session = await launch({ width: 1366, height: 768 });
    page = await session.context.newPage();
    rec = record(page);
    await page.goto(server.url);
    await chartsDrawn(page, 'demo', 0, 120_000);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('eight seconds of synchronous work in the worker is not taken for a death', async () => {
    const w = await mainWorker(page);
    await w.evaluate(() => {
      const t = Date.now();
      while (Date.now() - t < 8000) { /* a long computation */ }
    });
    await page.waitForTimeout(1500);
    expect(await page.getByTestId('worker-dead').count()).toBe(0);
  });

  it('a worker that closes itself is reported, with a reload that brings the data back', async () => {
    expect(await page.evaluate(() => document.documentElement.dataset.workerLiveness)).toBe('lock');
    const w = await mainWorker(page);
    await killSilently(w);
    await deadNoticed(page, 'worker death noticed (http, lock)');
    await page.getByTestId('worker-restart').click();
    // The new worker numbers its models from 1 again.
    await chartsDrawn(page, 'demo', 0, 120_000);
    expect(await page.getByTestId('worker-dead').count()).toBe(0);
    expect(await page.locator('.card').count()).toBeGreaterThanOrEqual(4);
    expect(rec.pageErrors).toEqual([]);
  });
});

describe('a worker that dies is noticed (single file over file://)', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(singleFile)) throw new Error('dist-single/index.html is missing: run `npm run build` first');
    session = await launch({ width: 1366, height: 768 });
    page = await session.context.newPage();
    await page.goto(pathToFileURL(singleFile).href);
    await chartsDrawn(page, 'demo', 0, 120_000);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a worker that closes itself is reported', async () => {
    await page.waitForTimeout(6000);
    expect(await page.getByTestId('worker-dead').count()).toBe(0);
    const how = await page.evaluate(() => document.documentElement.dataset.workerLiveness);
    console.log(`[lantian] file:// liveness check: ${how}`);
    const w = await mainWorker(page);
    await killSilently(w);
    await deadNoticed(page, `worker death noticed (file://, ${how})`);
  });
});

describe('a worker that dies is noticed by its heartbeat alone (no Web Locks in the page)', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist();
    session = await launch({ width: 1366, height: 768 });
    page = await session.context.newPage();
    // A browser without Web Locks in the page: the check falls back to the worker's heartbeat.
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true });
    });
    await page.goto(server.url);
    await chartsDrawn(page, 'demo', 0, 120_000);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('idle heartbeats keep it alive; once it closes itself, the silence is reported', async () => {
    await page.waitForTimeout(6000);
    expect(await page.evaluate(() => document.documentElement.dataset.workerLiveness)).toBe('heartbeat');
    expect(await page.getByTestId('worker-dead').count()).toBe(0);
    const w = await mainWorker(page);
    await killSilently(w);
    await deadNoticed(page, 'worker death noticed (heartbeat)');
  });
});
