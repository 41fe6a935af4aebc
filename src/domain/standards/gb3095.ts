/**
 * GB 3095 concentration limits of the six basic pollutants (standards.md §1.1, §1.2).
 * µg/m³, CO mg/m³. Gaseous pollutants at the reference state (298.15 K, 1013.25 hPa) since the
 * 2018 amendment; particles at actual conditions.
 */
import type { LimitClass, LimitPhase, Pollutant } from '../types.ts';

/** 'daily' = 24-h (日平均); '8h' = daily maximum 8-h moving average (O3 only). */
export type AveragingTime = 'annual' | 'daily' | '1h' | '8h';

type Row = { readonly [K in LimitPhase]: readonly [class1: number, class2: number] };
type Table = { readonly [P in Pollutant]: Partial<Record<AveragingTime, Row>> };

function same(c1: number, c2: number): Row {
  return { '2012': [c1, c2], '2026-transitional': [c1, c2], '2026-final': [c1, c2] };
}

/** GB 3095-2012 Table 1; GB 3095-2026 Table 1 (transitional and final columns). */
const LIMITS: Table = {
  SO2: {
    annual: { '2012': [20, 60], '2026-transitional': [20, 60], '2026-final': [20, 20] },
    daily: { '2012': [50, 150], '2026-transitional': [50, 150], '2026-final': [50, 50] },
    '1h': { '2012': [150, 500], '2026-transitional': [150, 500], '2026-final': [150, 150] },
  },
  NO2: {
    annual: { '2012': [40, 40], '2026-transitional': [40, 40], '2026-final': [30, 30] },
    daily: { '2012': [80, 80], '2026-transitional': [80, 80], '2026-final': [50, 50] },
    '1h': same(200, 200),
  },
  CO: {
    daily: same(4, 4),
    '1h': same(10, 10),
  },
  O3: {
    '8h': same(100, 160),
    '1h': same(160, 200),
  },
  PM10: {
    annual: { '2012': [40, 70], '2026-transitional': [40, 60], '2026-final': [20, 50] },
    daily: { '2012': [50, 150], '2026-transitional': [50, 120], '2026-final': [50, 100] },
  },
  'PM2.5': {
    annual: { '2012': [15, 35], '2026-transitional': [15, 30], '2026-final': [10, 25] },
    daily: { '2012': [35, 75], '2026-transitional': [35, 60], '2026-final': [25, 50] },
  },
};

/**
 * The GB 3095 limit for `p` over `averaging`, class `cls`, limit column `phase`; null where the
 * standard sets none (CO and O3 annual, O3 daily mean, PM 1-h, '8h' for anything but O3).
 * @see GB 3095-2012 Table 1; GB 3095-2026 Table 1
 * @example concentrationLimit('PM2.5', 'annual', 2, '2026-final') → 25
 */
export function concentrationLimit(p: Pollutant, averaging: AveragingTime, cls: LimitClass, phase: LimitPhase): number | null {
  const row = LIMITS[p][averaging];
  if (!row) return null;
  return row[phase][cls - 1] ?? null;
}

/**
 * The limit a pollutant's *daily* statistic is judged against: the 24-h limit, and for O3 the
 * daily maximum 8-h limit (GB 3095 Table 1). Never null.
 */
export function dailyLimit(p: Pollutant, cls: LimitClass, phase: LimitPhase): number {
  const v = concentrationLimit(p, p === 'O3' ? '8h' : 'daily', cls, phase);
  if (v === null) throw new Error(`no daily limit for ${p}`); // unreachable: every pollutant has one
  return v;
}
