/**
 * The data panel: loaded files (format, encoding, rows, stations, date range; remove / clear all),
 * the coverage chart, and the issues grouped by severity with row, column and message.
 * Text from files (names, stations, messages) is rendered as text: React escapes it.
 */
import { memo, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { groupFiles, type FileGroup } from '../../domain/files/fileGroups.ts';
import type { FileSummary, Issue, Settings, Severity } from '../../domain/types.ts';
import type { MappableFile } from '../../worker/client.ts';
import type { StationLabel } from '../../domain/report/dashboard.ts';
import { useI18n } from '../i18n/i18n.ts';
import { listOf } from '../../domain/text/text.ts';
import { natTr } from '../../domain/text/national.ts';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Issues listed per severity before "show more" (the rest stay one click away). */
const ISSUE_PAGE = 200;

/** Memoised: the issues of a national year (tens of thousands) are the same arrays from one model to the next. */
const IssueTable = memo(function IssueTable({ issues }: { issues: readonly Issue[] }) {
  const { t, pick, num } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('fileName')}</th>
            <th scope="col">{t('row')}</th>
            <th scope="col">{t('column')}</th>
            <th scope="col">{t('message')}</th>
            <th scope="col">{t('count')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, ISSUE_PAGE).map((is, k) => (
            <tr key={k} data-code={is.code}>
              <td>{is.file}</td>
              <td className="num">
                {is.row !== undefined ? num(is.row, 0) : ''}
                {is.rows && is.rows.length > 1 ? ` (${is.rows.slice(0, 5).map((r) => num(r, 0)).join(', ')}${is.rows.length > 5 ? '…' : ''})` : ''}
              </td>
              <td>{is.column ?? ''}</td>
              <td>{pick(is.message)}</td>
              <td className="num">{num(is.count ?? 1, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > ISSUE_PAGE && <p className="muted">… {num(issues.length - ISSUE_PAGE, 0)}</p>}
    </div>
  );
});

interface RowActions {
  /** Station names from the station list, by station key (the files list stations by key: a code for national files). */
  labels: Readonly<Record<string, StationLabel>>;
  demo: boolean;
  onRemove: (name: string) => void;
  mappable?: ReadonlyMap<string, MappableFile> | undefined;
  onMapColumns?: ((name: string) => void) | undefined;
}

/** One loaded file. */
function FileRow({ f, labels, demo, onRemove, mappable, onMapColumns, inGroup }: RowActions & { f: FileSummary; inGroup?: boolean }) {
  const { t, num, lang } = useI18n();
  // Names shown, codes on hover.
  const names = f.stations.map((k) => labels[k]?.name ?? k);
  const hover = f.stations.map((k) => {
    const l = labels[k];
    const code = l?.code ?? (l && l.name !== k ? k : null);
    return code && l ? `${l.name} (${code})` : k;
  });
  return (
    <tr className={[f.rejected ? 'sev-error' : '', inGroup ? 'file-in-group' : ''].join(' ').trim() || undefined} data-file={f.name}>
      <td>{f.name}</td>
      <td>{f.format ?? '—'}</td>
      <td>{f.encoding}</td>
      <td className="num">
        {num(f.rowsUsed, 0)} / {num(f.rows, 0)}
      </td>
      <td title={listOf(hover, lang)}>
        {(f.stationCount ?? f.stations.length) <= 3 ? listOf(names, lang) : num(f.stationCount ?? f.stations.length, 0)}
      </td>
      <td>{f.firstDate && f.lastDate ? `${f.firstDate} – ${f.lastDate}` : '—'}</td>
      <td className="num">{f.bytes > 0 ? `${num(f.bytes / 1048576, 1)} MB` : '—'}</td>
      {!demo && (
        <td>
          {mappable?.has(f.name) && onMapColumns && (
            <button type="button" data-testid="map-columns" onClick={() => onMapColumns(f.name)} aria-label={`${t('mapColumnsButton')} ${f.name}`}>
              {t('mapColumnsButton')}
            </button>
          )}
          <button type="button" onClick={() => onRemove(f.name)} aria-label={`${t('remove')} ${f.name}`}>
            {t('remove')}
          </button>
        </td>
      )}
    </tr>
  );
}

/** A group of files named alike (a folder of daily files): one row, expandable to its files. */
function GroupRows({ g, onRemoveMany, ...actions }: RowActions & { g: FileGroup; onRemoveMany: (names: string[]) => void }) {
  const { num, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const formats = [...new Set(g.files.map((f) => f.format ?? '—'))].join(', ');
  const encodings = [...new Set(g.files.map((f) => f.encoding))].join(', ');
  const stations = Math.max(0, ...g.files.map((f) => f.stationCount ?? f.stations.length));
  return (
    <>
      <tr className={g.issues.error > 0 || g.rejected > 0 ? 'file-group sev-error' : 'file-group'} data-group={g.pattern} data-count={g.files.length}>
        <td>
          <button type="button" className="link" aria-expanded={open} data-testid="file-group-toggle" onClick={() => setOpen((o) => !o)}
            aria-label={`${natTr(lang, open ? 'files_groupHide' : 'files_groupShow', {})} ${g.pattern}`}>
            {open ? '▾' : '▸'} {g.pattern}
          </button>
          <div className="muted" data-testid="file-group-summary">
            {natTr(lang, 'files_groupCount', { n: num(g.files.length, 0) })}
            {g.rejected > 0 ? ` · ${natTr(lang, 'files_groupRefused', { n: num(g.rejected, 0) })}` : ''}
            {' · '}{natTr(lang, 'files_groupIssues', { error: num(g.issues.error, 0), warning: num(g.issues.warning, 0), info: num(g.issues.info, 0) })}
          </div>
        </td>
        <td>{formats}</td>
        <td>{encodings}</td>
        <td className="num">{num(g.rowsUsed, 0)} / {num(g.rows, 0)}</td>
        <td>{stations > 0 ? num(stations, 0) : '—'}</td>
        <td>{g.firstDate && g.lastDate ? `${g.firstDate} – ${g.lastDate}` : '—'}</td>
        <td className="num">{g.bytes > 0 ? `${num(g.bytes / 1048576, 1)} MB` : '—'}</td>
        {!actions.demo && (
          <td>
            <button type="button" data-testid="file-group-remove" onClick={() => onRemoveMany(g.files.map((f) => f.name))}
              aria-label={`${natTr(lang, 'files_groupRemove', {})} ${g.pattern}`}>
              {natTr(lang, 'files_groupRemove', {})}
            </button>
          </td>
        )}
      </tr>
      {open && g.files.map((f) => <FileRow key={f.name} f={f} inGroup {...actions} />)}
    </>
  );
}

const CO_UNITS: readonly Settings['coUnit'][] = ['auto', 'mg/m3', 'ug/m3'];

/**
 * The CO unit of input files (a setting of the reading, HJ 663 / GB 3095: CO in mg/m³). The worker
 * re-reads every loaded file, restored ones from the bytes it stored; a file restored from an older
 * store without its bytes cannot be read again, and a note beside the setting says so.
 */
function CoUnitSetting({ value, restored, onChange }: { value: Settings['coUnit']; restored: readonly string[]; onChange: (u: Settings['coUnit']) => void }) {
  const { t, num } = useI18n();
  return (
    <div className="data-setting">
      <label>
        {t('coUnit')}{' '}
        <select data-testid="co-unit" value={value} onChange={(e) => onChange(e.target.value as Settings['coUnit'])}>
          {CO_UNITS.map((u) => (
            <option key={u} value={u}>{u === 'auto' ? t('coUnitAuto') : u === 'mg/m3' ? 'mg/m³' : 'µg/m³'}</option>
          ))}
        </select>
      </label>
      {restored.length > 0 && (
        <span className="setting-note" role="note" data-testid="restored-unit-note" title={restored.join('\n')}>
          {t('restoredUnitNote')}{t('restoredUnitFiles', { n: num(restored.length, 0) })}
        </span>
      )}
    </div>
  );
}

export function DataPanel({ files, stationLabels, issues, coverage, demo, onRemove, onRemoveMany, onClear, coUnit, restored, onCoUnit, mappable, onMapColumns }: {
  files: readonly FileSummary[];
  stationLabels: Readonly<Record<string, StationLabel>>;
  issues: readonly Issue[];
  /** The coverage chart (rendered by the caller). */
  coverage: ReactNode;
  demo: boolean;
  onRemove: (name: string) => void;
  /** Removes a group of files at once. */
  onRemoveMany: (names: string[]) => void;
  onClear: () => void;
  coUnit: Settings['coUnit'];
  /** Loaded files restored from browser storage (cannot be re-read with a new setting). */
  restored: readonly string[];
  onCoUnit: (u: Settings['coUnit']) => void;
  /** Files whose columns were not recognised: a "Map columns" button opens the mapping dialog. */
  mappable?: ReadonlyMap<string, MappableFile>;
  onMapColumns?: (name: string) => void;
}) {
  const { t, num } = useI18n();
  // The files and issues are the same arrays while the data are (the client keeps them): grouped and
  // split by severity once, not on every switch of area, year or period.
  const rows = useMemo(() => groupFiles(files, issues), [files, issues]);
  const bySeverity = useMemo(() => SEVERITIES.map((sev) => ({ sev, list: issues.filter((i) => i.severity === sev) })), [issues]);
  return (
    <section className="panel data" aria-labelledby="data-h">
      <h2 id="data-h">{t('dataHeading')}</h2>
      <div>
        <div className="actions">
          <h3>{t('files')}</h3>
          {files.length > 0 && !demo && (
            <button type="button" className="danger" onClick={onClear}>
              {t('clearAll')}
            </button>
          )}
        </div>
        <CoUnitSetting value={coUnit} restored={restored} onChange={onCoUnit} />
        <div className="table-wrap">
          <table data-testid="files">
            <thead>
              <tr>
                <th scope="col">{t('fileName')}</th>
                <th scope="col">{t('format')}</th>
                <th scope="col">{t('encoding')}</th>
                <th scope="col">{t('rowsUsed')}</th>
                <th scope="col">{t('stations')}</th>
                <th scope="col">{t('dateRange')}</th>
                <th scope="col">{t('size')}</th>
                {!demo && <th scope="col"><span className="visually-hidden">{t('remove')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (r.kind === 'file'
                ? <FileRow key={r.file.name} f={r.file} labels={stationLabels} demo={demo} onRemove={onRemove} mappable={mappable} onMapColumns={onMapColumns} />
                : <GroupRows key={r.group.pattern} g={r.group} labels={stationLabels} demo={demo} onRemove={onRemove} onRemoveMany={onRemoveMany}
                  mappable={mappable} onMapColumns={onMapColumns} />))}
            </tbody>
          </table>
        </div>
      </div>
      {coverage}
      <div>
        <h3>{t('issues')}</h3>
        {issues.length === 0 && <p className="muted">{t('issuesNone')}</p>}
        {bySeverity.map(({ sev, list }) => {
          if (list.length === 0) return null;
          return (
            <details key={sev} open={sev === 'error'}>
              <summary className={`sev-${sev}`}>
                {t(`severity_${sev}`)} ({num(list.length, 0)})
              </summary>
              <IssueTable issues={list} />
            </details>
          );
        })}
      </div>
    </section>
  );
}
