/**
 * A verdict: what a target kind found, as numbers and a status, with *why* as typed data (`Reason`,
 * `Note`) instead of sentences. targets/messages.ts turns a verdict into the words of both languages
 * (`renderVerdict`); the kinds never write text.
 */
import type { EditionId, LimitClass, Message, Pollutant } from '../types.ts';
import type { RuleOutcome } from './rules.ts';
import type { EmissionSpecies, Evaluation, EvaluationKind, ValueSource } from './types.ts';

/** The bar of a good-day target: a ratio (fraction) or, when only a count was published, last year's good days. */
export type GoodDayBar = { ratio: number } | { count: number };

/** The ceiling of a heavy-days target: fewer than last year's (at most `allowed` = last year − 1) or a fixed number. */
export interface HeavyDaysCeiling {
  belowPrevious: boolean;
  allowed: number;
}

/** Why a verdict says what it says: one case per sentence of messages.ts. */
export type Reason =
  | { say: 'enter-value'; what: 'ratio' | 'days' | 'concentration' | 'rank' | 'binding' }
  | { say: 'no-baseline' }
  | { say: 'no-data'; from: string; to: string }
  | { say: 'no-valid-day' }
  | { say: 'good-official'; value: number; bar: GoodDayBar; strict: boolean; met: boolean }
  | { say: 'good-finished'; good: number; valid: number; bar: GoodDayBar; strict: boolean; met: boolean }
  | { say: 'good-progress'; good: number; valid: number; bar: GoodDayBar; strict: boolean; outcome: RuleOutcome; days: number }
  | { say: 'heavy-cannot-fall' }
  | { say: 'heavy-official'; value: number; ceiling: HeavyDaysCeiling; met: boolean }
  | { say: 'heavy-finished'; heavy: number; ceiling: HeavyDaysCeiling; met: boolean }
  | { say: 'heavy-progress'; heavy: number; ceiling: HeavyDaysCeiling; outcome: RuleOutcome; days: number }
  | { say: 'mean-finished'; mean: number; decimals: number; limit: number; met: boolean }
  | { say: 'mean-progress'; mean: number; decimals: number; limit: number; outcome: RuleOutcome; days: number }
  | { say: 'percentile-finished'; rank: number; value: number | null; limit: number; above: number }
  | { say: 'percentile-progress'; rank: number; value: number | null; limit: number; above: number; outcome: RuleOutcome; days: number }
  | { say: 'class-no-valid-day'; pollutant: Pollutant }
  /** The class verdict followed by its criteria's messages. */
  | { say: 'class'; pollutant: Pollutant; cls: LimitClass }
  | { say: 'pm25-official'; value: number; target: number; met: boolean }
  | { say: 'index'; actual: number; baseline: number; sameDays: boolean; change: number; improved: boolean }
  | { say: 'index-no-baseline'; actual: number }
  | { say: 'rank-final'; of: number; rank: number; target: number; met: boolean }
  /** The rank's target is missing; followed by the composite index's message. */
  | { say: 'rank-no-target'; enter: boolean }
  /** The rank is not yet published; followed by the composite index's message. */
  | { say: 'rank-pending'; of: number; target: number }
  | { say: 'emission-enter'; species: EmissionSpecies }
  | { say: 'emission'; species: EmissionSpecies; previous: number; current: number; change: number; ceiling: number }
  /** The parts' messages, joined (labelled: each prefixed with its label). */
  | { say: 'parts'; labelled: boolean };

/** A further line under the verdict (method, assumption, comparison, citation). */
export type Note =
  | { note: 'figure-source'; citation: string }
  | { note: 'count-baseline'; lastYearGood: number }
  | { note: 'same-period'; from: string; to: string; ratioThen: number; ratioNow: number; change: number; heavyThen: number; heavyNow: number }
  | { note: 'remaining-valid' }
  | { note: 'invalid-days'; days: number }
  | { note: 'mean-rounding'; decimals: number }
  | { note: 'annual-validity' }
  | { note: 'class-edition'; edition: EditionId }
  | { note: 'rank-indicative' }
  | { note: 'emissions-inventory' }
  | { note: 'baseline'; source: ValueSource; citation?: string }
  /** The target's own note, from the target set. */
  | { note: 'target'; text: Message };

/** An evaluation with its reasons instead of its words. */
export interface Verdict extends Omit<Evaluation, 'message' | 'details' | 'parts'> {
  kind: EvaluationKind;
  reason: Reason;
  notes: Note[];
  parts?: Verdict[];
}
