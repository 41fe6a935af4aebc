/**
 * The offline single file (dist-single/index.html) opened over file://: the inline classic worker
 * (and its ingest helper) start from blob: URLs under the page's Content-Security-Policy, the demo
 * draws, real files load, and nothing is requested but the file itself and the blob: workers.
 * The policy allows the inline app script by its sha256 only (no 'unsafe-inline'), and the page
 * reports no securitypolicyviolation event.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { realPath } from '../helpers/realData.ts';
import { launch, record, singleFile } from './harness.ts';
import type { Recorder, Session } from './harness.ts';

describe('single file over file://', () => {
  let session: Session;
  let page: Page;
  let rec: Recorder;

  beforeAll(async () => {
    if (!existsSync(singleFile)) throw new Error('dist-single/index.html is missing: run `npm run build` first');
    session = await launch({ width: 1366, height: 768 });
    page = await session.context.newPage();
    rec = record(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(pathToFileURL(singleFile).href);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is one HTML file with no other asset beside it', () => {
    expect(readdirSync(singleFile.replace(/index\.html$/, ''))).toEqual(['index.html']);
  });

  it("allows its inline script by sha256 hash, not by 'unsafe-inline'", async () => {
    const html = readFileSync(singleFile, 'utf8');
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1] ?? ''));
    expect(inline).toHaveLength(1);
    const hash = createHash('sha256').update(inline[0]![2]!, 'utf8').digest('base64');
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}' blob:`);
    expect(csp).toContain('worker-src blob:');
  });

  it('draws the demo with the worker running from a blob: URL', async () => {
    await page.waitForFunction(() => document.documentElement.dataset.source === 'demo' && Number(document.documentElement.dataset.chartsDrawn) > 0,
      null, { timeout: 60_000 });
    expect(rec.requests.some((u) => u.startsWith('blob:null/'))).toBe(true);
    expect(await page.locator('.card').count()).toBeGreaterThanOrEqual(4);
  });

  it('loads real files offline', async () => {
    const dir = realPath('uci-beijing-multisite');
    if (!existsSync(dir)) {
      process.stderr.write(`\n[lantian] NOTICE: ${dir} not found; file:// loading not exercised\n`);
      return;
    }
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort().slice(0, 3).map((f) => realPath('uci-beijing-multisite', f));
    const seq = Number(await page.evaluate(() => document.documentElement.dataset.chartsDrawn));
    await page.getByTestId('file-input').setInputFiles(files);
    await page.waitForFunction((s) => document.documentElement.dataset.source === 'files' && Number(document.documentElement.dataset.chartsDrawn) > s,
      seq, { timeout: 120_000 });
    await expect(page.locator('[data-testid="files"] tbody tr').count()).resolves.toBe(3);
  });

  it('says so (no endless spinner) when the browser refuses to start the worker', async () => {
    // The same file with a policy that forbids workers: the page must report the failure.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-noworker-'));
    const html = readFileSync(singleFile, 'utf8').replace("worker-src blob: 'self'", "worker-src 'none'");
    expect(html).toContain("worker-src 'none'");
    writeFileSync(path.join(dir, 'index.html'), html);
    const p2 = await session.context.newPage();
    try {
      await p2.goto(pathToFileURL(path.join(dir, 'index.html')).href);
      const alert = p2.getByRole('alert').first();
      await expect(alert.textContent({ timeout: 30_000 })).resolves.toMatch(/worker/i);
      expect(await p2.getByText('正在计算…').count()).toBe(0);
    } finally {
      await p2.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its charts as data:image/svg+xml images that the policy lets load', async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const imgs = page.locator('[data-testid="print-report"] .print-chart img[src^="data:image/svg+xml"]');
    expect(await imgs.count()).toBeGreaterThanOrEqual(3);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid="print-report"] .print-chart img')]
      .every((i) => i.complete && i.naturalWidth > 0), null, { timeout: 30_000 });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  });

  it('reported no Content-Security-Policy violation', async () => {
    await expect(page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).resolves.toEqual([]);
  });

  it('requested nothing but the file and its blob: workers, and logged no error', () => {
    const other = rec.requests.filter((u) => !u.startsWith('blob:null/') && u !== pathToFileURL(singleFile).href);
    expect(other).toEqual([]);
    expect(rec.consoleErrors).toEqual([]);
    expect(rec.pageErrors).toEqual([]);
  });
});
