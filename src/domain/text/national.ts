/**
 * The words of the national view's page parts (national.zh-CN.ts, national.en-GB.ts) with typed
 * slots: the files table's group rows, the area picker, the ranking chart.
 */
import { nationalEnGB } from './national.en-GB.ts';
import { nationalZhCN } from './national.zh-CN.ts';
import type { NationalTextKey } from './national.zh-CN.ts';
import { fill } from './text.ts';
import type { Lang, VarsFor } from './text.ts';

const NATIONAL_TEXTS = { zh: nationalZhCN, en: nationalEnGB } as const;

/** The values of `key`'s slots (`{}` for a text without slots). */
export type NationalVars<K extends NationalTextKey> = VarsFor<(typeof nationalZhCN)[K]>;

/**
 * The text of `key` in `lang`.
 * @example natTr('en', 'files_groupCount', { n: 365 }) → '365 files'
 */
export function natTr<K extends NationalTextKey>(lang: Lang, key: K, vars: NationalVars<K>): string {
  return fill(NATIONAL_TEXTS[lang][key], vars);
}

export type { NationalTextKey };
