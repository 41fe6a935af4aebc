/** Runs the report CLI as a child process (node --import tsx), the way `npm run report` does. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(REPO, 'src', 'cli', 'report.ts');
export const FIXTURES = path.join(REPO, 'tests', 'cli', 'fixtures');

export interface CliRun {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  text: string;
}

export function runCli(args: string[]): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: REPO,
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8'), text: r.stdout.toString('utf8') };
}
