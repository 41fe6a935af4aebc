/**
 * One 16:9 slide of presentation mode. Type is sized in container units of the slide (cqh), so it
 * stays large from the back of the room on any screen; charts use the projector theme.
 */
import { useMemo } from 'react';
import { THEMES } from '../../charts/theme.ts';
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import type { TargetStatus } from '../../domain/targets/types.ts';
import { EChart } from '../components/EChart.tsx';
import type { I18n } from '../i18n/i18n.ts';
import { cardLabels, cardText, titleText } from './deckText.ts';
import type { DeckChart } from './pptx.ts';
import { statusLabel } from '../../domain/targets/messages.ts';
import { PLAN_COLORS, STATUS_COLORS, footerText, mixesTargets, statusCounts } from './slides.ts';
import { targetScopeNote } from '../targetScope.ts';
import { view } from '../modelView.ts';
import type { Slide } from './slides.ts';

const ORDER: TargetStatus[] = ['met', 'on-track', 'at-risk', 'missed', 'no-data'];

function ChartSlide({ chart, model, i }: { chart: DeckChart | undefined; model: DashboardModel; i: I18n }) {
  const option = useMemo(() => {
    try {
      return chart?.build(model, THEMES.projector, i.lang) ?? null;
    } catch {
      return null;
    }
  }, [chart, model, i.lang]);
  if (!option) return <p className="slide-empty">{i.t('chartNoData')}</p>;
  return (
    <div className="slide-chart">
      <EChart option={option} label={chart?.id ?? ''} />
    </div>
  );
}

export function SlideView({ slide, model, demo, i, charts, index, count }: {
  slide: Slide;
  model: DashboardModel;
  demo: boolean;
  i: I18n;
  charts: readonly DeckChart[];
  index: number;
  count: number;
}) {
  const evs = new Map(model.targets.map((e) => [e.id, e]));
  const scopeNote = mixesTargets(slide) ? targetScopeNote(view(model).targetScope, i.lang) : null;
  let body;
  if (slide.kind === 'title') {
    const t = titleText(model, demo, i);
    body = (
      <div className="slide-title">
        <div className="slide-city">{t.city}</div>
        <h1>{t.heading}</h1>
        {t.plan && <div className="slide-plan">{t.plan}</div>}
        <div className="slide-meta">
          <div>{t.period}</div>
          <div>{t.edition}</div>
          <div className={demo ? 'slide-demo' : undefined} data-testid="slide-source">{t.source}</div>
        </div>
      </div>
    );
  } else if (slide.kind === 'targets') {
    const labels = cardLabels(i);
    body = (
      <div className="slide-cards" style={{ gridTemplateColumns: `repeat(${slide.targetIds?.length ?? 1}, 1fr)` }}>
        {(slide.targetIds ?? []).map((id) => {
          const e = evs.get(id);
          if (!e) return null;
          const c = cardText(e, i);
          return (
            <div key={id} className="slide-card" style={{ borderLeftColor: STATUS_COLORS[e.status] }} data-target={id}>
              <div className="slide-card-label">{c.label}</div>
              <div className="slide-card-status" style={{ color: STATUS_COLORS[e.status] }}>
                {c.status}{c.asOf ? ` · ${c.asOf}` : ''}
              </div>
              <div className="slide-card-actual">{c.actual}</div>
              <dl>
                <dt>{labels.target}</dt><dd>{c.target}</dd>
                {c.lastYear && (<><dt>{labels.lastYear}</dt><dd>{c.lastYear}</dd></>)}
              </dl>
              <div className="slide-card-verdict">{c.verdict}</div>
            </div>
          );
        })}
      </div>
    );
  } else if (slide.kind === 'chart') {
    body = <ChartSlide chart={charts.find((c) => c.id === slide.chartId)} model={model} i={i} />;
  } else if (slide.kind === 'table' && slide.table) {
    const tb = slide.table;
    body = (
      <div className="slide-table">
        {tb.counts && (
          <div className="slide-counts" style={{ gridTemplateColumns: `repeat(${tb.counts.length}, 1fr)` }}>
            {tb.counts.map((c) => (
              <div key={c.tone} className="slide-count" style={{ borderColor: PLAN_COLORS[c.tone], color: PLAN_COLORS[c.tone] }} data-status={c.tone}>
                <b>{c.value}</b>
                <span>{i.pick(c.label)}</span>
              </div>
            ))}
          </div>
        )}
        <table>
          <thead><tr>{tb.columns.map((c, k) => <th key={k}>{i.pick(c)}</th>)}</tr></thead>
          <tbody>
            {tb.rows.map((r, k) => <tr key={k}>{r.map((c, j) => <td key={j}>{i.pick(c)}</td>)}</tr>)}
          </tbody>
        </table>
        <p className="slide-note">{tb.notes.map((n) => i.pick(n)).join(' · ')}</p>
      </div>
    );
  } else {
    const counts = statusCounts(model.targets);
    body = (
      <div className="slide-summary">
        <div className="slide-counts">
          {ORDER.map((st) => (
            <div key={st} className="slide-count" style={{ borderColor: STATUS_COLORS[st], color: STATUS_COLORS[st] }} data-status={st}>
              <b>{counts[st]}</b>
              <span>{statusLabel(st, i.lang)}</span>
            </div>
          ))}
        </div>
        <ul className="slide-list">
          {model.targets.map((e) => (
            <li key={e.id}>
              <span style={{ color: STATUS_COLORS[e.status] }}>{statusLabel(e.status, i.lang)}</span> {i.pick(e.label)}
              <span className="slide-list-value"> {cardText(e, i).actual}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <section className={`slide slide-${slide.kind}`} data-slide-id={slide.id} aria-roledescription="slide"
      aria-label={`${index + 1} / ${count}`}>
      {slide.kind !== 'title' && <h2 className="slide-heading">{i.pick(slide.title)}</h2>}
      {scopeNote && <p className="slide-scope-note" role="note" data-testid="slide-scope-note">{scopeNote}</p>}
      <div className="slide-body">{body}</div>
      <footer className="slide-footer">
        <span>{footerText(model, demo, i.lang)}</span>
        <span>{index + 1} / {count}</span>
      </footer>
    </section>
  );
}
