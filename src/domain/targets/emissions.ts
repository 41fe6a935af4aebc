/**
 * Emission targets (SO2, NOx, VOCs totals from the inventory, user inputs): each species at most
 * (1 − reduction) × last year's total.
 */
import { bilingual } from '../text/text.ts';
import { startVerdict } from './frame.ts';
import type { Frame } from './frame.ts';
import { worstStatus } from './rules.ts';
import { EMISSION_SPECIES } from './types.ts';
import type { EmissionsTarget } from './types.ts';
import type { Verdict } from './verdict.ts';

/** Judges an emissions target per species (parts of kind `emission-species`); all must be met. */
export function emissionsVerdict(t: EmissionsTarget, f: Frame): Verdict {
  const v = startVerdict(t, t.kind, f, 't/a');
  v.parts = EMISSION_SPECIES.map((sp) => {
    const x = t.values[sp];
    const part = startVerdict({ id: `${t.id}:${sp}`, label: bilingual('emissionsOf', { species: sp }), source: t.source }, 'emission-species', f, 't/a');
    if (x.previous === null || x.current === null) {
      part.reason = { say: 'emission-enter', species: sp };
      return part;
    }
    part.finished = true;
    part.actual = x.current;
    part.actualSource = 'user';
    part.baseline = { year: f.year - 1, value: x.previous, source: 'user' };
    const ceiling = x.previous * (1 - t.reduction);
    part.target = ceiling;
    part.status = x.current <= ceiling + 1e-9 ? 'met' : 'missed';
    const change = x.previous > 0 ? ((x.current - x.previous) / x.previous) * 100 : 0;
    part.reason = { say: 'emission', species: sp, previous: x.previous, current: x.current, change, ceiling };
    return part;
  });
  v.status = worstStatus(v.parts.map((p) => p.status));
  v.finished = v.parts.every((p) => p.finished);
  v.reason = { say: 'parts', labelled: false };
  v.notes.push({ note: 'emissions-inventory' });
  return v;
}
