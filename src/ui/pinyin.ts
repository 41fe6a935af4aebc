/**
 * Pinyin keys of area names for the picker's search ('ty' or 'taiyuan' → 太原), from pinyin-pro
 * (MIT, a maintained library that reads place names' polyphonic characters right: 长治 chang zhi,
 * 重庆 chong qing, 蚌埠 beng bu). It is about 140 KB gzip with its dictionary, so this module is
 * loaded only when the user types Latin letters in the picker, never with the page.
 */
import { pinyin } from 'pinyin-pro';
import type { PinyinKeys } from './areaSearch.ts';

/** Initials and full pinyin of each name, lower case, without tones or spaces. */
export function pinyinKeys(names: readonly string[]): Map<string, PinyinKeys> {
  const out = new Map<string, PinyinKeys>();
  for (const name of names) {
    const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase().replace(/[^a-z]/g, ''));
    out.set(name, { initials: syllables.map((s) => s.charAt(0)).join(''), full: syllables.join('') });
  }
  return out;
}
