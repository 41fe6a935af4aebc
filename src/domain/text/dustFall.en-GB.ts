/**
 * The en-GB words of dust fall against the plan's line: the same keys as dustFall.zh-CN.ts (a
 * missing key is a type error) and the same `{slots}`.
 */
import type { DustFallTextKey } from './dustFall.zh-CN.ts';

export const dustFallEnGB: Readonly<Record<DustFallTextKey, string>> = {
  dustFall_heading: 'Dust fall (plan §21)',
  dustFall_rule: 'Counties with dust fall above {limit} t/(km²·month) run a special dust campaign ({source})',
  dustFall_above: 'Counties above {limit}: {list}',
  dustFall_aboveItem: '{county} ({n} months)',
  dustFall_noneAbove: 'No county is above {limit} in any month',
  dustFall_span: '{from} to {to}, {n} counties',
  dustFall_county: 'County',
  dustFall_month: 'Month',
  dustFall_months: 'Months with data',
  dustFall_monthsAbove: 'Months above the line',
  dustFall_monthsAboveList: 'Which months',
  dustFall_worst: 'Worst month',
  dustFall_worstValue: 'Highest t/(km²·month)',
  dustFall_value: 'Dust fall t/(km²·month)',
  dustFall_limitLine: 'Line {limit}',
  dustFall_limitColumn: 'Line',
  dustFall_aboveColumn: 'Above the line',
  dustFall_chartTitle: '{area}Monthly dust fall by county',
  dustFall_unit: 't/(km²·month)',
  dustFall_countiesAbove: 'Counties above {limit}',
  dustFall_countiesNotAbove: 'Counties not above {limit}',
  dustFall_moreCounties: '{n} more counties not listed (see the page or the CSV)',
  dustFall_csv: 'Dust-fall table (CSV)',
};
