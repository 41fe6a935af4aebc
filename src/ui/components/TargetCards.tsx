/**
 * The row of target cards: actual, target, status colour + word, the same period last year, what
 * the rest of the period must deliver, and where the baseline comes from. Renders the core's
 * `TargetEvaluation`s through targets/messages.ts (the words the slides, exports and CLI use too);
 * computes and phrases nothing itself.
 */
import {
  asOfText, baselineText, formatTargetValue, remainingText, shownFigures, statusLabel,
} from '../../domain/targets/messages.ts';
import type { TargetEvaluation } from '../../domain/targets/types.ts';
import { useI18n } from '../i18n/i18n.ts';
import { targetScopeNote } from '../targetScope.ts';

export function TargetCard({ ev }: { ev: TargetEvaluation }) {
  const { t, pick, lang } = useI18n();
  const base = ev.baseline;
  const baseSrc = baselineText(ev, lang);
  const shown = shownFigures(ev, lang);
  const asOf = asOfText(ev, lang);
  return (
    <article className={`card status-${ev.status}`} data-target={ev.id} data-status={ev.status}>
      <h3>{pick(ev.label)}</h3>
      <div className="status">
        {statusLabel(ev.status, lang)}
        {asOf && <span className="muted"> · {asOf}</span>}
      </div>
      <div className="actual" data-value={ev.actual ?? ''}>
        {shown.actual}
        <small>{t('actual')}</small>
      </div>
      <dl>
        <dt>{t('target')}</dt>
        <dd>{shown.target}</dd>
        {base && (
          <>
            <dt>{t('lastYearSame')}</dt>
            <dd>
              {shown.lastYear}
              {base.goodDays !== undefined && base.goodDays !== null && ev.unit === 'ratio' && (
                <span className="muted"> ({formatTargetValue(base.goodDays, 'days', lang)})</span>
              )}
            </dd>
          </>
        )}
        {ev.remaining && (
          <>
            <dt>{t('remaining')}</dt>
            <dd>{remainingText(ev, ev.remaining, lang)}</dd>
          </>
        )}
      </dl>
      <div className="verdict">{pick(ev.message)}</div>
      {ev.details.length > 0 && (
        <details>
          <summary className="muted">{t('details')}</summary>
          <ul>
            {ev.details.map((d, k) => (
              <li key={k}>{pick(d)}</li>
            ))}
          </ul>
        </details>
      )}
      {baseSrc && (
        <div className="source">
          {t('baselineSource')}: {baseSrc}
        </div>
      )}
    </article>
  );
}

export interface TargetScope {
  /** The plan the targets come from, its city and year. */
  plan: { zh: string; en: string };
  city: string;
  year: number;
  /** What the page shows (area and year), to flag targets that concern something else. */
  area: string | null;
  shownYear: number | null;
}

export function TargetCards({ evaluations, scope }: { evaluations: readonly TargetEvaluation[]; scope: TargetScope | null }) {
  const { t, pick, lang } = useI18n();
  const note = targetScopeNote(scope, lang);
  return (
    <section aria-labelledby="targets-h">
      <div className="section-head">
        <h2 id="targets-h">{t('targetsHeading')}</h2>
        {scope && (
          <span className="muted">
            {pick(scope.plan)} · {scope.city} · {scope.year}
          </span>
        )}
        {note && (
          <span className="scope-note" role="note" data-testid="targets-scope-note">
            {note}
          </span>
        )}
      </div>
      <div className="cards">
        {evaluations.map((ev) => (
          <TargetCard key={ev.id} ev={ev} />
        ))}
      </div>
    </section>
  );
}
