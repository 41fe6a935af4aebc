/** Types of serve-dist.mjs for the TypeScript browser tests. */
export declare function serveDir(root: string, port?: number): Promise<{ url: string; close: () => Promise<void> }>;
