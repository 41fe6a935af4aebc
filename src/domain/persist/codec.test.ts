import { describe, expect, it } from 'vitest';
import { emptyDataset, newStationDay } from '../ingest/dataset.ts';
import { dayNumber } from '../calendar.ts';
import type { Dataset } from '../types.ts';
import { PERSIST_MAX_BYTES, PERSIST_SCHEMA, packDataset, packedBuffers, packedSizeBytes, unpackDataset, unpackTransferred, withStationDaily } from './codec.ts';

function sample(): Dataset {
  const ds = emptyDataset();
  ds.stations.set('1001A', { key: '1001A', code: '1001A', name: '上兰', city: '太原', background: true });
  const byDay = new Map();
  const d1 = newStationDay();
  d1.values[0] = 5; // SO2 at 00:00
  d1.values[23 * 6 + 5] = 180.5; // O3 at 23:00
  d1.seen[0] = 1;
  d1.seen[23] = 1;
  const d2 = newStationDay();
  d2.values[3] = 35; // PM2.5 at 00:00
  d2.seen[0] = 1;
  byDay.set(dayNumber(2021, 1, 2), d2); // inserted out of order on purpose
  byDay.set(dayNumber(2021, 1, 1), d1);
  ds.hourly.set('1001A', byDay);
  ds.daily.set('太原', new Map([[dayNumber(2021, 1, 1), { area: '太原', day: dayNumber(2021, 1, 1), values: { 'PM2.5': 35, O3_8h: 60 }, published: { aqi: 50 } }]]));
  ds.dailyIndicators.set('太原', new Set(['PM2.5', 'O3_8h']));
  ds.dustDays.add('2021-03-15');
  ds.files.push({ name: 'a.csv', bytes: 10, encoding: 'utf-8', delimiter: ',', format: 'station-hourly-long', rows: 3, rowsUsed: 3,
    stations: ['上兰'], firstDate: '2021-01-01', lastDate: '2021-01-02', rejected: false });
  ds.issues.push({ file: 'a.csv', severity: 'warning', code: 'negative-value', message: { zh: '负值', en: 'negative' }, count: 2, rows: [3, 4] });
  return ds;
}

/** Structured clone stands in for IndexedDB and postMessage (both use it). */
const roundTrip = <T>(x: T): T => structuredClone(x);

