import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditionId } from '../types.ts';
import { iaqi } from './iaqi.ts';
import type { AqiIndicator } from './iaqi.ts';

describe('iaqi: standards.md §6 test vectors (HJ 633 formula (1), concentration rounded, ceiling)', () => {
  const both: EditionId[] = ['2012', '2026'];

  it('PM2.5 35 → 50 in both editions (a breakpoint)', () => {
    for (const e of both) expect(iaqi('PM2.5', 35, e)).toBe(50);
  });
  it('PM2.5 36 → 52 in both: 2012 50 + 50/40 × 1 = 51.25; 2026 50 + 50/25 × 1 = 52.0', () => {
    for (const e of both) expect(iaqi('PM2.5', 36, e)).toBe(52);
  });
  it('PM2.5 60 → 82 (2012: 50 + 50/40 × 25 = 81.25) but 100 (2026: the new breakpoint)', () => {
    expect(iaqi('PM2.5', 60, '2012')).toBe(82);
    expect(iaqi('PM2.5', 60, '2026')).toBe(100);
  });
  it('PM2.5 75 → 100 (2012 breakpoint) but 114 (2026: 100 + 50/55 × 15 = 113.64)', () => {
    expect(iaqi('PM2.5', 75, '2012')).toBe(100);
    expect(iaqi('PM2.5', 75, '2026')).toBe(114);
  });
  it('PM2.5 115 → 150 in both', () => {
    for (const e of both) expect(iaqi('PM2.5', 115, e)).toBe(150);
  });
  it('PM10 150 → 100 (2012) but 112 (2026: 100 + 50/130 × 30 = 111.54)', () => {
    expect(iaqi('PM10', 150, '2012')).toBe(100);
    expect(iaqi('PM10', 150, '2026')).toBe(112);
  });
  it('CO 1.1 mg/m³ → 28 (25 × 1.1 = 27.5)', () => {
    for (const e of both) expect(iaqi('CO', 1.1, e)).toBe(28);
  });
  it('CO 2.2 mg/m³ → 55, not 56: 50 + 25 × 0.2 = 55 exactly (naive doubles give 55.000…01)', () => {
    // The float trap this guards against:
    expect(Math.ceil((50 / 2) * 2.2)).toBe(56);
    for (const e of both) expect(iaqi('CO', 2.2, e)).toBe(55);
    // Also without rounding the concentration first (exact decimal path).
    for (const e of both) expect(iaqi('CO', 2.2, e, { roundConcentration: false })).toBe(55);
  });
  it('CO 3.0 mg/m³ → 75 (50 + 25 × 1)', () => {
    for (const e of both) expect(iaqi('CO', 3.0, e)).toBe(75);
  });
  it('O3 MDA8 161 → 101 (100 + 50/55 × 1 = 100.91)', () => {
    for (const e of both) expect(iaqi('O3_8h', 161, e)).toBe(101);
  });
  it('O3 MDA8 265 → 200', () => {
    for (const e of both) expect(iaqi('O3_8h', 265, e)).toBe(200);
  });
  it('O3 MDA8 850: 2012 → not computed (null, the 1-h IAQI is used); 2026 → 300', () => {
    expect(iaqi('O3_8h', 850, '2012')).toBeNull();
    expect(iaqi('O3_8h', 850, '2026')).toBe(300);
    expect(iaqi('O3_8h', 800, '2012')).toBe(300); // at the breakpoint it is still computed
  });
  it('SO2 24-h 200 → 108 (100 + 50/325 × 50 = 107.69), not 58 (the aqi-hub bug uses the 1-h table)', () => {
    for (const e of both) expect(iaqi('SO2', 200, e)).toBe(108);
  });
  it('SO2 1-h 850: 2012 → not computed (null); 2026 → 200', () => {
    expect(iaqi('SO2_1h', 850, '2012')).toBeNull();
    expect(iaqi('SO2_1h', 850, '2026')).toBe(200);
    expect(iaqi('SO2_1h', 800, '2012')).toBe(200);
  });
});

