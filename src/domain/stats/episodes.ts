/**
 * Heavy-pollution episodes (重污染过程): runs of consecutive calendar days with AQI > 200
 * (重度污染 and worse, HJ 633 Table 2 / Table 1; standards.md §3.4).
 */
import type { DayResult, Episode } from '../types.ts';
import { isHeavy } from '../aqi/dayRules.ts';

/**
 * Runs of consecutive calendar days with AQI > 200 (AQI exactly 200 is 中度污染, not heavy).
 * A day with AQI ≤ 200, an invalid day, or a gap in the day numbers ends a run. The peak is the
 * highest AQI of the run; `peakDate` is its first occurrence. Input need not be sorted.
 * @example AQI 180, 210, 250, 190, 205 → 2 episodes: 2 days (peak 250) and 1 day (peak 205)
 */
export function heavyEpisodes(days: readonly DayResult[]): Episode[] {
  const sorted = isSorted(days) ? days : [...days].sort((a, b) => a.day - b.day);
  const out: Episode[] = [];
  let cur: Episode | null = null;
  let lastDay = NaN;
  for (const d of sorted) {
    const heavy = isHeavy(d);
    if (heavy && cur && d.day === lastDay + 1) {
      cur.end = d.date;
      cur.days++;
      if (d.aqi! > cur.peakAqi) {
        cur.peakAqi = d.aqi!;
        cur.peakDate = d.date;
      }
    } else if (heavy) {
      cur = { start: d.date, end: d.date, days: 1, peakAqi: d.aqi!, peakDate: d.date };
      out.push(cur);
    } else {
      cur = null;
    }
    lastDay = d.day;
  }
  return out;
}

function isSorted(days: readonly DayResult[]): boolean {
  for (let i = 1; i < days.length; i++) if (days[i]!.day < days[i - 1]!.day) return false;
  return true;
}
