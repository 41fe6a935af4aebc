/**
 * Access to the real monitoring data in ../shared/data/real and the plan's text in ../shared/seed
 * (never copied into this repository). Where the folder is absent (a clone outside the team's setup)
 * the tests that need it are skipped with a visible notice; under CI=true they fail instead, so they
 * cannot pass silently.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of ../shared/data/real (overridable with LANTIAN_REAL_DATA). */
export const REAL_DATA_DIR = process.env.LANTIAN_REAL_DATA ?? path.resolve(repoRoot, '..', 'shared', 'data', 'real');

/** Path of a file or folder inside the real-data folder. */
export function realPath(...parts: string[]): string {
  return path.join(REAL_DATA_DIR, ...parts);
}

/** Absolute path of ../shared (the team's read-only shared folder; overridable with LANTIAN_SHARED). */
export const SHARED_DIR = process.env.LANTIAN_SHARED ?? path.resolve(repoRoot, '..', 'shared');

/** Path of a file or folder inside ../shared (e.g. 'seed' for the plan's text). */
export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}

/**
 * `describe` for tests that need real data in `folder` (e.g. 'uci-beijing-multisite').
 * Absent data: the body is never called (so nothing in it touches the file system while vitest collects);
 * one skipped test says what is missing, and a notice goes to stderr. Under CI=true a failing test instead.
 */
export function describeWithRealData(folder: string, title: string, body: () => void): void {
  describeWithShared(realPath(folder), title, body);
}

/**
 * `describe` for tests that need a file or folder of ../shared other than the monitoring data
 * (e.g. `sharedPath('seed')`, the plan's text), with the same rules as `describeWithRealData`.
 */
export function describeWithShared(dir: string, title: string, body: () => void): void {
  if (existsSync(dir)) {
    describe(title, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(title, () => {
      it(`needs the real data folder ${dir}`, () => {
        throw new Error(`real data folder ${dir} is missing, and CI=true forbids skipping`);
      });
    });
    return;
  }
  process.stderr.write(`\n[lantian] NOTICE: real data ${dir} not found; skipping "${title}"\n`);
  describe(title, () => {
    it.skip(`needs the real data folder ${dir} (absent here: skipped)`, () => {});
  });
}
