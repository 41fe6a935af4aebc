/**
 * The Lantian worker started from a chunk loaded after the page's first paint. The worker's script
 * (the whole ingest and computing core, imported `?worker&inline`: a classic worker from a `blob:` URL,
 * which starts from file:// too — tech-notes.md, "Worker loading") is a dynamic import, so it is not
 * part of the initial JS the page parses before it can draw (dashboard e2e, 400 KB gzip budget); the
 * single-file build inlines the chunk like the rest. Messages posted before the script is there wait,
 * in order, with their transfer lists; a script that cannot be loaded or started is an `error` event.
 */
type WorkerConstructor = new (options?: { name?: string }) => Worker;

let script: Promise<WorkerConstructor> | null = null;

/** The worker's constructor, its chunk loaded once for every worker of the page. */
function workerScript(): Promise<WorkerConstructor> {
  script ??= import('./lantian.worker.ts?worker&inline').then((m) => m.default as WorkerConstructor);
  return script;
}

/** The subset of `Worker` the client uses, started as soon as the worker's script is loaded. */
export class LazyWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  private worker: Worker | null = null;
  private waiting: [unknown, Transferable[]][] = [];
  private terminated = false;

  constructor(options: { name: string }) {
    workerScript().then(
      (Script) => {
        if (this.terminated) return;
        let w: Worker;
        try {
          w = new Script(options);
        } catch (e) {
          // e.g. a SecurityError when a build leaves the worker as a separate file on file://
          this.fail(`worker could not start: ${e instanceof Error ? e.message : String(e)}`);
          return;
        }
        w.onmessage = (e) => this.onmessage?.(e);
        w.onerror = (e) => this.onerror?.(e);
        w.onmessageerror = (e) => this.onmessageerror?.(e);
        for (const [m, transfer] of this.waiting) w.postMessage(m, transfer);
        this.waiting = [];
        this.worker = w;
      },
      (e: unknown) => this.fail(`worker script could not be loaded: ${e instanceof Error ? e.message : String(e)}`),
    );
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    if (this.terminated) return;
    if (this.worker) this.worker.postMessage(message, transfer);
    else this.waiting.push([message, transfer]);
  }

  terminate(): void {
    this.terminated = true;
    this.waiting = [];
    this.worker?.terminate();
  }

  private fail(message: string): void {
    if (this.terminated) return;
    this.onerror?.(new ErrorEvent('error', { message, cancelable: true }));
  }
}
