import { describe, expect, it } from 'vitest';
import { enGB } from './en-GB.ts';
import { dateLabel, formatNumber, formatPercent, monthRangeLabel, shortDateLabel } from './format.ts';
import { enZh, zhEn } from './cli.ts';
import { cliEnGB } from './cli.en-GB.ts';
import { cliZhCN } from './cli.zh-CN.ts';
import type { CliTextKey } from './cli.zh-CN.ts';
import { issueText } from './issues.ts';
import { dustText } from './dustFall.ts';
import { natTr } from './national.ts';
import { nationalEnGB } from './national.en-GB.ts';
import { nationalZhCN } from './national.zh-CN.ts';
import type { NationalTextKey } from './national.zh-CN.ts';
import { dustFallEnGB } from './dustFall.en-GB.ts';
import { dustFallZhCN } from './dustFall.zh-CN.ts';
import type { DustFallTextKey } from './dustFall.zh-CN.ts';
import { issuesEnGB } from './issues.en-GB.ts';
import { issuesZhCN } from './issues.zh-CN.ts';
import type { IssueTextKey } from './issues.zh-CN.ts';
import { bilingual, fill, listOf, tr } from './text.ts';
import { zhCN } from './zh-CN.ts';
import type { TextKey } from './zh-CN.ts';

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;
const slots = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the zh-CN and en-GB dictionaries', () => {
  it('give every key a non-empty English text', () => {
    for (const key of Object.keys(zhCN) as TextKey[]) expect(enGB[key].trim(), key).not.toBe('');
  });
  it('keep Chinese out of the English texts, except the button that switches back to Chinese and the baseline line\'s colon', () => {
    const withCjk = Object.entries(enGB).filter(([, text]) => CJK.test(text)).map(([k]) => k);
    expect(withCjk).toEqual(['language', 'baselineLine']);
  });
  it('use the same {slots} in both languages (a value shown in one is shown in the other)', () => {
    const differ = (Object.keys(zhCN) as TextKey[]).filter((k) => {
      const z = slots(zhCN[k]);
      const e = slots(enGB[k]);
      return z.join() !== e.join() && !(k === 'subtitle_heavyDaysByMonth' || k === 'fmt_monthRange');
    });
    expect(differ).toEqual([]);
  });
});

describe('the ingest\'s issue texts (issues.zh-CN.ts, issues.en-GB.ts)', () => {
  const keys = Object.keys(issuesZhCN) as IssueTextKey[];
  it('give every key an English text (separators may be a lone space)', () => {
    for (const key of keys) expect(issuesEnGB[key], key).not.toBe('');
  });
  it('keep Chinese out of the English texts, except the Chinese header names a file is asked to have', () => {
    expect(keys.filter((k) => CJK.test(issuesEnGB[k]))).toEqual(['issue_noDateColumn']);
  });
  it('use the same {slots} in both languages', () => {
    expect(keys.filter((k) => slots(issuesZhCN[k]).join() !== slots(issuesEnGB[k]).join())).toEqual([]);
  });
  it('share no key with the page dictionary (one word, one place)', () => {
    expect(keys.filter((k) => k in zhCN)).toEqual([]);
  });
  it('fill the typed slots in both languages', () => {
    expect(issueText('issue_nonNumeric', { line: 6, column: 'PM2.5', value: 'abc' })).toEqual({
      zh: '第 6 行 PM2.5 列不是数值（“abc”），已剔除',
      en: 'Row 6, PM2.5: not a number ("abc"); excluded',
    });
  });
});

describe('the command line\'s words (cli.zh-CN.ts, cli.en-GB.ts)', () => {
  const keys = Object.keys(cliZhCN) as CliTextKey[];
  it('give every key a non-empty English text', () => {
    for (const key of keys) expect(cliEnGB[key].trim(), key).not.toBe('');
  });
  it('keep Chinese out of the English texts, except the usage text (the name 蓝天 and the default area name 全部站点)', () => {
    expect(keys.filter((k) => CJK.test(cliEnGB[k]))).toEqual(['cli_usage']);
  });
  it('use the same {slots} in both languages', () => {
    expect(keys.filter((k) => slots(cliZhCN[k]).join() !== slots(cliEnGB[k]).join())).toEqual([]);
  });
  it('share no key with the page dictionary or the issue texts', () => {
    expect(keys.filter((k) => k in zhCN || k in issuesZhCN)).toEqual([]);
  });
  it('put a label\'s two languages side by side in the order the line reads', () => {
    expect(enZh('cli_issues', {})).toBe('Issues 数据问题');
    expect(zhEn('cli_edition', {})).toBe('标准 edition');
  });
});

