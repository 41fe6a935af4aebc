/**
 * `npm run report -- [options] <file-or-folder>...`: reads monitoring CSV/TXT files (folders
 * recursively), streams each through the ingest core, and prints the report of
 * src/domain/report/report.ts as text (default), JSON or CSV. Only the report goes to stdout;
 * progress and diagnostics go to stderr, so `npm run --silent report -- --format json …` is pure JSON.
 *
 * Exit codes: 0 = a report was written (some files may have been skipped, see stderr);
 * 1 = nothing usable was read; 2 = bad command line (unknown option, bad value, unknown area,
 * invalid target file, an unknown `--columns` name or a list the mapping checks refuse).
 */
import { DUST_FALL_UNIT } from '../domain/stats/dustFall.ts';
import { DUST_FALL_COUNTY_HEADER, dustFallCountyRows } from '../domain/stats/dustFallTable.ts';
import { builtinDustFallLimit } from '../domain/plan/builtin.ts';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { CATEGORIES, DEFAULT_SETTINGS, POLLUTANTS, type Settings } from '../domain/types.ts';
import type { ColumnMapping } from '../domain/ingest/ingestFile.ts';
import { COLUMN_NAMES_HELP, parseColumnList } from '../domain/ingest/columnMapping.ts';
import { emptyDataset } from '../domain/ingest/dataset.ts';
import { buildReport, type Report } from '../domain/report/report.ts';
import { parseTargetSetText } from '../domain/targets/validate.ts';
import type { TargetSet } from '../domain/targets/types.ts';
import { toCsv, type CsvCell } from '../domain/report/csv.ts';
import { textSummary } from './text.ts';
import { buildRankingReport, type RankingReport } from '../domain/report/rankingReport.ts';
import { RANKING_HEADER, rankingRows } from '../domain/ranking/rankingTable.ts';
import { parseKeyCityList, type KeyCityList } from '../domain/ranking/keyCities.ts';
import type { RankingPeriodChoice } from '../domain/report/datasetIndex.ts';
import { readFiles, readWithHourly } from './readFiles.ts';
import { mergePackedFiles, partsNeedingHourly } from '../domain/ingest/mergePacked.ts';
import type { PackedDataset } from '../domain/persist/codec.ts';
import { tasksOutput } from './tasks.ts';
import { cstDayOf, parseIsoDate } from '../domain/calendar.ts';
import { parsePlanTasksText } from '../domain/plan/validate.ts';
import type { DayNumber } from '../domain/types.ts';
import { cliTr, enSlashZh } from '../domain/text/cli.ts';
import type { CliTextKey } from '../domain/text/cli.ts';

export const USAGE = cliTr('en', 'cli_usage', { columnNames: COLUMN_NAMES_HELP });

class UsageError extends Error {}

