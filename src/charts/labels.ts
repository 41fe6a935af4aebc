/**
 * Chart-specific labels built from the one vocabulary (src/domain/text): category names, units, the
 * area prefix of titles and the names of the standards a chart follows. Words come from the
 * dictionaries (`tr`), numbers and dates from src/domain/text/format.ts.
 */
import { CATEGORY_INFO } from '../domain/aqi/categories.ts';
import { EDITIONS } from '../domain/standards/editions.ts';
import { tr } from '../domain/text/text.ts';
import type { CategoryId, EditionId, LimitPhase, Pollutant } from '../domain/types.ts';
import type { Lang } from '../domain/text/text.ts';

/** Category name: '轻度污染' / 'Lightly polluted' (HJ 633 Table 2). */
export function categoryName(id: CategoryId, lang: Lang): string {
  return CATEGORY_INFO[id].name[lang];
}

/** Concentration unit of a pollutant (GB 3095 Table 1: CO in mg/m³, the rest µg/m³). */
export function unitOf(p: Pollutant, lang: Lang): string {
  return p === 'CO' ? tr(lang, 'unitMg') : tr(lang, 'unitUg');
}

/** The area as the start of a chart title: '太原' / 'Taiyuan: ', empty without an area. */
export function areaPrefix(area: string, lang: Lang): string {
  return area ? tr(lang, 'fmt_areaPrefix', { area }) : '';
}

/**
 * Which standards a number follows, from the edition table (`EDITIONS`): e.g.
 * 'HJ 633-2012 / GB 3095-2012'. `docs` picks the documents: 'aqi' = daily AQI and categories
 * (HJ 633), 'limits' = concentration limits (GB 3095), 'evaluation' = statistics (HJ 663).
 * Several editions (a period across 2026-03-01) are joined with ' + '.
 */
export function editionLabel(edition: EditionId | readonly EditionId[], ...docs: ('aqi' | 'limits' | 'evaluation')[]): string {
  const editions = [...new Set<EditionId>(typeof edition === 'string' ? [edition] : edition)].sort();
  const use = docs.length > 0 ? docs : (['aqi', 'limits'] as const);
  const name = (e: EditionId, d: 'aqi' | 'limits' | 'evaluation'): string => {
    const info = EDITIONS[e];
    const doc = d === 'aqi' ? info.hj633 : d === 'limits' ? info.gb3095 : info.hj663;
    return doc.replace(/[（(].*$/, '');
  };
  return editions.map((e) => use.map((d) => name(e, d)).join(' / ')).join(' + ');
}

/** The GB 3095 limit column as a label: 'GB 3095-2012', 'GB 3095-2026 过渡阶段' / '… transitional'. */
export function limitPhaseLabel(phase: LimitPhase, lang: Lang): string {
  if (phase === '2012') return 'GB 3095-2012';
  return `GB 3095-2026 ${tr(lang, phase === '2026-transitional' ? 'limitPhase_transitional' : 'limitPhase_final')}`;
}
