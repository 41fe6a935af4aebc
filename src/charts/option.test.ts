import { describe, expect, it } from 'vitest';
import { drawnInOnePass } from './option.ts';
import type { ChartOption } from './option.ts';

describe('drawnInOnePass', () => {
  it('turns progressive rendering off (progressive: 0) on every series of an array, keeping the rest', () => {
    const option: ChartOption = { series: [{ type: 'heatmap', data: [[0, 0, 1]] }, { type: 'bar', progressive: 400, data: [1, 2] }] };
    const out = drawnInOnePass(option);
    expect(out.series).toEqual([
      { type: 'heatmap', data: [[0, 0, 1]], progressive: 0 },
      { type: 'bar', data: [1, 2], progressive: 0 },
    ]);
    expect((option.series as { progressive?: number }[])[1]?.progressive).toBe(400); // the input is not changed
  });

  it('handles a single series object and an option without series', () => {
    expect(drawnInOnePass({ series: { type: 'line', data: [1] } }).series).toEqual([{ type: 'line', data: [1], progressive: 0 }]);
    const bare: ChartOption = { title: { text: 'x' } };
    expect(drawnInOnePass(bare)).toBe(bare);
  });
});
