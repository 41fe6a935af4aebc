/**
 * The meeting toolbar: presentation mode (button or the P key), the slide picker, PowerPoint,
 * chart PNG/SVG and table CSV exports, Print / PDF, and "clear all data". Everything is made in the
 * page from the model the worker posted; nothing leaves the machine.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { THEMES } from '../../charts/theme.ts';
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import type { DayNumber, Message } from '../../domain/types.ts';
import type { PlanTasks } from '../../domain/plan/types.ts';
import { makeI18n } from '../i18n/i18n.ts';
import type { Lang } from '../../domain/text/text.ts';
import { bilingual } from '../../domain/text/text.ts';
import type { TextKey } from '../../domain/text/text.ts';
import { renderChartPng, renderChartSvg } from '../export/chartImage.ts';
import { downloadBlob, downloadDataUrl, downloadText } from '../export/download.ts';
import { exportFileName } from '../export/fileName.ts';
import { TABLE_IDS, TABLE_NAMES, tableCsv } from '../export/tables.ts';
import { persistNote } from '../persist/storageNote.ts';
import { clearAllData, loadSlideChoice, saveSlideChoice } from '../persist/store.ts';
import type { SlideChoice } from '../persist/store.ts';
import { PrintReport } from '../print/PrintReport.tsx';
import type { PrintChart } from '../print/PrintReport.tsx';
import { Presentation } from './Presentation.tsx';
import { whenOnScreenDrawn } from '../hooks/drawQueue.ts';
import { buildPptx } from './pptx.ts';
import type { DeckChart } from './pptx.ts';
import { buildSlides, chosenSlides, moveSlide, orderedSlides, toggleSlide } from './slides.ts';
import type { Slide } from './slides.ts';

/** What the page passes for each chart (its ChartSpec). */
export interface ToolChart extends DeckChart {
  titleKey: TextKey;
  wide?: boolean;
}

