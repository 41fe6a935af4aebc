/**
 * The zh-CN words of the command line (`npm run report`): its labels, messages and usage text, one
 * key each, `{name}` marks a value (typed: `cliTr` in cli.ts takes exactly these slots). A part of
 * the zh-CN vocabulary of its own because only the CLI loads it (not the page, not the worker). The
 * CLI prints a bilingual summary: a label is written from both languages' texts of its key. Add a key
 * here and in cli.en-GB.ts.
 */
export const cliZhCN = {
  cli_usage: '蓝天 Lantian — 由监测数据 CSV 文件生成空气质量报告\n\n用法：npm run report -- [选项] <文件或文件夹>...\n      npm run --silent report -- --format json <文件>   （标准输出只有 JSON）\n\n文件夹按子目录递归读取（*.csv、*.txt）。每个文件以流的方式读取，不整体读入内存。\n\n选项：\n  --format text|json|csv   输出格式（默认 text：可读的摘要）\n  --daily                  加上日数据表（json：areas[].daily；csv：输出日数据表而非年度表）\n  --edition auto|2012|2026 标准版本（默认 auto：按数据日期，2026-03-01 起用 2026 版）\n  --area NAME              只报告该区域（城市）\n  --year YYYY              只报告该年份\n  --targets FILE           评估目标文件（JSON，格式 lantian-targets/1），如 data/targets/taiyuan-2021.json\n  --co-unit auto|mg|ug     输入文件的 CO 单位（默认 auto：自动识别）\n  --area-name NAME         没有城市信息的站点组成的区域名称（默认 全部站点）\n  --columns NAME,NAME,...  布局无法识别的日报表（没有表头且不是已知布局，或表头名称未知）按列的顺序\n                           写出每列的含义，如 --columns date,AQI,PM2.5,PM10,SO2,NO2,CO,O3；\n                           能识别的文件照常读取。\n                           可用的名称：{columnNames}\n  --ranking                输出已加载城市的综合指数排名，而非报告\n                           （--year：该年，默认最近一年；json：格式 lantian-ranking/1）\n  --ranking-scope ID       key（168 个重点城市，默认）、jjj、fenwei、yrd、chengyu、yangtze-middle、prd、\n                           other、shanxi、all（已加载的全部城市）\n  --ranking-period P       ytd（1 月 1 日至有数据的最后一天，默认）、year，或月份 1..12\n  --key-cities FILE        重点城市名单（lantian-key-cities/1；默认 data/ranking/key-cities-168.json）\n  --tasks FILE             改为输出计划的任务台账（格式 lantian-plan-tasks/1，如\n                           data/plans/taiyuan-2021-tasks.json 或从页面导出的台账）；不需要监测数据\n  --today YYYY-MM-DD       与 --tasks 同用：判定状态的日期（默认：北京时间今天）\n  --help                   本说明\n\n退出码：0 已输出报告 · 1 未读到可用数据 · 2 命令行有误',
  cli_report: '报告',
  cli_edition: '标准',
  cli_mixed: '跨版本',
  cli_rounding: '修约',
  cli_roundingRule: 'GB/T 8170 四舍六入五成双；浓度 µg/m³ 取整数，CO mg/m³ 保留 1 位小数；综合指数保留 2 位小数',
  cli_dailyTable: '日报表',
  cli_stations: '站点',
  cli_data: '数据',
  cli_absent: '缺少整列',
  cli_tableHeader: '年份  有效  优良  比例%  重污染  {categories}   PM2.5  PM10  SO2  NO2  CO95  O3-90  综合指数   排名',
  cli_partialYear: '数据不足一年',
  cli_dailyData: '日数据',
  cli_dailyRows: '{rows} 行（用 --format json 或 csv 查看）',
  cli_targets: '目标',
  cli_issues: '数据问题',
  cli_firstIssues: '前 {shown} 条',
  cli_taskRegister: '任务台账',
  cli_asOf: '统计日',
  cli_beijingTime: '北京时间',
  cli_leadDepartment: '牵头单位',
  cli_overdueItems: '逾期事项',
  cli_nextDue: '下一截止',
  cli_ranked: '已排名',
  cli_notLoaded: '未加载',
  cli_error: '错误',
  cli_internalError: '内部错误',
  cli_mustBeOneOf: '--{option} 必须是 {allowed} 之一（收到 "{got}"）',
  cli_badYear: '--year 必须是四位数的年份（收到 "{got}"）',
  cli_badToday: '--today 必须是 YYYY-MM-DD 格式的有效日期（收到 "{got}"）',
  cli_emptyAreaName: '--area-name 不能为空',
  cli_badColumns: '--columns "{list}"：{errors}',
  cli_badRankingPeriod: '--ranking-period 必须是 ytd、year 或月份 1..12（收到 "{got}"）',
  cli_needsRanking: '--ranking-scope、--ranking-period 和 --key-cities 须与 --ranking 同用',
  cli_notFound: '文件不存在',
  cli_tasksUnreadable: '无法读取任务台账文件',
  cli_tasksInvalid: '任务台账文件无效',
  cli_targetsUnreadable: '无法读取目标文件',
  cli_targetsInvalid: '目标文件无效',
  cli_keyCitiesInvalid: '重点城市名单无效',
  cli_noInput: '未指定输入文件',
  cli_remapped: '未识别的布局，按 --columns 读入',
  cli_nothingUsable: '没有可用数据',
  cli_fileRead: '{format}，{used}/{rows} 行，{stations} 个站点，{from}..{to}',
  cli_errorIssues: '{errors} 个错误问题',
  cli_nothingRead: '未从 {files} 个文件读到可用数据',
  cli_readSummary: '读取 {files} 个文件，用时 {ms} ms；数据问题：{error} 个错误，{warning} 个警告，{info} 条提示',
} as const;

export type CliTextKey = keyof typeof cliZhCN;
