/**
 * The command line's words (cli.zh-CN.ts, cli.en-GB.ts) with typed slots, and the two ways the CLI's
 * bilingual text puts a label's languages side by side.
 */
import { cliEnGB } from './cli.en-GB.ts';
import { cliZhCN } from './cli.zh-CN.ts';
import type { CliTextKey } from './cli.zh-CN.ts';
import { fill } from './text.ts';
import type { Lang, VarsFor } from './text.ts';

const CLI_TEXTS = { zh: cliZhCN, en: cliEnGB } as const;

/** The values of `key`'s slots (`{}` for a text without slots). */
export type CliVars<K extends CliTextKey> = VarsFor<(typeof cliZhCN)[K]>;

/**
 * The CLI text of `key` in `lang`.
 * @example cliTr('en', 'cli_badYear', { got: '20x' }) → '--year must be a four-digit year (got "20x")'
 */
export function cliTr<K extends CliTextKey>(lang: Lang, key: K, vars: CliVars<K>): string {
  return fill(CLI_TEXTS[lang][key], vars);
}

/** A label English first, then Chinese, space-separated: enZh('cli_issues', {}) → 'Issues 数据问题'. */
export function enZh<K extends CliTextKey>(key: K, vars: CliVars<K>): string {
  return `${cliTr('en', key, vars)} ${cliTr('zh', key, vars)}`;
}

/** A label Chinese first, then English: zhEn('cli_edition', {}) → '标准 edition'. */
export function zhEn<K extends CliTextKey>(key: K, vars: CliVars<K>): string {
  return `${cliTr('zh', key, vars)} ${cliTr('en', key, vars)}`;
}

/** A message English, then ' / ', then Chinese (diagnostics on stderr): 'not found / 文件不存在'. */
export function enSlashZh<K extends CliTextKey>(key: K, vars: CliVars<K>): string {
  return `${cliTr('en', key, vars)} / ${cliTr('zh', key, vars)}`;
}

export type { CliTextKey };