describe('iaqi: concentration rounding (HJ 633-2026 §4.2.2, §8 default for 2012 too)', () => {
  it('rounds µg/m³ half-even to integers first: PM2.5 35.5 → 36 → 52; 36.5 → 36 → 52; 35.4 → 35 → 50', () => {
    expect(iaqi('PM2.5', 35.5, '2012')).toBe(52);
    expect(iaqi('PM2.5', 36.5, '2012')).toBe(52);
    expect(iaqi('PM2.5', 35.4, '2012')).toBe(50);
  });
  it('PM2.5 34.5 → 34 (even) → 50/35 × 34 = 48.57 → 49', () => {
    expect(iaqi('PM2.5', 34.5, '2012')).toBe(49);
  });
  it('rounds CO to 1 decimal half-even: 2.25 → 2.2 → 55; 2.35 → 2.4 → 60; 2.45 → 2.4 → 60', () => {
    expect(iaqi('CO', 2.25, '2012')).toBe(55);
    expect(iaqi('CO', 2.35, '2012')).toBe(60);
    expect(iaqi('CO', 2.45, '2012')).toBe(60);
  });
  it('without rounding, the exact decimal enters: PM2.5 35.5 → 50 + 50/40 × 0.5 = 50.625 → 51', () => {
    expect(iaqi('PM2.5', 35.5, '2012', { roundConcentration: false })).toBe(51);
    // 35.01 → 50.0125 → 51: anything above the breakpoint is the next integer.
    expect(iaqi('PM2.5', 35.01, '2012', { roundConcentration: false })).toBe(51);
  });
});

