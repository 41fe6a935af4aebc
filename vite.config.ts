/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { createHash } from 'node:crypto';

/**
 * Under the dev server only: Vite's hot reload talks over a WebSocket to the page's own server,
 * which the page's `connect-src 'none'` would block, and the React refresh preamble is an inline
 * script. Builds keep the strict policy (see `cspScriptHashes`).
 */
function devCsp(): Plugin {
  return {
    name: 'lantian-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html
      .replace("connect-src 'none'", "connect-src 'self' ws: wss:")
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

/** Every inline `<script>` of an HTML document (no `src`), as the browser hashes it (CSP3 §8.4). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(m[1] ?? '')) continue;
    // The HTML parser turns CR LF and lone CR into LF before the script text exists.
    out.push((m[2] ?? '').replace(/\r\n?/g, '\n'));
  }
  return out;
}

const CSP_META = /(<meta[^>]*http-equiv="Content-Security-Policy"[^>]*content="[^"]*script-src 'self')/;
/** Stands in for the hashes between the two passes (vite-plugin-singlefile checks the CSP in between). */
const PENDING = "'sha256-pending'";

function htmlAssets(bundle: Record<string, { type: string; fileName: string }>): { fileName: string; source: string | Uint8Array }[] {
  return Object.values(bundle).filter((a) => a.type === 'asset' && a.fileName.endsWith('.html')) as unknown as { fileName: string; source: string | Uint8Array }[];
}

/**
 * Writes `'sha256-…'` of each inline script of the final HTML into the CSP meta's `script-src`, so
 * the single file needs no `'unsafe-inline'` (its whole app is one inline module script). The hashes
 * are computed in `generateBundle` after vite-plugin-singlefile has inlined the JS (same hook, listed
 * after it); a placeholder put in before it keeps its CSP check quiet. The multi-file build has no
 * inline script and keeps `'self'` only.
 */
function cspScriptHashes(): Plugin[] {
  return [
    {
      name: 'lantian-csp-script-hashes:mark',
      apply: 'build',
      enforce: 'post',
      generateBundle: {
        // After Vite has emitted the HTML, before vite-plugin-singlefile's 'post' handler.
        handler(_options, bundle) {
          for (const asset of htmlAssets(bundle)) {
            const html = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
            const next = html.replace(CSP_META, `$1 ${PENDING}`);
            if (next === html) this.error(`${asset.fileName}: no CSP meta with script-src 'self'`);
            asset.source = next;
          }
        },
      },
    },
    {
      name: 'lantian-csp-script-hashes',
      apply: 'build',
      enforce: 'post',
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          for (const asset of htmlAssets(bundle)) {
            const html = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
            const hashes = inlineScripts(html).map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
            asset.source = html.replace(hashes.length ? PENDING : ` ${PENDING}`, hashes.join(' '));
          }
        },
      },
    },
  ];
}

// Two outputs from one `npm run build`: the served multi-file build in dist/ and one
// self-contained offline HTML in dist-single/ (see ../shared/reference/tech-notes.md).
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    // cspScriptHashes after viteSingleFile: it hashes the scripts the latter inlined.
    plugins: [react(), devCsp(), ...(single ? [viteSingleFile()] : []), ...cspScriptHashes()],
    base: './',
    worker: { format: 'iife' }, // pinned: 'es' breaks the inline worker on file://
    build: {
      outDir: single ? 'dist-single' : 'dist',
      chunkSizeWarningLimit: 2000,
    },
    test: {
      environment: 'node',
      include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      testTimeout: 60_000,
    },
  };
});
