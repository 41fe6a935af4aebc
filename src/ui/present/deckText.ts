/**
 * The words and numbers of each slide, shared by presentation mode and the PowerPoint export so
 * both say exactly the same thing. Values and words come from targets/messages.ts, as on the target cards.
 */
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import type { TargetEvaluation } from '../../domain/targets/types.ts';
import type { I18n } from '../i18n/i18n.ts';
import { hasData } from '../../domain/aqi/dayRules.ts';
import { asOfText, shownFigures, statusLabel } from '../../domain/targets/messages.ts';

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
  const city = m.area ?? m.targetSet?.city ?? i.t('unnamedArea');
  const first = m.days.find(hasData)?.date ?? null;
  const period = first && m.asOf ? i.t('deck_period', { from: first, to: m.asOf }) : i.t('deck_noData');
  const edition = m.editionInfo.map((e) => i.pick(e.label)).join(i.t('clauseSeparator')) || '—';
  const files = m.files.filter((f) => !f.rejected);
  const source = demo
    ? i.t('deck_sourceDemo')
    : i.t(files.length === 1 ? 'deck_sourceFiles_one' : 'deck_sourceFiles_other', { n: files.length });
  return {
    city,
    heading: i.t('deck_heading', { year: m.year }),
    plan: m.targetSet ? i.pick(m.targetSet.plan) : null,
    period,
    edition: i.t('deck_standards') + edition,
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

/** One target card as text (ratios as on the cards: `shownFigures`, from the core's percents). */
export function cardText(e: TargetEvaluation, i: I18n): CardText {
  const shown = shownFigures(e, i.lang);
  return {
    id: e.id,
    label: i.pick(e.label),
    status: statusLabel(e.status, i.lang),
    actual: shown.actual,
    target: shown.target,
    lastYear: shown.lastYear,
    asOf: asOfText(e, i.lang),
    verdict: i.pick(e.message),
  };
}

/** Labels of the card fields. */
export function cardLabels(i: I18n): { actual: string; target: string; lastYear: string } {
  return { actual: i.t('actual'), target: i.t('target'), lastYear: i.t('lastYearSame') };
}
