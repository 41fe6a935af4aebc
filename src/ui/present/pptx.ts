/**
 * The slide deck as one PowerPoint file, made in the browser with pptxgenjs (loaded on demand):
 * chart images rendered off-screen at 1600×900 (pixel ratio 2), titles and the key numbers as real
 * text, so the file can be edited and searched in PowerPoint and WPS.
 */
import type PptxGenJS from 'pptxgenjs';
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import { THEMES } from '../../charts/theme.ts';
import { CJK_FONT_STACK } from '../../charts/theme.ts';
import type { ChartOption } from '../../charts/option.ts';
import type { TargetStatus } from '../../domain/targets/types.ts';
import { makeI18n } from '../i18n/i18n.ts';
import type { Lang } from '../../domain/text/text.ts';
import { EXPORT_WIDTH, renderChartPng } from '../export/chartImage.ts';
import { cardLabels, cardText, titleText } from './deckText.ts';
import { statusLabel } from '../../domain/targets/messages.ts';
import { PLAN_COLORS, STATUS_COLORS, footerText, mixesTargets, statusCounts } from './slides.ts';
import { targetScopeNote } from '../targetScope.ts';
import { view } from '../modelView.ts';
import type { Slide } from './slides.ts';

/** A chart the deck can draw: its id and a builder for a theme. */
export interface DeckChart {
  id: string;
  /** The chart's own height in px for a theme, when it has one (the calendar); else it fills a 16:9 box. */
  height?: (model: DashboardModel, theme: typeof THEMES.projector) => number;
  build: (model: DashboardModel, theme: typeof THEMES.projector, lang: Lang) => ChartOption | null;
}

