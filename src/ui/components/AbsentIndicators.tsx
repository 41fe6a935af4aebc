/**
 * A calm note beside the headline figures when the selected area's data have no valid value of
 * some indicator at all (HJ 633-2026 §5.3.2: not monitored by design, the daily AQI is computed
 * without it). The wording of the note comes from the core (`absentIndicatorsNote`); the page only
 * adds a neutral heading and, for daily tables, says that a missing O3 1-h value is usual.
 */
import type { DailyIndicator, Message } from '../../domain/types.ts';
import { useI18n } from '../i18n/i18n.ts';

export function AbsentIndicators({ indicators, note, source }: { indicators: readonly DailyIndicator[]; note: Message; source: 'hourly' | 'daily' }) {
  const { t, pick } = useI18n();
  const usual = source === 'daily' && indicators.includes('O3_1h');
  return (
    <aside className="banner calm" role="note" data-testid="absent-indicators" data-indicators={indicators.join(' ')}>
      <strong>{t('absentHeading')}</strong>{' '}
      {usual && <span>{t('absentO3DailyUsual')} </span>}
      <span>{pick(note)}</span>
    </aside>
  );
}