const typing = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function MeetingTools({ model, demo, lang, charts, register, dustFall, onCleared }: {
  model: DashboardModel | null;
  /** The page's task register and today's CST day, for the register summary slide. */
  register?: { plan: PlanTasks; today: DayNumber };
  /** The dust-fall slide (plan §21), when a dust-fall table is loaded. */
  dustFall?: Slide | null;
  demo: boolean;
  lang: Lang;
  charts: readonly ToolChart[];
  /** Called after "clear all data" wiped the store (the page then empties the worker). */
  onCleared: () => void;
}) {
  const i = useMemo(() => makeI18n(lang), [lang]);
  const [presenting, setPresenting] = useState(false);
  const [picking, setPicking] = useState(false);
  const [choice, setChoice] = useState<SlideChoice | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const note = useSyncExternalStore(persistNote.subscribe, persistNote.get);

  useEffect(() => {
    void loadSlideChoice().then(setChoice);
  }, []);

  const withTitles: PrintChart[] = useMemo(() => charts.map((c) => ({
    ...c, title: bilingual(c.titleKey) satisfies Message,
  })), [charts]);

  /** The charts that can be drawn for `m` (each chart built once to know: not done in a switch's render). */
  const availableFor = useCallback((m: DashboardModel): PrintChart[] => withTitles.filter((c) => {
    try {
      return c.build(m, THEMES.projector, lang) !== null;
    } catch {
      return false;
    }
  }), [withTitles, lang]);
  // Known for the first model at once; after a switch, in idle time once the charts on screen are drawn
  // (issue 9: a switch ≤ 300 ms). Until then the list of the model before stands (the same charts almost
  // always); presenting and the PowerPoint ask for the current model's list (`fresh`).
  const [known, setKnown] = useState<{ model: DashboardModel; list: PrintChart[]; of: typeof availableFor } | null>(null);
  const fresh = useCallback((): PrintChart[] => {
    if (!model) return [];
    if (known && known.model === model && known.of === availableFor) return known.list;
    const list = availableFor(model);
    setKnown({ model, list, of: availableFor });
    return list;
  }, [model, known, availableFor]);
  useEffect(() => {
    if (!model || (known?.model === model && known.of === availableFor)) return;
    let live = true;
    const run = (): void => {
      if (live) setKnown({ model, list: availableFor(model), of: availableFor });
    };
    const cancel = whenOnScreenDrawn(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
      else setTimeout(run, 0);
    });
    return () => {
      live = false;
      cancel();
    };
  }, [model, known, availableFor]);
  const available = useMemo(() => (model ? (known && known.of === availableFor ? known.list : availableFor(model)) : []), [model, known, availableFor]);

  const all = useMemo(() => (model ? buildSlides(model, available, register, dustFall) : []), [model, available, register, dustFall]);
  const slides = useMemo(() => chosenSlides(all, choice), [all, choice]);

  const changeChoice = (next: SlideChoice): void => {
    setChoice(next);
    void saveSlideChoice(next).catch(() => undefined);
  };

  const open = useCallback(() => {
    if (!model) return;
    fresh();
    setPresenting(true);
  }, [model, fresh]);
  const close = useCallback(() => setPresenting(false), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if ((e.key === 'p' || e.key === 'P') && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target) && !presenting) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, presenting]);

  const base = model ? [model.area ?? model.targetSet?.city ?? null, model.year || null] : [];
  const timed = async (what: string, job: () => void | Promise<void>): Promise<void> => {
    setBusy(true);
    const t0 = performance.now();
    try {
      await job();
      const ms = Math.round(performance.now() - t0);
      setStatus(i.t('exportedIn', { what, ms }));
      document.documentElement.dataset.lastExportMs = String(ms);
    } catch (e) {
      setStatus(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const png = (c: PrintChart): Promise<void> => timed(`PNG ${i.pick(c.title)}`, () => {
    const option = model && c.build(model, THEMES.projector, lang);
    if (!option) throw new Error(i.t('exportNoData'));
    downloadDataUrl(renderChartPng(option), exportFileName([...base, i.pick(c.title)], 'png'));
  });
  const svg = (c: PrintChart): Promise<void> => timed(`SVG ${i.pick(c.title)}`, async () => {
    const option = model && c.build(model, THEMES.projector, lang);
    if (!option) throw new Error(i.t('exportNoData'));
    downloadText(await renderChartSvg(option), exportFileName([...base, i.pick(c.title)], 'svg'), 'image/svg+xml');
  });
  const pptx = (): Promise<void> => timed('PowerPoint', async () => {
    if (!model) return;
    const charts = fresh();
    const blob = await buildPptx(model, demo, lang, chosenSlides(buildSlides(model, charts, register, dustFall), choice), charts);
    downloadBlob(blob, exportFileName([...base, i.t('pptxFileName')], 'pptx'));
  });

  if (!model) return null;
  return (
    <section className="meeting-tools" aria-label={i.t('meetingTools')} data-testid="meeting-tools">
      <div className="meeting-row">
        <button type="button" className="primary" onClick={open} data-testid="present" title={i.t('shortcutP')}>
          {i.t('presentP')}
        </button>
        <button type="button" onClick={() => setPicking((p) => !p)} aria-expanded={picking} data-testid="pick-slides">
          {i.t('chooseSlides', { n: slides.length, total: all.length })}
        </button>
        <button type="button" onClick={() => void pptx()} disabled={busy} data-testid="export-pptx">
          {i.t('exportPptx')}
        </button>
        <details className="meeting-menu">
          <summary>{i.t('exportCharts')}</summary>
          <ul>
            {available.map((c) => (
              <li key={c.id}>
                <span>{i.pick(c.title)}</span>
                <button type="button" onClick={() => void png(c)} disabled={busy} data-testid={`png-${c.id}`}>PNG</button>
                <button type="button" onClick={() => void svg(c)} disabled={busy} data-testid={`svg-${c.id}`}>SVG</button>
              </li>
            ))}
          </ul>
        </details>
        <details className="meeting-menu">
          <summary>{i.t('exportTables')}</summary>
          <ul>
            {TABLE_IDS.map((id) => (
              <li key={id}>
                <button type="button" data-testid={`csv-${id}`} onClick={() => void timed(`CSV ${TABLE_NAMES[id][lang]}`, () => {
                  downloadText(tableCsv(id, model, lang), exportFileName([...base, TABLE_NAMES[id][lang]], 'csv'), 'text/csv');
                })}>
                  {TABLE_NAMES[id][lang]}
                </button>
              </li>
            ))}
          </ul>
        </details>
        <button type="button" onClick={() => window.print()} data-testid="print">{i.t('printPdf')}</button>
        {confirmClear ? (
          <span className="meeting-confirm">
            {i.t('confirmClearQuestion')}
            <button type="button" className="danger" data-testid="clear-all-confirm" onClick={() => {
              setConfirmClear(false);
              void clearAllData().then(() => {
                persistNote.clear();
                setChoice(null);
                onCleared();
                setStatus(i.t('allDataCleared'));
              }, (e: unknown) => setStatus(String(e)));
            }}>{i.t('confirmClear')}</button>
            <button type="button" onClick={() => setConfirmClear(false)}>{i.t('cancel')}</button>
          </span>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirmClear(true)} data-testid="clear-all">
            {i.t('clearAllData')}
          </button>
        )}
        {status && <span className="muted" role="status" data-testid="export-status">{status}</span>}
      </div>
      {note && (
        <div className="banner" role="alert" data-testid="persist-note">
          {i.pick(note)} <button type="button" onClick={() => persistNote.clear()}>{i.t('dismiss')}</button>
        </div>
      )}
      {picking && (
        <ol className="slide-picker" data-testid="slide-picker">
          {orderedSlides(all, choice).map(({ slide, shown }, k, list) => (
            <li key={slide.id}>
              <label>
                <input type="checkbox" checked={shown} onChange={(e) => changeChoice(toggleSlide(all, choice, slide.id, e.target.checked))} />
                {i.pick(slide.title)}
              </label>
              <button type="button" disabled={k === 0} aria-label={i.t('moveUp')}
                onClick={() => changeChoice(moveSlide(all, choice, slide.id, -1))}>↑</button>
              <button type="button" disabled={k === list.length - 1} aria-label={i.t('moveDown')}
                onClick={() => changeChoice(moveSlide(all, choice, slide.id, 1))}>↓</button>
            </li>
          ))}
        </ol>
      )}
      {presenting && <Presentation slides={slides} model={model} demo={demo} i={i} charts={available} onClose={close} />}
      {/* Every chart: the report leaves out those with nothing to draw (renderForPrint). */}
      <PrintReport model={model} demo={demo} i={i} charts={withTitles} />
    </section>
  );
}
