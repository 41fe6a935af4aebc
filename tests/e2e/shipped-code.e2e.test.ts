/**
 * What the production builds ship. `npm audit` cannot reach an advisory database from this
 * workplace (the registry answers the bulk-advisory endpoint with 405), so the one production
 * dependency with a known high advisory is checked here instead: pptxgenjs lists image-size 1.2.1
 * (GHSA-w3rx-r6r6-pgpr, GHSA-5p2g-fcmc-qvqq: infinite loops on crafted ICNS/JXL/HEIF images, no fixed
 * release), but uses it only in Node and maps it to `false` in its package.json "browser" field.
 * This test proves that none of its code reaches the served build or the offline single file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, singleFile } from './harness.ts';

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? builtFiles(full) : /\.(js|html)$/.test(name) ? [full] : [];
  });
}

// Error strings of image-size's own parsers (node_modules/image-size/dist/types/*.js).
const IMAGE_SIZE_MARKERS = ['Invalid HEIF, no size found', 'Invalid JPG, no size found', 'Invalid Tiff'];

describe('shipped code', () => {
  it('contains no code of image-size (pptxgenjs uses it only in Node) in dist/ or the single file', () => {
    const files = [...builtFiles(distDir), singleFile];
    expect(files.length).toBeGreaterThan(1);
    const hits = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return IMAGE_SIZE_MARKERS.filter((m) => text.includes(m)).map((m) => `${path.relative(distDir, f)}: ${m}`);
    });
    expect(hits).toEqual([]);
  });

  it('still contains pptxgenjs and jszip (so the check above looks at the right bundles)', () => {
    const all = builtFiles(distDir).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).toContain('PptxGenJS');
    expect(all).toMatch(/JSZip/);
  });
});
