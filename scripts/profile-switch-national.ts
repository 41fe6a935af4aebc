/**
 * Diagnostic (not a test, not part of `npm run bench`): loads the national year (BENCH_NATIONAL_DIR) in the
 * built page, then records a V8 CPU profile of a few area switches and prints where the main thread's time
 * went (self time by function and by source file), plus the page's own chart draw times (window.__lantian.draws).
 * PROFILE_SCROLL=charts scrolls to the chart grid before switching.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { distDir, launch, repoRoot } from '../tests/e2e/harness.ts';
import { serveDir } from './serve-dist.mjs';
import { chartsDrawn } from '../tests/e2e/dropPerf.ts';

const dir = process.env.BENCH_NATIONAL_DIR ?? '/work/nat/2021';
const stationList = path.resolve(repoRoot, '..', 'shared', 'data', 'real', 'station-list-national', 'NewSiteList.csv');
const files = [...readdirSync(dir).filter((f) => /^china_sites_\d{8}\.csv$/.test(f)).sort().map((f) => path.join(dir, f)), stationList];
const server = await serveDir(process.env.LANTIAN_DIST ?? distDir); // an unminified build names the functions
const session = await launch({ width: 1920, height: 1080 });
try {
  const page = await session.context.newPage();
  await page.goto(server.url);
  await chartsDrawn(page, 'demo');
  const before = Number(await page.evaluate(() => document.documentElement.dataset.chartsDrawn ?? 0));
  await page.getByTestId('file-input').setInputFiles(files);
  await chartsDrawn(page, 'files', before, 1_800_000);
  await page.waitForFunction(() => document.documentElement.dataset.persisted !== undefined, undefined, { timeout: 1_800_000, polling: 200 });
  if (process.env.PROFILE_SCROLL === 'charts') await page.evaluate(() => document.getElementById('charts-h')?.scrollIntoView());
  await new Promise((r) => setTimeout(r, 1500));
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  type Profile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] };
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  const totalByFn = new Map<string, number>();
  const add = (profile: Profile): void => {
    const self = new Map<number, number>();
    profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000));
    // Inclusive time per function (a function on the stack twice counted once).
    const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
    const walk = (id: number, onStack: Set<string>): number => {
      const n = byId.get(id)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop() || '(native)'}:${n.callFrame.lineNumber}`;
      let total = self.get(id) ?? 0;
      const fresh = !onStack.has(key);
      if (fresh) onStack.add(key);
      for (const c of n.children ?? []) total += walk(c, onStack);
      if (fresh) {
        onStack.delete(key);
        totalByFn.set(key, (totalByFn.get(key) ?? 0) + total);
      }
      return total;
    };
    walk(profile.nodes[0]!.id, new Set());
    for (const n of profile.nodes) {
      const ms = self.get(n.id) ?? 0;
      const file = n.callFrame.url.split('/').pop() || '(native)';
      const key = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber}`;
      byFn.set(key, (byFn.get(key) ?? 0) + ms);
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
    }
  };
  const trace = process.env.PROFILE_TRACE === '1';
  const events: { name: string; ph: string; dur?: number; tid: number; pid: number; ts: number; args?: { name?: string } }[] = [];
  const seqOf = (k: string): Promise<number> => page.evaluate((key) => Number(document.documentElement.dataset[key] ?? 0), k);
  for (const a of ['北京', '上海', '广州', '成都', '太原']) {
    const s = await seqOf('chartsDrawn');
    const s2 = await seqOf('chartsOnScreen');
    if (trace) {
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,__metadata', transferMode: 'ReportEvents' });
    } else await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.getByTestId('area').selectOption(a);
    await page.waitForFunction((x) => Number(document.documentElement.dataset.chartsOnScreen ?? 0) > x, s2, { timeout: 120_000, polling: 'raf' });
    const t1 = Date.now();
    if (trace) {
      const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      const onData = (d: { value: unknown[] }): void => { events.push(...(d.value as typeof events)); };
      cdp.on('Tracing.dataCollected', onData);
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', onData);
    } else add((await cdp.send('Profiler.stop') as { profile: Profile }).profile);
    await chartsDrawn(page, 'files', s, 120_000);
    console.log(`${a}: on-screen charts drawn in ${t1 - t0} ms, all in ${Date.now() - t0} ms`);
  }
  if (trace) {
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EventDispatch'));
    const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
    // Self time: duration minus nested children, by event name.
    mine.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: { end: number; name: string; child: number; dur: number }[] = [];
    const selfBy = new Map<string, number>();
    const close = (upTo: number): void => {
      while (stack.length && stack[stack.length - 1]!.end <= upTo) {
        const f = stack.pop()!;
        selfBy.set(f.name, (selfBy.get(f.name) ?? 0) + (f.dur - f.child) / 1000);
      }
    };
    for (const e of mine) {
      close(e.ts);
      if (stack.length) stack[stack.length - 1]!.child += e.dur!;
      stack.push({ end: e.ts + e.dur!, name: e.name, child: 0, dur: e.dur! });
    }
    close(Infinity);
    const tasks = mine.filter((e) => e.name === 'RunTask').reduce((s, e) => s + e.dur! / 1000, 0);
    console.log(`renderer main thread: RunTask total ${tasks.toFixed(0)} ms; self time by event:`);
    console.log([...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${n}`).join('\n'));
  }
  const top = (m: Map<string, number>, k: number): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${n}`).join('\n');
  console.log('self time by file:\n' + top(byFile, 12));
  console.log('self time by function:\n' + top(byFn, 30));
  console.log('inclusive time by function:\n' + top(totalByFn, 70));
  console.log('draws:', JSON.stringify(await page.evaluate(() => (window as unknown as { __lantian: { draws: unknown } }).__lantian.draws)));
} finally {
  await session.close();
  await server.close();
}
