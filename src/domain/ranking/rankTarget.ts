/**
 * The composite-rank target (排名前移; Shanxi: out of the bottom 10) judged from the loaded data: when
 * enough of the key cities are loaded and ranked for the target's period, the city's computed rank
 * among them decides the status; otherwise the evaluation stays as the targets core made it (official
 * or typed rank, else the index trend) and says how many key cities are loaded.
 */
import type { Message } from '../types.ts';
import { statusLabel } from '../targets/messages.ts';
import type { CompositeRankTarget, ComputedRank, TargetEvaluation, TargetStatus } from '../targets/types.ts';
import { cityKey } from './keyCities.ts';
import type { CityRanking } from './cityRanking.ts';

/** Key cities that must be ranked before a computed rank among the 168 is judged (issue 9: 160 of 168). */
export const KEY_CITIES_NEEDED = 160;

/**
 * A rank against a ceiling (rank ≤ target is good): met / missed when the period is over,
 * on track / at risk while it runs (the rank so far).
 * @example rankStatus(150, 165, false) → 'on-track'; rankStatus(166, 165, true) → 'missed'
 */
export function rankStatus(rank: number, target: number, finished: boolean): TargetStatus {
  if (rank <= target) return finished ? 'met' : 'on-track';
  return finished ? 'missed' : 'at-risk';
}

const msg = (zh: string, en: string): Message => ({ zh, en });

/**
 * The rank evaluation `e` of target `t` for `city`, judged from `keyRanking` (the key-city scope of
 * `rankCities` over the target's period, as far as the data go) when ≥ `KEY_CITIES_NEEDED` key cities
 * are ranked and the city is one of them. The official rank (typed in or in the target set's figures)
 * is kept beside as `computedRank.official`. Returns a new evaluation; `e` is not changed.
 */
export function judgeRankFromData(
  e: TargetEvaluation,
  t: CompositeRankTarget,
  city: string,
  keyRanking: CityRanking,
  opts: { asOf: string | null; finished: boolean },
): TargetEvaluation {
  const row = keyRanking.rows.find((r) => cityKey(r.area) === cityKey(city));
  const ranked = keyRanking.rows.length;
  const keyCities = keyRanking.scopeSize;
  const official = t.enteredRank ?? (e.actualSource === 'official' || e.actualSource === 'user' ? e.actual : null);
  const rank = row?.rank ?? null;
  const judged = ranked >= KEY_CITIES_NEEDED && rank !== null && e.target !== null;
  const provincialTarget = t.provincialValue ?? null;
  const computed: ComputedRank = {
    rank, ranked, keyCities, needed: KEY_CITIES_NEEDED, judged, asOf: opts.asOf,
    provincial: judged && provincialTarget !== null ? { target: provincialTarget, status: rankStatus(rank!, provincialTarget, opts.finished) } : null,
    official,
  };
  const out: TargetEvaluation = { ...e, details: [...e.details], computedRank: computed };
  if (!judged) {
    out.details.push(msg(
      `已载入${ranked}/${keyCities}个重点城市的数据（至少${KEY_CITIES_NEEDED}个城市有足够数据时才按数据计算名次）`,
      `${ranked} of ${keyCities} key cities loaded with enough data (the rank is computed from data from ${KEY_CITIES_NEEDED} on)`,
    ));
    return out;
  }
  const status = rankStatus(rank!, e.target!, opts.finished);
  const word = { zh: statusLabel(status, 'zh'), en: statusLabel(status, 'en') };
  out.actual = rank;
  out.actualSource = 'data';
  out.finished = opts.finished;
  out.status = status;
  out.message = msg(
    `按已载入数据计算：在${ranked}个重点城市中排第${rank}名，目标第${e.target}名及以前：${word.zh}`,
    `Computed from loaded data: rank ${rank} of ${ranked} key cities, target ${e.target} or better: ${word.en}`,
  );
  if (computed.provincial) {
    const p = computed.provincial;
    out.details.unshift(msg(
      `省定目标：第${p.target}名及以前（退出后10位）：${statusLabel(p.status, 'zh')}`,
      `Provincial target: rank ${p.target} or better (out of the bottom 10): ${statusLabel(p.status, 'en')}`,
    ));
  }
  if (official !== null) {
    out.details.unshift(msg(`官方公布（录入）名次：第${official}名`, `Official rank (entered): ${official}`));
  }
  out.details.push(msg(
    '官方排名扣除沙尘天（扣沙）且名单以生态环境部为准，名次可能相差几位',
    'Official rankings deduct sand-and-dust days and use MEE\'s list: ranks may differ by a few places',
  ));
  return out;
}
