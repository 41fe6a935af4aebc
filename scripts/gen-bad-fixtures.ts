/**
 * Writes the malformed/hostile corpus `tests/fixtures/bad/*` from `tests/robustness/fixtures.ts`.
 * Run `npx tsx scripts/gen-bad-fixtures.ts`; the expectations live in `tests/fixtures/bad/manifest.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES } from '../tests/robustness/fixtures.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'bad');
mkdirSync(dir, { recursive: true });
for (const [name, make] of Object.entries(FIXTURES)) writeFileSync(path.join(dir, name), make());
console.log(`wrote ${Object.keys(FIXTURES).length} fixtures to ${dir}`);
