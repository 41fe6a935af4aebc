/**
 * The dashboard page. Holds only view state (language, settings, targets, progress, errors);
 * every number comes in the model the worker posts. Components render the model.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, POLLUTANTS } from '../domain/types.ts';
import type { EditionChoice, Message, Pollutant, Settings } from '../domain/types.ts';
import type { TargetSet } from '../domain/targets/types.ts';
import { THEMES } from '../charts/theme.ts';
import { createLantianClient } from '../worker/client.ts';
import type { LantianClient, MappableFile, ModelMessage, ProgressMessage } from '../worker/client.ts';
import type { ColumnMapping } from '../domain/ingest/ingestFile.ts';
import { chartSpecs, COVERAGE_CHART } from './charts.ts';
import type { ChartSpec } from './charts.ts';
import { ChartGrid, ChartPanel } from './components/ChartGrid.tsx';
import { Header } from './components/Header.tsx';
import { SummaryStrip } from './components/SummaryStrip.tsx';
import { TargetCards } from './components/TargetCards.tsx';
import type { PlanTasks } from '../domain/plan/types.ts';
import { cstDayOf } from '../domain/calendar.ts';
import { I18nContext, makeI18n } from './i18n/i18n.ts';
import type { Lang } from '../domain/text/text.ts';
import type { TextKey } from '../domain/text/text.ts';
import { view } from './modelView.ts';
import { perf } from './perf.ts';
import { whenOnScreenDrawn } from './hooks/drawQueue.ts';
import { useKeyed } from './hooks/useKeyed.ts';
import type { RankingPeriodChoice } from '../domain/report/datasetIndex.ts';
import { builtinTargetSet } from '../domain/targets/builtin.ts';
import { forgetTargets, loadSavedTargets, saveTargets } from './targetsStore.ts';
import type { Slide } from './present/slides.ts';
import type { ToolChart } from './present/MeetingTools.tsx';
import { onStorageEvent } from './persist/storageNote.ts';
import { LANGS, LOCALES, otherLang, tr } from '../domain/text/text.ts';

const LANG_KEY = 'lantian.lang';
const SETTINGS_KEY = 'lantian.settings.v1';

function savedLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    return LANGS.find((l) => l === saved) ?? 'zh';
  } catch {
    return 'zh';
  }
}

function savedSettings(): Settings {
  try {
    const raw = localStorage.getItem(SETTINGS_KEY);
    return raw ? { ...DEFAULT_SETTINGS, ...(JSON.parse(raw) as Partial<Settings>) } : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** The task register section, in its own chunk with the plan's data. */
// Sections below the charts, the meeting tools (slides, exports, print) and the mapping dialog load after
// first paint (initial JS budget: 400 KB gzip).
const RankingSection = lazy(() => import('./components/RankingSection.tsx').then((m) => ({ default: m.RankingSection })));
const CampaignPanel = lazy(() => import('./components/CampaignPanel.tsx').then((m) => ({ default: m.CampaignPanel })));
const ColumnMappingDialog = lazy(() => import('./components/ColumnMappingDialog.tsx').then((m) => ({ default: m.ColumnMappingDialog })));
const TargetEditor = lazy(() => import('./components/TargetEditor.tsx').then((m) => ({ default: m.TargetEditor })));
const MeetingTools = lazy(() => import('./present/MeetingTools.tsx').then((m) => ({ default: m.MeetingTools })));
const DustFallSection = lazy(() => import('./components/DustFallSection.tsx').then((m) => ({ default: m.DustFallSection })));
const DataPanel = lazy(() => import('./components/DataPanel.tsx').then((m) => ({ default: m.DataPanel })));
// The drop zone, the notices, and what shows only while loading, for an unnamed area or for data without
// some indicator: after the first paint too (room in the budget for the on-screen-first chart drawing, issue 9).
const Notices = lazy(() => import('./components/Notices.tsx').then((m) => ({ default: m.Notices })));
const AbsentIndicators = lazy(() => import('./components/AbsentIndicators.tsx').then((m) => ({ default: m.AbsentIndicators })));
const DropZone = lazy(() => import('./components/DropZone.tsx').then((m) => ({ default: m.DropZone })));
const ProgressBar = lazy(() => import('./components/ProgressBar.tsx').then((m) => ({ default: m.ProgressBar })));
const NameArea = lazy(() => import('./components/NameArea.tsx').then((m) => ({ default: m.NameArea })));
const PlanRegister = lazy(() => import('./components/PlanRegister.tsx').then((m) => ({ default: m.PlanRegister })));