interface CliOptions {
  format: 'text' | 'json' | 'csv';
  daily: boolean;
  area?: string;
  year?: number;
  targets?: string;
  tasks?: string;
  today?: DayNumber;
  settings: Settings;
  /** `--columns`: the mapping for files whose layout is not recognised. */
  columns?: ColumnMapping;
  inputs: string[];
  ranking?: { scope?: string; period: RankingPeriodChoice; keyCities?: string };
  help: boolean;
}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' }, daily: { type: 'boolean' }, edition: { type: 'string' }, area: { type: 'string' },
        year: { type: 'string' }, targets: { type: 'string' }, 'co-unit': { type: 'string' }, 'area-name': { type: 'string' },
        columns: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ranking: { type: 'boolean' }, 'ranking-scope': { type: 'string' },
        'ranking-period': { type: 'string' }, 'key-cities': { type: 'string' }, tasks: { type: 'string' }, today: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values;
  const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[], dflt: T): T => {
    if (value === undefined) return dflt;
    if (!(allowed as readonly string[]).includes(value)) throw new UsageError(cliTr('en', 'cli_mustBeOneOf', { option: name, allowed: allowed.join(', '), got: value }));
    return value as T;
  };
  const format = oneOf('format', v.format, ['text', 'json', 'csv'] as const, 'text');
  const edition = oneOf('edition', v.edition, ['auto', '2012', '2026'] as const, 'auto');
  const co = oneOf('co-unit', v['co-unit'], ['auto', 'mg', 'ug'] as const, 'auto');
  let year: number | undefined;
  if (v.year !== undefined) {
    if (!/^\d{4}$/.test(v.year)) throw new UsageError(cliTr('en', 'cli_badYear', { got: v.year }));
    year = Number(v.year);
  }
  let today: DayNumber | undefined;
  if (v.today !== undefined) {
    const d = parseIsoDate(v.today);
    if (d === null) throw new UsageError(cliTr('en', 'cli_badToday', { got: v.today }));
    today = d;
  }
  const areaName = v['area-name'];
  if (areaName !== undefined && areaName.trim() === '') throw new UsageError(cliTr('en', 'cli_emptyAreaName', {}));
  let columns: ColumnMapping | undefined;
  if (v.columns !== undefined) {
    const parsed = parseColumnList(v.columns);
    if (!parsed.ok) throw new UsageError(cliTr('en', 'cli_badColumns', { list: v.columns, errors: parsed.errors.map((m) => m.en).join(' ') }));
    columns = parsed.mapping;
  }
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    edition,
    coUnit: co === 'mg' ? 'mg/m3' : co === 'ug' ? 'ug/m3' : 'auto',
    ...(areaName !== undefined ? { defaultAreaName: areaName.trim() } : {}),
  };
  let period: RankingPeriodChoice = 'ytd';
  const rp = v['ranking-period'];
  if (rp !== undefined) {
    if (rp === 'ytd' || rp === 'year') period = rp;
    else if (/^(0?[1-9]|1[0-2])$/.test(rp)) period = Number(rp);
    else throw new UsageError(cliTr('en', 'cli_badRankingPeriod', { got: rp }));
  }
  if (v.ranking !== true && (rp !== undefined || v['ranking-scope'] !== undefined || v['key-cities'] !== undefined)) {
    throw new UsageError(cliTr('en', 'cli_needsRanking', {}));
  }
  return {
    format, daily: v.daily === true, settings, inputs: parsed.positionals, help: v.help === true,
    ...(v.ranking === true ? {
      ranking: {
        period,
        ...(v['ranking-scope'] !== undefined ? { scope: v['ranking-scope'] } : {}),
        ...(v['key-cities'] !== undefined ? { keyCities: v['key-cities'] } : {}),
      },
    } : {}),
    ...(v.area !== undefined ? { area: v.area } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(v.targets !== undefined ? { targets: v.targets } : {}),
    ...(columns ? { columns } : {}),
    ...(v.tasks !== undefined ? { tasks: v.tasks } : {}),
    ...(today !== undefined ? { today } : {}),
  };
}

/** Files named on the command line; folders walked recursively for *.csv and *.txt, sorted. */
export function collectFiles(inputs: readonly string[], warn: (s: string) => void): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && /\.(csv|txt)$/i.test(e.name)) out.push(p);
    }
  };
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      warn(`✗ ${input}: ${enSlashZh('cli_notFound', {})}`);
      continue;
    }
    if (st.isDirectory()) walk(input);
    else out.push(input);
  }
  return out;
}

const ANNUAL_COLUMNS = [
  'area', 'year', 'from', 'to', 'edition', 'calendarDays', 'daysWithData', 'validDays', 'goodDays', 'goodDayRatio', 'goodDayRatioPercent', 'heavyDays',
  ...CATEGORIES.map((c) => `days_${c}`),
  'SO2_mean', 'SO2_p98', 'NO2_mean', 'NO2_p98', 'PM10_mean', 'PM10_p95', 'PM2.5_mean', 'PM2.5_p95', 'CO_p95', 'O3_p90',
  'compositeIndex', ...POLLUTANTS.map((p) => `I_${p}`),
  'SO2_class1', 'SO2_class2', 'NO2_class2', 'PM10_class2', 'PM2.5_class2', 'CO_class2', 'O3_class2',
  'annualDataSufficient', 'episodes', 'rankAmongLoaded',
] as const;

const DAILY_COLUMNS = ['area', 'date', 'aqi', 'category', 'primary', 'SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_1h', 'O3_8h', 'valid', 'edition', 'stations'] as const;

const met = (b: boolean | null): CsvCell => (b === null ? null : b ? 'met' : 'not met');

/**
 * The report as CSV: the annual summary, or with `daily` the daily table; when a dust-fall table was
 * read, followed after an empty row by the dust-fall table per county (plan §21).
 */
export function reportCsv(report: Report, daily: boolean): string {
  const main = mainCsv(report, daily);
  if (!report.dustFall) return main;
  const d = report.dustFall;
  const dust = toCsv(DUST_FALL_COUNTY_HEADER.map((h) => `${h.zh} ${h.en}`), dustFallCountyRows(d)).replace(/^\uFEFF/, '');
  const line = toCsv([`${d.limit.plan.zh} §${d.limit.task}: ${d.limit.quote}`, `${d.limit.relation} ${d.limit.value} ${DUST_FALL_UNIT}`], []).replace(/^\uFEFF/, '');
  return `${main}\r\n${line}${dust}`;
}

