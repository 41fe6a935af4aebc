/**
 * Browser-test harness: serves dist/ on 127.0.0.1, launches Debian's Chromium through
 * playwright-core, and records every request, console message and page error of a page.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveDir } from '../../scripts/serve-dist.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = path.join(repoRoot, 'dist');
export const singleFile = path.join(repoRoot, 'dist-single', 'index.html');
export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');

export const CHROMIUM = process.env.LANTIAN_CHROMIUM ?? '/usr/bin/chromium';

export interface Session {
  browser: Browser;
  context: BrowserContext;
  /** The profile folder (Chromium's --user-data-dir): finds the processes of this browser (memory figures). */
  profile: string;
  close: () => Promise<void>;
}

/** Starts headless Chromium with a fresh profile and no background networking. */
export async function launch(viewport = { width: 1920, height: 1080 }, locale = 'zh-CN'): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium fonts-noto-cjk (see .ci/run)`);
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), 'lantian-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const browser = context.browser() as Browser;
  return {
    browser,
    context,
    profile,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface Recorder {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Records requests (page and its workers), console errors/warnings and uncaught errors of a page. */
export function record(page: Page): Recorder {
  const rec: Recorder = { requests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => rec.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') rec.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => rec.pageErrors.push(String(e)));
  page.on('worker', (w) => {
    rec.requests.push(w.url());
  });
  return rec;
}

/** Serves dist/ (it must have been built) and resolves to its base URL and a closer. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the browser tests');
  }
  return serveDir(distDir);
}

export function ensureScreenshotDir(): string {
  mkdirSync(screenshotDir, { recursive: true });
  return screenshotDir;
}

/** True when `url` stays on `origin` (or is a blob:/data: URL the page made itself). */
export function isSameOrigin(url: string, origin: string): boolean {
  if (url.startsWith('blob:') || url.startsWith('data:')) return true;
  if (origin === 'null' || origin.startsWith('file:')) return url.startsWith('file:');
  return new URL(url).origin === origin;
}

/** The e2e's own report of speed figures: test-results/perf.json, one entry per measured step (never asserted). */
export const perfReport = path.join(repoRoot, 'test-results', 'perf.json');

/** Adds (or replaces) one measured step in test-results/perf.json. */
export function recordPerf(step: string, figures: Record<string, number>): void {
  mkdirSync(path.dirname(perfReport), { recursive: true });
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(perfReport, 'utf8')) as Record<string, unknown>;
  } catch {
    all = {};
  }
  all[step] = { ...figures, at: new Date().toISOString() };
  writeFileSync(perfReport, `${JSON.stringify(all, null, 2)}\n`);
}
