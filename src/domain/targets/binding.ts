/**
 * Binding indicators (约束性指标) assigned by the province: each item is itself a PM2.5-mean,
 * good-day-ratio or heavy-days target with a user-entered value; all must be met.
 */
import { startVerdict } from './frame.ts';
import type { Frame } from './frame.ts';
import { worstStatus } from './rules.ts';
import type { BindingTarget, Target } from './types.ts';
import type { Verdict } from './verdict.ts';

/** The target each binding item stands for. */
export function bindingItemTargets(t: BindingTarget): Target[] {
  return t.items.map((it): Target => {
    const common = { id: `${t.id}:${it.id}`, label: it.label, source: t.source, ...(t.period ? { period: t.period } : {}) };
    switch (it.metric) {
      case 'pm25-mean': return { ...common, kind: 'pm25-mean', value: it.value };
      case 'good-day-ratio': return { ...common, kind: 'good-day-ratio', comparison: 'at-least-value', value: it.value };
      case 'heavy-days': return { ...common, kind: 'heavy-days', comparison: 'at-most-value', value: it.value };
    }
  });
}

/** Judges a binding target from its items' verdicts (`judge` evaluates one item as the target it stands for). */
export function bindingVerdict(t: BindingTarget, f: Frame, judge: (item: Target) => Verdict): Verdict {
  const v = startVerdict(t, t.kind, f, 'index');
  v.parts = bindingItemTargets(t).map(judge);
  v.status = worstStatus(v.parts.map((p) => p.status));
  v.finished = v.parts.length > 0 && v.parts.every((p) => p.finished);
  v.reason = v.parts.length === 0 ? { say: 'enter-value', what: 'binding' } : { say: 'parts', labelled: true };
  return v;
}