describe('iaqi: edges of the scale', () => {
  it('0 → 0 for every indicator', () => {
    for (const ind of ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h', 'O3_1h', 'SO2_1h', 'NO2_1h', 'CO_1h', 'PM10_1h', 'PM2.5_24h'] as const) {
      expect(iaqi(ind, 0, '2012')).toBe(0);
    }
  });
  it('above the top breakpoint → 500 (PM2.5 501, 9999; CO 60.1, O3 1-h 1201)', () => {
    expect(iaqi('PM2.5', 501, '2026')).toBe(500);
    expect(iaqi('PM2.5', 9999, '2012')).toBe(500);
    expect(iaqi('CO', 60.1, '2012')).toBe(500);
    expect(iaqi('O3_1h', 1201, '2026')).toBe(500);
  });
  it('PM 1-h and 24-h moving values use the 24-h PM table (2026 §4.2)', () => {
    expect(iaqi('PM2.5_1h', 75, '2026')).toBe(114);
    expect(iaqi('PM10_24h', 150, '2012')).toBe(100);
  });
  it('NaN → null; negative or infinite → RangeError; −0.4 rounds to 0 → 0', () => {
    expect(iaqi('PM10', Number.NaN, '2012')).toBeNull();
    expect(() => iaqi('PM10', -1, '2012')).toThrow(RangeError);
    expect(() => iaqi('PM10', Number.POSITIVE_INFINITY, '2012')).toThrow(RangeError);
    expect(iaqi('PM10', -0.4, '2012')).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Breakpoint boundaries of every segment, re-derived from the published tables typed in here
// (HJ 633-2012 Table 1; HJ 633-2026 Table 3), independent of the module's own tables.
// ---------------------------------------------------------------------------------------------

const LEVELS = [0, 50, 100, 150, 200, 300, 400, 500];
/** Published breakpoints; CO in mg/m³. `above` = what > top gives. */
const PUBLISHED: { ind: AqiIndicator; edition: EditionId; bp: number[]; unit: number; above: number | null }[] = [];
function add(ind: AqiIndicator, bp: number[], unit: number, above2012: number | null, above2026: number | null, bp2026 = bp): void {
  PUBLISHED.push({ ind, edition: '2012', bp, unit, above: above2012 });
  PUBLISHED.push({ ind, edition: '2026', bp: bp2026, unit, above: above2026 });
}
add('SO2', [0, 50, 150, 475, 800, 1600, 2100, 2620], 1, 500, 500);
add('SO2_1h', [0, 150, 500, 650, 800], 1, null, 200);
add('NO2', [0, 40, 80, 180, 280, 565, 750, 940], 1, 500, 500);
add('NO2_1h', [0, 100, 200, 700, 1200, 2340, 3090, 3840], 1, 500, 500);
add('PM10', [0, 50, 150, 250, 350, 420, 500, 600], 1, 500, 500, [0, 50, 120, 250, 350, 420, 500, 600]);
add('PM10_1h', [0, 50, 150, 250, 350, 420, 500, 600], 1, 500, 500, [0, 50, 120, 250, 350, 420, 500, 600]);
add('CO', [0, 2, 4, 14, 24, 36, 48, 60], 0.1, 500, 500);
add('CO_1h', [0, 5, 10, 35, 60, 90, 120, 150], 0.1, 500, 500);
add('O3_1h', [0, 160, 200, 300, 400, 800, 1000, 1200], 1, 500, 500);
add('O3_8h', [0, 100, 160, 215, 265, 800], 1, null, 300);
add('PM2.5', [0, 35, 75, 115, 150, 250, 350, 500], 1, 500, 500, [0, 35, 60, 115, 150, 250, 350, 500]);
add('PM2.5_24h', [0, 35, 75, 115, 150, 250, 350, 500], 1, 500, 500, [0, 35, 60, 115, 150, 250, 350, 500]);

/** ⌈a / b⌉ for non-negative integers. */
const ceilDiv = (a: number, b: number): number => Math.floor((a + b - 1) / b);

describe('iaqi: every breakpoint segment of every indicator, both editions', () => {
  it('hand-computed one-unit-above values', () => {
    // SO2 24h 51: 50 + 50/100 × 1 = 50.5 → 51
    expect(iaqi('SO2', 51, '2012')).toBe(51);
    // SO2 24h 476: 150 + 50/325 × 1 = 150.15 → 151
    expect(iaqi('SO2', 476, '2026')).toBe(151);
    // NO2 24h 41: 50 + 50/40 = 51.25 → 52
    expect(iaqi('NO2', 41, '2012')).toBe(52);
    // CO 24h 2.1: 50 + 50/2 × 0.1 = 52.5 → 53
    expect(iaqi('CO', 2.1, '2012')).toBe(53);
    // CO 1h 10.1: 100 + 50/25 × 0.1 = 100.2 → 101
    expect(iaqi('CO_1h', 10.1, '2026')).toBe(101);
    // PM10 2026 121: 100 + 50/130 × 1 = 100.38 → 101; PM10 2012 121: 50 + 50/100 × 71 = 85.5 → 86
    expect(iaqi('PM10', 121, '2026')).toBe(101);
    expect(iaqi('PM10', 121, '2012')).toBe(86);
    // PM2.5 2026 61: 100 + 50/55 × 1 = 100.91 → 101
    expect(iaqi('PM2.5', 61, '2026')).toBe(101);
    // O3 1h 801: 300 + 100/200 × 1 = 300.5 → 301
    expect(iaqi('O3_1h', 801, '2012')).toBe(301);
    // PM2.5 251: 300 + 100/100 × 1 = 301 exactly → 301
    expect(iaqi('PM2.5', 251, '2012')).toBe(301);
  });

  for (const row of PUBLISHED) {
    it(`${row.ind} (${row.edition}): IAQI at each breakpoint, one unit above it, and above the top`, () => {
      const { bp, unit } = row;
      const scale = unit === 0.1 ? 10 : 1;
      for (let i = 0; i < bp.length; i++) {
        const b = bp[i] as number;
        expect(iaqi(row.ind, b, row.edition), `at ${b}`).toBe(LEVELS[i]);
        if (i + 1 < bp.length) {
          // One unit above BP_i lies in segment i → i+1: IAQI_i + ⌈ΔIAQI × 1 / (ΔBP in units)⌉.
          const dBp = Math.round(((bp[i + 1] as number) - b) * scale);
          const dI = (LEVELS[i + 1] as number) - (LEVELS[i] as number);
          const c = (Math.round(b * scale) + 1) / scale;
          expect(iaqi(row.ind, c, row.edition), `at ${c}`).toBe((LEVELS[i] as number) + ceilDiv(dI, dBp));
          // One unit below BP_{i+1} is still below IAQI_{i+1} unless the step is ≥ the gap.
          const below = (Math.round((bp[i + 1] as number) * scale) - 1) / scale;
          expect(iaqi(row.ind, below, row.edition), `at ${below}`).toBe((LEVELS[i] as number) + ceilDiv(dI * (dBp - 1), dBp));
        }
      }
      const top = bp[bp.length - 1] as number;
      expect(iaqi(row.ind, (Math.round(top * scale) + 1) / scale, row.edition)).toBe(row.above);
    });
  }
});

describe('iaqi: properties (fast-check)', () => {
  const indicators: AqiIndicator[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h', 'O3_1h', 'SO2_1h', 'NO2_1h', 'CO_1h', 'PM10_1h', 'PM2.5_1h', 'PM10_24h', 'PM2.5_24h'];
  const arb = fc.record({
    ind: fc.constantFrom(...indicators),
    edition: fc.constantFrom<EditionId>('2012', '2026'),
    a: fc.double({ min: 0, max: 5000, noNaN: true }),
    b: fc.double({ min: 0, max: 5000, noNaN: true }),
  });

  it('is monotone non-decreasing in the concentration (where computed)', () => {
    fc.assert(
      fc.property(arb, ({ ind, edition, a, b }) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = iaqi(ind, lo, edition);
        const y = iaqi(ind, hi, edition);
        if (x !== null && y !== null) expect(x).toBeLessThanOrEqual(y);
      }),
      { numRuns: 2000 },
    );
  });

  it('is an integer within [0, 500], or null only for 2012 SO2_1h/O3_8h above 800', () => {
    fc.assert(
      fc.property(arb, ({ ind, edition, a }) => {
        const v = iaqi(ind, a, edition);
        if (v === null) {
          expect(edition).toBe('2012');
          expect(['SO2_1h', 'O3_8h']).toContain(ind);
          expect(a).toBeGreaterThan(800);
        } else {
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(500);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('CO tenths: the rounded path equals formula (1) done in integer tenths for every value 0.0..70.0', () => {
    // CO 24-h in tenths: breakpoints 0,20,40,140,240,360,480,600 → IAQI_Lo + ⌈ΔI·(n − lo)/(hi − lo)⌉.
    const bp = [0, 20, 40, 140, 240, 360, 480, 600];
    for (let n = 0; n <= 700; n++) {
      let expected = 500;
      for (let i = 1; i < bp.length; i++) {
        const hi = bp[i] as number;
        const lo = bp[i - 1] as number;
        if (n <= hi) {
          expected = (LEVELS[i - 1] as number) + ceilDiv(((LEVELS[i] as number) - (LEVELS[i - 1] as number)) * (n - lo), hi - lo);
          break;
        }
      }
      expect(iaqi('CO', n / 10, '2026'), `CO ${n / 10}`).toBe(expected);
    }
  });

  it('exact arithmetic: with unrounded input the IAQI is the smallest integer ≥ formula (1) evaluated in high precision', () => {
    // PM2.5 2012 segment 35..75 (IAQI 50..100): IAQI = 50 + 5(C − 35)/4. With C = k/100 (two decimals),
    // 50 + 5(k − 3500)/400 = 50 + (k − 3500)/80, so the ceiling is 50 + ⌈(k − 3500)/80⌉ in integers.
    fc.assert(
      fc.property(fc.integer({ min: 3501, max: 7500 }), (k) => {
        expect(iaqi('PM2.5', k / 100, '2012', { roundConcentration: false })).toBe(50 + ceilDiv(k - 3500, 80));
      }),
      { numRuns: 1000 },
    );
  });
});
