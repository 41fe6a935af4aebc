/**
 * Column-header recognition: Chinese and English spellings of the fields found in monitoring
 * exports (`PM2.5`, `PM2_5`, `pm25`, `细颗粒物`, `CO(mg/m3)`, `一氧化碳`, `日期`, `站点` …), with the
 * unit written in the header when there is one.
 */
import type { DailyField } from './ingestFile.ts';

/** A recognised column meaning. Pollutant names follow `types.ts`; 'O3' is the unqualified ozone column. */
export type HeaderField =
  | 'SO2' | 'NO2' | 'PM10' | 'PM2.5' | 'CO' | 'O3' | 'O3_1h' | 'O3_8h'
  | 'date' | 'hour' | 'year' | 'month' | 'day'
  | 'station' | 'stationCode' | 'city' | 'type'
  | 'aqi' | 'category' | 'primary' | 'lon' | 'lat' | 'background'
  /** Station lists: the province (省级行政区) of the station. */
  | 'province'
  /** Dust-fall tables (plan §21): the county (区县) and the monthly dust fall (降尘量, t/(km²·month)). */
  | 'county' | 'dustFall'
  /** Known column that carries nothing we use (row number, rank, weather, 24-h rolling values …). */
  | 'ignore';

export interface HeaderInfo {
  field: HeaderField | null;
  /** Unit written in the header, when any. */
  unit: 'mg/m3' | 'ug/m3' | null;
  /** The header text as written (trimmed, BOM removed). */
  label: string;
}

const ALIASES: Record<Exclude<HeaderField, never>, string[]> = {
  SO2: ['so2', '二氧化硫', 'so2浓度'],
  NO2: ['no2', '二氧化氮', 'no2浓度'],
  PM10: ['pm10', '可吸入颗粒物', '颗粒物pm10', 'pm10浓度'],
  'PM2.5': ['pm25', '细颗粒物', '细颗粒物pm25', 'pm2p5', 'pm25浓度'],
  CO: ['co', '一氧化碳', 'co浓度'],
  O3: ['o3', '臭氧', 'o3浓度'],
  O3_1h: ['o31h', 'o31小时', '臭氧1小时', '臭氧1h', 'o3h1', 'o31hmax', '臭氧1小时最大值', '臭氧最大1小时'],
  O3_8h: ['o38h', 'o38小时', '臭氧8小时', '臭氧8h', 'o38hmax', 'mda8', 'o3mda8', '臭氧8小时滑动平均', '臭氧最大8小时',
    '臭氧8小时最大值', '臭氧日最大8小时平均', '臭氧8小时平均'],
  date: ['date', '日期', '时间', 'datetime', 'time', '监测时间', '数据时间', 'timepoint', '日期时间', '沙尘日期',
    'dustdate', '沙尘天日期', '监测日期'],
  hour: ['hour', '小时', '时', '时段', 'hr'],
  year: ['year', '年', '年份'],
  month: ['month', '月', '月份'],
  day: ['day', '日'],
  station: ['station', 'site', 'name', 'watchpoint', '站点', '站点名称', '监测点', '监测点名称', '点位', '点位名称', 'stationname',
    'sitename', 'positionname', '监测站', '监测站点', '测点', '测点名称', '站名'],
  stationCode: ['stationcode', 'sitecode', 'code', '站点编码', '站点代码', '监测点编码', '监测点代码', '点位编码', '点位代码',
    '编码', '站码', 'stationid', 'siteid'],
  city: ['city', '城市', 'area', '地区', '城市名称', 'cityname', '区域'],
  type: ['type', '类型', '指标'],
  aqi: ['aqi', 'aqi指数', '空气质量指数'],
  category: ['level', 'quality', 'category', '质量等级', '空气质量等级', '级别', '等级', '空气质量级别', 'aqi等级',
    '空气质量指数类别', '类别', 'qualitylevel'],
  primary: ['primarypollution', 'primarypollutant', 'primary', '首要污染物'],
  lon: ['lon', 'lng', 'longitude', '经度'],
  lat: ['lat', 'latitude', '纬度'],
  background: ['对照点', 'background', 'isbackground', '是否对照点'],
  province: ['province', '省级行政区', '省份', '省', '所属省份', '省区'],
  county: ['county', 'district', 'countydistrict', 'countyname', '区县', '县区', '县市区', '县市、区', '区县名称', '县区名称',
    '区县市'],
  dustFall: ['dustfall', 'dustdeposition', 'dustfallrate', '降尘', '降尘量', '月降尘量', '降尘监测值'],
  ignore: ['no', 'id', 'index', 'rank', '排名', '当天aqi排名', 'aqi排名', 'temp', 'pres', 'dewp', 'rain', 'wd', 'wspm',
    'aqirange', '范围', 'aqi范围', 'pm2524h', 'pm1024h', 'so224h', 'no224h', 'co24h', 'o324h', 'o38h24h'],
};

const LOOKUP = new Map<string, HeaderField>();
for (const [field, names] of Object.entries(ALIASES) as [HeaderField, string[]][]) {
  for (const n of names) LOOKUP.set(n, field);
}

const UNIT_MG = /mg\/?m3|mg\/?m\^?3|毫克/;
const UNIT_UG = /[uμµ]g\/?m3|[uμµ]g\/?m\^?3|微克/;

