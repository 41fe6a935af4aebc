import { describe, expect, it } from 'vitest';
import { hasData, isGood, isHeavy } from './dayRules.ts';

const noConc = { SO2: null, NO2: null, PM10: null, 'PM2.5': null, CO: null, O3_8h: null, O3_1h: null };

describe('day rules (HJ 633 Table 2 / Table 1)', () => {
  it('counts AQI 100 as good and AQI 101 as not (优良 = AQI ≤ 100)', () => {
    expect(isGood({ valid: true, aqi: 100 })).toBe(true);
    expect(isGood({ valid: true, aqi: 101 })).toBe(false);
  });
  it('counts AQI 201 as heavy and AQI 200 (中度污染) as not (重污染 = AQI > 200)', () => {
    expect(isHeavy({ valid: true, aqi: 201 })).toBe(true);
    expect(isHeavy({ valid: true, aqi: 200 })).toBe(false);
  });
  it('counts an invalid day as neither good nor heavy', () => {
    expect(isGood({ valid: false, aqi: 40 })).toBe(false);
    expect(isHeavy({ valid: false, aqi: 250 })).toBe(false);
    expect(isGood({ valid: true, aqi: null })).toBe(false);
  });
  it('has data with a valid AQI, a contributing station or any concentration, and not otherwise', () => {
    expect(hasData({ valid: false, stations: 0, conc: noConc })).toBe(false);
    expect(hasData({ valid: true, stations: 0, conc: noConc })).toBe(true);
    expect(hasData({ valid: false, stations: 1, conc: noConc })).toBe(true);
    expect(hasData({ valid: false, stations: 0, conc: { ...noConc, NO2: 31 } })).toBe(true);
  });
});
