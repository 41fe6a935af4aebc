import { expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { describeWithRealData, realPath } from './realData.ts';

describeWithRealData('uci-beijing-multisite', 'real-data helper', () => {
  it('finds the UCI Beijing files beside the checkout', () => {
    expect(existsSync(realPath('uci-beijing-multisite', 'PROVENANCE.md'))).toBe(true);
  });
});
