import { describe, expect, it } from 'vitest';
import { rankByComposite } from './ranking.ts';

describe('rankByComposite (lower is better; equal at 2 decimals share a rank)', () => {
  it('gives 1, 2, 2, 4 when two areas tie and puts areas without an index last', () => {
    // 3.614 is published as 3.61, equal to B's 3.61 → both rank 2, the next is 4.
    const r = rankByComposite([
      { area: 'D', index: 4.02 },
      { area: 'E', index: null },
      { area: 'B', index: 3.61 },
      { area: 'A', index: 3.2 },
      { area: 'C', index: 3.614 },
    ]);
    expect(r.map((x) => [x.area, x.rank])).toEqual([['A', 1], ['B', 2], ['C', 2], ['D', 4], ['E', null]]);
  });

  it('separates values that differ at the second decimal', () => {
    const r = rankByComposite([{ area: 'X', index: 3.62 }, { area: 'Y', index: 3.61 }]);
    expect(r.map((x) => [x.area, x.rank])).toEqual([['Y', 1], ['X', 2]]);
  });
});
