import { describe, expect, it } from 'vitest';
import { buildDashboardModel } from '../../domain/report/dashboard.ts';
import { emptyDataset } from '../../domain/ingest/dataset.ts';
import { DEFAULT_SETTINGS } from '../../domain/types.ts';
import { makeDay } from '../../../tests/helpers/chartModel.ts';
import { dataUrlToBytes, pngSize } from './bytes.ts';
import { exportFileName, safeFilePart } from './fileName.ts';
import { dailyTable, tableCsv } from './tables.ts';

describe('export file names', () => {
  it('says what and when: area_year_title.ext', () => {
    expect(exportFileName(['太原', 2021, '优良天数比例'], 'png')).toBe('太原_2021_优良天数比例.png');
  });
  it('removes path separators and Windows-reserved characters from user-supplied names', () => {
    expect(safeFilePart('../..\\etc/passwd')).toBe('etc-passwd');
    expect(safeFilePart('a:b*c?"d"<e>|f')).toBe('a-b-c-d-e-f');
    expect(safeFilePart('CON')).toBe('_CON');
    expect(safeFilePart('   ')).toBe('未命名');
  });
  it('drops empty parts and keeps names short', () => {
    expect(exportFileName(['太原', null, '', 2021], 'csv')).toBe('太原_2021.csv');
    expect(safeFilePart('x'.repeat(200))).toHaveLength(60);
  });
});

describe('exported bytes', () => {
  it('decodes a base64 data: URL without the network', () => {
    // "PNG" in base64 is UE5H
    const { mime, bytes } = dataUrlToBytes('data:image/png;base64,UE5H');
    expect(mime).toBe('image/png');
    expect([...bytes]).toEqual([0x50, 0x4e, 0x47]);
  });
  it('reads width and height from the PNG IHDR chunk', () => {
    // signature, IHDR length 13, 'IHDR', width 3200 = 0x00000C80, height 1800 = 0x00000708
    const head = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      0, 0, 0x0c, 0x80, 0, 0, 0x07, 0x08, 8, 6, 0, 0, 0];
    expect(pngSize(new Uint8Array(head))).toEqual({ width: 3200, height: 1800 });
    expect(pngSize(new Uint8Array(head.map((b, i) => (i === 1 ? 0 : b))))).toBeNull();
  });
});

describe('CSV tables', () => {
  const hostile = '=HYPERLINK("http://evil.example","点我")';
  const model = buildDashboardModel(emptyDataset(), DEFAULT_SETTINGS);
  const day = makeDay('2021-01-05', 68, ['PM2.5']);
  day.conc = { SO2: 12, NO2: 40.5, PM10: 80, 'PM2.5': 34.5, CO: 1.25, O3_8h: 60, O3_1h: 70 };
  model.area = hostile;
  model.year = 2021;
  model.days = [day];

  it('starts with a UTF-8 BOM and CRLF rows so Excel/WPS read the Chinese headers', () => {
    const csv = tableCsv('daily', model, 'zh');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFF日期,区域,AQI,空气质量类别/);
  });
  it('neutralises a formula in a user-supplied area name with a leading apostrophe', () => {
    const line = tableCsv('daily', model, 'zh').split('\r\n')[1]!;
    expect(line.startsWith('2021-01-05,"\'=HYPERLINK(""http://evil.example"",""点我"")",68,良,PM2.5,')).toBe(true);
    expect(line).not.toMatch(/,=HYPERLINK/);
  });
  it('rounds concentrations as published: half to even (34.5 → 34, 40.5 → 40, CO 1.25 → 1.2)', () => {
    const row = dailyTable(model, 'en').rows[0]!;
    // columns: date, area, AQI, category, primary, SO2, NO2, PM10, PM2.5, CO, O3_8h, O3_1h
    expect(row.slice(5, 12)).toEqual([12, 40, 80, 34, 1.2, 60, 70]);
    expect(row[3]).toBe('Good');
  });
});
