import { describe, expect, it } from 'vitest';
import { ingestBytes } from './ingestFile.ts';
import { allRecords, fixture, hourlyRecords, ingestText, opts, utf16, utf8 } from '../../../tests/helpers/ingest.ts';

const ZH = '时间,城市,站点名称,站点编码,PM2.5,PM10,二氧化硫,二氧化氮,一氧化碳(mg/m3),臭氧\n' +
  '2021-01-05 00:00,太原,尖草坪,1081A,35,60,12,40,0.8,20\n';

describe('ingest: decoding', () => {
  it('decodes the GB18030 fixture to the same records as its UTF-8 twin', () => {
    const u = ingestBytes('long-zh.csv', fixture('long-zh.utf8.csv'), opts());
    const g = ingestBytes('long-zh.csv', fixture('long-zh.gb18030.csv'), opts());
    expect(g.files[0]!.encoding).toBe('gb18030');
    expect(u.files[0]!.encoding).toBe('utf-8');
    expect(allRecords(g)).toEqual(allRecords(u));
    expect(hourlyRecords(g)).toHaveLength(4);
  });

  it('decodes the UTF-8-with-BOM fixture to the same records as without BOM (BOM not in the first header)', () => {
    const u = ingestBytes('long-zh.csv', fixture('long-zh.utf8.csv'), opts());
    const b = ingestBytes('long-zh.csv', fixture('long-zh.bom.csv'), opts());
    expect(b.files[0]!.encoding).toBe('utf-8-bom');
    expect(b.files[0]!.format).toBe('station-hourly-long');
    expect(allRecords(b)).toEqual(allRecords(u));
  });

  it('decodes UTF-16 LE and BE with BOM to the same records as UTF-8', () => {
    const u = ingestText('f.csv', ZH);
    const le = ingestBytes('f.csv', utf16(ZH, 'le'), opts());
    const be = ingestBytes('f.csv', utf16(ZH, 'be'), opts());
    expect(le.files[0]!.encoding).toBe('utf-16le');
    expect(be.files[0]!.encoding).toBe('utf-16be');
    expect(allRecords(le)).toEqual(allRecords(u));
    expect(allRecords(be)).toEqual(allRecords(u));
    // 尖草坪 → key 1081A (code column); 2021-01-05 00h: SO2 12 NO2 40 PM10 60 PM2.5 35 CO 0.8 O3 20
    expect(hourlyRecords(u)).toEqual(['1081A 2021-01-05 00 12 40 60 35 0.8 20']);
  });

  it.each([
    ['xlsx (ZIP)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], '这是 Excel/ZIP 文件'],
    ['old xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0], '旧版 Excel'],
    ['PDF', [...utf8('%PDF-1.7\n')], '这是 PDF 文件'],
    ['binary with NUL bytes', [0x61, 0x2c, 0x00, 0x62, 0x0a], '二进制文件'],
  ])('rejects a %s file with a clear message instead of reading it', (_what, bytes, zh) => {
    const ds = ingestBytes('data.csv', new Uint8Array(bytes), opts());
    expect(ds.files[0]!.rejected).toBe(true);
    const errors = ds.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message.zh).toContain(zh);
    expect(errors[0]!.message.zh).toContain('不是 CSV');
    expect(errors[0]!.message.en).toMatch(/not (a )?CSV/);
    expect(errors[0]!.file).toBe('data.csv');
  });

  it('rejects an empty file and a header-only file without throwing', () => {
    expect(ingestBytes('e.csv', new Uint8Array(0), opts()).files[0]!.rejected).toBe(true);
    const h = ingestText('h.csv', 'date,hour,station,PM2.5\n');
    expect(h.files[0]!.rejected).toBe(true);
    expect(h.issues.some((i) => i.code === 'no-usable-rows' && i.severity === 'error')).toBe(true);
  });
});

describe('ingest: delimiters', () => {
  const rows = [
    ['date', 'hour', 'station', 'PM2.5', 'PM10'],
    ['2021-01-05', '0', 'A', '35', '60'],
    ['2021-01-05', '1', 'A', '36.5', '61'],
  ];
  it.each([[','], ['\t'], [';']])('sniffs %j as the delimiter and reads the same records', (d) => {
    const ds = ingestText('d.csv', rows.map((r) => r.join(d)).join('\r\n') + '\r\n');
    expect(ds.files[0]!.delimiter).toBe(d);
    // SO2 NO2 PM10 PM2.5 CO O3
    expect(hourlyRecords(ds)).toEqual(['A 2021-01-05 00 — — 60 35 — —', 'A 2021-01-05 01 — — 61 36.5 — —']);
  });
});