function mainCsv(report: Report, daily: boolean): string {
  if (daily) {
    const rows: CsvCell[][] = [];
    for (const a of report.areas) {
      for (const d of a.daily ?? []) {
        rows.push([a.name, d.date, d.aqi, d.category, d.primary.join(';'), d.SO2, d.NO2, d.PM10, d['PM2.5'], d.CO, d.O3_1h, d.O3_8h, d.valid, d.edition, d.stations]);
      }
    }
    return toCsv([...DAILY_COLUMNS], rows);
  }
  const rows: CsvCell[][] = [];
  for (const a of report.areas) {
    for (const y of a.years) {
      rows.push([
        a.name, y.year, y.from, y.to, y.edition + (y.mixedEditions ? '+mixed' : ''), y.calendarDays, y.daysWithData, y.validDays, y.goodDays,
        y.goodDayRatio, y.goodDayRatioPercent, y.heavyDays, ...CATEGORIES.map((c) => y.categoryDays[c]),
        y.SO2.mean, y.SO2.p98, y.NO2.mean, y.NO2.p98, y.PM10.mean, y.PM10.p95, y['PM2.5'].mean, y['PM2.5'].p95, y.CO.p95, y.O3.p90,
        y.compositeIndex, ...POLLUTANTS.map((p) => y.subIndices?.[p] ?? null),
        met(y.class1.SO2.met), met(y.class2.SO2.met), met(y.class2.NO2.met), met(y.class2.PM10.met), met(y.class2['PM2.5'].met),
        met(y.class2.CO.met), met(y.class2.O3.met),
        y.annualDataSufficient, y.episodes.length, y.rankAmongLoaded,
      ]);
    }
  }
  return toCsv([...ANNUAL_COLUMNS], rows);
}

/** The ranking as text: a header line, one tab-separated line per city, the cities not loaded and the note. */
export function rankingText(r: RankingReport): string {
  const lines = [`${r.scope.name.zh} / ${r.scope.name.en} · ${r.year} · ${r.from}..${r.to} · ${r.ranking.rows.length}/${r.ranking.scopeSize} ${cliTr('en', 'cli_ranked', {})}`];
  lines.push(RANKING_HEADER.map((h) => h.en).join('\t'));
  for (const row of rankingRows(r.ranking)) lines.push(row.map((c) => (c === null ? '' : String(c))).join('\t'));
  if (r.ranking.missing.length > 0) lines.push(`${cliTr('en', 'cli_notLoaded', {})} (${r.ranking.missing.length}): ${r.ranking.missing.join(' ')}`);
  lines.push(r.note.zh, r.note.en);
  return lines.join('\n') + '\n';
}

/** `--tasks FILE`: the task register on `today`; exit 2 when the file cannot be read or is invalid. */
async function printTasks(file: string, today: DayNumber, format: CliOptions['format'], err: (s: string) => void): Promise<number> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    err(fileError('cli_tasksUnreadable', file));
    return 2;
  }
  const r = parsePlanTasksText(text);
  if (!r.ok) {
    err(`${fileError('cli_tasksInvalid', file)}:`);
    for (const m of r.errors) err(`  ${m.zh}\n  ${m.en}`);
    return 2;
  }
  await writeOut(tasksOutput(r.plan, today, format));
  return 0;
}

/** `error: <en> FILE / <zh>`: a file the CLI was given and cannot use. */
function fileError(key: CliTextKey & `cli_${string}${'Unreadable' | 'Invalid'}`, file: string): string {
  return `${cliTr('en', 'cli_error', {})}: ${cliTr('en', key, {})} ${file} / ${cliTr('zh', key, {})}`;
}

/** `error: <message>` as the CLI writes it on stderr. */
function errorLine(message: string): string {
  return `${cliTr('en', 'cli_error', {})}: ${message}`;
}

