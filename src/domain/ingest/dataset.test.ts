import { describe, expect, it } from 'vitest';
import { emptyDataset, mergeDatasets } from './dataset.ts';
import { dailyRecords, hourlyRecords, ingestText, issuesOf } from '../../../tests/helpers/ingest.ts';

const HEAD = 'date,hour,station,PM2.5,PM10,SO2,NO2,CO,O3\n';

describe('ingest: duplicates inside one file', () => {
  it('counts an identical station-hour once and reports it in one aggregated info issue', () => {
    const row = '2021-01-05,0,A,35,60,5,30,0.5,50';
    const ds = ingestText('d.csv', HEAD + [row, row, row].join('\n'));
    expect(hourlyRecords(ds)).toEqual(['A 2021-01-05 00 5 30 60 35 0.5 50']);
    expect(issuesOf(ds, 'duplicate-rows')[0]).toMatchObject({ severity: 'info', count: 2, rows: [3, 4] });
    expect(ds.files[0]!.rowsUsed).toBe(1);
  });

  it('keeps the first of two different values for one station-hour and warns with both', () => {
    const ds = ingestText('d.csv', HEAD + '2021-01-05,0,A,35,60,5,30,0.5,50\n2021-01-05,0,A,99,60,5,30,0.5,50\n');
    expect(hourlyRecords(ds)).toEqual(['A 2021-01-05 00 5 30 60 35 0.5 50']);
    const w = issuesOf(ds, 'duplicate-conflict')[0]!;
    expect(w).toMatchObject({ severity: 'warning', row: 3 });
    expect(w.message.zh).toContain('PM2.5=35');
    expect(w.message.zh).toContain('PM2.5=99');
  });

  it('treats a repeated (date, hour, type) row of a wide table the same way', () => {
    const ds = ingestText('w.csv', 'date,hour,type,1001A\n20210105,0,PM2.5,30\n20210105,0,PM2.5,30\n20210105,0,PM2.5,31\n');
    expect(hourlyRecords(ds)).toEqual(['1001A 2021-01-05 00 — — — 30 — —']);
    expect(issuesOf(ds, 'duplicate-rows')[0]!.row).toBe(3);
    expect(issuesOf(ds, 'duplicate-conflict')[0]!.row).toBe(4);
  });

  it('reports a repeated date of a daily table (identical: info, different: warning, first kept)', () => {
    const ds = ingestText('t.csv', '日期,PM2.5\n2021-01-05,35\n2021-01-05,35\n2021-01-05,40\n');
    expect(dailyRecords(ds)).toEqual([{ area: 't', date: '2021-01-05', values: { 'PM2.5': 35 }, published: undefined }]);
    expect(issuesOf(ds, 'duplicate-rows')[0]!.row).toBe(3);
    expect(issuesOf(ds, 'duplicate-conflict')[0]!.row).toBe(4);
  });
});

