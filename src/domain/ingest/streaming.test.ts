import { describe, expect, it } from 'vitest';
import { createStreamingIngest, ingestBytes, IngestCancelled } from './ingestFile.ts';
import { allRecords, fixture, gb18030, hourlyRecords, ingestChunked, issuesOf, opts, utf8 } from '../../../tests/helpers/ingest.ts';

/**
 * 4,032 real-time rows (> 256 KiB) with Chinese station names and, every 37th row, a quoted
 * primary-pollutant cell spanning three lines, so that chunk boundaries fall inside quoted
 * multi-line fields and inside multi-byte characters.
 */
function bigRealtime(): string {
  const stations = ['尖草坪', '小店', '晋源'];
  const lines = ['Date,Hour,WatchPoint,AQI,Level,PrimaryPollution,PM2.5,PM10,CO,NO2,O3_1h,O3_8h,SO2'];
  let n = 0;
  for (const m of ['01', '02']) for (let d = 1; d <= 28; d++) {
    for (let h = 0; h < 24; h++) {
      for (const s of stations) {
        n++;
        const primary = n % 37 === 0 ? '"\n   细颗粒物(PM2.5)\n   "' : n % 5 === 0 ? 'NaN' : '细颗粒物(PM2.5)';
        const pm25 = n % 11 === 0 ? 'NaN' : String((n * 7) % 300);
        lines.push(`2020${m}${String(d).padStart(2, '0')},${String(h).padStart(2, '0')},${s},${n % 200},良,${primary},${pm25},${(n * 3) % 400},${((n % 40) / 10).toFixed(1)},${n % 90},${n % 150},${n % 120},${n % 60}`);
      }
    }
  }
  // a duplicate and a conflicting row at the end
  lines.push(lines[1]!);
  lines.push(lines[2]!.replace(/\d+$/, '999')); // SO2 differs
  return lines.join('\r\n') + '\r\n';
}

describe('ingest: streaming', () => {
  const text = bigRealtime();
  const u8 = utf8(text);
  const gb = gb18030(text);

  it('builds a test file large enough to cross the 64 KiB batch several times', () => {
    expect(u8.length).toBeGreaterThan(4 * 65536);
    expect(gb.length).toBeLessThan(u8.length); // Chinese: 2 bytes in GB18030, 3 in UTF-8
  });

  it('gives identical records for one push and pushes of 1, 7 and 65,536 bytes (UTF-8 and GB18030)', () => {
    const whole = allRecords(ingestBytes('rt.csv', u8, opts()));
    expect(hourlyRecords(ingestBytes('rt.csv', u8, opts()))).toHaveLength(4032); // 2 × 28 days × 24 h × 3 stations
    for (const size of [1, 7, 65536]) {
      expect(allRecords(ingestChunked('rt.csv', u8, size, opts()))).toEqual(whole);
      expect(allRecords(ingestChunked('rt.csv', gb, size, opts()))).toEqual(whole);
    }
  });

  it('gives identical records when every complete record is parsed on its own (batchChars 1)', () => {
    const whole = allRecords(ingestBytes('rt.csv', u8, opts()));
    expect(allRecords(ingestChunked('rt.csv', u8, 7, opts({}, { batchChars: 1 })))).toEqual(whole);
    expect(allRecords(ingestChunked('rt.csv', gb, 1, opts({}, { batchChars: 1 })))).toEqual(whole);
  });

  it('reports the same line numbers whatever the chunking (duplicates at the last two lines)', () => {
    const ds = ingestChunked('rt.csv', u8, 7, opts({}, { batchChars: 1 }));
    // 4032 records; floor(4032 / 37) = 108 of them span 3 lines → 4032 + 216 = 4248 data lines
    // (lines 2..4249), so the repeated row is line 4250 and the conflicting one line 4251
    expect(issuesOf(ds, 'duplicate-rows')[0]!.row).toBe(4250);
    expect(issuesOf(ds, 'duplicate-conflict')[0]!.row).toBe(4251);
  });

  it('splits the small fixtures inside the quoted multi-line cell and inside multi-byte characters', () => {
    const whole = allRecords(ingestBytes('rt.csv', fixture('realtime-multiline.utf8.csv'), opts()));
    const gbWhole = allRecords(ingestBytes('rt.csv', fixture('realtime-multiline.gb18030.csv'), opts()));
    expect(gbWhole).toEqual(whole);
    for (const size of [1, 2, 3, 5, 7]) {
      expect(allRecords(ingestChunked('rt.csv', fixture('realtime-multiline.utf8.csv'), size, opts({}, { batchChars: 1 })))).toEqual(whole);
      expect(allRecords(ingestChunked('rt.csv', fixture('realtime-multiline.gb18030.csv'), size, opts({}, { batchChars: 1 })))).toEqual(whole);
    }
    // lines 3-8 are the multi-line record of 晋源; the negative O3_1h (-5) is on line 11
    const ds = ingestBytes('rt.csv', fixture('realtime-multiline.utf8.csv'), opts());
    expect(issuesOf(ds, 'negative-value')[0]).toMatchObject({ row: 11, column: 'O3_1h' });
    expect(hourlyRecords(ds)).toContain('晋源 2020-04-03 12 22 45 120 63 1 —');
  });

  it('reports progress and stops with IngestCancelled when asked between chunks', () => {
    const seen: number[] = [];
    let cancel = false;
    const s = createStreamingIngest('rt.csv', u8.length, opts({}, {
      onProgress: (p) => { seen.push(p.bytesRead); expect(p.totalBytes).toBe(u8.length); },
      shouldCancel: () => cancel,
    }));
    s.push(u8.subarray(0, 100_000));
    s.push(u8.subarray(100_000, 200_000));
    expect(seen).toEqual([100_000, 200_000]);
    cancel = true;
    expect(() => s.push(u8.subarray(200_000))).toThrow(IngestCancelled);
  });
});