function writeOut(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(s, (err) => (err ? reject(err) : resolve()));
  });
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const err = (s: string) => process.stderr.write(s + '\n');
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${errorLine(e.message)}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    await writeOut(USAGE + '\n');
    return 0;
  }
  if (opts.tasks !== undefined) return printTasks(opts.tasks, opts.today ?? cstDayOf(Date.now()), opts.format, err);
  if (opts.inputs.length === 0) {
    err(`${errorLine(enSlashZh('cli_noInput', {}))}\n\n${USAGE}`);
    return 2;
  }
  let targets: TargetSet | undefined;
  if (opts.targets !== undefined) {
    let text: string;
    try {
      text = readFileSync(opts.targets, 'utf8');
    } catch {
      err(fileError('cli_targetsUnreadable', opts.targets));
      return 2;
    }
    const r = parseTargetSetText(text);
    if (!r.ok) {
      err(`${fileError('cli_targetsInvalid', opts.targets)}:`);
      for (const m of r.errors) err(`  ${m.zh}\n  ${m.en}`);
      return 2;
    }
    targets = r.set;
  }

  let keyCities: KeyCityList | undefined;
  if (opts.ranking?.keyCities !== undefined) {
    try {
      keyCities = parseKeyCityList(JSON.parse(readFileSync(opts.ranking.keyCities, 'utf8')));
    } catch (e) {
      err(errorLine(`${cliTr('en', 'cli_keyCitiesInvalid', {})} ${opts.ranking.keyCities}: ${e instanceof Error ? e.message : String(e)}`));
      return 2;
    }
  }

  const files = collectFiles(opts.inputs, err);
  const t0 = performance.now();
  const parts: PackedDataset[] = [];
  const partFiles: string[] = [];
  await readFiles(files, opts.settings, opts.columns, (r) => {
    const f = r.file;
    if ('error' in r) {
      err(`✗ ${f}: ${r.error}`);
      return;
    }
    // Not recognised by itself (refused at its first rows): read again with --columns.
    if (r.remapped) err(`  ${f}: ${enSlashZh('cli_remapped', {})}`);
    const ds = r.packed;
    const s = ds.files[0];
    const nErr = ds.issues.filter((i) => i.severity === 'error').length;
    if (!s || s.rejected) {
      const why = ds.issues.find((i) => i.severity === 'error')?.message;
      err(`✗ ${f}: ${cliTr('en', 'cli_nothingUsable', {})}${why ? ` — ${why.en} / ${why.zh}` : ''}`);
    } else {
      const read = cliTr('en', 'cli_fileRead', {
        format: s.format ?? '?', used: s.rowsUsed, rows: s.rows, stations: s.stations.length, from: s.firstDate ?? '?', to: s.lastDate ?? '?',
      });
      err(`✓ ${f}: ${read}${nErr ? `, ${cliTr('en', 'cli_errorIssues', { errors: nErr })}` : ''}`);
    }
    parts.push(ds);
    partFiles.push(f);
  });
  // Station-days held by two files: those files read again with their hourly values, to merge their hours.
  for (const i of partsNeedingHourly(parts)) parts[i] = await readWithHourly(partFiles[i]!, opts.settings, opts.columns);
  const dataset = parts.length > 0 ? mergePackedFiles(parts).dataset : emptyDataset();
  const usable = dataset.hourly.size > 0 || dataset.daily.size > 0 || dataset.dustFall.size > 0;
  if (!usable) {
    err(errorLine(enSlashZh('cli_nothingRead', { files: files.length })));
    return 1;
  }
  if (opts.ranking) {
    let r: RankingReport;
    try {
      r = buildRankingReport(dataset, opts.settings, {
        period: opts.ranking.period,
        ...(opts.year !== undefined ? { year: opts.year } : {}),
        ...(opts.ranking.scope !== undefined ? { scope: opts.ranking.scope } : {}),
        ...(keyCities ? { keyCities } : {}),
      });
    } catch (e) {
      err(errorLine(e instanceof Error ? e.message : String(e)));
      return 2;
    }
    if (opts.format === 'json') await writeOut(JSON.stringify(r, null, 2) + '\n');
    else if (opts.format === 'csv') await writeOut(toCsv(RANKING_HEADER.map((h) => `${h.zh} ${h.en}`), rankingRows(r.ranking)));
    else await writeOut(rankingText(r));
    return 0;
  }
  let report: Report;
  try {
    report = buildReport(dataset, opts.settings, {
      ...(opts.area !== undefined ? { area: opts.area } : {}),
      ...(opts.year !== undefined ? { year: opts.year } : {}),
      ...(targets ? { targets } : {}),
      daily: opts.daily,
      dustFallLimit: builtinDustFallLimit(),
    });
  } catch (e) {
    err(errorLine(e instanceof Error ? e.message : String(e)));
    return 2;
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of dataset.issues) counts[i.severity]++;
  err(cliTr('en', 'cli_readSummary', { files: files.length, ms: Math.round(performance.now() - t0), ...counts }));

  if (opts.format === 'json') await writeOut(JSON.stringify(report, null, 2) + '\n');
  else if (opts.format === 'csv') await writeOut(reportCsv(report, opts.daily));
  else await writeOut(textSummary(report, opts.daily));
  return 0;
}

// (reading threads load this module too: they inherit argv, but never run the CLI)
const isEntry = isMainThread && process.argv[1] !== undefined && /report\.(ts|js|mjs)$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      if (process.env.LANTIAN_REPORT_RSS === '1') {
        process.stderr.write(`maxRSS_KiB=${process.resourceUsage().maxRSS}\n`);
      }
    },
    (e: unknown) => {
      process.stderr.write(`${cliTr('en', 'cli_internalError', {})}: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