describe('dataset packing for IndexedDB', () => {
  it('packs the blocks of all stations into one set of 5 buffers as read (days, values, flags, daily values, valid hours), and they survive a transfer', () => {
    const ds = sample();
    const d3 = newStationDay();
    d3.values[1] = 12; // NO2 at 00:00
    d3.seen[0] = 1;
    ds.hourly.set('1002A', new Map([[dayNumber(2021, 1, 3), d3]]));
    const p = packDataset('a.csv', ds, 'as-read');
    const buffers = packedBuffers(p);
    expect(buffers).toHaveLength(5);
    const back = unpackTransferred(structuredClone(p, { transfer: buffers })).dataset;
    expect(back.hourly.get('1002A')!.get(dayNumber(2021, 1, 3))!.values[1]).toBe(12);
    expect(back.hourly.get('1001A')!.get(dayNumber(2021, 1, 2))!.values[3]).toBe(35);
  });

  it('unpacks a transferred Dataset as windows on the packed arrays: a value written to the block shows in the day', () => {
    const p = packDataset('a.csv', sample(), 'as-read');
    const back = unpackTransferred(p).dataset;
    const jan1 = back.hourly.get('1001A')!.get(dayNumber(2021, 1, 1))!;
    expect(jan1.values[23 * 6 + 5]).toBe(180.5);
    p.hourly[0]!.values[144 + 23 * 6 + 5] = 99; // day 2 of the block (as read: 2 January first)
    expect(jan1.values[23 * 6 + 5]).toBe(99);
  });

  it('keeps the days in the order read with \'as-read\' (the CLI\'s reading threads): 2 January, then 1 January', () => {
    const ds = sample();
    const p = packDataset('a.csv', ds, 'as-read');
    expect([...p.hourly[0]!.days]).toEqual([dayNumber(2021, 1, 2), dayNumber(2021, 1, 1)]);
    const back = unpackDataset(roundTrip(p)).dataset;
    expect([...back.hourly.get('1001A')!.keys()]).toEqual([dayNumber(2021, 1, 2), dayNumber(2021, 1, 1)]);
    expect(back.hourly.get('1001A')!.get(dayNumber(2021, 1, 1))!.values[23 * 6 + 5]).toBe(180.5);
  });

  it('packs two station-days into one block of 2 × 144 values, 2 × 24 flags, 2 × 7 daily values and 2 × 6 valid hours, days ascending', () => {
    const p = packDataset('a.csv', sample());
    expect(p.schema).toBe(PERSIST_SCHEMA);
    const h = p.hourly[0]!;
    expect([...h.days]).toEqual([dayNumber(2021, 1, 1), dayNumber(2021, 1, 2)]);
    expect(h.values.length).toBe(288);
    expect(h.seen.length).toBe(48);
    expect(h.values[0]).toBe(5);
    expect(h.values[144 + 3]).toBe(35);
    expect(h.daily!.length).toBe(14);
    expect(h.hours!.length).toBe(12);
    expect(packedBuffers(p)).toHaveLength(5);
  });

  it('packs each station-day\'s daily values: 24 hours of SO2 = 8 give a valid 24-h mean of 8 and 24 valid SO2 hours; 2 hours give no mean', () => {
    const ds = emptyDataset();
    const full = newStationDay(), short = newStationDay();
    for (let h = 0; h < 24; h++) { full.values[h * 6] = 8; full.seen[h] = 1; }
    short.values[0] = 8; short.values[6] = 8; short.seen[0] = 1; short.seen[1] = 1;
    ds.hourly.set('X', new Map([[dayNumber(2021, 1, 1), full], [dayNumber(2021, 1, 2), short]]));
    const h = packDataset('x.csv', ds, 'as-read', { hourlyValues: false }).hourly[0]!;
    expect(h.values.length).toBe(0);
    expect(h.daily![0]).toBe(8); // SO2, day 1
    expect(h.hours![0]).toBe(24);
    expect(h.daily![7]).toBeNaN(); // SO2, day 2: 2 of 20 hours
    expect(h.hours![6]).toBe(2);
  });

  it('refuses to unpack a file packed without its hourly values, and adds daily values to a record stored without them', () => {
    const p = packDataset('a.csv', sample(), 'as-read', { hourlyValues: false });
    expect(() => unpackTransferred(p)).toThrow(/no hourly values/);
    const old = packDataset('a.csv', sample());
    const want = [...old.hourly[0]!.daily!];
    delete old.hourly[0]!.daily;
    delete old.hourly[0]!.hours;
    expect([...withStationDaily(old).hourly[0]!.daily!].map(String)).toEqual(want.map(String));
  });

  it('gives back the same records after a structured clone (NaN kept as missing)', () => {
    const ds = sample();
    const { name, dataset } = unpackDataset(roundTrip(packDataset('a.csv', ds)));
    expect(name).toBe('a.csv');
    expect(dataset.stations.get('1001A')).toEqual(ds.stations.get('1001A'));
    const d1 = dataset.hourly.get('1001A')!.get(dayNumber(2021, 1, 1))!;
    expect(d1.values[0]).toBe(5);
    expect(d1.values[23 * 6 + 5]).toBe(180.5);
    expect(Number.isNaN(d1.values[1]!)).toBe(true);
    expect([...d1.seen].filter((s) => s === 1)).toHaveLength(2);
    expect(dataset.daily.get('太原')!.get(dayNumber(2021, 1, 1))!.values['PM2.5']).toBe(35);
    expect([...dataset.dailyIndicators.get('太原')!]).toEqual(['PM2.5', 'O3_8h']);
    expect(dataset.dustDays.has('2021-03-15')).toBe(true);
    expect(dataset.files).toEqual(ds.files);
    expect(dataset.issues).toEqual(ds.issues);
  });

  it('refuses a record of an older schema, a truncated block and a non-object', () => {
    const p = roundTrip(packDataset('a.csv', sample()));
    expect(() => unpackDataset({ ...p, schema: 0 })).toThrow(/schema 0/);
    const cut = roundTrip(p);
    cut.hourly[0]!.values = cut.hourly[0]!.values.slice(0, 200);
    expect(() => unpackDataset(cut)).toThrow(/truncated/);
    expect(() => unpackDataset('garbage')).toThrow(/not an object/);
    expect(() => unpackDataset({ ...p, dailyIndicators: [{ area: 'x', indicators: ['PM1'] }] })).toThrow(/indicator/);
  });
});

describe('size limit of what is saved in the browser', () => {
  it('counts 1180 bytes per station-day (144 doubles, 24 flags, one day number)', () => {
    // sample(): one station with 2 days → 2 × (144 × 8 + 24 + 4) = 2 × 1180 = 2360
    expect(packedSizeBytes(sample())).toBe(2360);
    expect(packedSizeBytes(emptyDataset())).toBe(0);
  });
  it('keeps a year of 100 stations under the limit and 5 million station-hours over it', () => {
    expect(100 * 365 * 1180).toBeLessThan(PERSIST_MAX_BYTES); // 43 MB: saved
    expect((5_000_000 / 24) * 1180).toBeGreaterThan(PERSIST_MAX_BYTES); // 246 MB: session only
  });
});

