/**
 * The words and numbers of each slide, shared by presentation mode and the PowerPoint export so
 * both say exactly the same thing. Values are formatted as on the target cards (`formatValue`).
 */
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import type { TargetEvaluation } from '../../domain/targets/types.ts';
import type { I18n } from '../i18n/i18n.ts';
import { ratioFigures, STATUS_KEY } from '../components/TargetCards.tsx';

export interface TitleText {
  city: string;
  heading: string;
  plan: string | null;
  period: string;
  edition: string;
  source: string;
}

/** Title slide: city, period, edition and data source ("模拟数据" for the demo). */
export function titleText(m: DashboardModel, demo: boolean, i: I18n): TitleText {
  const zh = i.lang === 'zh';
  const city = m.area ?? m.targetSet?.city ?? (zh ? '未命名区域' : 'Unnamed area');
  const first = m.days.find((d) => d.valid || d.stations > 0)?.date ?? null;
  const period = first && m.asOf ? (zh ? `数据期间：${first} 至 ${m.asOf}` : `Data: ${first} to ${m.asOf}`) : zh ? '暂无数据' : 'No data';
  const edition = m.editionInfo.map((e) => i.pick(e.label)).join(zh ? '；' : '; ') || '—';
  const files = m.files.filter((f) => !f.rejected);
  const source = demo
    ? zh ? '数据来源：模拟数据（内置演示，并非真实监测数据）' : 'Data source: simulated data (built-in demo, not real measurements)'
    : zh ? `数据来源：${files.length} 个监测数据文件` : `Data source: ${files.length} monitoring data file${files.length === 1 ? '' : 's'}`;
  return {
    city,
    heading: zh ? `${m.year} 年空气质量目标进展` : `Air-quality targets ${m.year}: progress`,
    plan: m.targetSet ? i.pick(m.targetSet.plan) : null,
    period,
    edition: (zh ? '执行标准：' : 'Standards: ') + edition,
    source,
  };
}

export interface CardText {
  id: string;
  label: string;
  status: string;
  actual: string;
  target: string;
  lastYear: string | null;
  asOf: string | null;
  verdict: string;
}

/** One target card as text (ratios as on the cards: `ratioFigures`, from the core's percents). */
export function cardText(e: TargetEvaluation, i: I18n): CardText {
  const zh = i.lang === 'zh';
  const shown = ratioFigures(e, i);
  return {
    id: e.id,
    label: i.pick(e.label),
    status: i.t(STATUS_KEY[e.status]),
    actual: shown.actual,
    target: shown.target,
    lastYear: shown.lastYear,
    asOf: e.asOf && !e.finished ? (zh ? `截至 ${e.asOf}` : `to ${e.asOf}`) : null,
    verdict: i.pick(e.message),
  };
}

/** Labels of the card fields. */
export function cardLabels(i: I18n): { actual: string; target: string; lastYear: string } {
  return i.lang === 'zh'
    ? { actual: '实际', target: '目标', lastYear: '去年同期' }
    : { actual: 'Actual', target: 'Target', lastYear: 'Same period last year' };
}
