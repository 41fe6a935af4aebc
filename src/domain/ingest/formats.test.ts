import { describe, expect, it } from 'vitest';
import { ingestBytes, suggestColumnMapping } from './ingestFile.ts';
import { allRecords, dailyRecords, fixture, hourlyRecords, ingestText, issuesOf, opts, stationRecords } from '../../../tests/helpers/ingest.ts';

// Records read `station date hh SO2 NO2 PM10 PM2.5 CO O3` (POLLUTANT_INDEX order, '—' = missing).

describe('ingest: long station-hourly tables', () => {
  it('detects the Chinese-header table (时间, 城市, 站点名称, 站点编码, 一氧化碳(mg/m3) …)', () => {
    const ds = ingestBytes('zh.csv', fixture('long-zh.utf8.csv'), opts());
    const f = ds.files[0]!;
    expect(f.format).toBe('station-hourly-long');
    expect(f.coUnit).toEqual({ unit: 'mg/m3', how: 'header' });
    expect(hourlyRecords(ds)).toEqual([
      '1081A 2021-01-05 00 12 40 60 35 0.8 20',
      '1081A 2021-01-05 01 11 38 58 — 0.7 22', // PM2.5 "NA"
      '1085A 2021-01-05 00 15 45 — 40 1.1 18', // PM10 empty
      '1085A 2021-01-05 01 — 44 70 42 1.2 17', // SO2 "—"
    ]);
    expect(stationRecords(ds)).toEqual([
      { key: '1081A', code: '1081A', name: '尖草坪', city: '太原' },
      { key: '1085A', code: '1085A', name: '小店', city: '太原' },
    ]);
  });

  it('detects the English-header twin (datetime 2021/1/5 0:00, PM2_5, pm10, station code) with the same records', () => {
    const en = ingestBytes('en.csv', fixture('long-en.csv'), opts());
    const zh = ingestBytes('zh.csv', fixture('long-zh.utf8.csv'), opts());
    expect(en.files[0]!.format).toBe('station-hourly-long');
    expect(hourlyRecords(en)).toEqual(hourlyRecords(zh));
    expect(stationRecords(en)).toEqual(stationRecords(zh));
  });

  it('reads the real-time layout: Date YYYYMMDD, Hour 08, WatchPoint, O3_1h as hourly O3, NaN missing', () => {
    const ds = ingestText('rt.csv',
      'Date,Hour,WatchPoint,AQI,Level,PrimaryPollution,PM2.5,PM10,CO,NO2,O3_1h,O3_8h,SO2\n' +
      '20200402,08,尖草坪,67,良,细颗粒物(PM2.5),48,54,0.6,35,9,24,6\n' +
      '20200402,08,涧河,NaN,,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN\n');
    expect(hourlyRecords(ds)).toEqual(['尖草坪 2020-04-02 08 6 35 54 48 0.6 9', '涧河 2020-04-02 08 — — — — — —']);
    expect(ds.files[0]!.rowsUsed).toBe(1);
  });

  it('reads UCI-style year/month/day/hour columns and converts CO from µg/m³ (format known)', () => {
    const ds = ingestText('PRSA_Data_X.csv',
      '"No","year","month","day","hour","PM2.5","PM10","SO2","NO2","CO","O3","TEMP","PRES","DEWP","RAIN","wd","WSPM","station"\n' +
      '1,2013,3,1,0,4,4,4,7,300,77,-0.7,1023,-18.8,0,"NNW",4.4,"Aotizhongxin"\n');
    expect(ds.files[0]!.coUnit).toEqual({ unit: 'ug/m3', how: 'format' });
    expect(hourlyRecords(ds)).toEqual(['Aotizhongxin 2013-03-01 00 4 7 4 4 0.3 77']); // CO 300 µg/m³ = 0.3 mg/m³
  });
});

describe('ingest: long tables, special cases', () => {
  it('takes each city as one station when a long hourly table has a city column but no station column', () => {
    const ds = ingestText('cities.csv', '城市,时间,PM2.5\n太原,2021-01-05 00:00,80\n北京,2021-01-05 00:00,30\n');
    expect(stationRecords(ds)).toEqual([{ key: '北京', name: '北京', city: '北京' }, { key: '太原', name: '太原', city: '太原' }]);
  });

  it('skips a header repeated in the middle of the file (concatenated exports) with an info issue', () => {
    const ds = ingestText('cat.csv', 'date,hour,station,PM2.5\n2021-01-05,0,A,35\ndate,hour,station,PM2.5\n2021-01-05,1,A,36\n');
    expect(hourlyRecords(ds)).toHaveLength(2);
    expect(issuesOf(ds, 'repeated-header')[0]).toMatchObject({ row: 3, severity: 'info' });
    expect(issuesOf(ds, 'invalid-date')).toHaveLength(0);
  });

  it('warns about a station that repeats identical values every hour, and notes one without any value', () => {
    const rows: string[] = [];
    for (let h = 0; h < 24; h++) rows.push(`2021-01-05,${h},Frozen,25,57`, `2021-01-05,${h},Live,${10 + h},50`, `2021-01-05,${h},Empty,NaN,NaN`);
    const ds = ingestText('s.csv', 'date,hour,station,PM2.5,PM10\n' + rows.join('\n'));
    expect(issuesOf(ds, 'constant-values').map((i) => [i.column, i.severity])).toEqual([['Frozen', 'warning']]);
    expect(issuesOf(ds, 'station-without-values').map((i) => i.column)).toEqual(['Empty']);
    expect(hourlyRecords(ds).filter((r) => r.startsWith('Frozen'))).toHaveLength(24); // flagged, not dropped
  });
});

