/**
 * The layering rules of style-anchors.md §7/§9, enforced as a test rather than a convention:
 * the domain core imports no React, no ECharts runtime, no DOM and nothing from the layers above it;
 * chart builders import no React and nothing from the UI; the worker imports neither the UI, the charts nor
 * the CLI; the CLI imports neither the UI, the worker nor the charts; the UI does not import the CLI; no
 * barrel re-exports under another name; test helpers live under tests/; only src/ui touches React.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    specs.push((m[1] ?? m[2]) as string);
  }
  return specs;
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function layerOf(fromFile: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = path.relative(path.join(root, 'src'), path.resolve(path.dirname(fromFile), spec));
  return target.split(path.sep)[0] ?? null;
}

describe('architecture boundaries', () => {
  it('keeps src/domain pure: no React, no ECharts, no DOM, no imports from charts/ui/worker/cli', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src', 'domain'))) {
      const rel = path.relative(root, file);
      for (const spec of importsOf(file)) {
        if (/^(react|react-dom|echarts)(\/|$)/.test(spec)) offenders.push(`${rel} imports ${spec}`);
        if (spec.startsWith('node:')) offenders.push(`${rel} imports ${spec} (the core also runs in the browser)`);
        const layer = layerOf(file, spec);
        if (layer && ['charts', 'ui', 'worker', 'cli'].includes(layer)) offenders.push(`${rel} imports ${spec}`);
      }
      const text = withoutComments(readFileSync(file, 'utf8'));
      if (/\b(document|window|localStorage)\.\w/.test(text)) offenders.push(`${rel} touches the DOM`);
      if (/\bDate\.now\(\)|\bMath\.random\(\)/.test(text)) offenders.push(`${rel} depends on the clock or an unseeded RNG`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps src/charts free of React and of the UI layer', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src', 'charts'))) {
      const rel = path.relative(root, file);
      for (const spec of importsOf(file)) {
        if (/^(react|react-dom)(\/|$)/.test(spec)) offenders.push(`${rel} imports ${spec}`);
        const layer = layerOf(file, spec);
        if (layer && ['ui', 'worker', 'cli'].includes(layer)) offenders.push(`${rel} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  /** The layers each layer may not import (style-anchors.md §7: one direction, enforced). */
  const FORBIDDEN: Readonly<Record<string, readonly string[]>> = {
    worker: ['ui', 'charts', 'cli'],
    cli: ['ui', 'worker', 'charts'],
    ui: ['cli'],
  };
  for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
    it(`keeps src/${layer} off ${forbidden.map((f) => `src/${f}`).join(', ')}`, () => {
      const offenders: string[] = [];
      for (const file of sourceFiles(path.join(root, 'src', layer))) {
        const rel = path.relative(root, file);
        for (const spec of importsOf(file)) {
          const target = layerOf(file, spec);
          if (target && forbidden.includes(target)) offenders.push(`${rel} imports ${spec}`);
        }
      }
      expect(offenders).toEqual([]);
    });
  }

  it('has no barrel that renames: nothing is re-exported under another name or wholesale', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const text = withoutComments(readFileSync(file, 'utf8'));
      for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"][^'"]+['"]/g)) {
        if (/\bas\b/.test(m[1] ?? '')) offenders.push(`${path.relative(root, file)}: ${m[0].replace(/\s+/g, ' ')}`);
      }
      if (/export\s+\*\s+(?:as\s+\w+\s+)?from/.test(text)) offenders.push(`${path.relative(root, file)} re-exports a module wholesale`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps test helpers out of the production tree: no production file imports tests/ or node:* (the CLI aside)', () => {
    const offenders: string[] = [];
    for (const layer of ['domain', 'charts', 'worker', 'ui']) {
      for (const file of sourceFiles(path.join(root, 'src', layer))) {
        const rel = path.relative(root, file);
        if (/(^|\/)test[A-Z][^/]*\.tsx?$/.test(rel)) offenders.push(`${rel} is named like a test helper`);
        for (const spec of importsOf(file)) {
          if (spec.startsWith('node:')) offenders.push(`${rel} imports ${spec}`);
          if (spec.startsWith('.') && path.relative(root, path.resolve(path.dirname(file), spec)).startsWith(`tests${path.sep}`)) {
            offenders.push(`${rel} imports ${spec} from tests/`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('imports React only inside src/ui', () => {
    const offenders: string[] = [];
    for (const layer of ['domain', 'charts', 'worker', 'cli']) {
      for (const file of sourceFiles(path.join(root, 'src', layer))) {
        if (importsOf(file).some((s) => /^(react|react-dom)(\/|$)/.test(s))) offenders.push(path.relative(root, file));
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has no inline language ternary: every text comes from the dictionaries (src/domain/text)', () => {
    const patterns: readonly RegExp[] = [
      // `lang === 'zh' ? …`, `i.lang !== 'en'`, `uiLang == "zh"`, `locale === 'zh-CN'`
      /\b\w*(?:lang|Lang|locale|Locale)\s*[!=]==?\s*['"`](?:zh|en)(?:-[A-Za-z]+)?['"`]/,
      // the same the other way round: `'en' === lang`
      /['"`](?:zh|en)(?:-[A-Za-z]+)?['"`]\s*[!=]==?\s*[\w.]*(?:lang|Lang|locale|Locale)\b/,
      // a language flag: `const isZh = …`, `isEn ? … : …`
      /\bis(?:Zh|En|Chinese|English)\b/,
      // a `zh` / `en` flag picking between two literals: `zh ? '…' : '…'`
      /\b(?:zh|en)\s*\?\s*['"`]/,
    ];
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
      lines.forEach((line, k) => {
        if (patterns.some((p) => p.test(line))) offenders.push(`${path.relative(root, file)}:${k + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  /**
   * Files that may write `{ zh: '…', en: '…' }` pairs in code: tables of a standard's or the plan's own
   * words, data rather than vocabulary. (Data files under data/ carry bilingual names as JSON and are
   * not code; the dictionaries themselves live in src/domain/text.)
   */
  const BILINGUAL_DATA: Readonly<Record<string, string>> = {
    'src/domain/aqi/categories.ts': 'HJ 633-2012 Table 2: the category names, levels and colour names as the standard gives them',
    'src/domain/standards/editions.ts': 'the titles of the standards editions (GB 3095 / HJ 633 / HJ 663)',
    'src/domain/stats/campaign.ts': "the 2021 plan's season names and the notes quoting its wording",
  };

  it('has no bilingual literal { zh: \'…\', en: \'…\' } outside the dictionaries, except tables of a standard\'s or the plan\'s words', () => {
    // a `zh:` or `en:` property whose value is a non-empty string literal (the empty placeholder `{ zh: '', en: '' }` is no text)
    const literal = /\b(?:zh|en)\s*:\s*(['"`])(?!\1)/;
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      if (rel.startsWith('src/domain/text/') || rel in BILINGUAL_DATA) continue;
      const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
      lines.forEach((line, k) => {
        if (literal.test(line)) offenders.push(`${rel}:${k + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('lists as bilingual data only files that exist and still hold such pairs', () => {
    const stale = Object.keys(BILINGUAL_DATA).filter((rel) => {
      try {
        return !/\bzh\s*:\s*(['"`])(?!\1)/.test(withoutComments(readFileSync(path.join(root, rel), 'utf8')));
      } catch {
        return true;
      }
    });
    expect(stale).toEqual([]);
  });
});
