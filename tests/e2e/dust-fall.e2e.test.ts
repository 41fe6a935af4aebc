/**
 * Dust fall (plan §21) in Chromium: the two dust-fall fixtures (GB18030 Chinese headers, UTF-8
 * English headers) dropped on the page give the dust-fall section — the counties above the
 * 9 t/(km²·month) line named with how many months, the chart, the table — its CSV for Excel, and
 * its slide in presentation mode. The demo alone shows no dust-fall section.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, record, repoRoot, serveDist } from './harness.ts';
import type { Recorder, Session } from './harness.ts';
import { chartsDrawn } from './dropPerf.ts';

const DUST = path.join(repoRoot, 'tests', 'fixtures', 'dust-fall');
const FILES = ['good-zh.gb18030.csv', 'good-en.utf8.csv'];

describe('dust fall in the browser', () => {
  let server: { url: string; close: () => Promise<void> };
  let session: Session;
  let page: Page;
  let rec: Recorder;

  beforeAll(async () => {
    server = await serveDist();
    session = await launch({ width: 1600, height: 900 });
    page = await session.context.newPage();
    rec = record(page);
    await page.goto(server.url);
    await chartsDrawn(page, 'demo', 0, 120_000);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the demo has no dust-fall section', async () => {
    await page.getByTestId('plan-register').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('dust-fall-section').count()).toBe(0);
  });

  it('dropping the two dust-fall tables shows the section with the counties above 9 t/(km²·month) and how many months', async () => {
    const files = FILES.map((name) => ({ name, bytes: [...readFileSync(path.join(DUST, name))] }));
    await page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, files);
    const section = page.getByTestId('dust-fall-section');
    await section.waitFor({ timeout: 120_000 });
    const above = page.getByTestId('dust-fall-above');
    expect(await above.getAttribute('data-count')).toBe('4');
    // 尖草坪区 Feb–May; 小店区 Mar, May, Jul (Apr is 9.0, on the line); 迎泽区 Aug 9.6; 古交市 May 9.05
    const named = await above.locator('[data-county]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-county')} ${e.getAttribute('data-months')}`));
    expect(named).toEqual(['尖草坪区 4', '小店区 3', '迎泽区 1', '古交市 1']);
    expect(await above.textContent()).toContain('尖草坪区（4 个月）');
    const rows = await page.getByTestId('dust-fall-table').locator('tbody tr').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-county')} ${e.getAttribute('data-above')}`));
    expect(rows).toEqual(['尖草坪区 4', '小店区 3', '迎泽区 1', '古交市 1']);
    await section.locator('[data-chart="dustFallByCounty"] canvas').first().waitFor();
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/dust-fall-section.png' }).catch(() => undefined);
    // the files table lists them as dust-fall tables
    await expect.poll(() => page.locator('[data-testid="files"] tbody').textContent()).toContain('dust-fall');
  });

  it('the CSV of every county-month has a BOM, the line and Y for the months above it', async () => {
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('dust-fall-csv').click()]);
    const text = readFileSync(await dl.path(), 'utf8');
    expect(text.startsWith('\uFEFF县（市、区）,月份,')).toBe(true);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + 29);
    expect(lines).toContain('小店区,2021-04,9,> 9,N');
    expect(lines).toContain('小店区,2021-07,9.3,> 9,Y');
  });

  it('in English the section names the counties the same way', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('dust-fall-above').textContent()).toContain('尖草坪区 (4 months)');
    expect(await page.locator('#dust-fall-h').textContent()).toBe('Dust fall (plan §21)');
  });

  it('presentation mode shows the dust-fall slide: 4 counties above the line, 0 not', async () => {
    await page.locator('body').press('p');
    const deck = page.getByTestId('presentation');
    await deck.waitFor({ timeout: 60_000 });
    const count = Number(await deck.getAttribute('data-slide-count'));
    let found = false;
    for (let k = 0; k < count && !found; k++) {
      await page.waitForFunction((n) => document.querySelector('[data-testid="presentation"]')?.getAttribute('data-slide-index') === String(n), k);
      if ((await deck.getAttribute('data-slide-id')) === 'dust-fall') {
        found = true;
        const slide = page.locator('.slide[data-slide-id="dust-fall"]');
        expect(await slide.locator('[data-status="overdue"] b').textContent()).toBe('4');
        expect(await slide.locator('[data-status="done"] b').textContent()).toBe('0');
        expect(await slide.locator('tbody tr').first().locator('td').first().textContent()).toBe('尖草坪区');
        await page.screenshot({ path: '/tmp/slide-dust-fall.png' }).catch(() => undefined);
      } else {
        await page.keyboard.press('ArrowRight');
      }
    }
    expect(found).toBe(true);
    await page.keyboard.press('Escape');
    expect(rec.pageErrors).toEqual([]);
    expect(rec.consoleErrors).toEqual([]);
  });
});
