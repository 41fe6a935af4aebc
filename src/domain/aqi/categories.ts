/**
 * Air-quality categories (空气质量指数级别/类别) and their colours: HJ 633-2012 Table 2 and
 * Appendix A; HJ 633-2026 Table 1 and Appendix A Table A.1 (identical colours in both).
 */
import type { CategoryId, EditionId, Message } from '../types.ts';

export interface CategoryInfo {
  id: CategoryId;
  /** 级别: 一级 … 六级. */
  level: Message;
  /** 类别: 优, 良, 轻度污染, 中度污染, 重度污染, 严重污染. */
  name: Message;
  /** Official colour as hex, upper case. */
  color: string;
  /** 颜色 name as printed in the table (绿色 …). */
  colorName: Message;
  rgb: readonly [number, number, number];
  cmyk: readonly [number, number, number, number];
  /** Lowest AQI of the category (0 for 优 under 2012; see `aqiRangeOf` for 2026's 1). */
  aqiMin: number;
  /** Highest AQI of the category (500 for 严重污染, the top of the scale). */
  aqiMax: number;
}

export const CATEGORY_INFO: Record<CategoryId, CategoryInfo> = {
  excellent: {
    id: 'excellent', level: { zh: '一级', en: 'Level I' }, name: { zh: '优', en: 'Excellent' },
    color: '#00E400', colorName: { zh: '绿色', en: 'green' }, rgb: [0, 228, 0], cmyk: [40, 0, 100, 0], aqiMin: 0, aqiMax: 50,
  },
  good: {
    id: 'good', level: { zh: '二级', en: 'Level II' }, name: { zh: '良', en: 'Good' },
    color: '#FFFF00', colorName: { zh: '黄色', en: 'yellow' }, rgb: [255, 255, 0], cmyk: [0, 0, 100, 0], aqiMin: 51, aqiMax: 100,
  },
  light: {
    id: 'light', level: { zh: '三级', en: 'Level III' }, name: { zh: '轻度污染', en: 'Lightly polluted' },
    color: '#FF7E00', colorName: { zh: '橙色', en: 'orange' }, rgb: [255, 126, 0], cmyk: [0, 52, 100, 0], aqiMin: 101, aqiMax: 150,
  },
  moderate: {
    id: 'moderate', level: { zh: '四级', en: 'Level IV' }, name: { zh: '中度污染', en: 'Moderately polluted' },
    color: '#FF0000', colorName: { zh: '红色', en: 'red' }, rgb: [255, 0, 0], cmyk: [0, 100, 100, 0], aqiMin: 151, aqiMax: 200,
  },
  heavy: {
    id: 'heavy', level: { zh: '五级', en: 'Level V' }, name: { zh: '重度污染', en: 'Heavily polluted' },
    color: '#99004C', colorName: { zh: '紫色', en: 'purple' }, rgb: [153, 0, 76], cmyk: [10, 100, 40, 30], aqiMin: 201, aqiMax: 300,
  },
  severe: {
    id: 'severe', level: { zh: '六级', en: 'Level VI' }, name: { zh: '严重污染', en: 'Severely polluted' },
    color: '#7E0023', colorName: { zh: '褐红色', en: 'maroon' }, rgb: [126, 0, 35], cmyk: [30, 100, 100, 30], aqiMin: 301, aqiMax: 500,
  },
};

/**
 * The AQI range of a category as the edition prints it: 优 is 0–50 in HJ 633-2012 Table 2 and
 * 1–50 in HJ 633-2026 Table 1 (§4.1.1: the AQI runs from 1 to 500); the others are the same.
 */
export function aqiRangeOf(id: CategoryId, edition: EditionId): readonly [min: number, max: number] {
  const c = CATEGORY_INFO[id];
  return [id === 'excellent' && edition === '2026' ? 1 : c.aqiMin, c.aqiMax];
}

/**
 * The category of an AQI value: ≤ 50 优, ≤ 100 良, ≤ 150 轻度, ≤ 200 中度, ≤ 300 重度, above 严重.
 * AQIs are integers (ceiling rule); a fractional input is placed as its ceiling would be.
 * @see HJ 633-2012 Table 2; HJ 633-2026 Table 1
 * @throws {RangeError} for a negative or non-finite AQI.
 * @example categoryOfAqi(101) → 'light'
 */
export function categoryOfAqi(aqi: number): CategoryId {
  if (!(aqi >= 0) || !Number.isFinite(aqi)) throw new RangeError(`invalid AQI: ${aqi}`);
  if (aqi <= 50) return 'excellent';
  if (aqi <= 100) return 'good';
  if (aqi <= 150) return 'light';
  if (aqi <= 200) return 'moderate';
  if (aqi <= 300) return 'heavy';
  return 'severe';
}
