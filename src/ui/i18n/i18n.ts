/**
 * Language state for the page: Chinese by default, English on request. The words and the formatters
 * are the core's one vocabulary (src/domain/text: zh-CN.ts, en-GB.ts, format.ts); this file only
 * binds them to the page's current language and shares it through React context.
 */
import { createContext, useContext } from 'react';
import { formatNumber, formatNumberUpTo, formatPercent } from '../../domain/text/format.ts';
import { tr } from '../../domain/text/text.ts';
import type { Lang, TextKey, TextVars } from '../../domain/text/text.ts';

export interface I18n {
  lang: Lang;
  t: (key: TextKey, vars?: TextVars) => string;
  /** Number by locale, rounded half-even (GB/T 8170); `digits` fixes the decimals (default: up to 2). */
  num: (n: number | null | undefined, digits?: number) => string;
  /** Ratio 0..1 as a percentage by locale. */
  pct: (r: number | null | undefined, digits?: number) => string;
  /** Picks the language's half of a bilingual message. */
  pick: (m: { zh: string; en: string }) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, vars) => tr(lang, key, vars),
    num: (n, digits) => (digits === undefined ? formatNumberUpTo(n, lang, 2) : formatNumber(n, lang, digits)),
    pct: (r, digits = 1) => formatPercent(r, lang, digits),
    pick: (m) => m[lang],
  };
}

export const I18nContext = createContext<I18n>(makeI18n('zh'));
export const useI18n = (): I18n => useContext(I18nContext);
