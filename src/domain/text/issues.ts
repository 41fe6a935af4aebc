/**
 * Issue messages in both languages from their dictionary key (issues.zh-CN.ts, issues.en-GB.ts), with
 * exactly the values the key's `{slots}` need: the one way the ingest words what it found.
 */
import type { Message } from '../types.ts';
import { issuesEnGB } from './issues.en-GB.ts';
import { issuesZhCN } from './issues.zh-CN.ts';
import type { IssueTextKey } from './issues.zh-CN.ts';
import { fill } from './text.ts';
import type { Lang, VarsFor } from './text.ts';

const ISSUE_TEXTS = { zh: issuesZhCN, en: issuesEnGB } as const;

/** The values of `key`'s slots (`{}` for a text without slots). */
export type IssueVars<K extends IssueTextKey> = VarsFor<(typeof issuesZhCN)[K]>;

/**
 * The text of an issue key in one language (for a phrase that fills a slot of another text).
 * @example issueTr('en', 'issue_coHow_header', {}) → 'stated in the header'
 */
export function issueTr<K extends IssueTextKey>(lang: Lang, key: K, vars: IssueVars<K>): string {
  return fill(ISSUE_TEXTS[lang][key], vars);
}

/**
 * An issue message in both languages. `vars` may depend on the language when a value is itself a
 * phrase (`(lang) => ({ how: issueTr(lang, 'issue_coHow_header', {}) })`).
 * @example issueText('issue_nonNumeric', { line: 2, column: 'PM2.5', value: 'abc' }).en → 'Row 2, PM2.5: not a number ("abc"); excluded'
 */
export function issueText<K extends IssueTextKey>(key: K, vars: IssueVars<K> | ((lang: Lang) => IssueVars<K>)): Message {
  const v = (lang: Lang): IssueVars<K> => (typeof vars === 'function' ? vars(lang) : vars);
  return { zh: issueTr('zh', key, v('zh')), en: issueTr('en', key, v('en')) };
}

export type { IssueTextKey };
