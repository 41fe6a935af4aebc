import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report/report.ts';
import { FIXTURES, REPO, runCli } from './run.ts';

const TWO_DAYS = path.join(FIXTURES, 'nested', 'two-days.csv');
const GARBAGE = path.join(FIXTURES, 'garbage.txt');

describe('report CLI on a hand-made two-day station file', () => {
  // Fixture: one station, 24 hours a day of PM2.5 40 (day 1) / 160 (day 2), PM10 60, SO2 10, NO2 30,
  // CO 800 µg/m³ (= 0.8 mg/m³), O3 50.
  const run = runCli(['--format', 'json', '--daily', TWO_DAYS]);
  const report = JSON.parse(run.text) as Report;
  const area = report.areas[0]!;
  const y = area.years[0]!;

  it('writes only the JSON to stdout and exits 0', () => {
    expect(run.code).toBe(0);
    expect(run.text.trimStart().startsWith('{')).toBe(true);
    expect(run.stderr).toContain('two-days.csv');
  });
  it('computes the daily AQI by HJ 633-2012 (day 1 good, day 2 heavy)', () => {
    // Day 1: IAQI PM2.5 40 → 50 + 5 × 50/40 = 56.25 → 57; PM10 60 → 55; NO2 30 → 37.5 → 38: AQI 57, 良, primary PM2.5.
    // Day 2: PM2.5 160 → 200 + 10 × 100/100 = 210: 重度污染.
    expect(area.daily?.map((d) => [d.date, d.aqi, d.category, d.primary])).toEqual([
      ['2021-01-01', 57, 'good', ['PM2.5']],
      ['2021-01-02', 210, 'heavy', ['PM2.5']],
    ]);
    expect(area.daily?.[0]).toMatchObject({ SO2: 10, NO2: 30, PM10: 60, 'PM2.5': 40, CO: 0.8, O3_8h: 50, O3_1h: 50 });
  });
  it('publishes the annual statistics rounded as bulletins do', () => {
    // PM2.5 mean (40 + 160)/2 = 100; P95: k = 1 + 1 × 0.95 = 1.95 → 40 + 120 × 0.95 = 154.
    // Composite: 10/60 + 30/40 + 60/70 + 100/35 + 0.8/4 + 50/160 = 5.143… → 5.14.
    expect(y).toMatchObject({
      year: 2021, calendarDays: 365, daysWithData: 2, validDays: 2, goodDays: 1, goodDayRatio: 0.5, goodDayRatioPercent: 50, heavyDays: 1,
      categoryDays: { excellent: 0, good: 1, light: 0, moderate: 0, heavy: 1, severe: 0 },
      'PM2.5': { mean: 100, p95: 154 }, SO2: { mean: 10, p98: 10 }, CO: { p95: 0.8 }, O3: { p90: 50 }, compositeIndex: 5.14,
      annualDataSufficient: false,
    });
    expect(y.episodes).toEqual([{ start: '2021-01-02', end: '2021-01-02', days: 1, peakAqi: 210, peakDate: '2021-01-02' }]);
  });
  it('names the edition and every §8 convention with its confirmation status', () => {
    expect(report.edition).toMatchObject({ mode: 'auto', ids: ['2012'], mixed: false });
    expect(report.settings.edition).toBe('auto');
    const names = report.settings.conventions.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['naturalDay', 'cityDailyValue', 'o3Mda8', 'concentrationRoundingBeforeIaqi', 'missingIndicatorDay', 'annualStatistics', 'compositeLimits', 'edition']));
    expect(report.settings.conventions.find((c) => c.name === 'cityDailyValue')?.confirmed).toBe(false);
    expect(report.settings.rounding['goodDayRatio']).toContain('4 decimals');
    expect(report.settings.rounding['goodDayRatioPercent']).toContain('rounded once');
  });
});

