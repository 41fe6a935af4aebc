/**
 * The warning the page shows when the target set concerns another city or year than the data on
 * show (tr 'targetsScopeNote'), in one place: the target cards and every slide that mixes the two
 * (title, target cards, summary, the chart with the target line) say exactly the same.
 */
import { tr } from '../domain/text/text.ts';
import type { Lang } from '../domain/text/text.ts';
import type { TargetScope } from './components/TargetCards.tsx';

/** True when the targets concern another city or year than the data shown. */
export function targetsElsewhere(scope: TargetScope | null): scope is TargetScope {
  return scope !== null && (scope.year !== scope.shownYear || (scope.area !== null && scope.area !== scope.city));
}

/** The warning text, or null when the targets and the data shown agree. */
export function targetScopeNote(scope: TargetScope | null, lang: Lang): string | null {
  if (!targetsElsewhere(scope)) return null;
  return tr(lang, 'targetsScopeNote', { city: scope.city, year: scope.year, area: scope.area ?? '', shownYear: scope.shownYear ?? '' });
}
