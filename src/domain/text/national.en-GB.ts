/**
 * The en-GB words of the national view's page parts: the same keys as national.zh-CN.ts (a missing key
 * is a type error) and the same `{slots}`.
 */
import type { NationalTextKey } from './national.zh-CN.ts';

export const nationalEnGB: Readonly<Record<NationalTextKey, string>> = {
  files_groupCount: '{n} files',
  files_groupShow: 'Show the files of',
  files_groupHide: 'Hide the files of',
  files_groupIssues: 'issues: {error} errors, {warning} warnings, {info} notes',
  files_groupRemove: 'Remove group',
  files_groupRefused: '{n} not read',
  area_search: 'Search areas',
  area_searchPlaceholder: 'Search: name or pinyin initials',
  area_targetGroup: 'Target city',
  area_otherGroup: 'Other',
  area_noMatch: 'No match',
  rankingChart_title: 'Composite index ranking: {scope}',
  rankingChart_place: '{city} ranked {rank} of {n} cities',
  rankingChart_notRanked: '{city} not ranked',
};
