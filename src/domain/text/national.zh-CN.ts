/**
 * The zh-CN words of the national view's page parts (issue 9): the loaded-files table's group rows,
 * the searchable area picker and the ranking chart, one key each, `{name}` marks a value (typed:
 * `natTr` in national.ts takes exactly these slots). A part of its own because only parts loaded after
 * the first paint use them (the data panel, the picker, the ranking section and slide): in zh-CN.ts they
 * would weigh on the page's initial JS and on the worker inlined in it. Add a key here and in
 * national.en-GB.ts.
 */
export const nationalZhCN = {
  files_groupCount: '{n} 个文件',
  files_groupShow: '展开这组文件',
  files_groupHide: '收起这组文件',
  files_groupIssues: '问题：错误 {error}，警告 {warning}，提示 {info}',
  files_groupRemove: '移除这组',
  files_groupRefused: '{n} 个未读入',
  area_search: '搜索地区',
  area_searchPlaceholder: '搜索：名称或拼音首字母',
  area_targetGroup: '目标城市',
  area_otherGroup: '其他',
  area_noMatch: '无匹配',
  rankingChart_title: '综合指数排名：{scope}',
  rankingChart_place: '{city} 第 {rank} 名（共 {n} 个城市）',
  rankingChart_notRanked: '{city} 未参与排名',
} as const;

export type NationalTextKey = keyof typeof nationalZhCN;
