/**
 * Target editor: the values of the plan's targets, the baselines (official figures of the
 * previous year, with their source text), the 168-city rank, emission totals and binding values.
 * Edits a draft; "Save" keeps it in localStorage and sends it to the worker. Import/export the
 * target JSON (format `lantian-targets/1`, documented in src/domain/targets/types.ts).
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { EMISSION_SPECIES } from '../../domain/targets/types.ts';
import type { Figure, Target, TargetSet } from '../../domain/targets/types.ts';
import { useI18n } from '../i18n/i18n.ts';
import { parseTargetSet } from '../../domain/targets/validate.ts';
import { readTargetFile } from '../targetsStore.ts';

interface Props {
  targets: TargetSet;
  onSave: (set: TargetSet) => void;
  onReset: () => void;
}

/** A number input bound to `number | null` (empty = null). `scale` shows ratios as percentages. */
function NumberField({ label, value, onChange, scale = 1, step }: {
  label: string; value: number | null | undefined; onChange: (v: number | null) => void; scale?: number; step?: number;
}) {
  const id = useId();
  const shown = value === null || value === undefined ? '' : String(Math.round(value * scale * 1e6) / 1e6);
  return (
    <label htmlFor={id}>
      {label}
      <input
        id={id}
        type="number"
        step={step ?? 'any'}
        value={shown}
        onChange={(e) => {
          const raw = e.target.value.trim();
          const n = raw === '' ? null : Number(raw);
          onChange(n === null || !Number.isFinite(n) ? null : n / scale);
        }}
      />
    </label>
  );
}

/** A select over string options with their labels. */
function SelectField<T extends string>({ label, value, options, onChange }: {
  label: string; value: T; options: readonly { value: T; label: string }[]; onChange: (v: T) => void;
}) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function TextField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