describe('ingest: national wide hourly tables (date,hour,type,<sites>)', () => {
  const SITES =
    'date,hour,type,1001A,1002A\n' +
    '20210105,0,AQI,50,60\n' +
    '20210105,0,PM2.5,30,40\n' +
    '20210105,0,PM2.5_24h,31,41\n' +
    '20210105,0,PM10,50,\n' +
    '20210105,0,SO2,5,6\n' +
    '20210105,0,NO2,20,21\n' +
    '20210105,0,O3,60,61\n' +
    '20210105,0,O3_8h,55,56\n' +
    '20210105,0,CO,0.5,0.6\n' +
    '20210105,0,CO_24h,0.5,0.6\n' +
    '20210105,0,PM1,9,9\n' +
    '20210105,1,PM2.5,33,44\n';

  it('keeps the 1-h types as hourly values, site-code columns as stations keyed by code', () => {
    const ds = ingestText('china_sites_20210105.csv', SITES);
    expect(ds.files[0]!.format).toBe('network-wide-hourly');
    expect(hourlyRecords(ds)).toEqual([
      '1001A 2021-01-05 00 5 20 50 30 0.5 60',
      '1001A 2021-01-05 01 — — — 33 — —',
      '1002A 2021-01-05 00 6 21 — 40 0.6 61',
      '1002A 2021-01-05 01 — — — 44 — —',
    ]);
    expect(stationRecords(ds)).toEqual([{ key: '1001A', code: '1001A', name: '1001A' }, { key: '1002A', code: '1002A', name: '1002A' }]);
  });

  it('reports the derived types once (info) and an unknown type as a warning with its row', () => {
    const ds = ingestText('china_sites_20210105.csv', SITES);
    const derived = issuesOf(ds, 'derived-type');
    expect(derived).toHaveLength(1);
    expect(derived[0]!.severity).toBe('info');
    expect(derived[0]!.count).toBe(4); // AQI, PM2.5_24h, O3_8h, CO_24h
    const unknown = issuesOf(ds, 'unknown-type');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: 'warning', row: 12 }); // "PM1" on line 12
  });

  it('detects the wide layout with Chinese header words (日期,小时,类型)', () => {
    const ds = ingestText('sites.csv', '日期,小时,类型,1001A\n2021-01-05,3,PM2.5,30\n2021-01-05,3,二氧化硫,7\n');
    expect(ds.files[0]!.format).toBe('network-wide-hourly');
    expect(hourlyRecords(ds)).toEqual(['1001A 2021-01-05 03 7 — — 30 — —']);
  });

  it('makes one station per city column, with city = the column name', () => {
    const ds = ingestText('china_cities_20210105.csv', 'date,hour,type,北京,太原\n20210105,0,PM2.5,30,80\n20210105,0,CO,0.5,1.2\n');
    expect(stationRecords(ds)).toEqual([{ key: '北京', name: '北京', city: '北京' }, { key: '太原', name: '太原', city: '太原' }]);
    expect(hourlyRecords(ds)).toEqual(['北京 2021-01-05 00 — — — 30 0.5 —', '太原 2021-01-05 00 — — — 80 1.2 —']);
  });
});

