/**
 * Long station-hourly tables with stations interleaved hour by hour (the national and demo
 * exports): the station of a row is found once per distinct (name, code) pair; the result must be
 * what reading every row afresh gives — each value under its own station, a city learnt from a
 * later row, names equal up to surrounding spaces as one station.
 */
import { describe, expect, it } from 'vitest';
import { hourlyRecords, ingestText } from '../../../tests/helpers/ingest.ts';

describe('ingest: interleaved stations', () => {
  it('keeps every value under its own station when three stations alternate row by row', () => {
    // 3 stations × 48 hours; PM2.5 = station number × 100 + hour index, so a value under the
    // wrong station would show: 1001A holds 100..147, 1002A 200..247, 1003A 300..347.
    const lines = ['date,hour,station_code,station,city,PM2.5'];
    for (let t = 0; t < 48; t++) {
      for (let s = 1; s <= 3; s++) lines.push(`2021-01-0${1 + Math.floor(t / 24)},${t % 24},100${s}A,站${s},太原,${s * 100 + t}`);
    }
    const ds = ingestText('interleaved.csv', lines.join('\n') + '\n');
    expect([...ds.stations.keys()].sort()).toEqual(['1001A', '1002A', '1003A']);
    const recs = hourlyRecords(ds);
    expect(recs).toHaveLength(144);
    for (let s = 1; s <= 3; s++) {
      const mine = recs.filter((r) => r.startsWith(`100${s}A `)).map((r) => Number(r.split(' ')[6]));
      expect(mine.sort((a, b) => a - b)).toEqual(Array.from({ length: 48 }, (_v, t) => s * 100 + t));
    }
    expect(ds.stations.get('1002A')).toEqual({ key: '1002A', code: '1002A', name: '站2', city: '太原' });
  });

  it('takes a station\'s city from a later row when its first rows have an empty city cell', () => {
    const text = [
      'date,hour,station,city,PM2.5',
      '2021-01-01,0,小店,,10', '2021-01-01,0,晋源,太原,11',
      '2021-01-01,1,小店,,12', '2021-01-01,1,晋源,太原,13',
      '2021-01-01,2,小店,太原,14', '2021-01-01,2,晋源,太原,15',
    ].join('\n');
    const ds = ingestText('city-later.csv', text);
    expect(ds.stations.get('小店')!.city).toBe('太原');
    expect(ds.stations.get('晋源')!.city).toBe('太原');
  });

  it('reads " 小店 " and "小店" as one station, in any order of the rows', () => {
    const text = ['date,hour,station,PM2.5', '2021-01-01,0,小店,10', '2021-01-01,0,晋源,11', '2021-01-01,1, 小店 ,12', '2021-01-01,1,晋源,13', '2021-01-01,2,小店\t,14'].join('\n');
    const ds = ingestText('spaces.csv', text);
    expect([...ds.stations.keys()].sort()).toEqual(['小店', '晋源']);
    expect(hourlyRecords(ds).filter((r) => r.startsWith('小店 '))).toHaveLength(3);
  });
});
