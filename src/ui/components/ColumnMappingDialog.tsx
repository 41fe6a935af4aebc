/**
 * The column-mapping dialog: a loaded file whose columns the detector could not recognise (no header
 * row and no known layout, or unknown header names) is shown with its first rows, decoded by the
 * worker, and one select per column; reading it again with the chosen mapping is the worker's job.
 * A modal <dialog>: focus stays inside, Esc skips, every select is labelled. The checks are the
 * core's (`validateColumnMapping`); the CLI's equivalent `--columns` list is shown beside them.
 */
import { useEffect, useRef, useState } from 'react';
import { columnListOf, MAPPING_FIELDS, validateColumnMapping } from '../../domain/ingest/columnMapping.ts';
import type { ColumnMapping, DailyField } from '../../domain/ingest/ingestFile.ts';
import type { Message } from '../../domain/types.ts';
import type { MappableFile } from '../../worker/client.ts';
import { useI18n } from '../i18n/i18n.ts';

/** Rows of the preview shown in the dialog. */
const SHOWN_ROWS = 8;

function toMapping(fields: readonly DailyField[]): ColumnMapping {
  const m: ColumnMapping = {};
  fields.forEach((f, c) => {
    m[c] = f;
  });
  return m;
}

export function ColumnMappingDialog({ request, position, sameShape, onApply, onSkip }: {
  request: MappableFile;
  /** Which of the files waiting for a mapping this is (1-based) and how many wait. */
  position: { i: number; n: number };
  /** Other waiting files of the same shape: read with the same mapping. */
  sameShape: number;
  onApply: (mapping: ColumnMapping) => void;
  onSkip: () => void;
}) {
  const { t, pick, num } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const width = Math.max(0, ...request.rows.map((r) => r.length));
  const start = request.applied ?? request.suggestion;
  const [fields, setFields] = useState<DailyField[]>(() => Array.from({ length: width }, (_x, c) => start[c] ?? 'ignore'));
  const [problems, setProblems] = useState<Message[]>([]);
  const guessed = Object.values(request.suggestion).some((f) => f !== 'ignore');

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // showModal focuses the dialog itself: start on the first column's select instead.
    d?.querySelector<HTMLSelectElement>('select[data-column="0"]')?.focus();
    return () => d?.close();
  }, []);

  const mapping = toMapping(fields);
  const apply = (): void => {
    const found = validateColumnMapping(mapping);
    setProblems(found);
    if (found.length > 0) {
      problemsRef.current?.focus();
      return;
    }
    onApply(mapping);
  };

  return (
    <dialog ref={dialog} className="mapping-dialog" aria-labelledby="mapping-h" data-testid="mapping-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onSkip();
      }}>
      <form method="dialog" onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}>
        <h2 id="mapping-h">{t('mapTitle')}</h2>
        {position.n > 1 && <p className="muted">{t('mapQueue', { i: num(position.i, 0), n: num(position.n, 0) })}</p>}
        <p>{t('mapIntro', { file: request.file, n: num(Math.min(SHOWN_ROWS, request.rows.length), 0), encoding: request.encoding })}</p>
        {guessed && !request.applied && <p className="muted">{t('mapSuggested')}</p>}
        <div className="table-wrap mapping-preview">
          <table>
            <thead>
              <tr>
                {fields.map((f, c) => (
                  <th key={c} scope="col">
                    <label>
                      <span className="mapping-col">{t('mapColumn', { n: num(c + 1, 0) })}</span>
                      <select value={f} aria-label={t('mapColumnLabel', { n: num(c + 1, 0) })} data-column={c}
                        onChange={(e) => {
                          const next = [...fields];
                          next[c] = e.target.value as DailyField;
                          setFields(next);
                          if (problems.length > 0) setProblems(validateColumnMapping(toMapping(next)));
                        }}>
                        {MAPPING_FIELDS.map((option) => (
                          <option key={option} value={option}>{t(`mapField_${option}`)}</option>
                        ))}
                      </select>
                    </label>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {request.rows.slice(0, SHOWN_ROWS).map((r, k) => (
                <tr key={k}>
                  {fields.map((_f, c) => <td key={c}>{r[c] ?? ''}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div ref={problemsRef} tabIndex={-1} role="alert" data-testid="mapping-problems" className={problems.length > 0 ? 'banner warning' : undefined}>
          {problems.length > 0 && (
            <div>
              <strong>{t('mapProblems')}</strong>
              <ul>
                {problems.map((p, k) => <li key={k}>{pick(p)}</li>)}
              </ul>
            </div>
          )}
        </div>
        {sameShape > 0 && <p>{t('mapSameShape', { n: num(sameShape, 0) })}</p>}
        <p className="muted"><code>{t('mapCliHint', { columns: columnListOf(mapping) || '-' })}</code></p>
        <div className="actions">
          <button type="submit" className="primary" data-testid="mapping-apply">{t('mapApply')}</button>
          <button type="button" onClick={onSkip}>{t('mapSkip')}</button>
        </div>
      </form>
    </dialog>
  );
}
