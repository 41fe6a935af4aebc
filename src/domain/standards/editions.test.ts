import { describe, expect, it } from 'vitest';
import { dayNumber } from '../calendar.ts';
import { EDITIONS, EDITION_SWITCH_DAY, FINAL_LIMITS_DAY, editionForDay, limitPhaseFor } from './editions.ts';

describe('editions (standards.md §0: the 2026 set is in force from 2026-03-01)', () => {
  it('auto: 2026-02-28 → 2012 set, 2026-03-01 → 2026 set', () => {
    expect(editionForDay(dayNumber(2026, 2 /* Feb */, 28), 'auto')).toBe('2012');
    expect(editionForDay(dayNumber(2026, 3 /* Mar */, 1), 'auto')).toBe('2026');
    expect(editionForDay(dayNumber(2020, 4, 1), 'auto')).toBe('2012');
  });

  it('a fixed choice overrides the date', () => {
    expect(editionForDay(dayNumber(2020, 1, 1), '2026')).toBe('2026');
    expect(editionForDay(dayNumber(2027, 1, 1), '2012')).toBe('2012');
  });

  it('limit phase: transitional until 2030-12-31, final from 2031-01-01; 2012 set always 2012', () => {
    expect(limitPhaseFor(dayNumber(2026, 3, 1), '2026')).toBe('2026-transitional');
    expect(limitPhaseFor(dayNumber(2030, 12, 31), '2026')).toBe('2026-transitional');
    expect(limitPhaseFor(dayNumber(2031, 1, 1), '2026')).toBe('2026-final');
    expect(limitPhaseFor(dayNumber(2031, 1, 1), '2012')).toBe('2012');
  });

  it('switch days are the civil dates 2026-03-01 and 2031-01-01 (day numbers, no time zone)', () => {
    // 2026-03-01 is 20513 days after 1970-01-01: 56 years (14 leap years 1972…2024) = 56×365+14 = 20454,
    // plus Jan (31) + Feb (28) = 59 → 20513.
    expect(EDITION_SWITCH_DAY).toBe(20513);
    expect(FINAL_LIMITS_DAY).toBe(dayNumber(2031, 1, 1));
  });

  it('names the three standards of each set', () => {
    expect(EDITIONS['2012'].hj633).toBe('HJ 633-2012');
    expect(EDITIONS['2012'].hj663).toBe('HJ 663-2013');
    expect(EDITIONS['2026'].gb3095).toBe('GB 3095-2026');
    expect(EDITIONS['2026'].inForceFrom).toBe('2026-03-01');
  });
});