/** Folds full-width and subscript characters so that `ＰＭ２．５`, `PM₂.₅`, `（mg/m³）` read as ASCII. */
export function foldWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[₀-₉]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x2080 + 48))
    .replace(/[³]/g, '3')
    .replace(/\u3000/g, ' ');
}

/** Normalised key of a header or type cell: lower case, no spaces/punctuation, units removed. */
export function headerKey(raw: string): { key: string; unit: 'mg/m3' | 'ug/m3' | null } {
  let s = foldWidth(raw.replace(/^\uFEFF/, '').trim()).toLowerCase();
  let unit: 'mg/m3' | 'ug/m3' | null = null;
  // Bracketed parts: a unit is recorded and dropped; anything else is kept without the brackets.
  s = s.replace(/[([]([^)\]]*)[)\]]/g, (_all, inner: string) => {
    const compact = inner.replace(/\s+/g, '');
    if (UNIT_MG.test(compact)) { unit = 'mg/m3'; return ''; }
    if (UNIT_UG.test(compact)) { unit = 'ug/m3'; return ''; }
    return inner;
  });
  let compact = s.replace(/[\s_.\-·:：,'"]/g, '');
  if (UNIT_MG.test(compact)) { unit = 'mg/m3'; compact = compact.replace(UNIT_MG, ''); }
  else if (UNIT_UG.test(compact)) { unit = 'ug/m3'; compact = compact.replace(UNIT_UG, ''); }
  return { key: compact.replace(/\//g, ''), unit };
}

/** A dust-fall header followed by its unit (`降尘量(t/(km²·月))`, `dust fall t/km2/month`). */
const DUST_FALL_WITH_UNIT = /^(月?降尘量?|dustfall)(t|吨|g)/;

/**
 * Header cells already recognised (a pure function of the text): a folder of national files repeats
 * the same 1,600 site headers in every file. Bounded so that hostile headers cannot grow it forever.
 */
const HEADER_MEMO = new Map<string, Readonly<HeaderInfo>>();
const HEADER_MEMO_MAX = 20_000;

/** Recognises one header cell (the result is shared and frozen: do not change it). */
export function readHeader(raw: string): Readonly<HeaderInfo> {
  const known = HEADER_MEMO.get(raw);
  if (known) return known;
  const { key, unit } = headerKey(raw);
  const field = LOOKUP.get(key) ?? (DUST_FALL_WITH_UNIT.test(key) ? 'dustFall' : null);
  const info = Object.freeze({ field, unit, label: raw.replace(/^\uFEFF/, '').trim() });
  if (HEADER_MEMO.size >= HEADER_MEMO_MAX) HEADER_MEMO.clear();
  HEADER_MEMO.set(raw, info);
  return info;
}

/** Daily-table meaning of a header field (unqualified O3 in a daily table is the MDA8). */
export function dailyFieldOf(f: HeaderField | null, infos: HeaderInfo[]): DailyField | null {
  switch (f) {
    case 'date': case 'aqi': case 'category': case 'primary':
    case 'SO2': case 'NO2': case 'PM10': case 'PM2.5': case 'CO': case 'O3_8h': case 'O3_1h':
      return f;
    case 'O3':
      return infos.some((i) => i.field === 'O3_8h') ? 'O3_1h' : 'O3_8h';
    case 'city':
      return 'area';
    case 'station':
      return infos.some((i) => i.field === 'city') ? null : 'area';
    default:
      return null;
  }
}

/** The types of the national wide tables (`date,hour,type,…`), with what ingest does with each. */
export type WideType = { kind: 'hourly'; pollutant: 'SO2' | 'NO2' | 'PM10' | 'PM2.5' | 'CO' | 'O3' } | { kind: 'derived' };

const WIDE_TYPES = new Map<string, WideType>([
  ['pm25', { kind: 'hourly', pollutant: 'PM2.5' }],
  ['pm10', { kind: 'hourly', pollutant: 'PM10' }],
  ['so2', { kind: 'hourly', pollutant: 'SO2' }],
  ['no2', { kind: 'hourly', pollutant: 'NO2' }],
  ['o3', { kind: 'hourly', pollutant: 'O3' }],
  ['co', { kind: 'hourly', pollutant: 'CO' }],
  ...['aqi', 'pm2524h', 'pm1024h', 'so224h', 'no224h', 'o324h', 'o38h', 'o38h24h', 'co24h'].map(
    (k) => [k, { kind: 'derived' }] as [string, WideType],
  ),
]);

/** Meaning of a `type` cell of a national wide table, or null when unknown. */
export function readWideType(cell: string): WideType | null {
  const key = headerKey(cell).key;
  const known = WIDE_TYPES.get(key);
  if (known) return known;
  // Chinese names of the types (二氧化硫, 臭氧1小时, 臭氧8小时 …).
  const f = LOOKUP.get(key);
  if (f === 'SO2' || f === 'NO2' || f === 'PM10' || f === 'PM2.5' || f === 'CO' || f === 'O3') return { kind: 'hourly', pollutant: f };
  if (f === 'O3_1h') return { kind: 'hourly', pollutant: 'O3' };
  if (f === 'O3_8h' || f === 'aqi') return { kind: 'derived' };
  return null;
}

/** Site codes of the national network look like `1001A` (a few have more digits or a letter suffix). */
export function isSiteCode(label: string): boolean {
  return /^\d{3,5}[A-Za-z]$/.test(label.trim());
}