describe('the dust-fall words (dustFall.zh-CN.ts, dustFall.en-GB.ts)', () => {
  const keys = Object.keys(dustFallZhCN) as DustFallTextKey[];
  it('give every key a non-empty English text without Chinese', () => {
    for (const key of keys) expect(dustFallEnGB[key].trim(), key).not.toBe('');
    expect(keys.filter((k) => CJK.test(dustFallEnGB[k]))).toEqual([]);
  });
  it('use the same {slots} in both languages', () => {
    expect(keys.filter((k) => slots(dustFallZhCN[k]).join() !== slots(dustFallEnGB[k]).join())).toEqual([]);
  });
  it('share no key with the page dictionary, the issue texts or the command line\'s', () => {
    expect(keys.filter((k) => k in zhCN || k in issuesZhCN || k in cliZhCN)).toEqual([]);
  });
  it('fill their slots', () => {
    expect(dustText('dustFall_aboveItem', { county: '小店区', n: 3 })).toEqual({ zh: '小店区（3 个月）', en: '小店区 (3 months)' });
  });
});

describe('tr and friends', () => {
  it('fill slots in one pass: a value that reads like a slot or a replacement pattern is shown as written', () => {
    expect(fill('Row {line}: "{value}"', { line: 2, value: '{line} $& $1' })).toBe('Row 2: "{line} $& $1"');
    expect(fill('{a} {missing}', { a: 1 })).toBe('1 {missing}');
  });
  it('fill {name} slots', () => {
    expect(tr('zh', 'filesDone', { i: 3, n: 12 })).toBe('已完成 3/12 个文件');
    expect(tr('en', 'filesDone', { i: 3, n: 12 })).toBe('3 of 12 files done');
  });
  it('give both languages at once and list items with each language\'s separator', () => {
    expect(bilingual('status_met')).toEqual({ zh: '达标', en: 'Met' });
    expect(listOf(['SO2', 'NO2'], 'zh')).toBe('SO2、NO2');
    expect(listOf(['SO2', 'NO2'], 'en')).toBe('SO2, NO2');
  });
});

describe('formatters', () => {
  it('write dates without a JS Date: 2021-03-05 → 2021年3月5日 / 5 Mar 2021, 3月5日 / 5 Mar', () => {
    expect(dateLabel('2021-03-05', 'zh')).toBe('2021年3月5日');
    expect(dateLabel('2021-03-05', 'en')).toBe('5 Mar 2021');
    expect(shortDateLabel('2021-03-05', 'zh')).toBe('3月5日');
    expect(shortDateLabel('2021-03-05', 'en')).toBe('5 Mar');
  });
  it('write a cumulative period as 1—8月 / Jan–Aug (CNEMC form)', () => {
    expect(monthRangeLabel(1, 8, 'zh')).toBe('1—8月');
    expect(monthRangeLabel(1, 8, 'en')).toBe('Jan–Aug');
  });
  it('round half to even before Intl groups: 2.5 → 2, 6.125 (2 decimals) → 6.12, 189/336 → 56.2%', () => {
    expect(formatNumber(2.5, 'en')).toBe('2');
    expect(formatNumber(6.125, 'zh', 2)).toBe('6.12');
    expect(formatPercent(189 / 336, 'en')).toBe('56.2%');
  });
});

describe('the national view\'s words (national.zh-CN.ts, national.en-GB.ts)', () => {
  const keys = Object.keys(nationalZhCN) as NationalTextKey[];
  it('has every key in English, without Chinese, with the same slots', () => {
    for (const key of keys) expect(nationalEnGB[key].trim(), key).not.toBe('');
    expect(keys.filter((k) => CJK.test(nationalEnGB[k]))).toEqual([]);
    expect(keys.filter((k) => slots(nationalZhCN[k]).join() !== slots(nationalEnGB[k]).join())).toEqual([]);
  });
  it('fills the slots: 365 个文件 / 365 files; 太原 第 3 名（共 168 个城市）', () => {
    expect([natTr('zh', 'files_groupCount', { n: 365 }), natTr('en', 'files_groupCount', { n: 365 })]).toEqual(['365 个文件', '365 files']);
    expect(natTr('zh', 'rankingChart_place', { city: '太原', rank: 3, n: 168 })).toBe('太原 第 3 名（共 168 个城市）');
  });
});
