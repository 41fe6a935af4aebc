import { describe, expect, it } from 'vitest';
import { aqiColor, categoryBounds, CJK_FONT_STACK, THEMES } from './theme.ts';

// Official colours, typed from standards.md §2.5 (HJ 633 Appendix A).
const GREEN = '#00E400', YELLOW = '#FFFF00', ORANGE = '#FF7E00', RED = '#FF0000', PURPLE = '#99004C', MAROON = '#7E0023';

describe('aqiColor (d3 scaleThreshold on the HJ 633 categories)', () => {
  it.each([
    [0, GREEN], [40, GREEN], [50, GREEN],
    [51, YELLOW], [100, YELLOW],
    [101, ORANGE], [150, ORANGE],
    [151, RED], [200, RED],
    [201, PURPLE], [250, PURPLE], [300, PURPLE],
    [301, MAROON], [500, MAROON],
  ])('AQI %d is %s', (aqi, colour) => {
    expect(aqiColor(aqi)).toBe(colour);
  });
  it('raises a fractional AQI with the ceiling rule: 50.2 → 51 → 良 yellow', () => {
    expect(aqiColor(50.2)).toBe(YELLOW);
  });
});

describe('categoryBounds', () => {
  it('gives the upper bounds 50, 100, 150, 200, 300 and an open top', () => {
    expect(categoryBounds().map((b) => [b.gt, b.lte])).toEqual([
      [null, 50], [50, 100], [100, 150], [150, 200], [200, 300], [300, null],
    ]);
  });
});

describe('themes', () => {
  it('all have a white background and the CJK font stack', () => {
    for (const theme of Object.values(THEMES)) {
      expect(theme.color.background).toBe('#ffffff');
      expect(theme.fontFamily).toBe(CJK_FONT_STACK);
    }
    expect(CJK_FONT_STACK.startsWith("'Noto Sans CJK SC'")).toBe(true);
  });
  it('font stack has no double quote (it goes into an SVG style="…" attribute)', () => {
    expect(CJK_FONT_STACK).not.toContain('"');
  });
  it('projector text is at least 16 px everywhere and larger than on screen', () => {
    const p = THEMES.projector.font, s = THEMES.screen.font;
    for (const k of Object.keys(p) as (keyof typeof p)[]) {
      expect(p[k]).toBeGreaterThanOrEqual(16);
      expect(p[k]).toBeGreaterThan(s[k]);
    }
  });
});
