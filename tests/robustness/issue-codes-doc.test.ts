/**
 * docs/robustness.md documents every issue code: the table "Every issue code" has one row per member
 * of `ISSUE_CODES` and no other, and the codes the rest of the page names (`error \`code\``, `(+ \`code\`)`)
 * are members too. A code added to the union without its row (what triggers it, what the user sees,
 * what happens to the data) fails here, as does a row or a mention left behind by a renamed code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issuesZhCN } from '../../src/domain/text/issues.zh-CN.ts';
import { ISSUE_CODES } from '../../src/domain/types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const doc = readFileSync(path.join(root, 'docs', 'robustness.md'), 'utf8');

/** The body of the section `## Every issue code` (up to the next `## `). */
function codeSection(): string {
  const start = doc.indexOf('\n## Every issue code\n');
  expect(start, 'docs/robustness.md has a section "## Every issue code"').toBeGreaterThanOrEqual(0);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

/** The code of each table row of the section: `| \`code\` | severity | …`. */
function documentedCodes(): string[] {
  return [...codeSection().matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] ?? '');
}

describe('docs/robustness.md and the IssueCode union', () => {
  it('has a row for every member of ISSUE_CODES', () => {
    const documented = new Set(documentedCodes());
    expect(ISSUE_CODES.filter((c) => !documented.has(c))).toEqual([]);
  });

  it('has no row for a code outside the union, and none twice', () => {
    const rows = documentedCodes();
    const known = new Set<string>(ISSUE_CODES);
    expect(rows.filter((c) => !known.has(c))).toEqual([]);
    expect(rows.filter((c, i) => rows.indexOf(c) !== i)).toEqual([]);
  });

  it('gives each row a severity and names only message keys the issue dictionaries have', () => {
    const rows = [...codeSection().matchAll(/^\| `([^`]+)` \| (\w+) \|(.*)$/gm)];
    expect(rows.length).toBe(ISSUE_CODES.length);
    expect(rows.filter((m) => !['error', 'warning', 'info'].includes(m[2] ?? '')).map((m) => m[1])).toEqual([]);
    const named = rows.flatMap((m) => [...(m[3] ?? '').matchAll(/`((?:issue|mapping)_[A-Za-z0-9]+)(_\*)?`/g)])
      .filter((k) => !k[2]).map((k) => k[1] ?? '');
    expect(named.length).toBeGreaterThan(ISSUE_CODES.length);
    expect(named.filter((k) => !(k in issuesZhCN))).toEqual([]);
  });

  it('mentions no code outside the union elsewhere on the page (error/warning/info `code`, + `code`)', () => {
    const known = new Set<string>(ISSUE_CODES);
    const afterSeverity = [...doc.matchAll(/\b(?:error|warning|info) `([^`]+)`/g)].map((m) => m[1] ?? '');
    // the corpus table's further codes of a file: (+ `a`, `b`)
    const further = [...doc.matchAll(/\(\+ ((?:`[^`]+`(?:, )?)+)\)/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/`([^`]+)`/g)].map((k) => k[1] ?? ''));
    const mentioned = [...afterSeverity, ...further];
    expect(mentioned.length).toBeGreaterThan(40);
    expect([...new Set(mentioned.filter((c) => !known.has(c)))]).toEqual([]);
  });
});
