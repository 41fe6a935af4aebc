/**
 * Chart themes (screen, projector, print) and the AQI category colour scale. All themes use a
 * white background: a screenshot, a projector slide and a printout must all look the same. The
 * category colours are the official ones of HJ 633 Appendix A (`CATEGORY_INFO`), never a copy.
 */
import { scaleThreshold } from 'd3-scale';
import type { ScaleThreshold } from 'd3-scale';
import { CATEGORY_INFO } from '../domain/aqi/categories.ts';
import { CATEGORIES } from '../domain/types.ts';
import type { CategoryId, Pollutant } from '../domain/types.ts';

export const CJK_FONT_STACK = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export type ThemeName = 'screen' | 'projector' | 'print';

export interface ChartTheme {
  name: ThemeName;
  fontFamily: string;
  /** Font sizes in px. */
  font: { title: number; subtitle: number; axis: number; label: number; legend: number; tooltip: number; footnote: number };
  color: {
    background: string;
    text: string;
    subtext: string;
    axisLine: string;
    splitLine: string;
    /** Days without a valid AQI (HJ 633-2026 §5.3.1 NA) or without data. */
    invalid: string;
    /** A target or limit line. */
    target: string;
    /** This year / last year lines in comparisons. */
    current: string;
    previous: string;
  };
  /** Line width of data lines and of limit lines, px. */
  lineWidth: number;
  /** Opacity of the AQI category bands behind line charts. */
  bandOpacity: number;
  /** Distinct colours for the six pollutants (composite sub-indices, primary pollutants). */
  pollutant: Readonly<Record<Pollutant, string>>;
}

/**
 * Pollutant colours: a colour-blind-safe qualitative set (Okabe–Ito), chosen to stay apart from the
 * AQI category colours so a pollutant is never mistaken for a category.
 */
const POLLUTANT_COLORS: Readonly<Record<Pollutant, string>> = {
  SO2: '#E69F00',
  NO2: '#0072B2',
  PM10: '#8C6D31',
  'PM2.5': '#56B4E9',
  CO: '#555555',
  O3: '#009E73',
};

const BASE_COLORS: ChartTheme['color'] = {
  background: '#ffffff',
  text: '#1f2328',
  subtext: '#57606a',
  axisLine: '#8c959f',
  splitLine: '#e5e7eb',
  invalid: '#d0d7de',
  target: '#cf222e',
  current: '#0b5cad',
  previous: '#8c959f',
};

export const THEMES: Readonly<Record<ThemeName, ChartTheme>> = {
  screen: {
    name: 'screen',
    fontFamily: CJK_FONT_STACK,
    font: { title: 18, subtitle: 13, axis: 12, label: 12, legend: 12, tooltip: 13, footnote: 11 },
    color: BASE_COLORS,
    lineWidth: 2,
    bandOpacity: 0.18,
    pollutant: POLLUTANT_COLORS,
  },
  // Read from the back of a meeting room: everything at least 18 px, thicker lines.
  projector: {
    name: 'projector',
    fontFamily: CJK_FONT_STACK,
    font: { title: 28, subtitle: 20, axis: 18, label: 18, legend: 18, tooltip: 18, footnote: 16 },
    color: { ...BASE_COLORS, text: '#000000', subtext: '#333333', axisLine: '#333333', splitLine: '#d0d7de' },
    lineWidth: 3.5,
    bandOpacity: 0.22,
    pollutant: POLLUTANT_COLORS,
  },
  // Paper: small type, hairlines, darker greys that survive a laser printer.
  print: {
    name: 'print',
    fontFamily: CJK_FONT_STACK,
    font: { title: 14, subtitle: 10, axis: 9, label: 9, legend: 9, tooltip: 10, footnote: 8 },
    color: { ...BASE_COLORS, text: '#000000', subtext: '#333333', axisLine: '#000000', splitLine: '#cccccc', invalid: '#bfbfbf' },
    lineWidth: 1.2,
    bandOpacity: 0.15,
    pollutant: POLLUTANT_COLORS,
  },
};

/** Official colour of a category (HJ 633-2012 Appendix A; HJ 633-2026 Table A.1). */
export function categoryColor(id: CategoryId): string {
  return CATEGORY_INFO[id].color;
}

/**
 * AQI → official category colour, as a d3 threshold scale: AQI ≤ 50 优, 51–100 良, 101–150 轻度,
 * 151–200 中度, 201–300 重度, > 300 严重 (HJ 633 Table 2 / 2026 Table 1). The AQI is an integer
 * (IAQI ceiling rule, HJ 633-2026 §4.2.2), so the thresholds sit at each category's lower bound
 * (51, 101, 151, 201, 301) and non-integers are first raised with the same ceiling rule.
 */
const AQI_SCALE: ScaleThreshold<number, string> = scaleThreshold<number, string>()
  .domain(CATEGORIES.slice(1).map((id) => CATEGORY_INFO[id].aqiMin))
  .range(CATEGORIES.map((id) => CATEGORY_INFO[id].color));

/** Official colour for an AQI value (see `AQI_SCALE`). */
export function aqiColor(aqi: number): string {
  return AQI_SCALE(Math.ceil(aqi));
}

/**
 * Upper AQI bound of each category (50, 100, 150, 200, 300, none), for visualMap pieces and bands.
 * Derived from the category table: the bound of a category is the next category's lower bound − 1.
 */
export function categoryBounds(): { id: CategoryId; gt: number | null; lte: number | null }[] {
  return CATEGORIES.map((id, i) => {
    const next = CATEGORIES[i + 1];
    return {
      id,
      gt: i === 0 ? null : CATEGORY_INFO[id].aqiMin - 1,
      lte: next ? CATEGORY_INFO[next].aqiMin - 1 : null,
    };
  });
}