export function App() {
  const [lang, setLang] = useState<Lang>(savedLang);
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const [settings, setSettings] = useState<Settings>(savedSettings);
  const [targets, setTargets] = useState<TargetSet>(() => loadSavedTargets() ?? builtinTargetSet());
  /** The plan's task register with the progress entered here (the section edits it, the slides summarise it). */
  // Loaded after the first paint (its own chunk: the plan's 26 tasks are not part of the initial JS).
  const [plan, setPlan] = useState<PlanTasks | null>(null);
  useEffect(() => {
    void import('./planStore.ts').then((m) => setPlan(m.loadPlanTasks()));
  }, []);
  const register = useMemo(() => (plan ? { plan, today: cstDayOf(Date.now()) } : undefined), [plan]);
  /** The dust-fall slide (plan §21): built in its own chunk when a dust-fall table is loaded. */
  const [dustFallSlide, setDustFallSlide] = useState<Slide | null>(null);
  const [model, setModel] = useState<ModelMessage | null>(null);
  const [progress, setProgress] = useState<ProgressMessage | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  /** Files read but refused (not loaded): a notice of their own, not a worker error. */
  const [refused, setRefused] = useState<{ file: string; reason: Message; keptEarlier: boolean }[]>([]);
  const [note, setNote] = useState<TextKey | null>(null);
  /** Loaded files whose columns were not recognised (by name), and those waiting for the mapping dialog. */
  const [mappable, setMappable] = useState<ReadonlyMap<string, MappableFile>>(new Map());
  const [mapQueue, setMapQueue] = useState<readonly string[]>([]);
  const [pollutant, setPollutant] = useState<Pollutant>('PM2.5');
  /** A request that recomputes the model is on its way (cleared by the next model). */
  const [busy, setBusy] = useState(false);
  /** The worker died without an error (crash, out of memory): said on the page, with a reload (issue 9 §7). */
  const [workerDead, setWorkerDead] = useState(false);
  /** Bumped to start a new worker after one died. */
  const [generation, setGeneration] = useState(0);
  const charts = useMemo(() => chartSpecs(pollutant), [pollutant]);
  const client = useRef<LantianClient | null>(null);
  /** Loads started and not finished: progress shows the one running, Cancel stops them all. */
  const pendingLoads = useRef(new Set<number>());
  const loadId = useRef<number | null>(null);

  useEffect(() => {
    const c = createLantianClient({
      onModel: (m) => {
        if (perf.dropAt !== null && perf.modelAt === null && m.source === 'files') perf.modelAt = performance.now();
        perf.computeMs = m.computeMs;
        setModel(m);
        setBusy(false);
      },
      onProgress: (m) => {
        if (pendingLoads.current.has(m.loadId)) {
          loadId.current = m.loadId;
          setProgress(m);
        }
      },
      onLoadDone: (m) => {
        perf.lastLoad = { files: m.files, cancelled: m.cancelled };
        pendingLoads.current.delete(m.loadId);
        if (pendingLoads.current.size === 0) {
          loadId.current = null;
          setProgress(null);
        }
      },
      onError: (message, file) => setErrors((e) => [...e, file ? `${file}: ${message}` : message]),
      onRefused: (file, reason, keptEarlier) => setRefused((r) => [...r.filter((x) => x.file !== file), { file, reason, keptEarlier }]),
      onMappable: (m) => {
        setMappable((prev) => new Map(prev).set(m.file, m));
        if (!m.applied) setMapQueue((q) => [...q.filter((n) => n !== m.file), m.file]);
      },
      onStorage: onStorageEvent,
      onLiveness: (how) => {
        document.documentElement.dataset.workerLiveness = how;
      },
      onDead: () => {
        setWorkerDead(true);
        setBusy(false);
        pendingLoads.current.clear();
        loadId.current = null;
        setProgress(null);
        document.documentElement.dataset.workerDead = 'true';
      },
    });
    client.current = c;
    // The worker restores the files it stored (IndexedDB) before its first model, so a reload shows the
    // same numbers without the demo in between.
    c.init(savedSettings(), loadSavedTargets());
    return () => {
      c.terminate();
      client.current = null;
    };
  }, [generation]);

  useEffect(() => {
    document.documentElement.lang = LOCALES[lang];
    document.title = tr(lang, 'documentTitle');
  }, [lang]);

  const onFiles = useCallback((files: File[]) => {
    const c = client.current;
    if (!c) return;
    perf.dropAt = performance.now();
    perf.modelAt = null;
    perf.drawnAt = null;
    setNote(null);
    setRefused([]);
    // A file dropped again is read afresh: its earlier mapping request goes.
    const names = new Set(files.map((f) => f.name));
    setMappable((prev) => new Map([...prev].filter(([n]) => !names.has(n))));
    setMapQueue((q) => q.filter((n) => !names.has(n)));
    track(c.loadFiles(files));
  }, []);

  /** Shows the progress of a load and notes a cancel. */
  function track({ loadId: id, done }: { loadId: number; done: Promise<{ cancelled: boolean }> }): void {
    pendingLoads.current.add(id);
    loadId.current ??= id;
    void done.then((m) => {
      if (m.cancelled) setNote('cancelled');
    });
  }

  /** Reads `file`, and the waiting files of the same shape, again with the mapping the user chose. */
  const applyMapping = (file: string, mapping: ColumnMapping): void => {
    const c = client.current;
    const request = mappable.get(file);
    if (!c || !request) return;
    const names = [file, ...mapQueue.filter((n) => n !== file && mappable.get(n)?.shape === request.shape)];
    setMapQueue((q) => q.filter((n) => !names.includes(n)));
    setMappable((prev) => {
      const next = new Map(prev);
      for (const n of names) {
        const r = next.get(n);
        if (r) next.set(n, { ...r, applied: mapping });
      }
      return next;
    });
    setBusy(true);
    track(c.applyMapping(names, mapping, request.shape));
  };
  const mapping = mapQueue.length > 0 ? mappable.get(mapQueue[0]!) : undefined;

  const changeSettings = (next: Settings): void => {
    setSettings(next);
    try {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
    } catch {
      // not saved; still applied
    }
    setBusy(true);
    client.current?.setSettings(next);
  };

  const dustFallTable = model?.model.dustFall ?? null;
  useEffect(() => {
    if (!dustFallTable || !plan) {
      setDustFallSlide(null);
      return;
    }
    let live = true;
    void Promise.all([import('./present/dustFallSlide.ts'), import('./dustFallLine.ts')]).then(([slide, line]) => {
      if (live) setDustFallSlide(slide.dustFallSlide(dustFallTable, line.pageDustFallLimit(plan)));
    });
    return () => {
      live = false;
    };
  }, [dustFallTable, plan]);

  /** The ranking chart of the deck (slide, PNG/SVG, print): loaded after the first paint once the model has a ranking. */
  const [rankingChart, setRankingChart] = useState<ToolChart | null>(null);
  const hasRanking = Boolean(model?.model.ranking);
  useEffect(() => {
    if (!hasRanking) return;
    let live = true;
    void import('./present/rankingSlide.ts').then((m) => {
      if (live) setRankingChart(m.RANKING_CHART);
    });
    return () => {
      live = false;
    };
  }, [hasRanking]);
  const toolCharts = useMemo(() => (rankingChart && hasRanking ? [...charts, rankingChart] : charts), [charts, rankingChart, hasRanking]);

  const saveTargetSet = useCallback((set: TargetSet) => {
    setTargets(set);
    saveTargets(set);
    client.current?.setTargets(set);
  }, []);
  const resetTargets = useCallback(() => {
    const set = builtinTargetSet();
    forgetTargets();
    setTargets(set);
    client.current?.setTargets(set);
  }, []);

  const v = model ? view(model.model) : null;
  /** The view on show, for callbacks kept stable across models (memoised sections are not rendered again). */
  const viewRef = useRef(v);
  viewRef.current = v;
  // Parts of the model that a switch often leaves as they were keep their identity (useKeyed).
  // The ranking depends on the data, the settings, the targets (its city) and its year and period only: the
  // same data (the client keeps the files' array while the data is unchanged), settings and ranking fields
  // mean the same ranking (a JSON comparison of its 371 cities × scopes costs ~50 ms a switch).
  const ranking = useKeyed(model?.model.ranking ?? null, (r) => r && model
    ? [model.model.files, settings, targets, r.year, r.period, r.from, r.to, r.city, r.defaultScope, r.listSource]
    : [r]);
  const onRankingPeriod = useCallback((p: RankingPeriodChoice) => {
    setBusy(true);
    client.current?.setView(viewRef.current?.area ?? null, viewRef.current?.year ?? null, p);
  }, []);
  const demo = model?.source === 'demo';
  const theme = THEMES.screen;

  // "All charts drawn" for the perf hook and the browser tests: every chart of this model's seq.
  const drawnFor = useRef<{ seq: number; ids: Set<string> }>({ seq: -1, ids: new Set() });
  const chartCount = charts.length + 1;
  const onDrawn = useCallback((id: string) => {
    if (!model) return;
    const d = drawnFor.current;
    if (d.seq !== model.seq) {
      drawnFor.current = { seq: model.seq, ids: new Set() };
    }
    drawnFor.current.ids.add(id);
    if (drawnFor.current.ids.size >= chartCount) {
      perf.drawnSeq = model.seq;
      perf.firstDrawnAt ??= performance.now();
      if (perf.modelAt !== null && perf.drawnAt === null) perf.drawnAt = performance.now();
      document.documentElement.dataset.chartsDrawn = String(model.seq);
      document.documentElement.dataset.source = model.source;
    }
  }, [model, chartCount]);

  // "The charts on screen drawn" (what a user waits for after a switch; the off-screen ones follow in idle
  // time or when scrolled to): the model's seq once no on-screen chart's draw is waiting (drawQueue).
  useEffect(() => {
    if (!model) return;
    return whenOnScreenDrawn(() => {
      document.documentElement.dataset.chartsOnScreen = String(model.seq);
    });
  }, [model]);

  const pollutantPicker = (
    <label className="chart-control">
      <span className="visually-hidden">{tr(lang, 'pollutant')}</span>
      <select value={pollutant} onChange={(e) => setPollutant(e.target.value as Pollutant)}>
        {POLLUTANTS.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </label>
  );
  const renderChart = (spec: ChartSpec) =>
    model && v ? (
      <ChartPanel key={`${spec.id}-${lang}`} spec={spec} model={model.model} theme={theme} lang={lang}
        seq={model.seq} onDrawn={onDrawn} controls={spec.id === 'stationMonthHeatmap' ? pollutantPicker : undefined} />
    ) : null;

  return (
    <I18nContext.Provider value={i18n}>
      <Header
        areas={v?.areas ?? []}
        area={v?.area ?? null}
        targetCity={v?.targetCity ?? null}
        years={v?.years ?? []}
        year={v?.year ?? null}
        editions={v?.editions ?? ['2012']}
        editionChoice={settings.edition}
        demo={demo}
        busy={busy}
        onArea={(a) => {
          // Keep the year when the new area has data in it; else let the core pick its latest year.
          const info = model?.model.areas.find((x) => x.name === a);
          const y = v?.year ?? null;
          const covers = y !== null && info?.dataFrom && info.dataTo
            && info.dataFrom.slice(0, 4) <= String(y) && String(y) <= info.dataTo.slice(0, 4);
          setBusy(true);
          client.current?.setView(a, covers ? y : null);
        }}
        onYear={(y) => {
          setBusy(true);
          client.current?.setView(v?.area ?? null, y);
        }}
        onEdition={(e: EditionChoice) => changeSettings({ ...settings, edition: e })}
        onToggleLang={() => {
          const next = otherLang(lang);
          setLang(next);
          try {
            localStorage.setItem(LANG_KEY, next);
          } catch {
            // not saved
          }
        }}
        onFiles={onFiles}
      />
      <Suspense fallback={null}><DropZone onFiles={onFiles} /></Suspense>
      <main>
        {progress && loadId.current !== null && (
          <Suspense fallback={null}><ProgressBar progress={progress} onCancel={() => {
            for (const id of pendingLoads.current) client.current?.cancel(id);
          }} /></Suspense>
        )}
        {workerDead && (
          <div className="banner error" role="alert" data-testid="worker-dead">
            <div>
              <strong>{i18n.t('workerDead')}</strong> {i18n.t('workerDeadHelp')}
            </div>
            <button type="button" data-testid="worker-restart" onClick={() => {
              setWorkerDead(false);
              delete document.documentElement.dataset.workerDead;
              // The new worker numbers its models from 1 again.
              delete document.documentElement.dataset.chartsDrawn;
              delete document.documentElement.dataset.chartsOnScreen;
              drawnFor.current = { seq: -1, ids: new Set() };
              setModel(null);
              setGeneration((g) => g + 1);
            }}>
              {i18n.t('workerRestart')}
            </button>
          </div>
        )}
        {(errors.length > 0 || refused.length > 0) && (
          <Suspense fallback={null}><Notices errors={errors} refused={refused} onDismissErrors={() => setErrors([])} onDismissRefused={() => setRefused([])} /></Suspense>
        )}
        {note && (
          <div className="banner note" role="status">
            {i18n.t(note)}{' '}
            <button type="button" onClick={() => setNote(null)}>
              {i18n.t('dismiss')}
            </button>
          </div>
        )}
        {demo && <div className="banner" data-testid="demo-banner">{i18n.t('demoBanner')}</div>}
        {!model && errors.length === 0 && !workerDead && <div className="empty" role="status">{i18n.t('computing')}</div>}
        {model && model.source === 'none' && <div className="empty">{i18n.t('noData')}</div>}
        {v?.unnamedArea && (
          <Suspense fallback={null}><NameArea current={settings.defaultAreaName}
            onApply={(name) => changeSettings({ ...settings, defaultAreaName: name })} /></Suspense>
        )}
        {v && v.mixedEditions && <div className="banner">{i18n.t('mixedEditions')}</div>}
        {model && <Suspense fallback={null}><MeetingTools model={model.model} demo={demo} lang={lang} charts={toolCharts} register={register} dustFall={dustFallSlide} onCleared={() => client.current?.clear()} /></Suspense>}
        {v && v.evaluations.length > 0 && <TargetCards evaluations={v.evaluations} scope={v.targetScope} />}
        {v?.ytd && <SummaryStrip current={v.ytd} previous={v.ytdLastYear} compare={v.compare} area={v.area} />}
        {v?.absent && <Suspense fallback={null}><AbsentIndicators indicators={v.absent.indicators} note={v.absent.note} source={v.absent.source} /></Suspense>}
        {ranking && (
          <Suspense fallback={null}><RankingSection ranking={ranking} onPeriod={onRankingPeriod} /></Suspense>
        )}
        {model && v && (
          <ChartGrid>
            {charts.map(renderChart)}
          </ChartGrid>
        )}
        {model && model.source !== 'none' && <Suspense fallback={null}><CampaignPanel model={model.model} onUseCampaignTargets={() => {
          void import('../domain/targets/campaigns.ts').then(({ campaignTargetSet }) => {
            const set = campaignTargetSet();
            setTargets(set);
            saveTargets(set);
            client.current?.setTargets(set);
          });
        }} /></Suspense>}
        {model?.model.dustFall && plan && (
          <Suspense fallback={null}><DustFallSection table={model.model.dustFall} plan={plan} lang={lang} /></Suspense>
        )}
        {model && v && (
          <Suspense fallback={null}><DataPanel files={v.files} stationLabels={model.model.stationLabels} issues={v.issues} demo={demo}
            coUnit={settings.coUnit} restored={model.restored}
            onCoUnit={(u) => changeSettings({ ...settings, coUnit: u })}
            coverage={renderChart(COVERAGE_CHART)}
            mappable={mappable}
            onMapColumns={(name) => setMapQueue((q) => [name, ...q.filter((n) => n !== name)])}
            onRemove={(name) => {
              setMappable((prev) => new Map([...prev].filter(([n]) => n !== name)));
              setMapQueue((q) => q.filter((n) => n !== name));
              setBusy(true);
              client.current?.removeFile(name);
            }}
            onRemoveMany={(names) => {
              const gone = new Set(names);
              setMappable((prev) => new Map([...prev].filter(([n]) => !gone.has(n))));
              setMapQueue((q) => q.filter((n) => !gone.has(n)));
              setBusy(true);
              client.current?.removeFiles(names);
            }}
            onClear={() => {
              setMappable(new Map());
              setMapQueue([]);
              setBusy(true);
              client.current?.clear();
            }} /></Suspense>
        )}
        {plan && <Suspense fallback={null}><PlanRegister plan={plan} onPlan={setPlan} /></Suspense>}
        {mapping && (
          <Suspense fallback={null}><ColumnMappingDialog key={mapping.file} request={mapping}
            position={{ i: 1, n: mapQueue.length }}
            sameShape={mapQueue.filter((n) => n !== mapping.file && mappable.get(n)?.shape === mapping.shape).length}
            onApply={(m) => applyMapping(mapping.file, m)}
            onSkip={() => setMapQueue((q) => q.filter((n) => n !== mapping.file))} /></Suspense>
        )}
        <Suspense fallback={null}>
        <TargetEditor targets={targets} onSave={saveTargetSet} onReset={resetTargets} />
        </Suspense>
      </main>
    </I18nContext.Provider>
  );
}