describe('ingest: mergeDatasets', () => {
  const a = () => ingestText('a.csv', HEAD + '2021-01-05,0,A,35,60,5,30,0.5,50\n2021-01-05,1,A,36,60,5,30,0.5,50\n');
  const b = () => ingestText('b.csv', HEAD + '2021-01-05,1,A,36,60,5,30,0.5,50\n2021-01-05,2,A,37,60,5,30,0.5,50\n');
  const c = () => ingestText('c.csv', HEAD + '2021-01-05,0,A,99,60,5,30,0.5,50\n');

  it('counts the same station-hour from two files once (one info issue) and unions the rest', () => {
    const m = mergeDatasets([a(), b()]);
    expect(hourlyRecords(m).map((r) => r.split(' ').slice(0, 3).join(' '))).toEqual(['A 2021-01-05 00', 'A 2021-01-05 01', 'A 2021-01-05 02']);
    expect(issuesOf(m, 'duplicate-rows')).toEqual([expect.objectContaining({ file: 'b.csv', count: 1, severity: 'info' })]);
    expect(m.files.map((f) => f.name)).toEqual(['a.csv', 'b.csv']);
  });

  it('keeps the first file when values differ, warning with file, station, date/hour and both values', () => {
    const m = mergeDatasets([a(), c()]);
    expect(hourlyRecords(m)[0]).toBe('A 2021-01-05 00 5 30 60 35 0.5 50');
    const w = issuesOf(m, 'duplicate-conflict')[0]!;
    expect(w).toMatchObject({ file: 'c.csv', count: 1, severity: 'warning' });
    expect(w.message.zh).toContain('A 2021-01-05 00:00');
    expect(w.message.zh).toContain('PM2.5=35');
    expect(w.message.zh).toContain('PM2.5=99');
  });

  it('does not modify its inputs', () => {
    const first = a();
    const before = hourlyRecords(first);
    mergeDatasets([first, b()]);
    expect(hourlyRecords(first)).toEqual(before);
  });

  it('gives data stations city and background flag from a station list, by code or by name', () => {
    const byName = ingestText('rt.csv', 'Date,Hour,WatchPoint,PM2.5\n20200402,08,上兰,25\n20200402,08,尖草坪,48\n');
    const byCode = ingestText('wide.csv', 'date,hour,type,1085A\n20200402,8,PM2.5,30\n');
    const list = ingestText('list.csv', '监测点编码,监测点名称,城市,经度,纬度,对照点\n1081A,尖草坪,太原,112.5,37.9,N\n1083A,上兰(对照点),太原,112.4,38.0,Y\n1085A,小店,太原,112.6,37.7,N\n1099A,未用,太原,1,1,N\n');
    const m = mergeDatasets([byName, byCode, list]);
    expect(m.stations.get('上兰')).toEqual({ key: '上兰', name: '上兰', code: '1083A', city: '太原', background: true });
    expect(m.stations.get('尖草坪')).toEqual({ key: '尖草坪', name: '尖草坪', code: '1081A', city: '太原', background: false });
    expect(m.stations.get('1085A')).toEqual({ key: '1085A', code: '1085A', name: '小店', city: '太原', background: false });
    expect(m.stations.get('1099A')).toMatchObject({ city: '太原' }); // kept for a later merge
    expect(m.hourly.has('1099A')).toBe(false);
  });

  it('gives data stations the province of the national station list (省级行政区), for the area picker', () => {
    const byCode = ingestText('wide.csv', 'date,hour,type,1081A,1001A\n20200402,8,PM2.5,30,40\n');
    const list = ingestText('NewSiteList.csv', '监测点编码,监测点名称,城市,经度,纬度,对照点,省级行政区,地级行政区\n1001A,万寿西宫,北京,116.36,39.88,N,北京市,北京市\n1081A,尖草坪,太原,112.51,37.89,N,山西省,太原市\n');
    const m = mergeDatasets([byCode, list]);
    expect(m.stations.get('1081A')).toMatchObject({ name: '尖草坪', city: '太原', province: '山西省' });
    expect(m.stations.get('1001A')).toMatchObject({ name: '万寿西宫', city: '北京', province: '北京市' });
  });

  it('unions dust days and daily rows, with the same duplicate rule for area-days', () => {
    const d1 = ingestText('d1.csv', '沙尘日期\n2021-03-15\n');
    const d2 = ingestText('d2.csv', 'date\n2021-03-15\n2021-03-16\n');
    const t1 = ingestText('t.csv', '日期,城市,PM2.5\n2021-01-05,太原,35\n');
    const t2 = ingestText('t2.csv', '日期,城市,PM2.5,PM10\n2021-01-05,太原,40,80\n2021-01-06,太原,41,81\n');
    const m = mergeDatasets([emptyDataset(), d1, d2, t1, t2]);
    expect([...m.dustDays].sort()).toEqual(['2021-03-15', '2021-03-16']);
    expect(dailyRecords(m).map((r) => (r as { values: unknown }).values)).toEqual([{ 'PM2.5': 35 }, { 'PM2.5': 41, PM10: 81 }]);
    expect(issuesOf(m, 'duplicate-conflict')[0]!.file).toBe('t2.csv');
    expect([...m.dailyIndicators.get('太原')!].sort()).toEqual(['PM10', 'PM2.5']);
  });
});
