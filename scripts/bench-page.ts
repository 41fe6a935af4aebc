/**
 * Benchmark (not a test), run by `npm run bench`: the built page in Debian's Chromium, fed the 12 UCI Beijing
 * files through its file input — drop → model, drop → every chart drawn, the longest main-thread task and the
 * longest gap of a 10 ms heartbeat (the page must stay responsive while the worker reads). Median of
 * BENCH_PAGE_RUNS drops (default 5; each later drop replaces the same files). Builds dist/ first when it is
 * missing or older than a source file. The browser test records the same figures and only guards against hangs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, distDir, launch, repoRoot, serveDist } from '../tests/e2e/harness.ts';
import { chartsDrawn, measureDrop } from '../tests/e2e/dropPerf.ts';
import type { DropFigures } from '../tests/e2e/dropPerf.ts';

const uci = path.join(process.env.LANTIAN_REAL_DATA ?? path.resolve(repoRoot, '..', 'shared', 'data', 'real'), 'uci-beijing-multisite');
if (!existsSync(uci) || !existsSync(CHROMIUM)) {
  console.log(`  page: skipped (${!existsSync(uci) ? `${uci} not found` : `no Chromium at ${CHROMIUM}`})`);
  process.exit(0);
}

/** Newest modification time of the files under `dir` (recursive). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const built = path.join(distDir, 'index.html');
if (!existsSync(built) || statSync(built).mtimeMs < Math.max(newest(path.join(repoRoot, 'src')), newest(path.join(repoRoot, 'data')))) {
  const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: repoRoot, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('bench: vite build failed');
}

const runs = Math.max(1, Number(process.env.BENCH_PAGE_RUNS ?? 5));
const files = readdirSync(uci).filter((f) => f.endsWith('.csv')).sort().map((f) => path.join(uci, f));
const server = await serveDist();
const session = await launch({ width: 1920, height: 1080 });
try {
  const page = await session.context.newPage();
  await page.goto(server.url);
  await chartsDrawn(page, 'demo');
  const all: DropFigures[] = [];
  for (let i = 0; i < runs; i++) all.push(await measureDrop(page, files));
  const med = (k: keyof DropFigures): number => {
    const s = all.map((r) => r[k]).sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  console.log(`  page (built dist/ in Chromium, 12 UCI files dropped ${runs}×, load ${os.loadavg()[0]?.toFixed(2)}), medians:`);
  console.log(`    drop → model ${med('dropToModel').toFixed(0)} ms, drop → all charts drawn ${med('dropToDrawn').toFixed(0)} ms ` +
    `(model compute in the worker ${med('computeMs').toFixed(0)} ms)`);
  console.log(`    longest main-thread task ${med('longest').toFixed(0)} ms, heartbeat max gap ${med('heartbeat').toFixed(0)} ms ` +
    `(all drops: ${all.map((r) => r.dropToDrawn.toFixed(0)).join(', ')} ms)`);
} finally {
  await session.close();
  await server.close();
}
