/**
 * `--columns`: a header-less daily table whose layout the detector does not know (a real
 * tianqihoubao file with its columns reordered, saved as GB18030 in a temporary folder) gives the
 * same report as the original file; bad lists are a bad command line (exit 2).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report/report.ts';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { REORDERED_COLUMNS, writeReorderedGb18030 } from '../helpers/reorderedDaily.ts';
import { FIXTURES, runCli } from './run.ts';
import type { CliRun } from './run.ts';

const TWO_DAYS = path.join(FIXTURES, 'nested', 'two-days.csv');
const TQ = 'tianqihoubao-daily-2013-2019';

describe('report CLI: --columns on the command line', () => {
  it('exits 2 on an unknown column name and names it', () => {
    const r = runCli(['--columns', 'date,AQI,PM2.6', TWO_DAYS]);
    expect(r.code).toBe(2);
    expect(r.text).toBe('');
    expect(r.stderr).toContain('Unknown column name "PM2.6" (item 3)');
  });

  it('exits 2 on a list without a date column, or with one field twice', () => {
    const noDate = runCli(['--columns', 'AQI,PM2.5', TWO_DAYS]);
    expect(noDate.code).toBe(2);
    expect(noDate.stderr).toContain('No date column');
    const twice = runCli(['--columns', 'date,PM2.5,PM2.5', TWO_DAYS]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('"PM2.5" is given to several columns (2, 3)');
  });

  it('documents --columns in --help with the accepted names', () => {
    const r = runCli(['--help']);
    expect(r.text).toContain('--columns NAME,NAME,...');
    expect(r.text).toContain('O3_1h, ignore (or -)');
  });

  it('reads a recognised file as usual when --columns is given', () => {
    const r = runCli(['--format', 'json', '--columns', 'date,PM2.5', TWO_DAYS]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('read with --columns');
    // The hourly fixture's two days (24 h each) stay two valid days: it was not read as a daily table.
    expect((JSON.parse(r.text) as Report).areas[0]?.years[0]?.validDays).toBe(2);
  });
});

describeWithRealData(TQ, 'report CLI: a reordered GB18030 tianqihoubao table read with --columns', () => {
  let dir = '';
  let original: CliRun;
  let mapped: CliRun;
  let unmapped: CliRun;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-columns-'));
    const source = realPath(TQ, 'taiyuan.csv');
    const reordered = writeReorderedGb18030(source, dir);
    original = runCli(['--format', 'json', source]);
    mapped = runCli(['--format', 'json', '--columns', REORDERED_COLUMNS, reordered]);
    unmapped = runCli(['--format', 'json', reordered]);
  }, 300_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the reordered file without --columns and says how to give them', () => {
    expect(unmapped.code).toBe(1);
    expect(unmapped.stderr).toContain('no header row and matches no known layout');
    expect(unmapped.stderr).toContain('--columns date,AQI,PM2.5');
  });

  it('gives with --columns the same annual figures as the original file', () => {
    expect(original.code).toBe(0);
    expect(mapped.code).toBe(0);
    expect(mapped.stderr).toContain('read with --columns');
    const a = JSON.parse(original.text) as Report;
    const b = JSON.parse(mapped.text) as Report;
    expect(b.areas.map((x) => x.name)).toEqual(['taiyuan']);
    // PROVENANCE.md: 2015 has 365 rows; the same counts must come out of both files.
    expect(b.areas[0]!.years.find((y) => y.year === 2015)?.daysWithData).toBe(365);
    expect(b.areas[0]!.years).toEqual(a.areas[0]!.years);
  });
});
