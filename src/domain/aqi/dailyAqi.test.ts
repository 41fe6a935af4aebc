import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DailyIndicator } from '../types.ts';
import { dailyAqi, dailyIndicatorsFor, hourlyAqi, hourlyIndicatorsFor } from './dailyAqi.ts';

/** A clean day whose IAQIs are all small (worked out below for each edition). */
const CLEAN = { SO2: 9, NO2: 39, PM10: 70, 'PM2.5': 40, CO: 0.7, O3_8h: 120, O3_1h: 150 } as const;

describe('dailyIndicatorsFor (HJ 633-2012 §5.1.2: 7; HJ 633-2026 §4.2.2: 6)', () => {
  it('2012 has O3 1-h among 7 indicators, 2026 has 6 without it', () => {
    expect(dailyIndicatorsFor('2012')).toEqual(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h', 'O3_1h']);
    expect(dailyIndicatorsFor('2026')).toEqual(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h']);
  });
});

describe('dailyAqi: AQI = max IAQI, category, primary pollutants', () => {
  it('2026 worked day: O3 67 is the max → AQI 67 良, primary O3', () => {
    // SO2 9 → 9; NO2 39 → 50/40 × 39 = 48.75 → 49; PM10 70 → 50 + 50/70 × 20 = 64.29 → 65;
    // PM2.5 40 → 50 + 50/25 × 5 = 60; CO 0.7 → 25 × 0.7 = 17.5 → 18; O3_8h 120 → 50 + 50/60 × 20 = 66.67 → 67.
    const r = dailyAqi(CLEAN, { edition: '2026' });
    expect(r.iaqi).toEqual({ SO2: 9, NO2: 49, PM10: 65, 'PM2.5': 60, CO: 18, O3_8h: 67 });
    expect(r.aqi).toBe(67);
    expect(r.category).toBe('good');
    expect(r.primary).toEqual(['O3']);
    expect(r.exceeding).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.missing).toEqual([]);
  });

  it('2012 same day: PM10 60, PM2.5 57, O3 max(1-h 47, 8-h 67) → AQI 67 primary O3', () => {
    // PM10 70 → 50 + 50/100 × 20 = 60; PM2.5 40 → 50 + 50/40 × 5 = 56.25 → 57; O3_1h 150 → 50/160 × 150 = 46.875 → 47.
    const r = dailyAqi(CLEAN, { edition: '2012' });
    expect(r.iaqi).toEqual({ SO2: 9, NO2: 49, PM10: 60, 'PM2.5': 57, CO: 18, O3_8h: 67, O3_1h: 47 });
    expect(r.aqi).toBe(67);
    expect(r.primary).toEqual(['O3']);
  });

  it('2012: the O3 IAQI is the larger of the 1-h and 8-h ones (O3_1h 250 → 125 beats O3_8h 120 → 67)', () => {
    // O3_1h 250: segment 200..300 (IAQI 100..150) → 100 + 50/100 × 50 = 125.
    const r = dailyAqi({ ...CLEAN, O3_1h: 250 }, { edition: '2012' });
    expect(r.iaqi.O3_1h).toBe(125);
    expect(r.aqi).toBe(125);
    expect(r.primary).toEqual(['O3']);
    expect(r.category).toBe('light');
  });

  it('2012: O3_8h > 800 is not computed and the O3 1-h IAQI stands for O3 (O3_1h 900 → 350)', () => {
    // O3_1h 900 → 300 + 100/200 × 100 = 350.
    const r = dailyAqi({ ...CLEAN, O3_8h: 850, O3_1h: 900 }, { edition: '2012' });
    expect(r.iaqi.O3_8h).toBeUndefined();
    expect(r.iaqi.O3_1h).toBe(350);
    expect(r.aqi).toBe(350);
    expect(r.valid).toBe(true);
    expect(r.missing).toEqual([]);
  });

  it('2026: O3_8h > 800 → 300; O3 1-h is not a daily indicator and is ignored', () => {
    const r = dailyAqi({ ...CLEAN, O3_8h: 850, O3_1h: 1100 }, { edition: '2026' });
    expect(r.iaqi.O3_8h).toBe(300);
    expect(r.iaqi.O3_1h).toBeUndefined();
    expect(r.aqi).toBe(300);
    expect(r.category).toBe('heavy');
  });

  it('primary pollutant ties: PM10 150 and PM2.5 75 both give 100 in 2012 → both primary', () => {
    const r = dailyAqi({ ...CLEAN, PM10: 150, 'PM2.5': 75 }, { edition: '2012' });
    expect(r.aqi).toBe(100);
    expect(r.primary).toEqual(['PM10', 'PM2.5']);
  });

  it('ties are decided on the integer IAQIs: PM2.5 36 (51.25 → 52) and NO2 41 (51.25 → 52) tie in 2012', () => {
    const r = dailyAqi({ SO2: 5, NO2: 41, PM10: 20, 'PM2.5': 36, CO: 0.5, O3_8h: 50, O3_1h: 60 }, { edition: '2012' });
    expect(r.aqi).toBe(52);
    expect(r.primary).toEqual(['NO2', 'PM2.5']);
  });

  it('no primary pollutant when AQI ≤ 50 (AQI 50 exactly: PM2.5 35)', () => {
    const r = dailyAqi({ SO2: 5, NO2: 20, PM10: 30, 'PM2.5': 35, CO: 0.4, O3_8h: 60, O3_1h: 80 }, { edition: '2012' });
    expect(r.aqi).toBe(50);
    expect(r.category).toBe('excellent');
    expect(r.primary).toEqual([]);
  });

  it('rounds concentrations before the IAQI: PM2.5 35.5 → 36 → 52 (2012)', () => {
    const r = dailyAqi({ ...CLEAN, 'PM2.5': 35.5, PM10: 20, O3_8h: 50, NO2: 20 }, { edition: '2012' });
    expect(r.iaqi['PM2.5']).toBe(52);
  });
});

describe('dailyAqi: exceeding pollutants (2012 IAQI > 100; 2026 above the class-2 daily limit)', () => {
  it('2012: IAQI > 100 only — PM2.5 76 (101.25 → 102) exceeds, PM2.5 75 (100) does not', () => {
    expect(dailyAqi({ ...CLEAN, 'PM2.5': 76 }, { edition: '2012' }).exceeding).toEqual(['PM2.5']);
    expect(dailyAqi({ ...CLEAN, 'PM2.5': 75 }, { edition: '2012' }).exceeding).toEqual([]);
  });

  it('2012: O3 exceeds through its 1-h IAQI (O3_1h 201 → 100.5 → 101)', () => {
    expect(dailyAqi({ ...CLEAN, O3_1h: 201 }, { edition: '2012' }).exceeding).toEqual(['O3']);
  });

  it('2026 transitional: PM2.5 61 exceeds (limit 60), 60 does not', () => {
    expect(dailyAqi({ ...CLEAN, 'PM2.5': 61 }, { edition: '2026', phase: '2026-transitional' }).exceeding).toEqual(['PM2.5']);
    expect(dailyAqi({ ...CLEAN, 'PM2.5': 60 }, { edition: '2026', phase: '2026-transitional' }).exceeding).toEqual([]);
  });

  it('2026 final: PM2.5 55 exceeds (limit 50) although its IAQI is only 90 (50 + 2 × 20)', () => {
    const r = dailyAqi({ ...CLEAN, 'PM2.5': 55 }, { edition: '2026', phase: '2026-final' });
    expect(r.iaqi['PM2.5']).toBe(90);
    expect(r.exceeding).toEqual(['PM2.5']);
    // Final NO2 daily limit is 50: NO2 39 does not exceed; PM10 70 ≤ 100 does not.
    expect(r.exceeding).not.toContain('NO2');
  });

  it('2026: O3 judged on the 8-h limit 160 (161 exceeds), rounded concentration (160.4 → 160 does not)', () => {
    expect(dailyAqi({ ...CLEAN, O3_8h: 161 }, { edition: '2026' }).exceeding).toEqual(['O3']);
    expect(dailyAqi({ ...CLEAN, O3_8h: 160.4 }, { edition: '2026' }).exceeding).toEqual([]);
  });
});

describe('dailyAqi: NA rule for missing indicators (HJ 633-2026 §5.3.1, §8 default)', () => {
  it('missing indicator and AQI ≤ 100 → NA: aqi, category, primary null/empty, IAQIs still given', () => {
    const { NO2: _drop, ...rest } = CLEAN;
    const r = dailyAqi(rest, { edition: '2026' });
    expect(r.valid).toBe(false);
    expect(r.aqi).toBeNull();
    expect(r.category).toBeNull();
    expect(r.primary).toEqual([]);
    expect(r.missing).toEqual(['NO2']);
    expect(r.iaqi.O3_8h).toBe(67);
  });

  it('missing indicator and AQI > 100 → valid (PM2.5 150 → 200, NO2 null)', () => {
    const r = dailyAqi({ ...CLEAN, NO2: null, 'PM2.5': 150 }, { edition: '2026' });
    expect(r.valid).toBe(true);
    expect(r.aqi).toBe(200);
    expect(r.category).toBe('moderate');
    expect(r.primary).toEqual(['PM2.5']);
    expect(r.missing).toEqual(['NO2']);
  });

  it('AQI exactly 100 with a missing indicator is NA (the rule is "> 100")', () => {
    const r = dailyAqi({ ...CLEAN, SO2: Number.NaN, 'PM2.5': 60 }, { edition: '2026' });
    expect(r.iaqi['PM2.5']).toBe(100);
    expect(r.valid).toBe(false);
    expect(r.aqi).toBeNull();
  });

  it('2012 needs O3_1h too by default; a custom `required` list can drop it', () => {
    const { O3_1h: _drop, ...six } = CLEAN;
    expect(dailyAqi(six, { edition: '2012' }).valid).toBe(false);
    expect(dailyAqi(six, { edition: '2012' }).missing).toEqual(['O3_1h']);
    const required: DailyIndicator[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h'];
    const r = dailyAqi(six, { edition: '2012', required });
    expect(r.valid).toBe(true);
    expect(r.aqi).toBe(67);
  });

  it('no indicator at all → invalid with everything missing', () => {
    const r = dailyAqi({}, { edition: '2026' });
    expect(r.valid).toBe(false);
    expect(r.aqi).toBeNull();
    expect(r.missing).toEqual(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h']);
  });
});

describe('dailyAqi: properties (fast-check)', () => {
  const conc = fc.record({
    SO2: fc.integer({ min: 0, max: 3000 }),
    NO2: fc.integer({ min: 0, max: 1000 }),
    PM10: fc.integer({ min: 0, max: 700 }),
    'PM2.5': fc.integer({ min: 0, max: 600 }),
    CO: fc.integer({ min: 0, max: 700 }).map((x) => x / 10),
    O3_8h: fc.integer({ min: 0, max: 800 }),
    O3_1h: fc.integer({ min: 0, max: 1300 }),
  });
  it('AQI = max of the IAQIs, within [0, 500], and primary = the pollutants at the max when > 50', () => {
    fc.assert(
      fc.property(conc, fc.constantFrom('2012' as const, '2026' as const), (c, edition) => {
        const r = dailyAqi(c, { edition });
        const values = Object.values(r.iaqi);
        expect(r.valid).toBe(true);
        expect(r.aqi).toBe(Math.max(...values));
        expect(r.aqi).toBeGreaterThanOrEqual(0);
        expect(r.aqi).toBeLessThanOrEqual(500);
        if ((r.aqi as number) <= 50) expect(r.primary).toEqual([]);
        else expect(r.primary.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hourlyAqi (实时报)', () => {
  it('indicators: 2012 → 1-h gases, O3 8-h, PM 24-h; 2026 → six 1-h values', () => {
    expect(hourlyIndicatorsFor('2012')).toEqual(['SO2_1h', 'NO2_1h', 'CO_1h', 'O3_1h', 'O3_8h', 'PM10_24h', 'PM2.5_24h']);
    expect(hourlyIndicatorsFor('2026')).toEqual(['SO2_1h', 'NO2_1h', 'CO_1h', 'O3_1h', 'PM10_1h', 'PM2.5_1h']);
  });

  it('uses the 1-h tables for gases: NO2 1-h 150 → 75 (not 24-h 50+50/40×70); CO 1-h 7.5 → 75', () => {
    // NO2 1-h 150: 50 + 50/100 × 50 = 75. CO 1-h 7.5: 50 + 50/5 × 2.5 = 75.
    const r = hourlyAqi({ NO2_1h: 150, CO_1h: 7.5 }, '2012');
    expect(r.iaqi).toEqual({ NO2_1h: 75, CO_1h: 75 });
    expect(r.aqi).toBe(75);
    expect(r.primary).toEqual(['NO2', 'CO']);
    expect(r.category).toBe('good');
  });

  it('2012: PM 1-h values stand in for absent 24-h moving values, against the 24-h table', () => {
    // PM2.5 48 → 50 + 50/40 × 13 = 66.25 → 67 (2012 table); 2026 table: 50 + 2 × 13 = 76.
    expect(hourlyAqi({ 'PM2.5_1h': 48 }, '2012').aqi).toBe(67);
    expect(hourlyAqi({ 'PM2.5_1h': 48 }, '2026').aqi).toBe(76);
    // When both are given, 2012 uses the 24-h moving value and 2026 the 1-h value.
    expect(hourlyAqi({ 'PM2.5_1h': 48, 'PM2.5_24h': 35 }, '2012').aqi).toBe(50);
    expect(hourlyAqi({ 'PM2.5_1h': 48, 'PM2.5_24h': 35 }, '2026').aqi).toBe(76);
  });

  it('2012 includes O3 8-h when given; 2026 ignores it', () => {
    // O3_8h 161 → 101; O3_1h 100 → 50/160 × 100 = 31.25 → 32.
    expect(hourlyAqi({ O3_1h: 100, O3_8h: 161 }, '2012').aqi).toBe(101);
    expect(hourlyAqi({ O3_1h: 100, O3_8h: 161 }, '2026').aqi).toBe(32);
  });

  it('2012 SO2 1-h > 800: not computed; the SO2 24-h mean gives the SO2 IAQI when supplied', () => {
    expect(hourlyAqi({ SO2_1h: 900, NO2_1h: 50 }, '2012').iaqi.SO2_1h).toBeUndefined();
    // SO2 24-h 200 → 108.
    expect(hourlyAqi({ SO2_1h: 900, SO2_24h: 200 }, '2012').aqi).toBe(108);
    expect(hourlyAqi({ SO2_1h: 900 }, '2026').aqi).toBe(200);
  });

  it('nothing present → null AQI and category', () => {
    expect(hourlyAqi({ SO2_1h: null }, '2012')).toEqual({ aqi: null, iaqi: {}, category: null, primary: [] });
  });
});
