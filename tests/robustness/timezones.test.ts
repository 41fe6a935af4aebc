/**
 * Results do not depend on the machine's time zone: the CLI's JSON report (with the daily table)
 * is byte-for-byte the same under TZ=UTC, Asia/Shanghai and America/Los_Angeles, for the demo
 * data (2020-2021, crossing both US DST switches of each year) and for a file of hours around the
 * 2021 DST switches (2021-03-14 02:00 does not exist in Los Angeles, 2021-11-07 01:00 happens twice)
 * written with the 1..24 hour convention, so that hour 24 moves to the next day.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { demoCsv, demoStationListCsv, generateDemoDataset } from '../../src/domain/demo/generate.ts';

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'] as const;
const dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-tz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Hours 1..24 of 2021-03-13..15 and 2021-11-06..08 for two stations (values vary by hour). */
function dstFile(): string {
  const lines = ['date,hour,station_code,station,city,PM2.5,PM10,SO2,NO2,CO,O3'];
  for (const [m, days] of [[3, [13, 14, 15]], [11, [6, 7, 8]]] as const) {
    for (const d of days) {
      for (let h = 1; h <= 24; h++) {
        for (const [code, name, k] of [['1081A', '尖草坪', 1], ['1082A', '涧河', 2]] as const) {
          const pm = 20 + ((h * 7 + d * 3 + k * 11) % 90);
          lines.push(`2021-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')},${h},${code},${name},太原,${pm},${pm + 30},${8 + (h % 5)},${30 + (h % 17)},${(0.4 + (h % 9) / 10).toFixed(1)},${40 + h * 5}`);
        }
      }
    }
  }
  return lines.join('\n') + '\n';
}

async function report(tz: string, args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', '--format', 'json', '--daily', ...args], {
    cwd: repo, env: { ...process.env, TZ: tz }, maxBuffer: 256 * 1024 * 1024, timeout: 240_000,
  });
  return stdout;
}

describe('results under three machine time zones', () => {
  it('the child processes really run in those zones (UTC offsets on 2021-07-01: 0, -480, 420 minutes)', async () => {
    const offsets: string[] = [];
    for (const tz of ZONES) {
      const { stdout } = await run(process.execPath, ['-e', 'process.stdout.write(String(new Date(2021, 6, 1).getTimezoneOffset()))'], { env: { ...process.env, TZ: tz } });
      offsets.push(stdout);
    }
    expect(offsets).toEqual(['0', '-480', '420']);
  });

  const cases: [string, () => string[]][] = [
    ['the simulated Taiyuan demo 2020-2021', () => {
      // Written here from the seeded generator (data/demo/*.csv is generated, not committed).
      const data = path.join(dir, 'taiyuan-demo-2020-2021.csv');
      const stations = path.join(dir, 'taiyuan-demo-stations.csv');
      writeFileSync(data, demoCsv(generateDemoDataset()));
      writeFileSync(stations, demoStationListCsv());
      return [data, stations];
    }],
    ['hours 1..24 around the 2021 DST switches', () => {
      const f = path.join(dir, 'dst-edges.csv');
      writeFileSync(f, dstFile());
      return [f];
    }],
  ];
  for (const [title, args] of cases) {
    it(`CLI JSON is byte-for-byte identical under ${ZONES.join(', ')}: ${title}`, async () => {
      const a = args();
      const outs: string[] = [];
      for (const tz of ZONES) outs.push(await report(tz, a)); // one at a time: 2-core machines
      const js = JSON.parse(outs[0]!) as { areas?: { daily?: { date: string }[] }[] };
      const daily = js.areas?.flatMap((ar) => ar.daily ?? []) ?? [];
      expect(daily.length).toBeGreaterThan(0);
      expect(outs[1]).toBe(outs[0]);
      expect(outs[2]).toBe(outs[0]);
    }, 600_000);
  }

  it('the DST file: hour 24 of 2021-03-13 is read as 00:00 of 2021-03-14 in every zone (days 03-13..03-16 present)', async () => {
    const f = path.join(dir, 'dst-edges-2.csv');
    writeFileSync(f, dstFile());
    const js = JSON.parse(await report('America/Los_Angeles', [f])) as { areas: { daily?: { date: string }[] }[] };
    const dates = new Set(js.areas.flatMap((ar) => (ar.daily ?? []).map((d) => d.date)));
    // Hours 1..24 of 13, 14, 15 March → 13 (01-23), 14 (00-23), 15 (00-23), 16 (00 only).
    for (const d of ['2021-03-13', '2021-03-14', '2021-03-15', '2021-03-16', '2021-11-07', '2021-11-09']) expect(dates).toContain(d);
  }, 300_000);
});
