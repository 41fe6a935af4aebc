/**
 * The plan's campaigns (§四): the autumn–winter season across the year (heavy-pollution episodes,
 * PM2.5, against the previous season) and the summer season (O3), from the model's `campaigns`,
 * and the targets whose period lies in the season or the Winter Olympics period, with their status.
 */
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import type { CampaignView } from '../../domain/stats/campaign.ts';
import { WINTER_OLYMPICS_2022 } from '../../domain/stats/campaign.ts';
import type { TargetEvaluation } from '../../domain/targets/types.ts';
import { campaignTable } from '../campaignTable.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { TextKey as MessageKey } from '../../domain/text/text.ts';
import { statusLabel } from '../../domain/targets/messages.ts';

/** Targets whose period lies inside the autumn–winter season shown or the Winter Olympics period. */
export function campaignTargets(model: DashboardModel): TargetEvaluation[] {
  const aw = model.campaigns.autumnWinter?.current ?? null;
  const inside = (e: TargetEvaluation, from: string, to: string): boolean => e.period.from >= from && e.period.to <= to;
  return model.targets.filter((e) => (aw !== null && inside(e, aw.from, aw.to)) || inside(e, WINTER_OLYMPICS_2022.from, WINTER_OLYMPICS_2022.to));
}

function CampaignTableView({ view, title }: { view: CampaignView; title: MessageKey }) {
  const i = useI18n();
  const tb = campaignTable(view, i);
  return (
    <div data-testid={`campaign-${view.rule.id}`}>
      <h3>{i.t(title)}</h3>
      <div className="table-wrap">
        <table>
          <thead><tr>{tb.columns.map((c) => <th key={c}>{c}</th>)}</tr></thead>
          <tbody>
            {tb.rows.map((r) => (
              <tr key={r.key} data-row={r.key}>
                {r.cells.map((c, k) => (k === 0 ? <td key={k}>{c}</td> : <td key={k} className="num">{c}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tb.notes.map((n) => <p key={n} className="muted">{n}</p>)}
    </div>
  );
}

export function CampaignPanel({ model, onUseCampaignTargets }: {
  model: DashboardModel;
  /** Replaces the current targets by the bundled campaign set (the user then enters its values). */
  onUseCampaignTargets: () => void;
}) {
  const i = useI18n();
  const { autumnWinter, summer } = model.campaigns;
  const targets = campaignTargets(model);
  return (
    <section className="panel campaign" aria-labelledby="campaign-h" data-testid="campaign-panel">
      <h2 id="campaign-h">{i.t('campaign_heading')}</h2>
      {!autumnWinter && !summer && <p className="muted">{i.t('campaign_none')}</p>}
      {autumnWinter && <CampaignTableView view={autumnWinter} title="campaign_autumnWinter" />}
      {summer && <CampaignTableView view={summer} title="campaign_summer" />}
      <h3>{i.t('campaign_targets')}</h3>
      {targets.length === 0 ? (
        <p className="muted" data-testid="campaign-no-targets">
          {i.t('campaign_noTargets')}{' '}
          <button type="button" data-testid="campaign-use-targets" onClick={onUseCampaignTargets}>{i.t('campaign_useTargets')}</button>
        </p>
      ) : (
        <ul data-testid="campaign-targets">
          {targets.map((e) => (
            <li key={e.id}>
              <span className={`status-${e.status}`}><span className="status">{statusLabel(e.status, i.lang)}</span></span>{' '}
              {i.pick(e.label)} · {e.period.from} ～ {e.period.to} · {i.pick(e.message)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
