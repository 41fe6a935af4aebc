/**
 * The printed report (Print / PDF): A4 landscape, the target summary first, then the charts. On
 * `beforeprint` every chart is rendered afresh to SVG at its printed size (print theme, CSS px at
 * 96 dpi, so 9 px type prints at 9 px) and dropped again on `afterprint`: nothing depends on the
 * on-screen canvas size, so nothing is clipped. Rendered into <body> beside #root (print.css).
 *
 * Chart text carries user data (station and area names), so the SVG is never inserted as markup:
 * each chart is an <img> whose src is a `data:image/svg+xml` URL of the SVG. An image cannot run
 * script or reach the page, whatever its text; the CSP allows `img-src data:`. Chromium loads a
 * data: image at once, so it is there when the print layout runs right after `beforeprint`.
 */
import { useCallback, useEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { THEMES } from '../../charts/theme.ts';
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import type { Message } from '../../domain/types.ts';
import type { I18n } from '../i18n/i18n.ts';
import { loadSvgRenderer, renderChartPng } from '../export/chartImage.ts';
import { cardText, titleText } from '../present/deckText.ts';
import type { DeckChart } from '../present/pptx.ts';
import { STATUS_COLORS } from '../present/slides.ts';
import './print.css';

/** Printed chart sizes in CSS px: half the A4 landscape text width (≈ 135 mm) or all of it (≈ 275 mm). */
export const PRINT_HALF = { width: 505, height: 300 } as const;
export const PRINT_WIDE = { width: 1030, height: 300 } as const;

export interface PrintChart extends DeckChart {
  title: Message;
  wide?: boolean;
}

type Rendered = { id: string; title: string; wide: boolean; svg: string | null; png: string | null; width: number; height: number };

let ssr: Awaited<ReturnType<typeof loadSvgRenderer>> | null = null;

/** The SVG document as a `data:image/svg+xml;charset=utf-8,…` URL (percent-encoded, so any text is inert). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Renders every chart at print size (synchronously: `beforeprint` does not wait for promises). */
export function renderForPrint(model: DashboardModel, charts: readonly PrintChart[], i: I18n): Rendered[] {
  const out: Rendered[] = [];
  for (const c of charts) {
    let option;
    try {
      option = c.build(model, THEMES.print, i.lang);
    } catch {
      option = null;
    }
    if (!option) continue;
    const size = c.wide ? PRINT_WIDE : PRINT_HALF;
    const opt = { ...option, backgroundColor: '#ffffff' };
    const svg = ssr ? ssr.renderToSvg(opt, size.width, size.height) : null;
    out.push({ id: c.id, title: i.pick(c.title), wide: !!c.wide, svg, png: svg ? null : renderChartPng(opt, size.width, size.height), ...size });
  }
  return out;
}

export function PrintReport({ model, demo, i, charts }: {
  model: DashboardModel | null;
  demo: boolean;
  i: I18n;
  charts: readonly PrintChart[];
}) {
  const [rendered, setRendered] = useState<Rendered[] | null>(null);

  useEffect(() => {
    // Load the SVG renderer ahead of time so that beforeprint can use it synchronously.
    void loadSvgRenderer().then((m) => { ssr = m; }, () => undefined);
  }, []);

  const prepare = useCallback(() => {
    if (!model) return;
    flushSync(() => setRendered(renderForPrint(model, charts, i)));
  }, [model, charts, i]);

  useEffect(() => {
    const after = (): void => setRendered(null);
    window.addEventListener('beforeprint', prepare);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', prepare);
      window.removeEventListener('afterprint', after);
    };
  }, [prepare]);

  if (!model) return null;
  const t = titleText(model, demo, i);
  return createPortal(
    <div className="print-report" data-testid="print-report" data-ready={rendered ? 'true' : 'false'}>
      <header className="print-head">
        <h1>{t.city} · {t.heading}</h1>
        {t.plan && <div>{t.plan}</div>}
        <div>{t.period} · {t.edition}</div>
        <div className={demo ? 'print-demo' : undefined}>{t.source}</div>
      </header>
      <table className="print-targets">
        <thead>
          <tr>
            <th>{i.t('col_target')}</th><th>{i.t('col_status')}</th><th>{i.t('actual')}</th>
            <th>{i.t('col_targetValue')}</th><th>{i.t('lastYearShort')}</th><th>{i.t('col_verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {model.targets.map((e) => {
            const c = cardText(e, i);
            return (
              <tr key={e.id}>
                <td>{c.label}</td>
                <td style={{ color: STATUS_COLORS[e.status], fontWeight: 700 }}>{c.status}</td>
                <td className="num">{c.actual}</td><td className="num">{c.target}</td><td className="num">{c.lastYear ?? '—'}</td>
                <td>{c.verdict}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="print-charts">
        {(rendered ?? []).map((r) => (
          <figure key={r.id} className={`print-chart${r.wide ? ' wide' : ''}`} data-chart={r.id}>
            <figcaption>{r.title}</figcaption>
            <img src={r.svg ? svgDataUrl(r.svg) : (r.png ?? '')} width={r.width} height={r.height} alt={r.title} />
          </figure>
        ))}
      </div>
    </div>,
    document.body,
  );
}
