/**
 * The dust-fall slide (plan §21), in a module of its own: the page loads it (with the dust-fall words)
 * after the first paint, only when a dust-fall table is loaded, and hands the slide to the deck.
 * How many counties are above the plan's line and how many not, then per county its months above the
 * line and the worst month; the rule and the months covered as notes.
 */
import { dustFallSummary, type DustFallLimit, type DustFallSummary, type DustFallTable } from '../../domain/stats/dustFall.ts';
import { DUST_FALL_COUNTY_HEADER, dustFallCountyRows } from '../../domain/stats/dustFallTable.ts';
import { dustText } from '../../domain/text/dustFall.ts';
import type { Message } from '../../domain/types.ts';
import type { Slide } from './slides.ts';
import type { SlideTable } from './tableSlides.ts';

/** Counties listed on the dust-fall slide at most (those above the line first). */
export const DUST_FALL_SLIDE_COUNTIES = 10;

const same = (s: string): Message => ({ zh: s, en: s });

/** The dust-fall summary as a slide table. */
export function dustFallSlideTable(s: DustFallSummary): SlideTable {
  const rows = dustFallCountyRows(s).slice(0, DUST_FALL_SLIDE_COUNTIES);
  const limit = s.limit.value;
  const notes: Message[] = [
    dustText('dustFall_rule', (lang) => ({ limit, source: `${s.limit.plan[lang]} §${s.limit.task}` })),
    dustText('dustFall_span', { from: s.from, to: s.to, n: s.counties.length }),
  ];
  if (s.counties.length > rows.length) notes.push(dustText('dustFall_moreCounties', { n: s.counties.length - rows.length }));
  return {
    counts: [
      { label: dustText('dustFall_countiesAbove', { limit }), value: s.above.length, tone: 'overdue' },
      { label: dustText('dustFall_countiesNotAbove', { limit }), value: s.counties.length - s.above.length, tone: 'done' },
    ],
    columns: [...DUST_FALL_COUNTY_HEADER],
    rows: rows.map((r) => r.map((c) => same(c === null || c === undefined ? '' : String(c)))),
    notes,
  };
}

/** The dust-fall slide for the model's table against `limit`; null when there is no dust fall. */
export function dustFallSlide(table: DustFallTable, limit: DustFallLimit): Slide | null {
  const s = dustFallSummary(table, limit);
  return s ? { id: 'dust-fall', kind: 'table', title: dustText('dustFall_heading', {}), table: dustFallSlideTable(s) } : null;
}
