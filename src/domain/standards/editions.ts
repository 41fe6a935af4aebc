/**
 * The two sets of national standards and the dates that choose between them (standards.md §0).
 * GB 3095-2026, HJ 633-2026 and HJ 663-2026 replace the 2012-era set on 2026-03-01; the
 * GB 3095-2026 limits have a transitional column until 2030-12-31 and final values from
 * 2031-01-01 (GB 3095-2026 §4.4 and foreword).
 */
import { dayNumber } from '../calendar.ts';
import type { DayNumber, EditionChoice, EditionId, LimitPhase, Message } from '../types.ts';

/** 2026-03-01: GB 3095-2026, HJ 633-2026 and HJ 663-2026 come into force. */
export const EDITION_SWITCH_DAY: DayNumber = dayNumber(2026, 3, 1);
/** 2031-01-01: the final (not transitional) GB 3095-2026 limits apply nationwide (§4.4). */
export const FINAL_LIMITS_DAY: DayNumber = dayNumber(2031, 1, 1);

export interface EditionInfo {
  id: EditionId;
  gb3095: string;
  hj633: string;
  hj663: string;
  label: Message;
  /** 'YYYY-MM-DD' the set came into force. */
  inForceFrom: string;
}

export const EDITIONS: Record<EditionId, EditionInfo> = {
  '2012': {
    id: '2012',
    gb3095: 'GB 3095-2012（含2018年修改单）',
    hj633: 'HJ 633-2012',
    hj663: 'HJ 663-2013',
    label: { zh: '2012版标准（GB 3095-2012 / HJ 633-2012 / HJ 663-2013）', en: '2012 standards (GB 3095-2012 / HJ 633-2012 / HJ 663-2013)' },
    inForceFrom: '2016-01-01',
  },
  '2026': {
    id: '2026',
    gb3095: 'GB 3095-2026',
    hj633: 'HJ 633-2026',
    hj663: 'HJ 663-2026',
    label: { zh: '2026版标准（GB 3095-2026 / HJ 633-2026 / HJ 663-2026）', en: '2026 standards (GB 3095-2026 / HJ 633-2026 / HJ 663-2026)' },
    inForceFrom: '2026-03-01',
  },
};

/**
 * The edition that applies to data of `day`: the user's choice, or under `'auto'` the 2012 set
 * before 2026-03-01 and the 2026 set from then on (standards.md §8 "edition").
 * @example editionForDay(dayNumber(2026, 2, 28), 'auto') → '2012'
 */
export function editionForDay(day: DayNumber, choice: EditionChoice): EditionId {
  if (choice !== 'auto') return choice;
  return day < EDITION_SWITCH_DAY ? '2012' : '2026';
}

/**
 * Which GB 3095 limit column applies on `day` under `edition`: '2012' for the 2012 set;
 * for 2026 the transitional column until 2030-12-31 and the final one from 2031-01-01.
 * @see GB 3095-2026 §4.4
 */
export function limitPhaseFor(day: DayNumber, edition: EditionId): LimitPhase {
  if (edition === '2012') return '2012';
  return day < FINAL_LIMITS_DAY ? '2026-transitional' : '2026-final';
}
