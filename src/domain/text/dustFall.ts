/**
 * The words of dust fall against the plan's line (dustFall.zh-CN.ts, dustFall.en-GB.ts) with typed
 * slots, for the page section, its chart and slide, and the tables of the page's CSV and the CLI.
 */
import type { Message } from '../types.ts';
import { dustFallEnGB } from './dustFall.en-GB.ts';
import { dustFallZhCN } from './dustFall.zh-CN.ts';
import type { DustFallTextKey } from './dustFall.zh-CN.ts';
import { fill } from './text.ts';
import type { Lang, VarsFor } from './text.ts';

const DUST_FALL_TEXTS = { zh: dustFallZhCN, en: dustFallEnGB } as const;

/** The values of `key`'s slots (`{}` for a text without slots). */
export type DustFallVars<K extends DustFallTextKey> = VarsFor<(typeof dustFallZhCN)[K]>;

/**
 * The dust-fall text of `key` in `lang`.
 * @example dustTr('en', 'dustFall_limitLine', { limit: 9 }) → 'Line 9'
 */
export function dustTr<K extends DustFallTextKey>(lang: Lang, key: K, vars: DustFallVars<K>): string {
  return fill(DUST_FALL_TEXTS[lang][key], vars);
}

/** The text of `key` in both languages. */
export function dustText<K extends DustFallTextKey>(key: K, vars: DustFallVars<K> | ((lang: Lang) => DustFallVars<K>)): Message {
  const v = (lang: Lang): DustFallVars<K> => (typeof vars === 'function' ? vars(lang) : vars);
  return { zh: dustTr('zh', key, v('zh')), en: dustTr('en', key, v('en')) };
}

export type { DustFallTextKey };
