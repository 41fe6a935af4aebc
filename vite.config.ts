/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * Under the dev server only: Vite's hot reload talks over a WebSocket to the page's own server,
 * which the page's `connect-src 'none'` would block. Builds keep the strict policy.
 */
function devCsp(): Plugin {
  return {
    name: 'lantian-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("connect-src 'none'", "connect-src 'self' ws: wss:"),
  };
}

// Two outputs from one `npm run build`: the served multi-file build in dist/ and one
// self-contained offline HTML in dist-single/ (see ../shared/reference/tech-notes.md).
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    plugins: [react(), devCsp(), ...(single ? [viteSingleFile()] : [])],
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
