import { describe, expect, it } from 'vitest';
import { renderToSvg } from './ssr.ts';
import type { ChartOption } from './option.ts';

const option: ChartOption = {
  backgroundColor: '#ffffff',
  xAxis: { type: 'category', data: ['a', 'b'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [1, 2], itemStyle: { color: '#123456' } }],
};

describe('renderToSvg', () => {
  it('returns a standalone SVG document of the requested size', () => {
    const svg = renderToSvg(option, 640, 360);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="640"');
    expect(svg).toContain('height="360"');
    expect(svg).toContain('fill="#123456"');
  });
  it('renders without animation (bars at full height at once) and the same twice', () => {
    // Only the per-instance CSS class ids (zr0-cls-…, zr1-cls-…) may differ between two renders.
    const norm = (s: string) => s.replace(/zr\d+-cls-\d+/g, 'zr-cls');
    expect(norm(renderToSvg(option, 640, 360))).toBe(norm(renderToSvg(option, 640, 360)));
    expect(renderToSvg(option, 640, 360)).not.toContain('<animate');
  });
  it('paints the white background given in the option', () => {
    expect(renderToSvg(option, 100, 100)).toMatch(/<rect width="100" height="100" x="0" y="0" fill="#ffffff"/);
  });
});
