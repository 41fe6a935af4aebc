/**
 * The page's chart list against the real core: every chart builds an option from the dashboard
 * model of the simulated demo (Taiyuan 2021), in both languages, and nothing is drawn from an
 * empty dataset (the page shows "no data" instead of a blank chart).
 */
import { describe, expect, it } from 'vitest';
import { THEMES } from '../charts/theme.ts';
import { generateDemoDataset } from '../domain/demo/generate.ts';
import { emptyDataset } from '../domain/ingest/dataset.ts';
import { buildDashboardModel } from '../domain/report/dashboard.ts';
import { DEFAULT_SETTINGS, POLLUTANTS } from '../domain/types.ts';
import { chartSpecs, COVERAGE_CHART } from './charts.ts';
import { builtinTargetSet } from '../domain/targets/builtin.ts';

describe('page charts', () => {
  const model = buildDashboardModel(generateDemoDataset(), DEFAULT_SETTINGS, { targets: builtinTargetSet() });

  it('builds every chart of the demo year in Chinese and English', () => {
    expect(model.year).toBe(2021);
    for (const lang of ['zh', 'en'] as const) {
      for (const spec of [...chartSpecs('PM2.5'), COVERAGE_CHART]) {
        const option = spec.build(model, THEMES.screen, lang);
        expect(option, `${spec.id} ${lang}`).not.toBeNull();
        expect(Array.isArray(option?.series) ? option.series.length : 1, spec.id).toBeGreaterThan(0);
      }
    }
  });

  it('draws the station × month heatmap for each of the six pollutants', () => {
    for (const p of POLLUTANTS) {
      const spec = chartSpecs(p).find((s) => s.id === 'stationMonthHeatmap');
      expect(spec?.build(model, THEMES.screen, 'zh'), p).not.toBeNull();
    }
  });

  it('draws nothing (null) when no data is loaded', () => {
    const empty = buildDashboardModel(emptyDataset(), DEFAULT_SETTINGS, { targets: builtinTargetSet() });
    for (const spec of [...chartSpecs('PM2.5'), COVERAGE_CHART]) expect(spec.build(empty, THEMES.screen, 'zh'), spec.id).toBeNull();
  });
});
