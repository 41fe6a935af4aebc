/**
 * The area picker's search and grouping (issue 9 §2), as plain functions: which areas match what the
 * user typed (a part of the name or of the province; pinyin initials or full pinyin when the keys are
 * given, e.g. 'ty' or 'taiyuan' → 太原), and the picker's groups (the target city first, then the
 * areas by province, from the station list; no groups when no province is known).
 */
import { cityKey } from '../domain/ranking/keyCities.ts';

export interface AreaOption {
  name: string;
  province?: string;
}

/** Pinyin of a name: the initials ('ty') and the whole ('taiyuan'), lower case, no spaces. */
export interface PinyinKeys {
  initials: string;
  full: string;
}

/** Matches listed at most. */
export const MAX_MATCHES = 12;

/** True when the query is Latin letters only (then pinyin is worth looking up). */
export function isLatinQuery(q: string): boolean {
  return /^[a-z]+$/i.test(q.trim());
}

/**
 * Areas matching `query`, best first: the name itself, then names starting with it (or whose pinyin
 * does), then names or provinces containing it; list order within each.
 * @example matchAreas([{ name: '太原' }, { name: '大同' }], '太') → ['太原']
 * @example matchAreas([{ name: '太原' }, { name: '天津' }], 'ty', keys) → ['太原'] (keys: 太原 → ty / taiyuan)
 */
export function matchAreas(
  areas: readonly AreaOption[], query: string, keys?: ReadonlyMap<string, PinyinKeys>, limit = MAX_MATCHES,
): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const tiers: string[][] = [[], [], []];
  for (const a of areas) {
    const name = a.name.toLowerCase();
    const k = keys?.get(a.name);
    if (name === q) tiers[0]!.push(a.name);
    else if (name.startsWith(q) || (k && (k.initials.startsWith(q) || k.full.startsWith(q)))) tiers[1]!.push(a.name);
    else if (name.includes(q) || (a.province && a.province.toLowerCase().includes(q))) tiers[2]!.push(a.name);
  }
  return tiers.flat().slice(0, limit);
}

export interface AreaGroup {
  /** 'target': the target set's city; 'province': `label` names it; 'other': no province known. */
  kind: 'target' | 'province' | 'other';
  label: string;
  names: string[];
}

/**
 * The picker's groups: the target city first (when it is loaded), then one group per province in the
 * order of the provinces' first area, then the areas without a province. One unlabelled 'other' group
 * when no area has a province (no station list loaded).
 */
export function areaGroups(areas: readonly AreaOption[], targetCity: string | null): AreaGroup[] {
  const target = targetCity === null ? undefined : areas.find((a) => cityKey(a.name) === cityKey(targetCity));
  const rest = areas.filter((a) => a !== target);
  const out: AreaGroup[] = target ? [{ kind: 'target', label: '', names: [target.name] }] : [];
  if (!rest.some((a) => a.province)) {
    if (rest.length > 0) out.push({ kind: 'other', label: '', names: rest.map((a) => a.name) });
    return out;
  }
  const byProvince = new Map<string, string[]>();
  const none: string[] = [];
  for (const a of rest) {
    if (!a.province) {
      none.push(a.name);
      continue;
    }
    const list = byProvince.get(a.province) ?? [];
    list.push(a.name);
    byProvince.set(a.province, list);
  }
  for (const [label, names] of byProvince) out.push({ kind: 'province', label, names });
  if (none.length > 0) out.push({ kind: 'other', label: '', names: none });
  return out;
}
