import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { CLI, REPO } from './run.ts';

/**
 * The report JSON on the 12 UCI files, saved before the ingest rewrite of issue 11 (split into one
 * file per format, parallel reading): every figure, issue and daily row must come out byte for byte
 * the same, read in this thread alone or with reading threads. The fixture has no field that varies
 * between runs (no timing, no absolute path: files are named by their base name). Regenerate it only
 * for an intended change of the report:
 * `npm run --silent report -- --format json --daily ../shared/data/real/uci-beijing-multisite`.
 */
const FIXTURE = path.join(REPO, 'tests', 'fixtures', 'cli', 'uci-report-daily.json');

function reportWith(readers: number): { code: number | null; text: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--format', 'json', '--daily', realPath('uci-beijing-multisite')], {
    cwd: REPO,
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NODE_NO_WARNINGS: '1', LANTIAN_CLI_THREADS: String(readers) },
  });
  return { code: r.status, text: r.stdout.toString('utf8') };
}

describeWithRealData('uci-beijing-multisite', 'report JSON on the 12 UCI files (fixture from before the ingest rewrite)', () => {
  for (const readers of [1, 3]) {
    it(`is byte-identical to the saved report, daily table included (${readers} reader${readers > 1 ? 's: this thread and 2 reading threads' : ''})`, () => {
      const run = reportWith(readers);
      expect(run.code).toBe(0);
      // Compared as text, not as parsed JSON: key order, number spelling and indentation count too.
      expect(run.text).toBe(readFileSync(FIXTURE, 'utf8'));
    }, 300_000); // a hang guard, not a timing (a loaded 2-core machine took 35 s)
  }
});
