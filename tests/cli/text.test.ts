import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/domain/ingest/ingestFile.ts';
import { DEFAULT_SETTINGS } from '../../src/domain/types.ts';
import { buildReport } from '../../src/domain/report/report.ts';
import { textSummary } from '../../src/cli/text.ts';

/** A UCI-layout file, 2021-05-01..10, 24 identical hours a day, without a CO column. */
function noCoFile(): Uint8Array {
  const rows = ['"No","year","month","day","hour","PM2.5","PM10","SO2","NO2","O3","station"'];
  let n = 1;
  for (let d = 1; d <= 10; d++) for (let h = 0; h < 24; h++) rows.push(`${n++},2021,5,${d},${h},40,70,9,39,120,"S1"`);
  return new TextEncoder().encode(rows.join('\n') + '\n');
}

describe('CLI text summary: absent pollutant column (HJ 633-2026 §5.3.2)', () => {
  it('names the absent indicator under the area and counts the 10 clean days as valid and good (100.0 %)', () => {
    const ds = ingestBytes('no-co.csv', noCoFile(), { settings: DEFAULT_SETTINGS });
    const text = textSummary(buildReport(ds, DEFAULT_SETTINGS), false);
    expect(text).toContain('absent: CO');
    expect(text).toContain('HJ 633-2026 §5.3.2');
    // AQI 67 every day (O3 8-h 120 → 66.7 → 67): valid 10, good 10, 10/10 = 100.0 %
    expect(text).toMatch(/2021 +10 +10 +100\.0/);
  });
});
