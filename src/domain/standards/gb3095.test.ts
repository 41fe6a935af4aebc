import { describe, expect, it } from 'vitest';
import { concentrationLimit, dailyLimit } from './gb3095.ts';

describe('GB 3095 Table 1 limits (2012; 2026 transitional and final)', () => {
  it('PM2.5 annual class 2: 35 (2012), 30 (transitional), 25 (final)', () => {
    expect(concentrationLimit('PM2.5', 'annual', 2, '2012')).toBe(35);
    expect(concentrationLimit('PM2.5', 'annual', 2, '2026-transitional')).toBe(30);
    expect(concentrationLimit('PM2.5', 'annual', 2, '2026-final')).toBe(25);
  });

  it('PM2.5 / PM10 daily class 2: 75/150 (2012), 60/120 (transitional), 50/100 (final)', () => {
    expect(concentrationLimit('PM2.5', 'daily', 2, '2012')).toBe(75);
    expect(concentrationLimit('PM2.5', 'daily', 2, '2026-transitional')).toBe(60);
    expect(concentrationLimit('PM2.5', 'daily', 2, '2026-final')).toBe(50);
    expect(concentrationLimit('PM10', 'daily', 2, '2012')).toBe(150);
    expect(concentrationLimit('PM10', 'daily', 2, '2026-transitional')).toBe(120);
    expect(concentrationLimit('PM10', 'daily', 2, '2026-final')).toBe(100);
  });

  it('PM10 annual class 2: 70, 60, 50; class 1: 40, 40, 20', () => {
    expect([concentrationLimit('PM10', 'annual', 2, '2012'), concentrationLimit('PM10', 'annual', 2, '2026-transitional'), concentrationLimit('PM10', 'annual', 2, '2026-final')]).toEqual([70, 60, 50]);
    expect([concentrationLimit('PM10', 'annual', 1, '2012'), concentrationLimit('PM10', 'annual', 1, '2026-transitional'), concentrationLimit('PM10', 'annual', 1, '2026-final')]).toEqual([40, 40, 20]);
  });

  it('final phase tightens SO2 class 2 to 20/50/150 and NO2 to 30/50 (1-h stays 200)', () => {
    expect(concentrationLimit('SO2', 'annual', 2, '2026-final')).toBe(20);
    expect(concentrationLimit('SO2', 'daily', 2, '2026-final')).toBe(50);
    expect(concentrationLimit('SO2', '1h', 2, '2026-final')).toBe(150);
    expect(concentrationLimit('NO2', 'annual', 2, '2026-final')).toBe(30);
    expect(concentrationLimit('NO2', 'daily', 2, '2026-final')).toBe(50);
    expect(concentrationLimit('NO2', '1h', 2, '2026-final')).toBe(200);
  });

  it('2012 class 2 gases: SO2 60/150/500, NO2 40/80/200, CO 4/10 mg/m³, O3 8-h 160, 1-h 200', () => {
    expect(concentrationLimit('SO2', 'annual', 2, '2012')).toBe(60);
    expect(concentrationLimit('SO2', 'daily', 2, '2012')).toBe(150);
    expect(concentrationLimit('SO2', '1h', 2, '2012')).toBe(500);
    expect(concentrationLimit('NO2', 'annual', 2, '2012')).toBe(40);
    expect(concentrationLimit('NO2', 'daily', 2, '2012')).toBe(80);
    expect(concentrationLimit('CO', 'daily', 2, '2012')).toBe(4);
    expect(concentrationLimit('CO', '1h', 2, '2012')).toBe(10);
    expect(concentrationLimit('O3', '8h', 2, '2012')).toBe(160);
    expect(concentrationLimit('O3', '1h', 2, '2012')).toBe(200);
    expect(concentrationLimit('O3', '8h', 1, '2026-final')).toBe(100);
  });

  it('transitional limits equal 2012 except PM10 and PM2.5 class 2', () => {
    for (const p of ['SO2', 'NO2', 'CO', 'O3'] as const) {
      for (const a of ['annual', 'daily', '1h', '8h'] as const) {
        for (const cls of [1, 2] as const) {
          expect(concentrationLimit(p, a, cls, '2026-transitional')).toBe(concentrationLimit(p, a, cls, '2012'));
        }
      }
    }
  });

  it('has no limit where the standard sets none: CO/O3 annual, O3 daily mean, PM 1-h, 8-h for non-O3', () => {
    expect(concentrationLimit('CO', 'annual', 2, '2012')).toBeNull();
    expect(concentrationLimit('O3', 'annual', 2, '2012')).toBeNull();
    expect(concentrationLimit('O3', 'daily', 2, '2012')).toBeNull();
    expect(concentrationLimit('PM2.5', '1h', 2, '2012')).toBeNull();
    expect(concentrationLimit('SO2', '8h', 2, '2012')).toBeNull();
  });

  it('dailyLimit uses the 8-h limit for O3 and the 24-h limit otherwise', () => {
    expect(dailyLimit('O3', 2, '2026-final')).toBe(160);
    expect(dailyLimit('PM2.5', 2, '2026-final')).toBe(50);
    expect(dailyLimit('CO', 2, '2012')).toBe(4);
  });
});
