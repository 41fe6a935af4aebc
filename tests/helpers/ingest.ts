/**
 * Helpers for the ingest tests (not used by production code): read fixtures, turn a Dataset into
 * plain comparable records, encode test text as UTF-16 or (for a small table of characters) GB18030.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { isoDate } from '../../src/domain/calendar.ts';
import { DEFAULT_SETTINGS, POLLUTANTS } from '../../src/domain/types.ts';
import type { Dataset, Issue, Settings } from '../../src/domain/types.ts';
import { createStreamingIngest, ingestBytes } from '../../src/domain/ingest/ingestFile.ts';
import type { IngestOptions } from '../../src/domain/ingest/ingestFile.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'ingest');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function opts(settings: Partial<Settings> = {}, extra: Partial<IngestOptions> = {}): IngestOptions {
  return { settings: { ...DEFAULT_SETTINGS, ...settings }, ...extra };
}

/** Ingests CSV text (UTF-8). */
export function ingestText(name: string, text: string, settings: Partial<Settings> = {}, extra: Partial<IngestOptions> = {}): Dataset {
  return ingestBytes(name, utf8(text), opts(settings, extra));
}

/** Ingests bytes pushed in chunks of `size` bytes. */
export function ingestChunked(name: string, bytes: Uint8Array, size: number, o: IngestOptions): Dataset {
  const s = createStreamingIngest(name, bytes.length, o);
  for (let i = 0; i < bytes.length; i += size) s.push(bytes.slice(i, i + size));
  return s.finish();
}

/** Hourly records `station date hh SO2 NO2 PM10 PM2.5 CO O3` ('—' = missing), sorted. */
export function hourlyRecords(ds: Dataset): string[] {
  const out: string[] = [];
  for (const [key, days] of ds.hourly) {
    for (const [day, sd] of days) {
      for (let h = 0; h < 24; h++) {
        if (!sd.seen[h]) continue;
        const vals = POLLUTANTS.map((_p, i) => {
          const v = sd.values[h * 6 + i]!;
          return v === v ? String(v) : '—';
        });
        out.push(`${key} ${isoDate(day)} ${String(h).padStart(2, '0')} ${vals.join(' ')}`);
      }
    }
  }
  return out.sort();
}

/** Daily rows as plain objects with ISO dates, sorted by area and date. */
export function dailyRecords(ds: Dataset): unknown[] {
  const out: { area: string; date: string; values: unknown; published: unknown }[] = [];
  for (const [area, days] of ds.daily) {
    for (const [day, row] of days) out.push({ area, date: isoDate(day), values: row.values, published: row.published });
  }
  return out.sort((a, b) => (a.area + a.date < b.area + b.date ? -1 : 1));
}

export function stationRecords(ds: Dataset): unknown[] {
  return [...ds.stations.values()].map((s) => ({ ...s })).sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Everything a consumer reads, for "same records" comparisons. */
export function allRecords(ds: Dataset): unknown {
  return {
    hourly: hourlyRecords(ds),
    daily: dailyRecords(ds),
    stations: stationRecords(ds),
    dust: [...ds.dustDays].sort(),
    indicators: [...ds.dailyIndicators].map(([a, s]) => [a, [...s].sort()]),
    issues: ds.issues.map((i) => ({ code: i.code, column: i.column, severity: i.severity, count: i.count, rows: i.rows, row: i.row })),
  };
}

export function issuesOf(ds: Dataset, code: string): Issue[] {
  return ds.issues.filter((i) => i.code === code);
}

/** UTF-16 bytes with BOM. */
export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = endian === 'le' ? 0xff : 0xfe;
  out[1] = endian === 'le' ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const hi = c >> 8, lo = c & 0xff;
    out[2 + 2 * i] = endian === 'le' ? lo : hi;
    out[3 + 2 * i] = endian === 'le' ? hi : lo;
  }
  return out;
}

/** GB18030 bytes of a few characters, from `iconv -f utf-8 -t gb18030`. */
const GB18030: Record<string, number[]> = {
  太: [0xcc, 0xab], 原: [0xd4, 0xad], 尖: [0xbc, 0xe2], 草: [0xb2, 0xdd], 坪: [0xc6, 0xba], 小: [0xd0, 0xa1],
  店: [0xb5, 0xea], 晋: [0xbd, 0xfa], 源: [0xd4, 0xb4], 细: [0xcf, 0xb8], 颗: [0xbf, 0xc5], 粒: [0xc1, 0xa3],
  物: [0xce, 0xef], 良: [0xc1, 0xbc], 优: [0xd3, 0xc5], 日: [0xc8, 0xd5], 期: [0xc6, 0xda], 站: [0xd5, 0xbe],
  点: [0xb5, 0xe3], 时: [0xca, 0xb1], 间: [0xbc, 0xe4],
  轻: [0xc7, 0xe1], 度: [0xb6, 0xc8], 污: [0xce, 0xdb], 染: [0xc8, 0xbe], 中: [0xd6, 0xd0], 重: [0xd6, 0xd8], 严: [0xd1, 0xcf],
};

/** Encodes ASCII plus the characters of the table above as GB18030. */
export function gb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) bytes.push(c);
    else {
      const b = GB18030[ch];
      if (!b) throw new Error(`no GB18030 bytes for ${ch} in the test table`);
      bytes.push(...b);
    }
  }
  return new Uint8Array(bytes);
}
