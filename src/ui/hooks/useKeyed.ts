/**
 * The worker posts a fresh copy of the whole model with every switch; a part that a switch leaves as it
 * was (the ranking on an area switch) keeps its identity through useKeyed, so that memoised components
 * and charts that read it are neither rendered nor drawn again.
 */
import { useRef } from 'react';

/**
 * Keeps the previous value while `key(value)` lists the same things (compared with Object.is, item by
 * item): for a part of the model that is a function of those things and costly to compare whole.
 */
export function useKeyed<T>(value: T, key: (v: T) => readonly unknown[]): T {
  const kept = useRef<{ value: T; key: readonly unknown[] } | null>(null);
  const k = key(value);
  const prev = kept.current;
  if (prev && prev.key.length === k.length && prev.key.every((x, i) => Object.is(x, k[i]))) return prev.value;
  kept.current = { value, key: k };
  return value;
}
