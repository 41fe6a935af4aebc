/**
 * The ranking slide (issue 9 §3): the composite-index ranking of the scope the page opens on (the 168
 * key cities when the target city is one, else all loaded cities) as bars with the target city marked,
 * for the period the page shows. A chart of the deck (presentation mode, the .pptx, PNG/SVG and print),
 * in a module of its own: the page loads it after the first paint, once the model has a ranking.
 */
import { rankingBars } from '../../charts/rankingBars.ts';
import type { ToolChart } from './MeetingTools.tsx';

export const RANKING_CHART: ToolChart = {
  id: 'rankingBars',
  titleKey: 'slide_ranking',
  wide: true,
  build: (m, theme, lang) => {
    const r = m.ranking;
    const scope = r?.scopes.find((s) => s.id === r.defaultScope);
    if (!r || !scope || scope.ranking.rows.length === 0) return null;
    return rankingBars({ ranking: scope.ranking, scope: scope.name[lang], from: r.from, to: r.to, city: r.city }, theme, lang, { area: m.area ?? undefined });
  },
};
