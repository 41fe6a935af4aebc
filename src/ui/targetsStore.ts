/**
 * Where the page keeps the user's targets: localStorage (this browser only; nothing is sent).
 * The built-in default is the Taiyuan 2021 plan (data/targets/taiyuan-2021.json). Every set read
 * back or imported is checked by the core's `parseTargetSet`.
 */
import type { TargetSet } from '../domain/targets/types.ts';
import { parseTargetSet } from '../domain/targets/validate.ts';
import type { ParseResult } from '../domain/targets/validate.ts';
import { bilingual } from '../domain/text/text.ts';

const KEY = 'lantian.targets.v1';

/** The saved set, or null when none is saved (or the saved one no longer validates). */
export function loadSavedTargets(): TargetSet | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const r = parseTargetSet(JSON.parse(raw));
    return r.ok ? r.set : null;
  } catch {
    return null;
  }
}

export function saveTargets(set: TargetSet): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(set));
  } catch {
    // storage full or disabled (private mode, file:// in some browsers): the set still applies now
  }
}

export function forgetTargets(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // see saveTargets
  }
}

/** Reads and checks an imported target JSON file. */
export async function readTargetFile(file: File): Promise<ParseResult> {
  try {
    return parseTargetSet(JSON.parse(await file.text()));
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [bilingual('invalidJson', { text })] };
  }
}