/** Memoised (with the page's stable callbacks): a switch of area, year or period does not render the editor again. */
export const TargetEditor = memo(function TargetEditor({ targets, onSave, onReset }: Props) {
  const { t, pick } = useI18n();
  const [draft, setDraft] = useState<TargetSet>(targets);
  const [note, setNote] = useState<string | null>(null);
  const importRef = useRef<HTMLInputElement>(null);
  useEffect(() => setDraft(targets), [targets]);

  const setTarget = (id: string, patch: (tg: Target) => Target): void =>
    setDraft((d) => ({ ...d, targets: d.targets.map((tg) => (tg.id === id ? patch(tg) : tg)) }));
  const setFigure = (i: number, patch: Partial<Figure>): void =>
    setDraft((d) => ({ ...d, figures: d.figures.map((f, j) => (j === i ? { ...f, ...patch } : f)) }));

  const targetFields = (tg: Target): ReactNode => {
    switch (tg.kind) {
      case 'good-day-ratio':
        return (
          <>
            <SelectField label={t('comparison')} value={tg.comparison}
              options={[
                { value: 'above-previous', label: t('cmp_above_previous') },
                { value: 'at-least-previous', label: t('cmp_at_least_previous') },
                { value: 'at-least-value', label: t('cmp_at_least_value') },
              ]}
              onChange={(c) => setTarget(tg.id, (x) => ({ ...x, comparison: c }) as Target)} />
            {tg.comparison === 'at-least-value' && (
              <NumberField label={`${t('targetValue')} (%)`} value={tg.value} scale={100}
                onChange={(v) => setTarget(tg.id, (x) => ({ ...x, value: v }) as Target)} />
            )}
          </>
        );
      case 'heavy-days':
        return (
          <>
            <SelectField label={t('comparison')} value={tg.comparison}
              options={[
                { value: 'below-previous', label: t('cmp_below_previous') },
                { value: 'at-most-value', label: t('cmp_at_most_value') },
              ]}
              onChange={(c) => setTarget(tg.id, (x) => ({ ...x, comparison: c }) as Target)} />
            {tg.comparison === 'at-most-value' && (
              <NumberField label={t('targetValue')} value={tg.value} step={1}
                onChange={(v) => setTarget(tg.id, (x) => ({ ...x, value: v }) as Target)} />
            )}
          </>
        );
      case 'pm25-mean':
        return (
          <NumberField label={`${t('targetValue')} (µg/m³)`} value={tg.value}
            onChange={(v) => setTarget(tg.id, (x) => ({ ...x, value: v }) as Target)} />
        );
      case 'composite-rank':
        return (
          <>
            <SelectField label={t('comparison')} value={tg.comparison}
              options={[
                { value: 'better-than-previous', label: t('cmp_better_than_previous') },
                { value: 'at-most-value', label: t('cmp_rank_at_most_value') },
              ]}
              onChange={(c) => setTarget(tg.id, (x) => ({ ...x, comparison: c }) as Target)} />
            {tg.comparison === 'at-most-value' && (
              <NumberField label={t('targetValue')} value={tg.value} step={1}
                onChange={(v) => setTarget(tg.id, (x) => ({ ...x, value: v }) as Target)} />
            )}
            <NumberField label={`${t('rank168')} · ${draft.year}`} value={tg.enteredRank} step={1}
              onChange={(v) => setTarget(tg.id, (x) => ({ ...x, enteredRank: v }) as Target)} />
          </>
        );
      case 'emissions':
        return (
          <>
            <NumberField label={t('reduction')} value={tg.reduction} scale={100}
              onChange={(v) => setTarget(tg.id, (x) => ({ ...x, reduction: v ?? 0 }) as Target)} />
            {EMISSION_SPECIES.map((sp) => (
              <span key={sp} className="row">
                <NumberField label={`${sp} ${draft.year - 1} (t)`} value={tg.values[sp].previous}
                  onChange={(v) => setTarget(tg.id, (x) => x.kind === 'emissions'
                    ? { ...x, values: { ...x.values, [sp]: { ...x.values[sp], previous: v } } } : x)} />
                <NumberField label={`${sp} ${draft.year} (t)`} value={tg.values[sp].current}
                  onChange={(v) => setTarget(tg.id, (x) => x.kind === 'emissions'
                    ? { ...x, values: { ...x.values, [sp]: { ...x.values[sp], current: v } } } : x)} />
              </span>
            ))}
          </>
        );
      case 'binding':
        return tg.items.map((item) => (
          <NumberField key={item.id}
            label={`${pick(item.label)}${item.metric === 'good-day-ratio' && !pick(item.label).includes('%') ? ' (%)' : ''}`}
            value={item.value} scale={item.metric === 'good-day-ratio' ? 100 : 1}
            onChange={(v) => setTarget(tg.id, (x) => x.kind === 'binding'
              ? { ...x, items: x.items.map((it) => (it.id === item.id ? { ...it, value: v } : it)) } : x)} />
        ));
      case 'pollutant-class':
        return null;
    }
  };

  const exportJson = (): void => {
    const blob = new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `lantian-targets-${draft.city}-${draft.year}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importJson = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const result = await readTargetFile(file);
    if (result.ok) {
      setDraft(result.set);
      onSave(result.set);
      setNote(t('saved'));
    } else {
      setNote(`${t('invalidTargets')}: ${result.errors.map(pick).join('; ')}`);
    }
  };

  return (
    <details className="panel editor">
      <summary>
        <h2 id="editor-h">{t('targetEditorHeading')}</h2>
      </summary>
      <p className="muted">
        {pick(draft.plan)} — {draft.planSource}
      </p>
      {draft.targets.map((tg) => {
        const fields = targetFields(tg);
        return (
          <fieldset key={tg.id}>
            <legend>{pick(tg.label)}</legend>
            <span className="muted">{tg.source}</span>
            {fields && <div className="row">{fields}</div>}
          </fieldset>
        );
      })}
      <fieldset>
        <legend>{t('baseline')}</legend>
        {draft.figures.map((f, i) => (
          <div className="figure-row" key={`${f.year}-${f.metric}-${i}`}>
            <NumberField label={`${f.year} · ${t(`metric_${f.metric}`)}`} value={f.value} scale={f.metric === 'goodDayRatio' ? 100 : 1}
              onChange={(v) => setFigure(i, { value: v, status: 'user' })} />
            <TextField label={t('baselineSourceText')} value={f.source} onChange={(v) => setFigure(i, { source: v })} />
            <span className="muted">{t(`figureStatus_${f.status}`)}</span>
          </div>
        ))}
      </fieldset>
      <div className="actions">
        <button type="button" className="primary" onClick={() => {
          // Checked like an imported file: what is saved can always be read back.
          const r = parseTargetSet(draft);
          if (r.ok) {
            onSave(r.set);
            setNote(t('saved'));
          } else {
            setNote(`${t('invalidTargets')}: ${r.errors.map(pick).join('; ')}`);
          }
        }}>
          {t('save')}
        </button>
        <button type="button" onClick={() => { onReset(); setNote(null); }}>
          {t('reset')}
        </button>
        <button type="button" onClick={exportJson}>
          {t('exportTargets')}
        </button>
        <button type="button" onClick={() => importRef.current?.click()}>
          {t('importTargets')}
        </button>
        <input ref={importRef} type="file" accept=".json,application/json" hidden
          onChange={(e) => { void importJson(e.target.files?.[0]); e.target.value = ''; }} />
        {note && <span role="status">{note}</span>}
      </div>
    </details>
  );
});
