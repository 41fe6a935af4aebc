/**
 * Daily AQI (日报) and real-time AQI (实时报) of HJ 633: AQI = max(IAQI), category, primary and
 * exceeding pollutants, and the HJ 633-2026 §5.3.1 rule for missing pollutants.
 */
import { dailyLimit } from '../standards/gb3095.ts';
import { POLLUTANTS } from '../types.ts';
import type { CategoryId, DailyIndicator, EditionId, LimitPhase, Pollutant } from '../types.ts';
import { categoryOfAqi } from './categories.ts';
import { INDICATOR_POLLUTANT, iaqi, roundConcentration } from './iaqi.ts';
import type { AqiIndicator, HourlyIndicator } from './iaqi.ts';

export interface AqiResult {
  /** max IAQI; null when no indicator is present or the day is not valid (NA). */
  aqi: number | null;
  /** IAQI of every present indicator (also on NA days, as HJ 633-2026 §5.3.1 publishes them). */
  iaqi: Partial<Record<DailyIndicator, number>>;
  category: CategoryId | null;
  /** Pollutants whose IAQI equals the AQI, ties kept, POLLUTANTS order; empty when AQI ≤ 50 or NA. */
  primary: Pollutant[];
  /**
   * 2012: pollutants with IAQI > 100 (HJ 633-2012 §3.x definition). 2026: daily concentration
   * (rounded as for the IAQI) above the GB 3095 class-2 daily limit of the phase (O3: 8-h).
   * A fact about concentrations: given for present pollutants also on NA days.
   */
  exceeding: Pollutant[];
  /** All required indicators present, or AQI from the present ones > 100. */
  valid: boolean;
  /** Required indicators with no value (null/NaN/absent, or O3_8h > 800 with no O3_1h to stand in). */
  missing: DailyIndicator[];
}