const W = 10; // in, LAYOUT_16x9
const H = 5.625;
const FONT = CJK_FONT_STACK.split(',')[0]!.replace(/'/g, '').trim();
const hex = (c: string): string => c.replace('#', '').toUpperCase();

/** Builds the .pptx for `slides` (in order) and returns it as a Blob. */
export async function buildPptx(
  model: DashboardModel, demo: boolean, lang: Lang, slides: readonly Slide[], charts: readonly DeckChart[],
): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx: PptxGenJS = new Pptx();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = titleText(model, demo, makeI18n(lang)).heading;
  pptx.author = 'Lantian 蓝天';
  const i = makeI18n(lang);
  const footer = footerText(model, demo, lang);
  const evs = new Map(model.targets.map((e) => [e.id, e]));
  const scopeNote = targetScopeNote(view(model).targetScope, lang);

  slides.forEach((s, n) => {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    const text = (t: string, o: PptxGenJS.TextPropsOptions): void => {
      slide.addText(t, { fontFace: FONT, color: '1F2328', ...o });
    };
    text(`${footer}    ${n + 1} / ${slides.length}`, { x: 0.3, y: H - 0.35, w: W - 0.6, h: 0.3, fontSize: 9, color: '57606A' });
    if (s.kind !== 'title') text(i.pick(s.title), { x: 0.4, y: 0.2, w: W - 0.8, h: 0.6, fontSize: 26, bold: true });
    // The page's warning when the targets concern another city or year than the data on this slide.
    if (scopeNote && mixesTargets(s)) {
      text(`⚠ ${scopeNote}`, { x: 0.3, y: H - 0.62, w: W - 0.6, h: 0.28, fontSize: 10, bold: true, color: '9A6700' });
    }

    if (s.kind === 'title') {
      const t = titleText(model, demo, i);
      text(t.city, { x: 0.6, y: 0.9, w: W - 1.2, h: 0.9, fontSize: 40, bold: true, color: '0B5CAD' });
      text(t.heading, { x: 0.6, y: 1.8, w: W - 1.2, h: 0.7, fontSize: 28, bold: true });
      if (t.plan) text(t.plan, { x: 0.6, y: 2.5, w: W - 1.2, h: 0.5, fontSize: 16 });
      text([t.period, t.edition, t.source].join('\n'), { x: 0.6, y: 3.1, w: W - 1.2, h: 1.4, fontSize: 15, valign: 'top',
        color: demo ? '8A4B00' : '1F2328' });
    } else if (s.kind === 'targets') {
      const ids = s.targetIds ?? [];
      const cols = ids.length;
      const gap = 0.2;
      const cw = (W - 0.8 - gap * (cols - 1)) / Math.max(cols, 1);
      const labels = cardLabels(i);
      ids.forEach((id, k) => {
        const e = evs.get(id);
        if (!e) return;
        const c = cardText(e, i);
        const x = 0.4 + k * (cw + gap);
        const color = hex(STATUS_COLORS[e.status]);
        slide.addShape('rect', { x, y: 1.0, w: cw, h: 3.9, fill: { color: 'F6F8FA' }, line: { color: 'D0D7DE', width: 1 } });
        slide.addShape('rect', { x, y: 1.0, w: 0.08, h: 3.9, fill: { color }, line: { color, width: 0 } });
        text(c.label, { x: x + 0.15, y: 1.05, w: cw - 0.25, h: 0.75, fontSize: 15, bold: true, valign: 'top', fit: 'shrink' });
        text(c.status + (c.asOf ? ` · ${c.asOf}` : ''), { x: x + 0.15, y: 1.8, w: cw - 0.25, h: 0.35, fontSize: 13, bold: true, color });
        text(c.actual, { x: x + 0.15, y: 2.15, w: cw - 0.25, h: 0.7, fontSize: 28, bold: true });
        const lines = [`${labels.actual}  ${c.actual}`, `${labels.target}  ${c.target}`];
        if (c.lastYear) lines.push(`${labels.lastYear}  ${c.lastYear}`);
        text(lines.join('\n'), { x: x + 0.15, y: 2.9, w: cw - 0.25, h: 1.0, fontSize: 12, valign: 'top' });
        text(c.verdict, { x: x + 0.15, y: 3.9, w: cw - 0.25, h: 0.95, fontSize: 10, valign: 'top', color: '57606A', fit: 'shrink' });
      });
    } else if (s.kind === 'chart') {
      const chart = charts.find((c) => c.id === s.chartId);
      const option = chart?.build(model, THEMES.projector, lang) ?? null;
      if (option) {
        // A 16:9 box under the title; a chart with a natural height of its own (the calendar: a wide band) is drawn
        // at that height and spans the slide's width, centred in the box, instead of a band atop an empty canvas.
        const boxH = 4.35;
        const natural = chart?.height?.(model, THEMES.projector);
        if (natural !== undefined && natural < (EXPORT_WIDTH * 9) / 16) {
          const w = W - 0.6;
          const h = Math.min(boxH, (w * natural) / EXPORT_WIDTH);
          slide.addImage({ data: renderChartPng(option, EXPORT_WIDTH, natural), x: 0.3, y: 0.85 + (boxH - h) / 2, w, h });
        } else {
          const w = (boxH * 16) / 9;
          slide.addImage({ data: renderChartPng(option), x: (W - w) / 2, y: 0.85, w, h: boxH });
        }
      } else {
        text(i.t('chartNoData'), { x: 0.4, y: 2.5, w: W - 0.8, h: 0.6, fontSize: 20, align: 'center' });
      }
    } else if (s.kind === 'table' && s.table) {
      const tb = s.table;
      let y = 0.95;
      if (tb.counts) {
        const n = tb.counts.length;
        const cw = (W - 0.8 - 0.15 * (n - 1)) / n;
        tb.counts.forEach((c, k) => {
          const x = 0.4 + k * (cw + 0.15);
          const color = hex(PLAN_COLORS[c.tone]);
          slide.addShape('rect', { x, y, w: cw, h: 0.9, fill: { color: 'F6F8FA' }, line: { color, width: 2 } });
          text(`${c.value}  ${i.pick(c.label)}`, { x, y, w: cw, h: 0.9, fontSize: 20, bold: true, align: 'center', color });
        });
        y += 1.05;
      }
      const rows = [tb.columns.map((c) => ({ text: i.pick(c), options: { bold: true } })), ...tb.rows.map((r) => r.map((c) => ({ text: i.pick(c) })))];
      slide.addTable(rows, { x: 0.4, y, w: W - 0.8, fontFace: FONT, fontSize: 11, color: '1F2328', border: { type: 'solid', pt: 0.5, color: 'D0D7DE' } });
      text(tb.notes.map((n) => i.pick(n)).join('\n'), { x: 0.4, y: H - 0.95, w: W - 0.8, h: 0.55, fontSize: 9, color: '57606A', valign: 'bottom' });
    } else {
      const counts = statusCounts(model.targets);
      const order: TargetStatus[] = ['met', 'on-track', 'at-risk', 'missed', 'no-data'];
      const cw = (W - 0.8 - 0.15 * 4) / 5;
      order.forEach((st, k) => {
        const x = 0.4 + k * (cw + 0.15);
        const color = hex(STATUS_COLORS[st]);
        slide.addShape('rect', { x, y: 1.0, w: cw, h: 1.5, fill: { color: 'F6F8FA' }, line: { color, width: 2 } });
        text(String(counts[st]), { x, y: 1.05, w: cw, h: 0.9, fontSize: 40, bold: true, align: 'center', color });
        text(statusLabel(st, lang), { x, y: 1.95, w: cw, h: 0.45, fontSize: 16, align: 'center', color });
      });
      const lines = model.targets.map((e) => `${statusLabel(e.status, lang)}：${i.pick(e.label)} — ${cardText(e, i).actual}`);
      text(lines.join('\n'), { x: 0.4, y: 2.7, w: W - 0.8, h: 2.4, fontSize: 13, valign: 'top' });
    }
  });
  const out = await pptx.write({ outputType: 'blob' });
  return out instanceof Blob ? out : new Blob([out as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
