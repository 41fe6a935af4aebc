/**
 * Language state for the page: Chinese by default, English on request. `t(key, vars)` looks a key
 * up and fills `{name}` slots; numbers are rounded half-even (the core's `roundHalfEven`) and then
 * formatted with `Intl.NumberFormat` for the language.
 */
import { createContext, useContext } from 'react';
import { LOCALES } from '../../charts/labels.ts';
import type { Lang as ChartLang } from '../../charts/option.ts';
import { roundHalfEven } from '../../domain/math/round.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';
import type { Dictionary, MessageKey } from './zh.ts';

/** The page's languages: the charts' `Lang` (one definition). */
export type Lang = ChartLang;
export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { zh, en };

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** Number by locale, rounded half-even (GB/T 8170); `digits` fixes the decimals (default: up to 2). */
  num: (n: number | null | undefined, digits?: number) => string;
  /** Ratio 0..1 as a percentage by locale. */
  pct: (r: number | null | undefined, digits?: number) => string;
  /** Picks the language's half of a bilingual message. */
  pick: (m: { zh: string; en: string }) => string;
}

export function makeI18n(lang: Lang): I18n {
  const dict = DICTIONARIES[lang];
  const locale = LOCALES[lang];
  const numCache = new Map<number, Intl.NumberFormat>();
  const nf = (digits: number | undefined): Intl.NumberFormat => {
    const k = digits ?? -1;
    let f = numCache.get(k);
    if (!f) {
      f = new Intl.NumberFormat(locale, digits === undefined
        ? { maximumFractionDigits: 2 }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits });
      numCache.set(k, f);
    }
    return f;
  };
  const pf = new Map<number, Intl.NumberFormat>();
  return {
    lang,
    t: (key, vars) => {
      let s = dict[key];
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
      return s;
    },
    // Rounded half-even first (GB/T 8170, the core's roundHalfEven), so Intl (half away from zero) has
    // nothing left to round: 6.125 with 2 decimals → 6.12, as the report writes it.
    num: (n, digits) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : nf(digits).format(roundHalfEven(n, digits ?? 2))),
    pct: (r, digits = 1) => {
      if (r === null || r === undefined || !Number.isFinite(r)) return '—';
      let f = pf.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
        pf.set(digits, f);
      }
      // Round once, half-even on the decimal value (GB/T 8170), before Intl (which rounds half away from
      // zero): 189/336 = 56.25 % → 56.2 %.
      return f.format(roundHalfEven(r * 100, digits) / 100);
    },
    pick: (m) => m[lang],
  };
}

export const I18nContext = createContext<I18n>(makeI18n('zh'));
export const useI18n = (): I18n => useContext(I18nContext);
