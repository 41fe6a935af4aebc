/**
 * The zh-CN words of the ingest's issues (docs/robustness.md lists every code): one key per message,
 * `{name}` marks a value the ingest fills (typed: `issueText` in issues.ts takes exactly these slots).
 * A part of the zh-CN vocabulary of its own because only the reading worker and the CLI need it: in
 * zh-CN.ts it would weigh on the page's initial JS. Add a key here and in issues.en-GB.ts.
 */
export const issuesZhCN = {
  // A refused file: `{file}：{message}`
  issue_inFile: '{file}：{message}',
  // Not a text file (decode.ts)
  issue_emptyFile: '文件为空。',
  issue_binaryExcelZip: '这是 Excel/ZIP 文件（.xlsx/.zip），不是 CSV。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再导入。',
  issue_binaryExcelXls: '这是旧版 Excel 文件（.xls），不是 CSV。请在 Excel 中“另存为 → CSV”后再导入。',
  issue_binaryPdf: '这是 PDF 文件，不是 CSV。请导入原始数据表格（CSV）。',
  issue_binaryGzip: '这是压缩文件（gzip），不是 CSV。请先解压。',
  issue_binaryRar: '这是压缩文件（RAR），不是 CSV。请先解压。',
  issue_binary7z: '这是压缩文件（7z），不是 CSV。请先解压。',
  issue_utf16NoBom: '这是没有字节顺序标记（BOM）的 UTF-16 文本，无法可靠识别。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入。',
  issue_binary: '这是二进制文件（含 NUL 字节），不是 CSV 文本。请导出为 CSV 后再导入。',
  // Records (reader.ts)
  issue_decodingError: '文件中有无法按所识别的编码解码的字节（显示为 �），相应文字可能有误',
  issue_repeatedHeader: '第 {line} 行重复了表头（多个导出文件拼接而成？），已跳过',
  issue_malformedQuotes: '第 {line} 行的引号不成对（{error}）：该行以及被并入同一个带引号单元格的后续行可能未被正确读入',
  issue_incompleteLastRow: '第 {line} 行（文件最后一行）只有 {columns} 列而表头有 {width} 列，文件可能不完整（未下载完？），该行已舍弃',
  issue_unterminatedQuote: '文件末尾有未闭合的引号，最后一行可能不完整',
  issue_noDataRows: '没有可用的数据行，文件未被使用',
  issue_noContent: '没有任何内容，文件未被使用',
  // Format detection (detect.ts)
  issue_tellMapping: '请在页面弹出的“指定列含义”对话框中为每一列选择含义（日期、AQI、PM2.5 …）后读入（也可在数据面板中点该文件的“指定列含义”）；命令行用 --columns 按列的顺序写出，如 --columns date,AQI,PM2.5,PM10,SO2,NO2,CO,O3。',
  issue_needsColumnMapping: '表格没有表头，且不是已知的布局（天气后报 11 列、aqistudy 12 列）。{tellMapping}',
  issue_noDateColumn: '找到了污染物列，但没有日期或时间列（如“日期”“date”“时间”），无法读入。',
  issue_unknownFormat: '无法识别文件格式：表头“{header}”中没有可识别的日期、站点或污染物列。如果表格没有表头或表头不是这些名称：{tellMapping}',
  issue_duplicateColumn: '表头中“{column}”的含义重复（第 {first} 列和第 {second} 列），只使用第 {first} 列',
  issue_invalidColumnMapping: '列映射无法使用：{problems}',
  issue_problemSeparator: '',
  issue_columnMappingGiven: '表格没有表头，按指定的列映射读入：{mapping}',
  issue_columnMappingRecognised: '表格没有表头，按识别出的列映射读入：{mapping}',
  issue_columnMappingSeparator: '，',
  // The column mapping itself (columnMapping.ts)
  mapping_noDate: '没有日期列：请为含日期的那一列选择“日期”。',
  mapping_fieldTwice: '“{field}”被指定给了多列（第 {columns} 列）：每种含义只能对应一列。',
  mapping_noValue: '没有 AQI 或污染物浓度列：至少需要一列（AQI、PM2.5、PM10、SO2、NO2、CO 或 O3）才能计算。',
  mapping_unknownName: '未知的列名“{name}”（第 {item} 项）。可用：{accepted}',
  mapping_notDaily: '“{name}”（第 {item} 项）不是日报表能用的列。可用：{accepted}',
  // Cells (context.ts, coUnit.ts, issues.ts)
  issue_impossibleValue: '第 {line} 行 {column} 列的值 {value} 超出可能范围（> {max} µg/m³），已剔除',
  issue_impossibleCo: '第 {line} 行 {column} 列的值 {value} 超出可能范围（CO > {max} mg/m³），已剔除',
  issue_impossibleCoValues: '{column} 列有超出可能范围的值（例 {value} mg/m³ > {max}），已剔除',
  issue_nonNumeric: '第 {line} 行 {column} 列不是数值（“{value}”），已剔除',
  issue_negativeValue: '第 {line} 行 {column} 列为负值（{value}），不可能的浓度，已剔除',
  issue_invalidDate: '第 {line} 行 {column} 列的日期/时间“{value}”不存在，该行已舍弃',
  issue_unreadableDate: '第 {line} 行 {column} 列无法识别为日期（“{value}”），该行已舍弃',
  issue_invalidHour: '第 {line} 行 {column} 列的小时“{value}”无效（应为 0–23），该行已舍弃',
  issue_missingValues: '{column} 列有 {count} 个缺测值（{markers}），按缺测处理',
  issue_emptyCell: '(空)',
  issue_occurrences: '（共 {count} 处，示例行 {rows}）',
  issue_coUnit: 'CO 单位识别为 µg/m³（{how}），已换算为 mg/m³',
  issue_coHow_header: '表头注明',
  issue_coHow_magnitude: '按数值大小判断',
  issue_coHow_setting: '按设置',
  issue_coHow_format: '按数据来源格式',
  // Stations and hours (hourlyStore.ts, formats/)
  issue_stationWithoutValues: '站点 {station} 在本文件中没有任何有效数值（{hours} 个小时全部缺测）',
  issue_constantValues: '站点 {station} 的 {hours} 个小时数值完全相同（{values}），可能是停用或冻结的点位，请核实后再使用',
  issue_hour24: '文件使用 1–24 时的记法：24 时记为次日 0 时',
  issue_noStationColumnCity: '没有站点列：每个城市作为一个站点',
  issue_noStationColumnFile: '没有站点列：全部数据记为站点“{station}”（文件名）',
  issue_noHour: '第 {line} 行 {column} 列没有小时，该行已舍弃',
  issue_missingStationName: '第 {line} 行没有站点名称，该行已舍弃',
  issue_stationWithoutCodeOrName: '第 {line} 行既无站点编码也无名称，已舍弃',
  issue_stationListedAgain: '站点 {station} 重复出现（第 {line} 行），保留第一次',
  issue_repeatedHourSame: '重复的站点小时（第 {line} 行起，如 {station} {hour}），数值相同，只计一次',
  issue_repeatedHourDiffers: '第 {line} 行：{station} {hour} 重复且数值不同，保留先出现的 [{kept}]，舍弃 [{dropped}]',
  issue_unknownType: '第 {line} 行的类型“{type}”无法识别，该行已舍弃',
  issue_derivedType: '类型 {type} 等派生值（AQI、24 小时或 8 小时滑动值）不读入，由小时值重新计算',
  issue_repeatedWideRowSame: '重复的行（如 {hour} {type}），数值相同，只计一次',
  issue_repeatedWideRowDiffers: '第 {line} 行：{hour} {type} 重复且数值不同（{count} 个站点不同，如 {example}），保留先出现的行',
  // Daily tables and dust days (formats/)
  issue_areaFromFileName: '日报表没有城市列：区域名取自文件名“{area}”',
  issue_repeatedDaySame: '重复的日期（如 {area} {date}，第 {line} 行），数值相同，只计一次',
  issue_repeatedDayDiffers: '第 {line} 行：{area} {date} 重复且数值不同，保留先出现的 [{kept}]，舍弃 [{dropped}]',
  issue_repeatedDustDay: '沙尘日期 {date} 重复（第 {line} 行），只计一次',
  // Files merged (dataset.ts)
  issue_mergedSame: '{count} 个{unit}已由先前的文件提供且数值相同，只计一次',
  issue_mergedDiffers: '{count} 个{unit}与先前文件的数值不同，保留先读入的文件的数值。例：{examples}',
  issue_unit_stationHours: '站点小时',
  issue_unit_areaDays: '区域日',
  issue_unit_countyMonths: '区县月',
  // Dust-fall tables (formats/dustFall.ts, plan §21)
  issue_dustFallNoMonth: '找到了降尘量列，但没有月份列（如“月份”“month”），无法读入。',
  issue_dustFallCountyFromFile: '降尘量表没有区县列：区县名取自文件名“{name}”',
  issue_missingCounty: '第 {line} 行 {column} 列没有区县名称，该行已舍弃',
  issue_unreadableMonth: '第 {line} 行 {column} 列无法识别为月份（“{value}”，应如 2021-03 或 2021年3月），该行已舍弃',
  issue_invalidMonth: '第 {line} 行 {column} 列的月份“{value}”不存在，该行已舍弃',
  issue_dustFallNegative: '第 {line} 行 {column} 列为负值（{value}），不可能的降尘量，已剔除',
  issue_dustFallText: '第 {line} 行 {column} 列不是数值（“{value}”），已剔除',
  issue_dustFallImpossible: '第 {line} 行 {column} 列的值 {value} 超出可能范围（> {max} t/(km²·月)），已剔除',
  issue_dustFallRepeated: '{county} {month} 重复（第 {line} 行），数值相同，只计一次',
  issue_dustFallConflict: '第 {line} 行：{county} {month} 重复且数值不同，保留先出现的 {kept}，舍弃 {dropped}',
  // The demo (demo/generate.ts)
  issue_simulatedData: '这是模拟的演示数据（随机种子 {seed}），不是实测数据：按太原国控站点的季节与污染过程特征生成，年度统计接近官方公布的2020、2021年数值。请导入实测数据用于正式评估。',
} as const;

export type IssueTextKey = keyof typeof issuesZhCN;
