/**
 * A UTF-8 file kept as bytes by the record stream (`byteStream.ts`) must give what the text stream
 * gives (`parser: 'papaparse'` reads every file as text, the reader before the byte stream): same
 * records, file summary and issues, whatever the chunk and batch sizes — for a leading BOM, CRLF
 * and lone CR line ends (a CR at the end of a chunk), multi-byte characters cut by a chunk, ill-formed
 * bytes and a written U+FFFD (one decoding error), quoted newlines and escaped quotes (read by
 * papaparse), a cut last row; long tables (read as bytes) and wide and daily tables (handed back to
 * the text stream after their first batch).
 */
import { describe, expect, it } from 'vitest';
import { createStreamingIngest } from './ingestFile.ts';
import type { IngestOptions } from './ingestFile.ts';
import { DEFAULT_SETTINGS } from '../types.ts';
import type { Dataset } from '../types.ts';
import { allRecords } from '../../../tests/helpers/ingest.ts';

function ingest(bytes: Uint8Array, chunk: number, extra: Partial<IngestOptions>): Dataset {
  const s = createStreamingIngest('t.csv', bytes.length, { settings: DEFAULT_SETTINGS, ...extra });
  for (let i = 0; i < bytes.length; i += chunk) s.push(bytes.subarray(i, i + chunk));
  return s.finish();
}

const seen = (ds: Dataset) => ({ records: allRecords(ds), files: ds.files, issues: ds.issues });
const cat = (...parts: (string | number[])[]) => {
  const out: number[] = [];
  for (const p of parts) out.push(...(typeof p === 'string' ? new TextEncoder().encode(p) : p));
  return new Uint8Array(out);
};

/** Filler rows so that the file is longer than the first batch (64 KiB): the rest is read by the byte reader. */
function filler(n: number, row: (i: number) => string): string {
  let s = '';
  for (let i = 0; s.length < n; i++) s += row(i);
  return s;
}

const longHead = 'date,hour,station,PM2.5,PM10,SO2,NO2,CO,O3\r\n';
const longRows = filler(70_000, (i) => `2020-12-${String(1 + (Math.floor(i / 24) % 28)).padStart(2, '0')},${i % 24},尖草坪,${i % 300},1,2,3,0.5,4\r\n`);
const cases: [string, Uint8Array, string, boolean][] = [
  ['long: BOM, CRLF, lone CR, CJK, quotes', cat([0xef, 0xbb, 0xbf], longHead, longRows,
    filler(3000, (i) => [`2021-01-0${1 + (i % 5)},${i % 24},"小""店",1,2,3,4,0.5,5\n`, `2021-01-02,${i % 24}," 小店 ",35,"NA",—,\u3000,0.5,4\r`,
      `2021-01-01,${i % 24},"a\nb",1,2,3,4,0.5,5\r\n`, `2021-01-03,${i % 25},小店,${i},1,2,3,0.5,4\n`, `2021-01-01,4,小店,\uFFFD,1,2,3,0.5,4\n`,
      `2021-01-04,${i % 24},小店,${i % 77},1,2,3,0.5,4\n`, `2021-01-04,${i % 24},"小店",${i % 79},"1",2,3,0.5,4\n`][i % 7]!),
    '2021-01-01,5,小店,3'), 'station-hourly-long', true],
  ['long: ill-formed bytes, a BOM mid-file', cat(longHead, longRows, '2021-01-02,0,S', [0xff, 0xe5, 0xb0], ',1,2,3,4,0.5,5\n', [0xef, 0xbb, 0xbf], '2021-01-02,1,S,1,2,3,4,0.5,5\n'), 'station-hourly-long', true],
  ['wide: handed back to text', cat('date,hour,type,1001A,1002A\r\n', filler(70_000, (i) => `20210101,${i % 24},PM2.5,${i % 90},"${i % 7}"\r\n`),
    '20210102,0,PM10,1,尖\n20210102,1,PM10,"2\n3",4\r20210102,2,PM10,', [0xe5, 0xb0], ',5\n'), 'network-wide-hourly', true],
  ['daily, small (one batch)', cat([0xef, 0xbb, 0xbf], 'date,city,quality,PM2.5,PM10,SO2\r\n2021-01-01,太原,优,35,60,12\r\n2021-01-02,太原,良,"4""0",70,13\r'), 'daily-table', false],
];

describe('UTF-8 files kept as bytes read as the text stream reads them', () => {
  for (const [name, bytes, format, decodingError] of cases) {
    it(`${name}: same records, summary and issues for every chunk size`, () => {
      const whole = ingest(bytes, bytes.length, {});
      expect(whole.files[0]!.format).toBe(format);
      expect(whole.issues.some((i) => i.code === 'decoding-error')).toBe(decodingError);
      for (const chunk of [1, 2, 3, 7, 61, 509, 4096, 65_536, 1 << 20]) {
        for (const batchChars of [1, 1000, undefined]) {
          const b = batchChars !== undefined ? { batchChars } : {};
          if (chunk < 61 && batchChars !== 1000) continue; // (tiny chunks: one batch size is enough)
          expect(seen(ingest(bytes, chunk, b)), `chunk ${chunk}, batch ${batchChars}`).toEqual(seen(ingest(bytes, chunk, { ...b, parser: 'papaparse' })));
        }
      }
    }, 300_000); // a hang bound, not a timing
  }
});
