/**
 * Words by key in a language: the one way the page, the charts, the slides, the exports, the CLI and
 * the target verdicts produce text. The dictionaries are zh-CN.ts (default) and en-GB.ts.
 */
import type { Message } from '../types.ts';
import { enGB } from './en-GB.ts';
import { zhCN } from './zh-CN.ts';
import type { Dictionary, TextKey } from './zh-CN.ts';

/** The two languages: Chinese (zh-CN, the default) and English (en-GB). */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The other language (the toggle's target). */
export function otherLang(lang: Lang): Lang {
  return LANGS.find((l) => l !== lang) ?? lang;
}

/** The BCP 47 locale of each language, for `Intl` and `<html lang>`. */
export const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-GB' };

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { zh: zhCN, en: enGB };

/** Values for the `{name}` slots of a text. */
export type TextVars = Readonly<Record<string, string | number>>;

/**
 * The text of `key` in `lang`, with `{name}` slots filled from `vars` (a slot without a value stays
 * as written, so a missing value is visible rather than silently empty).
 * @example tr('en', 'filesDone', { i: 3, n: 12 }) → '3 of 12 files done'
 */
export function tr(lang: Lang, key: TextKey, vars?: TextVars): string {
  return fill(DICTIONARIES[lang][key], vars);
}

/**
 * `text` with each `{name}` slot replaced by `vars[name]`, in one pass: a value is never scanned
 * again, so a cell that reads `{line}` or `$&` is shown as written (a slot without a value stays).
 * @example fill('Row {line}, {column}', { line: 3, column: 'PM2.5' }) → 'Row 3, PM2.5'
 */
export function fill(text: string, vars?: TextVars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : slot));
}

/**
 * The `{name}` slots of a text, as a type, for the dictionary parts declared `as const`:
 * `SlotsOf<'Row {line}, {column}'>` = `'line' | 'column'`; a text without slots gives `never`.
 */
export type SlotsOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | SlotsOf<Rest> : never;

/** Exactly the values the slots of `S` need (a missing or misspelt one is a type error). */
export type VarsFor<S extends string> = Readonly<Record<SlotsOf<S>, string | number>>;

/** The text of `key` in both languages (a `Message`, as the core's results and the JSON report carry them). */
export function bilingual(key: TextKey, vars?: TextVars | ((lang: Lang) => TextVars)): Message {
  const v = (lang: Lang) => (typeof vars === 'function' ? vars(lang) : vars);
  return { zh: tr('zh', key, v('zh')), en: tr('en', key, v('en')) };
}

/** A `Message` built per language by `make` (for texts assembled from several keys and formatted values). */
export function inBoth(make: (lang: Lang) => string): Message {
  return { zh: make('zh'), en: make('en') };
}

/** Items joined as the language lists them ('SO2、NO2' / 'SO2, NO2'). */
export function listOf(items: readonly string[], lang: Lang): string {
  return items.join(tr(lang, 'listSeparator'));
}

/** A parenthesis as the language writes it ('（…）' / ' (…)'). */
export function parenthesized(text: string, lang: Lang): string {
  return `${tr(lang, 'parenOpen')}${text}${tr(lang, 'parenClose')}`;
}

export type { Dictionary, TextKey };
