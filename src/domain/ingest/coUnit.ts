/**
 * The CO unit of one file. GB 3095-2012 Table 1 gives CO in mg/m³ (everything else in µg/m³);
 * exports sometimes carry µg/m³. The unit is fixed by the setting, the header or the file format,
 * or else decided at the end of the file from the magnitudes; values then are converted, or the
 * impossible ones dropped, and the decision is reported.
 */
import type { IssueLog } from './issues.ts';
import { issueText, issueTr } from '../text/issues.ts';

/** Largest plausible CO concentration, mg/m³. */
export const MAX_CO_MG = 150;

export type CoHow = 'header' | 'magnitude' | 'setting' | 'format';
export type CoDecision = { unit: 'mg/m3' | 'ug/m3'; how: CoHow };

/** µg/m³ → mg/m³ at full precision without binary noise (300 → 0.3, not 0.30000000000000004). */
export function ugToMg(v: number): number {
  return Math.round(v * 1000) / 1e6;
}

/** CO unit: fixed by setting/header/format, or decided at the end from magnitudes. */
export class CoUnit {
  fixed: 'mg/m3' | 'ug/m3' | null;
  how: CoHow;
  total = 0;
  above20 = 0;
  /** Values in (150, 150000]: impossible if the unit turns out to be mg/m³. */
  ambiguous = 0;
  ambiguousRows: number[] = [];
  ambiguousExample = '';
  ambiguousColumn = 'CO';
  seen = false;

  constructor(setting: 'auto' | 'mg/m3' | 'ug/m3', header: 'mg/m3' | 'ug/m3' | null, format: 'mg/m3' | 'ug/m3' | null) {
    if (setting !== 'auto') { this.fixed = setting; this.how = 'setting'; }
    else if (header) { this.fixed = header; this.how = 'header'; }
    else if (format) { this.fixed = format; this.how = 'format'; }
    else { this.fixed = null; this.how = 'magnitude'; }
  }

  /** Checks one raw CO value (≥ 0). Returns the value to store (raw unit) or NaN when impossible. */
  check(v: number, line: number, column: string, log: IssueLog): number {
    this.seen = true;
    const limit = this.fixed === 'mg/m3' ? MAX_CO_MG : MAX_CO_MG * 1000;
    if (v > limit) {
      log.add('warning', 'impossible-value', column, line, () => issueText('issue_impossibleCo', { line, column, value: v, max: MAX_CO_MG }));
      return NaN;
    }
    if (this.fixed === null) {
      this.total++;
      if (v > 20) this.above20++;
      if (v > MAX_CO_MG) {
        if (this.ambiguous === 0) { this.ambiguousExample = String(v); this.ambiguousColumn = column; }
        this.ambiguous++;
        if (this.ambiguousRows.length < 10) this.ambiguousRows.push(line);
      }
    }
    return v;
  }

  /** The unit: fixed, or µg/m³ when the median of the CO values exceeds 20 (more than half above 20). */
  decide(): CoDecision {
    if (this.fixed) return { unit: this.fixed, how: this.how };
    return { unit: this.above20 * 2 > this.total ? 'ug/m3' : 'mg/m3', how: 'magnitude' };
  }

  /**
   * Decides and applies: `fix('ug-to-mg')` when the values are µg/m³, `fix('drop-over-mg-limit')`
   * when they are mg/m³ by magnitude but some exceed the mg/m³ limit; each reported in `log`.
   */
  settle(log: IssueLog, fix: (mode: 'ug-to-mg' | 'drop-over-mg-limit') => void): CoDecision {
    const d = this.decide();
    if (d.unit === 'ug/m3') {
      fix('ug-to-mg');
      reportCoUg(log, d.how);
    } else if (this.fixed === null && this.ambiguous > 0) {
      fix('drop-over-mg-limit');
      this.reportAmbiguous(log);
    }
    return d;
  }

  private reportAmbiguous(log: IssueLog): void {
    log.addAggregate('warning', 'impossible-value', this.ambiguousColumn, this.ambiguous, this.ambiguousRows,
      issueText('issue_impossibleCoValues', { column: this.ambiguousColumn, value: this.ambiguousExample, max: MAX_CO_MG }));
  }
}

/** A CO value after the unit is known: converted to mg/m³, NaN when impossible in mg/m³, else as is. */
export function fixCoValue(x: number, mode: 'ug-to-mg' | 'drop-over-mg-limit'): number {
  if (mode === 'ug-to-mg') return ugToMg(x);
  return x > MAX_CO_MG ? NaN : x;
}

function reportCoUg(log: IssueLog, how: CoHow): void {
  log.add('info', 'co-unit', 'CO', undefined, () => issueText('issue_coUnit', (lang) => ({ how: issueTr(lang, `issue_coHow_${how}`, {}) })));
}