const DAILY_2012: readonly DailyIndicator[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h', 'O3_1h'];
const DAILY_2026: readonly DailyIndicator[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h'];

/**
 * The indicators of the daily report: HJ 633-2012 §5.1.2 → 7 (24-h SO2, NO2, PM10, PM2.5, CO,
 * O3 daily max 8-h and daily max 1-h); HJ 633-2026 §4.2.2 → 6 (no O3 1-h).
 */
export function dailyIndicatorsFor(edition: EditionId): readonly DailyIndicator[] {
  return edition === '2012' ? DAILY_2012 : DAILY_2026;
}

function present(v: number | null | undefined): v is number {
  return v !== null && v !== undefined && !Number.isNaN(v);
}

/** max of the pollutant IAQIs, and the pollutants sharing it when it exceeds 50 (HJ 633 §3 首要污染物). */
function maxAndPrimary(byPollutant: Partial<Record<Pollutant, number>>): { aqi: number | null; primary: Pollutant[] } {
  let aqi: number | null = null;
  for (const p of POLLUTANTS) {
    const v = byPollutant[p];
    if (v !== undefined && (aqi === null || v > aqi)) aqi = v;
  }
  const primary = aqi !== null && aqi > 50 ? POLLUTANTS.filter((p) => byPollutant[p] === aqi) : [];
  return { aqi, primary };
}

/**
 * HJ 633 daily AQI (日报) of one station or area day.
 *
 * - IAQI per indicator by `iaqi` (concentrations rounded half-even first, ceiling, exact).
 * - 2012: the O3 IAQI is max(IAQI O3_1h, IAQI O3_8h); with O3_8h > 800 only the 1-h one counts.
 * - AQI = max over pollutants (formula 2). Primary pollutant(s) when AQI > 50: every pollutant
 *   whose integer IAQI equals the AQI (ties kept).
 * - Exceeding: 2012 IAQI > 100; 2026 (definition deleted) concentration above the class-2 daily
 *   (O3: 8-h) limit of `phase` (default: transitional).
 * - Missing indicators (HJ 633-2026 §5.3.1, standards.md §8 default for both editions): the day
 *   is valid when every indicator of `required` is present, or when the AQI of the present ones
 *   exceeds 100; otherwise aqi, category and primary are NA (null/empty) and `valid` is false.
 *
 * @see HJ 633-2012 §5.1–5.2, §6; HJ 633-2026 §4.2, §5.3
 * @example dailyAqi({ SO2: 9, NO2: 39, PM10: 70, 'PM2.5': 40, CO: 0.7, O3_8h: 120 }, { edition: '2026' })
 *          → aqi 67, category 'good', primary ['O3']   (O3: 50 + 50/60 × 20 = 66.7 → 67;
 *            PM10: 50 + 50/70 × 20 = 64.3 → 65; PM2.5: 50 + 50/25 × 5 = 60)
 */
export function dailyAqi(
  conc: Partial<Record<DailyIndicator, number | null>>,
  opts: { edition: EditionId; phase?: LimitPhase; required?: readonly DailyIndicator[] },
): AqiResult {
  const { edition } = opts;
  const phase: LimitPhase = opts.phase ?? (edition === '2012' ? '2012' : '2026-transitional');
  const indicators = dailyIndicatorsFor(edition);
  const required = opts.required ?? indicators;

  const result: Partial<Record<DailyIndicator, number>> = {};
  const byPollutant: Partial<Record<Pollutant, number>> = {};
  for (const ind of indicators) {
    const c = conc[ind];
    if (!present(c)) continue;
    const v = iaqi(ind, c, edition);
    if (v === null) continue; // 2012 O3_8h > 800: not computed, the 1-h IAQI stands for O3
    result[ind] = v;
    const p = INDICATOR_POLLUTANT[ind];
    const prev = byPollutant[p];
    byPollutant[p] = prev === undefined ? v : Math.max(prev, v);
  }

  // 2012 O3_8h > 800 gives no IAQI: it is covered only when the O3 1-h IAQI stands in.
  const missing = required.filter(
    (ind) => !present(conc[ind]) || (ind === 'O3_8h' && result.O3_8h === undefined && result.O3_1h === undefined),
  );

  const exceeding: Pollutant[] = [];
  for (const p of POLLUTANTS) {
    if (edition === '2012') {
      const v = byPollutant[p];
      if (v !== undefined && v > 100) exceeding.push(p);
    } else {
      const ind: DailyIndicator = p === 'O3' ? 'O3_8h' : p;
      const c = conc[ind];
      if (present(c) && roundConcentration(ind, c) > dailyLimit(p, 2, phase)) exceeding.push(p);
    }
  }

  const { aqi, primary } = maxAndPrimary(byPollutant);
  const valid = aqi !== null && (missing.length === 0 || aqi > 100);
  if (!valid) return { aqi: null, iaqi: result, category: null, primary: [], exceeding, valid: false, missing };
  return { aqi, iaqi: result, category: categoryOfAqi(aqi), primary, exceeding, valid: true, missing };
}

/** Input of the real-time AQI; `SO2_24h` is used only for the 2012 SO2 1-h > 800 rule. */
export type HourlyInput = Partial<Record<HourlyIndicator | 'SO2_24h', number | null>>;

const HOURLY_2012: readonly HourlyIndicator[] = ['SO2_1h', 'NO2_1h', 'CO_1h', 'O3_1h', 'O3_8h', 'PM10_24h', 'PM2.5_24h'];
const HOURLY_2026: readonly HourlyIndicator[] = ['SO2_1h', 'NO2_1h', 'CO_1h', 'O3_1h', 'PM10_1h', 'PM2.5_1h'];

/**
 * The indicators of the real-time report (HJ 633-2012 §5.1.1: SO2, NO2, CO, O3 1-h, O3 8-h
 * moving, PM10 and PM2.5 24-h moving; HJ 633-2026: the six 1-h means).
 */
export function hourlyIndicatorsFor(edition: EditionId): readonly HourlyIndicator[] {
  return edition === '2012' ? HOURLY_2012 : HOURLY_2026;
}

/**
 * Real-time (hourly, 实时报) AQI: max IAQI over the indicators that are present.
 *
 * - 2012: SO2_1h, NO2_1h, CO_1h, O3_1h, O3_8h (moving), PM10_24h and PM2.5_24h (moving); when a
 *   PM 24-h moving value is absent, the PM 1-h value given is used against the 24-h table.
 *   SO2_1h > 800: the SO2 IAQI comes from `SO2_24h` if given (footnote a; reported under
 *   `iaqi.SO2_1h`), else SO2 is left out.
 *   O3_8h > 800: left out, the O3 1-h IAQI stands for O3 (footnote b).
 * - 2026: the six 1-h values, PM against the daily table (§4.2); O3_8h is not an indicator. When a
 *   PM 1-h value is absent, a 24-h value given is used instead.
 * - Only indicators present enter: pass exactly the values the source publishes (a source that
 *   leaves O3_8h out of its AQI is reproduced by not passing O3_8h).
 * - No completeness rule: the real-time report publishes from what is there.
 *
 * @see HJ 633-2012 §5.1.1, Table 1; HJ 633-2026 §4.2, Table 3
 */
export function hourlyAqi(
  conc: HourlyInput,
  edition: EditionId,
): { aqi: number | null; iaqi: Partial<Record<HourlyIndicator, number>>; category: CategoryId | null; primary: Pollutant[] } {
  const result: Partial<Record<HourlyIndicator, number>> = {};
  const byPollutant: Partial<Record<Pollutant, number>> = {};
  const add = (ind: HourlyIndicator, viaIndicator: AqiIndicator, c: number): void => {
    const v = iaqi(viaIndicator, c, edition);
    if (v === null) return;
    result[ind] = v;
    const p = INDICATOR_POLLUTANT[ind];
    const prev = byPollutant[p];
    byPollutant[p] = prev === undefined ? v : Math.max(prev, v);
  };

  for (const ind of hourlyIndicatorsFor(edition)) {
    let source: HourlyIndicator = ind;
    if (!present(conc[ind])) {
      const alt = PM_FALLBACK[ind];
      if (alt === undefined || !present(conc[alt])) continue;
      source = alt;
    }
    const c = conc[source] as number;
    if (ind === 'SO2_1h' && edition === '2012' && iaqi('SO2_1h', c, edition) === null) {
      const daily = conc.SO2_24h;
      if (present(daily)) add('SO2_1h', 'SO2', daily);
      continue;
    }
    add(source, source, c);
  }

  const { aqi, primary } = maxAndPrimary(byPollutant);
  return { aqi, iaqi: result, category: aqi === null ? null : categoryOfAqi(aqi), primary };
}

const PM_FALLBACK: Partial<Record<HourlyIndicator, HourlyIndicator>> = {
  PM10_24h: 'PM10_1h', 'PM2.5_24h': 'PM2.5_1h', PM10_1h: 'PM10_24h', 'PM2.5_1h': 'PM2.5_24h',
};
