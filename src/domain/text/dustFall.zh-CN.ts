/**
 * The zh-CN words of dust fall against the plan's line (§21): the page section, its chart, slide and
 * tables, one key each, `{name}` marks a value (typed: `dustTr` in dustFall.ts takes exactly these
 * slots). A part of the zh-CN vocabulary of its own because only the dust-fall section, its slide
 * (both loaded after the first paint, when a dust-fall table is loaded) and the CLI need it: in
 * zh-CN.ts it would weigh on the page's initial JS (and on the worker inlined in it). Add a key here
 * and in dustFall.en-GB.ts.
 */
export const dustFallZhCN = {
  dustFall_heading: '降尘量（计划第21条）',
  dustFall_rule: '降尘量高于 {limit} 吨/月·平方公里的县（市、区）开展降尘污染治理专项行动（{source}）',
  dustFall_above: '高于 {limit} 的县（市、区）：{list}',
  dustFall_aboveItem: '{county}（{n} 个月）',
  dustFall_noneAbove: '没有县（市、区）的月降尘量高于 {limit}',
  dustFall_span: '{from} 至 {to}，{n} 个县（市、区）',
  dustFall_county: '县（市、区）',
  dustFall_month: '月份',
  dustFall_months: '有数据月数',
  dustFall_monthsAbove: '高于限值月数',
  dustFall_monthsAboveList: '高于限值的月份',
  dustFall_worst: '最高月份',
  dustFall_worstValue: '最高值 t/(km²·月)',
  dustFall_value: '降尘量 t/(km²·月)',
  dustFall_limitLine: '限值 {limit}',
  dustFall_limitColumn: '限值',
  dustFall_aboveColumn: '高于限值',
  dustFall_chartTitle: '{area}各县（市、区）月降尘量',
  dustFall_unit: 't/(km²·月)',
  dustFall_countiesAbove: '高于 {limit} 的县（市、区）',
  dustFall_countiesNotAbove: '未高于 {limit} 的县（市、区）',
  dustFall_moreCounties: '另有 {n} 个县（市、区）未列出（见页面或 CSV）',
  dustFall_csv: '导出降尘量表（CSV）',
} as const;

export type DustFallTextKey = keyof typeof dustFallZhCN;