describe('report CLI: inputs, exit codes and options', () => {
  it('reads folders recursively (*.csv, *.txt) and still reports when one file is unusable', () => {
    const r = runCli(['--format', 'json', FIXTURES]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/✗ .*garbage\.txt/);
    expect(r.stderr).not.toContain('ignored.json');
    expect((JSON.parse(r.text) as Report).areas[0]?.years[0]?.validDays).toBe(2);
  });
  it('exits 1 with a message and an empty stdout when nothing usable was read', () => {
    const r = runCli(['--format', 'json', GARBAGE]);
    expect(r.code).toBe(1);
    expect(r.text).toBe('');
    expect(r.stderr).toContain('nothing usable');
  });
  it('exits 2 on an unknown option, a bad value, an unknown area or a missing input', () => {
    expect(runCli(['--frobnicate', TWO_DAYS]).code).toBe(2);
    const bad = runCli(['--format', 'xml', TWO_DAYS]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of text, json, csv');
    const area = runCli(['--area', 'Nowhere', TWO_DAYS]);
    expect(area.code).toBe(2);
    expect(area.stderr).toContain('no area named "Nowhere"');
    expect(runCli([]).code).toBe(2);
  });
  it('prints the usage with --help and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.text).toContain('--targets FILE');
  });
  it('rejects an invalid target file with the field named, exit 2', () => {
    const r = runCli(['--targets', path.join(FIXTURES, 'ignored.json'), TWO_DAYS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('format: must be "lantian-targets/1"');
  });
  it('evaluates the Taiyuan 2021 targets: 2 days in, both at risk against the official 2020 baseline', () => {
    const r = runCli(['--format', 'json', '--targets', path.join(REPO, 'data', 'targets', 'taiyuan-2021.json'), TWO_DAYS]);
    const t = Object.fromEntries(((JSON.parse(r.text) as Report).areas[0]?.targets ?? []).map((e) => [e.id, e]));
    // Good days: 2020 had 223 (implied) → 224 needed; 1 so far → 223 in the remaining 363 days
    // (61.4 %) against 50 % so far → at-risk.
    expect(t['good-day-ratio']).toMatchObject({ status: 'at-risk', remaining: { days: 363, value: 223 }, baseline: { goodDays: 223, source: 'implied' } });
    // Heavy days: 15 (implied) → at most 14; 1 so far, pace 1/2 × 363 = 181.5 > 13 allowed → at-risk.
    expect(t['heavy-days']).toMatchObject({ status: 'at-risk', actual: 1, target: 14, remaining: { value: 13 } });
  });
  it('--edition 2026 overrides the edition: PM2.5 40 → IAQI 50 + 5 × 50/25 = 60 under HJ 633-2026', () => {
    const rep = JSON.parse(runCli(['--format', 'json', '--daily', '--edition', '2026', TWO_DAYS]).text) as Report;
    expect(rep.edition).toMatchObject({ mode: 'override', choice: '2026', ids: ['2026'] });
    expect(rep.areas[0]?.daily?.map((d) => d.aqi)).toEqual([60, 210]);
  });
  it('--co-unit reaches the ingest as a setting', () => {
    const rep = JSON.parse(runCli(['--format', 'json', '--co-unit', 'mg', TWO_DAYS]).text) as Report;
    expect(rep.files[0]?.coUnit).toEqual({ unit: 'mg/m3', how: 'setting' });
    expect(rep.settings.coUnit).toBe('mg/m3');
  });
  it('--area-name names the stations without a city; --year limits the years', () => {
    const r = runCli(['--format', 'json', '--area-name', '测试区', '--year', '2020', TWO_DAYS]);
    const rep = JSON.parse(r.text) as Report;
    expect(rep.areas[0]?.name).toBe('测试区');
    expect(rep.areas[0]?.years).toEqual([]);
  });
});

describe('report CLI: CSV output', () => {
  it('starts with a UTF-8 BOM, uses CRLF and neutralises a formula-like area name', () => {
    const r = runCli(['--format', 'csv', '--area-name', '=SUM(A1),x', TWO_DAYS]);
    expect(r.code).toBe(0);
    expect([...r.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = r.text.slice(1).split('\r\n');
    expect(lines[0]?.startsWith('area,year,from,to,edition,')).toBe(true);
    // … validDays 2, goodDays 1, goodDayRatio 0.5, goodDayRatioPercent 50, heavyDays 1
    expect(lines[0]?.includes(',validDays,goodDays,goodDayRatio,goodDayRatioPercent,heavyDays,')).toBe(true);
    expect(lines[1]?.startsWith(`"'=SUM(A1),x",2021,2021-01-01,2021-12-31,2012,365,2,2,1,0.5,50,1,`)).toBe(true);
  });
  it('with --daily writes the daily table instead', () => {
    const r = runCli(['--format', 'csv', '--daily', TWO_DAYS]);
    const lines = r.text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('全部站点,2021-01-02,210,heavy,PM2.5,10,30,60,160,0.8,50,50,true,2012,1');
  });
});

describe('report CLI text summary', () => {
  it('prints a readable table by default', () => {
    const r = runCli([TWO_DAYS]);
    expect(r.code).toBe(0);
    expect(r.text).toContain('■ 全部站点');
    expect(r.text).toMatch(/2021\s+2\s+1\s+50\.0\s+1/);
  });
});

// The JSON documentation must name every top-level field the report has.
describe('docs/report-json.md', () => {
  it('documents the top-level fields', () => {
    const doc = readFileSync(path.join(REPO, 'docs', 'report-json.md'), 'utf8');
    for (const f of ['edition', 'settings', 'issues', 'files', 'areas', 'ranking', 'daily', 'targets', 'goodDayRatio', 'compositeIndex']) {
      expect(doc).toContain(`\`${f}\``);
    }
  });
});

describe('report CLI on files that share station-days (merged from their hours, not their daily values)', () => {
  // The two-day fixture split in two: day 1 hours 0–11 and day 2 in the first file, day 1 hours 12–23 in the
  // second, whose hour 12 appears in the first file too with PM2.5 99 (a conflict: the first file's value stays).
  const lines = readFileSync(TWO_DAYS, 'utf8').trimEnd().split('\n');
  const head = lines[0]!, rows = lines.slice(1);
  const dir = mkdtempSync(path.join(tmpdir(), 'lantian-overlap-'));
  const conflict = rows[12]!.replace(',40,60,', ',99,60,');
  writeFileSync(path.join(dir, 'a.csv'), [head, ...rows.slice(0, 12), conflict, ...rows.slice(24)].join('\n') + '\n');
  writeFileSync(path.join(dir, 'b.csv'), [head, ...rows.slice(12, 24)].join('\n') + '\n');
  const run = runCli(['--format', 'json', '--daily', path.join(dir, 'a.csv'), path.join(dir, 'b.csv')]);
  const report = JSON.parse(run.text) as Report;

  it('joins the halves of day 1 into one valid day (12 + 12 ≥ 20 hours; each half alone would be invalid)', () => {
    // Hours 0–11 from a.csv (40) + hour 12 from a.csv (99, kept) + hours 13–23 from b.csv (40): (23 × 40 + 99) / 24
    // = 42.458…, published as an integer: 42 (b.csv's 40 at hour 12 would give 40; a half day gives no value).
    expect(run.code).toBe(0);
    const day1 = report.areas[0]!.daily?.[0];
    expect(day1?.date).toBe('2021-01-01');
    expect(day1?.['PM2.5']).toBe(42);
  });
  it('reports the conflicting hour of the second file, keeping the first file\'s value', () => {
    const w = report.issues.find((i) => i.code === 'duplicate-conflict');
    expect(w).toMatchObject({ file: 'b.csv', count: 1 });
    expect(w?.message.en).toContain('2021-01-01 12:00');
  });
});
