import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../types.ts';
import { CATEGORY_INFO, aqiRangeOf, categoryOfAqi } from './categories.ts';

describe('categories (HJ 633-2012 Table 2 / HJ 633-2026 Table 1, Appendix A colours)', () => {
  it('official levels, names and colours of all six', () => {
    const rows = CATEGORIES.map((id) => {
      const c = CATEGORY_INFO[id];
      return [c.level.zh, c.name.zh, c.colorName.zh, c.color, c.rgb.join(','), c.cmyk.join(',')];
    });
    expect(rows).toEqual([
      ['一级', '优', '绿色', '#00E400', '0,228,0', '40,0,100,0'],
      ['二级', '良', '黄色', '#FFFF00', '255,255,0', '0,0,100,0'],
      ['三级', '轻度污染', '橙色', '#FF7E00', '255,126,0', '0,52,100,0'],
      ['四级', '中度污染', '红色', '#FF0000', '255,0,0', '0,100,100,0'],
      ['五级', '重度污染', '紫色', '#99004C', '153,0,76', '10,100,40,30'],
      ['六级', '严重污染', '褐红色', '#7E0023', '126,0,35', '30,100,100,30'],
    ]);
  });

  it('hex colour equals the RGB triple', () => {
    for (const id of CATEGORIES) {
      const { color, rgb } = CATEGORY_INFO[id];
      const hex = '#' + rgb.map((v) => v.toString(16).padStart(2, '0').toUpperCase()).join('');
      expect(hex).toBe(color);
    }
  });

  it('AQI ranges 0–50, 51–100, 101–150, 151–200, 201–300, 301–500; 2026 优 starts at 1', () => {
    expect(CATEGORIES.map((id) => aqiRangeOf(id, '2012'))).toEqual([[0, 50], [51, 100], [101, 150], [151, 200], [201, 300], [301, 500]]);
    expect(aqiRangeOf('excellent', '2026')).toEqual([1, 50]);
    expect(aqiRangeOf('good', '2026')).toEqual([51, 100]);
  });

  it('category boundaries: 50 优, 51 良, 100 良, 101 轻度, 150/151, 200/201, 300 重度, 301 严重, 500 严重', () => {
    expect(categoryOfAqi(0)).toBe('excellent');
    expect(categoryOfAqi(50)).toBe('excellent');
    expect(categoryOfAqi(51)).toBe('good');
    expect(categoryOfAqi(100)).toBe('good');
    expect(categoryOfAqi(101)).toBe('light');
    expect(categoryOfAqi(150)).toBe('light');
    expect(categoryOfAqi(151)).toBe('moderate');
    expect(categoryOfAqi(200)).toBe('moderate');
    expect(categoryOfAqi(201)).toBe('heavy');
    expect(categoryOfAqi(300)).toBe('heavy');
    expect(categoryOfAqi(301)).toBe('severe');
    expect(categoryOfAqi(500)).toBe('severe');
  });

  it('every integer AQI 0..500 falls in the category whose range holds it', () => {
    for (let a = 0; a <= 500; a++) {
      const c = CATEGORY_INFO[categoryOfAqi(a)];
      expect(a >= c.aqiMin && a <= c.aqiMax).toBe(true);
    }
  });

  it('throws on a negative or NaN AQI', () => {
    expect(() => categoryOfAqi(-1)).toThrow(RangeError);
    expect(() => categoryOfAqi(Number.NaN)).toThrow(RangeError);
  });
});
