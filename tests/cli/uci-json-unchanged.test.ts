import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { REPO, runCli } from './run.ts';

/**
 * The report JSON on the 12 UCI files, saved before the ingest rewrite of issue 11 (split into one
 * file per format, byte-level parsing, parallel reading): every figure, issue and daily row must come
 * out byte for byte the same. The fixture has no field that varies between runs (no timing, no
 * absolute path: files are named by their base name). Regenerate it only for an intended change of
 * the report: `npm run --silent report -- --format json --daily ../shared/data/real/uci-beijing-multisite`.
 */
const FIXTURE = path.join(REPO, 'tests', 'fixtures', 'cli', 'uci-report-daily.json');

describeWithRealData('uci-beijing-multisite', 'report JSON on the 12 UCI files (fixture from before the ingest rewrite)', () => {
  it('is byte-identical to the saved report, daily table included', () => {
    const run = runCli(['--format', 'json', '--daily', realPath('uci-beijing-multisite')]);
    expect(run.code).toBe(0);
    // Compared as text, not as parsed JSON: key order, number spelling and indentation count too.
    expect(run.text).toBe(readFileSync(FIXTURE, 'utf8'));
  });
});
