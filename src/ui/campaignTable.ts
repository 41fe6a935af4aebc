/**
 * The campaign figures (plan §四(二) autumn–winter, §四(一) summer) as a small table of text, the
 * same for the page section and the slide: this season so far, the previous season to the same day
 * (同期) and the whole previous season. Numbers come from the core (stats/campaign.ts); concentrations
 * are rounded as bulletins publish them (`publishConc`).
 */
import type { CampaignView, SeasonFigures } from '../domain/stats/campaign.ts';
import { EDITIONS } from '../domain/standards/editions.ts';
import { publishConc } from '../domain/report/report.ts';
import type { I18n } from './i18n/i18n.ts';
import type { TextKey as MessageKey } from '../domain/text/text.ts';

export interface CampaignTable {
  columns: string[];
  rows: { key: MessageKey; cells: string[] }[];
  /** Season boundaries' source, flagged unconfirmed where no source fixes them; the edition of the figures. */
  notes: string[];
}

type Row = { key: MessageKey; value: (f: SeasonFigures, i: I18n) => string };

const AUTUMN_WINTER_ROWS: readonly Row[] = [
  { key: 'campaign_episodes', value: (f, i) => i.num(f.episodes.count, 0) },
  { key: 'campaign_episodeDays', value: (f, i) => i.num(f.episodes.totalDays, 0) },
  { key: 'campaign_longest', value: (f, i) => i.num(f.episodes.longestDays, 0) },
  { key: 'campaign_peak', value: (f, i) => (f.episodes.peakAqi === null ? '—' : `${i.num(f.episodes.peakAqi, 0)}（${f.episodes.peakDate}）`) },
  { key: 'campaign_heavyDays', value: (f, i) => i.num(f.stats.heavyDays, 0) },
  { key: 'campaign_pm25', value: (f, i) => i.num(publishConc('PM2.5', f.stats.pollutants['PM2.5'].mean), 0) },
  { key: 'campaign_goodRatio', value: (f, i) => (f.stats.goodDayRatioPercent === null ? '—' : `${i.num(f.stats.goodDayRatioPercent, 1)} %`) },
  { key: 'campaign_validDays', value: (f, i) => i.num(f.stats.validDays, 0) },
];

const SUMMER_ROWS: readonly Row[] = [
  { key: 'campaign_o3Exceedance', value: (f, i) => i.num(f.o3ExceedanceDays, 0) },
  { key: 'campaign_o3Primary', value: (f, i) => i.num(f.o3PrimaryDays, 0) },
  { key: 'campaign_o3p90', value: (f, i) => i.num(publishConc('O3', f.stats.pollutants.O3.percentile), 0) },
  { key: 'campaign_validDays', value: (f, i) => i.num(f.stats.validDays, 0) },
];

/** The table of one campaign view: autumn–winter or summer rows. */
export function campaignTable(view: CampaignView, i: I18n): CampaignTable {
  const rows = view.rule.id === 'autumn-winter' ? AUTUMN_WINTER_ROWS : SUMMER_ROWS;
  const seasons: (SeasonFigures | null)[] = [view.current, view.previousSamePeriod, view.previous];
  const span = (f: SeasonFigures | null): string => (f ? `${f.from} ～ ${f.asOf}` : '');
  const columns = [
    i.t('campaign_item'),
    `${i.t('campaign_current')}（${span(view.current)}）`,
    `${i.t('campaign_previousSame')}${view.previousSamePeriod ? `（${span(view.previousSamePeriod)}）` : ''}`,
    `${i.t('campaign_previous')}${view.previous ? `（${span(view.previous)}）` : ''}`,
  ];
  const editions = [...new Set(seasons.filter((f): f is SeasonFigures => f !== null).map((f) => f.stats.edition))];
  return {
    columns,
    rows: rows.map((r) => ({ key: r.key, cells: [i.t(r.key), ...seasons.map((f) => (f ? r.value(f, i) : '—'))] })),
    notes: [
      `${i.pick(view.rule.label)}: ${i.pick(view.rule.source)}${view.rule.confirmed ? '' : ` (${i.t('unconfirmed')})`}`,
      editions.map((e) => i.pick(EDITIONS[e].label)).join('；'),
    ],
  };
}
