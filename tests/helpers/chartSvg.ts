/**
 * Test helper: renders an option with the real SSR path at 1200×600 and saves the SVG to
 * test-results/charts/<name>.svg (gitignored) for a look by eye.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChartOption } from '../../src/charts/option.ts';
import { renderToSvg } from '../../src/charts/ssr.ts';

const OUT_DIR = fileURLToPath(new URL('../../test-results/charts/', import.meta.url));

export function renderAndSave(name: string, option: ChartOption, width = 1200, height = 600): string {
  const svg = renderToSvg(option, width, height);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(`${OUT_DIR}${name}.svg`, svg);
  return svg;
}

/** The text content of every <text> element of an SVG, in order (entities decoded). */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decodeEntities(m[1] ?? ''));
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');
}

/** Fill colours used in an SVG, upper-cased hex (rgb(r,g,b) converted). */
export function svgFills(svg: string): Set<string> {
  const out = new Set<string>();
  for (const m of svg.matchAll(/fill="([^"]+)"/g)) {
    const v = m[1] ?? '';
    const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(v);
    if (rgb) {
      out.add('#' + [rgb[1], rgb[2], rgb[3]].map((x) => Number(x).toString(16).padStart(2, '0')).join('').toUpperCase());
    } else {
      out.add(v.toUpperCase());
    }
  }
  return out;
}

/** Calls the option's tooltip formatter (every builder's tooltip formatter is a function). */
export function callTooltip(option: ChartOption, params: unknown): string {
  const tooltip = option.tooltip as { formatter?: unknown } | undefined;
  if (typeof tooltip?.formatter !== 'function') throw new Error('tooltip formatter is not a function');
  return (tooltip.formatter as (p: unknown) => string)(params);
}

/** Number of times `needle` occurs in `hay`. */
export function countOf(hay: string, needle: string): number {
  return hay.split(needle).length - 1;
}
