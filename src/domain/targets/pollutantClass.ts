/**
 * Pollutant-class targets (SO2/NO2 … reaching GB 3095 class 1 or 2), judged per HJ 663: the mean
 * criterion (annual limit; SO2, NO2, PM10, PM2.5) and the percentile criterion (24-h limit; O3 8-h),
 * both required (`worstStatus`).
 */
import { publishedDecimals } from '../standards/hj663.ts';
import { bilingual } from '../text/text.ts';
import { concentrationUnit, meanCriterion, percentileCriterion } from './criteria.ts';
import { noData, startVerdict, statsFor } from './frame.ts';
import type { Frame } from './frame.ts';
import { worstStatus } from './rules.ts';
import type { PollutantClassTarget } from './types.ts';
import type { Verdict } from './verdict.ts';

/** Judges a pollutant-class target from its two criteria (as parts); its actual and target are the first criterion's. */
export function pollutantClassVerdict(t: PollutantClassTarget, f: Frame): Verdict {
  const v = startVerdict(t, t.kind, f, concentrationUnit(t.pollutant));
  if (f.asOf === null) {
    v.reason = noData(f);
    return v;
  }
  const p = t.pollutant;
  const ps = statsFor(f, { from: f.period.from, to: f.asOf });
  const cls = t.class === 1 ? ps.class1[p] : ps.class2[p];
  const stat = ps.pollutants[p];
  const dec = publishedDecimals(p);
  if (stat.validDays === 0) {
    v.reason = { say: 'class-no-valid-day', pollutant: p };
    return v;
  }
  v.actualSource = 'data';
  const parts: Verdict[] = [];
  if (cls.meanLimit !== null) {
    const limit = cls.meanLimit;
    const part = meanCriterion(f, p, limit, dec, ps, {
      id: `${t.id}:mean`, label: bilingual('criterion_mean', { pollutant: p, limit }), source: t.source,
    });
    if (f.finished && cls.meanMet !== null) part.status = cls.meanMet ? 'met' : 'missed';
    parts.push(part);
  }
  const limit = cls.percentileLimit;
  parts.push(percentileCriterion({ ...f, asOf: f.asOf }, p, limit, dec, ps, cls.percentileMet, {
    id: `${t.id}:percentile`, label: bilingual('criterion_percentile', { pollutant: p, rank: stat.percentileRank, limit }), source: t.source,
  }));
  v.parts = parts;
  v.status = worstStatus(parts.map((x) => x.status));
  v.actual = parts[0]?.actual ?? null;
  v.target = parts[0]?.target ?? null;
  v.reason = { say: 'class', pollutant: p, cls: t.class };
  if (f.finished && !cls.dataSufficient) v.notes.push({ note: 'annual-validity' });
  v.notes.push({ note: 'class-edition', edition: ps.edition === '2012' ? '2012' : '2026' });
  return v;
}