describe('ingest: format detection under streaming', () => {
  it('detects an hourly table with a date-time column (no hour column) even when parsing record by record', () => {
    const text = '时间,站点,PM2.5\n' + Array.from({ length: 30 }, (_v, h) => `2021-01-0${1 + Math.floor(h / 24)} ${h % 24}:00,A,${h}`).join('\n') + '\n';
    const ds = ingestChunked('t.csv', utf8(text), 1, opts({}, { batchChars: 1 }));
    expect(ds.files[0]!.format).toBe('station-hourly-long');
    expect(hourlyRecords(ds)).toHaveLength(30);
  });
});

describe('ingest: quoted fields', () => {
  // 250 rows with plainly quoted station names ("A"), then a delimiter inside quotes, an escaped
  // quote, an empty quoted cell, and plain quoted rows again: the same cells whatever the batching.
  const rows = ['date,hour,station,PM2.5'];
  for (let i = 0; i < 250; i++) rows.push(`2021-01-${String(1 + Math.floor(i / 24)).padStart(2, '0')},${i % 24},"A",${i}`);
  rows.push('2021-02-01,0,"B,C",1', '2021-02-01,1,"D""E",2', '2021-02-01,2,"",3', '2021-02-01,3,"F",4');
  const text = rows.join('\n') + '\n';

  it.each([[undefined, 65536], [1, 7], [1, 1]])('reads "B,C", "D""E" and "" correctly (batchChars %s, %i-byte chunks)', (batchChars, size) => {
    const ds = ingestChunked('q.csv', utf8(text), size, opts({}, batchChars ? { batchChars } : {}));
    const recs = hourlyRecords(ds);
    expect(recs.filter((r) => r.startsWith('A '))).toHaveLength(250);
    expect(recs.filter((r) => !r.startsWith('A '))).toEqual([
      'B,C 2021-02-01 00 — — — 1 — —',
      'D"E 2021-02-01 01 — — — 2 — —',
      'F 2021-02-01 03 — — — 4 — —',
    ]);
    expect(issuesOf(ds, 'missing-station')[0]!.row).toBe(254); // header + 250 rows + 2 → line 254
  });
});