describe('ingest: daily city tables', () => {
  const ZH = '日期,城市,AQI,质量等级,首要污染物,PM2.5,PM10,SO2,NO2,CO,O3_8h\n' +
    '2021-01-05,太原,120,轻度污染,PM2.5,91,130,25,50,1.4,30\n' +
    '2021-01-06,太原,45,优,—,30,45,10,25,0.6,60\n';
  const EN = 'date,city,AQI,quality,primary pollutant,pm2_5,PM10,so2,NO2,co,O3\n' +
    '20210105,太原,120,轻度污染,PM2.5,91,130,25,50,1.4,30\n' +
    '2021/1/6,太原,45,优,,30,45,10,25,0.6,60\n';

  it('detects the Chinese and English headers alike; unqualified O3 is the daily O3_8h', () => {
    const zh = ingestText('zh.csv', ZH);
    const en = ingestText('en.csv', EN);
    expect(zh.files[0]!.format).toBe('daily-table');
    expect(en.files[0]!.format).toBe('daily-table');
    expect(dailyRecords(en)).toEqual(dailyRecords(zh));
    expect(dailyRecords(zh)).toEqual([
      { area: '太原', date: '2021-01-05', values: { 'PM2.5': 91, PM10: 130, SO2: 25, NO2: 50, CO: 1.4, O3_8h: 30 }, published: { aqi: 120, category: '轻度污染', primary: 'PM2.5' } },
      { area: '太原', date: '2021-01-06', values: { 'PM2.5': 30, PM10: 45, SO2: 10, NO2: 25, CO: 0.6, O3_8h: 60 }, published: { aqi: 45, category: '优' } },
    ]);
  });

  it('records which indicators the table carries: an absent column is not monitored, a blank cell is missing', () => {
    const ds = ingestText('beijing.csv', '日期,PM2.5,PM10,臭氧8小时\n2021-01-05,35,,80\n');
    expect([...ds.dailyIndicators.get('beijing')!].sort()).toEqual(['O3_8h', 'PM10', 'PM2.5']);
    expect(dailyRecords(ds)).toEqual([{ area: 'beijing', date: '2021-01-05', values: { 'PM2.5': 35, O3_8h: 80 }, published: undefined }]);
    expect(issuesOf(ds, 'area-from-file-name')).toHaveLength(1);
  });

  it('reads a header-less table with a user column mapping', () => {
    const ds = ingestText('x.csv', '2021-01-05,35,1.2\n2021-01-06,40,0.9\n', {}, { columnMapping: { 0: 'date', 1: 'PM2.5', 2: 'CO' } });
    expect(ds.files[0]!.format).toBe('daily-table');
    expect(dailyRecords(ds)).toEqual([
      { area: 'x', date: '2021-01-05', values: { 'PM2.5': 35, CO: 1.2 }, published: undefined },
      { area: 'x', date: '2021-01-06', values: { 'PM2.5': 40, CO: 0.9 }, published: undefined },
    ]);
  });

  it('suggests the tianqihoubao and aqistudy mappings and nothing for other header-less tables', () => {
    const tq = [['0', '2019-12-01', '优', '34', '67', '16', '34', '15', '26', '0.43', '52'], ['1', '2019-12-02', '良', '35', '81', '14', '35', '11', '24', '0.39', '52']];
    expect(suggestColumnMapping(tq)).toEqual({ 0: 'ignore', 1: 'date', 2: 'category', 3: 'aqi', 4: 'ignore', 5: 'PM2.5', 6: 'PM10', 7: 'SO2', 8: 'NO2', 9: 'CO', 10: 'O3_8h' });
    const aq = [['太原', '2013-12-02', '168', '148~190', '中度污染', '158.6', '278', '385.8', '5.54', '87.3', '11', '69']];
    expect(suggestColumnMapping(aq)).toEqual({ 0: 'area', 1: 'date', 2: 'aqi', 3: 'ignore', 4: 'category', 5: 'PM2.5', 6: 'PM10', 7: 'SO2', 8: 'CO', 9: 'NO2', 10: 'O3_8h', 11: 'ignore' });
    expect(suggestColumnMapping([['2019-12-01', '35', '60']])).toBeNull();
    expect(suggestColumnMapping([])).toBeNull();
  });

  it('asks for a mapping when a header-less table matches no known layout', () => {
    const ds = ingestText('x.csv', '2021-01-05,35,1.2\n');
    expect(ds.files[0]!.rejected).toBe(true);
    expect(issuesOf(ds, 'needs-column-mapping')[0]!.message.zh).toContain('“指定列含义”对话框');
  });
});

describe('ingest: station lists and dust-day lists', () => {
  it('reads a station list (监测点编码,监测点名称,城市,经度,纬度,对照点) with the background flag', () => {
    const ds = ingestText('list.csv', '监测点编码,监测点名称,城市,经度,纬度,对照点\n1081A,尖草坪,太原,112.5139,37.8873,N\n1083A,上兰(对照点),太原,112.434,38.0108,Y\n');
    expect(ds.files[0]!.format).toBe('station-list');
    expect(stationRecords(ds)).toEqual([
      { key: '1081A', code: '1081A', name: '尖草坪', city: '太原', background: false },
      { key: '1083A', code: '1083A', name: '上兰(对照点)', city: '太原', background: true },
    ]);
  });

  it('reads a station list with English headers (code, name, city, lon, lat, background)', () => {
    const ds = ingestText('list.csv', 'code,name,city,lon,lat,background\n1001A,Wanshouxigong,Beijing,116.366,39.8673,N\n');
    expect(ds.files[0]!.format).toBe('station-list');
    expect(stationRecords(ds)).toEqual([{ key: '1001A', code: '1001A', name: 'Wanshouxigong', city: 'Beijing', background: false }]);
  });

  it.each([['沙尘日期'], ['date'], ['日期']])('reads a dust-day list with header %s', (h) => {
    const ds = ingestText('dust.csv', `${h}\n2021-03-15\n2021/3/16\n20210317\n2021-02-30\n`);
    expect(ds.files[0]!.format).toBe('dust-days');
    expect([...ds.dustDays].sort()).toEqual(['2021-03-15', '2021-03-16', '2021-03-17']);
    expect(issuesOf(ds, 'invalid-date')[0]).toMatchObject({ row: 5, column: h });
  });

  it('reads a header-less single column of dates as dust days', () => {
    const ds = ingestText('dust.csv', '2021-03-15\n2021-03-16\n');
    expect(allRecords(ds)).toMatchObject({ dust: ['2021-03-15', '2021-03-16'] });
  });
});
