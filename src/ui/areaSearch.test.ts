import { describe, expect, it } from 'vitest';
import { areaGroups, isLatinQuery, matchAreas } from './areaSearch.ts';
import { pinyinKeys } from './pinyin.ts';

const AREAS = [
  { name: '太原', province: '山西省' }, { name: '北京', province: '北京市' }, { name: '大同', province: '山西省' },
  { name: '天津', province: '天津市' }, { name: '太仓', province: '江苏省' }, { name: '长治', province: '山西省' },
];

describe('matchAreas: the picker finds an area by a part of its name, its province, or its pinyin', () => {
  it('finds 太原 and 太仓 for 太 (both start with it, list order), and nothing for an empty query', () => {
    expect(matchAreas(AREAS, '太')).toEqual(['太原', '太仓']);
    expect(matchAreas(AREAS, '  ')).toEqual([]);
  });
  it('puts the exact name first, then names starting with the query, then names or provinces containing it', () => {
    expect(matchAreas([{ name: '太原市' }, { name: '太原' }], '太原')).toEqual(['太原', '太原市']);
    // 山西 is in the province of 太原, 大同 and 长治
    expect(matchAreas(AREAS, '山西')).toEqual(['太原', '大同', '长治']);
  });
  it('finds 太原 for the initials ty and for taiyuan, 长治 for cz (chang, not zhang), with pinyin-pro keys', () => {
    const keys = pinyinKeys(AREAS.map((a) => a.name));
    expect(keys.get('太原')).toEqual({ initials: 'ty', full: 'taiyuan' });
    expect(keys.get('长治')).toEqual({ initials: 'cz', full: 'changzhi' });
    expect(matchAreas(AREAS, 'ty', keys)).toEqual(['太原']);
    expect(matchAreas(AREAS, 'TaiYuan', keys)).toEqual(['太原']);
    expect(matchAreas(AREAS, 'cz', keys)).toEqual(['长治']);
    // without keys, Latin letters match no Chinese name
    expect(matchAreas(AREAS, 'ty')).toEqual([]);
  });
  it('calls a query of Latin letters only a pinyin query', () => {
    expect([isLatinQuery('ty'), isLatinQuery('太'), isLatinQuery('t y')]).toEqual([true, false, false]);
  });
});

describe('areaGroups: the target city first, then the areas by province, then those without one', () => {
  it('groups 6 cities: 太原 (target) | 山西省 大同 长治 | 北京市 | 天津市 | 江苏省 太仓', () => {
    const g = areaGroups(AREAS, '太原市');
    expect(g.map((x) => [x.kind, x.label, x.names.join(' ')])).toEqual([
      ['target', '', '太原'], ['province', '北京市', '北京'], ['province', '山西省', '大同 长治'],
      ['province', '天津市', '天津'], ['province', '江苏省', '太仓'],
    ]);
  });
  it('makes one unlabelled group when no province is known, and a last group of areas without one', () => {
    expect(areaGroups([{ name: 'a' }, { name: 'b' }], null)).toEqual([{ kind: 'other', label: '', names: ['a', 'b'] }]);
    expect(areaGroups([{ name: 'a', province: 'P' }, { name: 'b' }], 'x').map((x) => x.kind)).toEqual(['province', 'other']);
  });
});
