/**
 * The worker's one seam with the pure core (src/domain): everything the worker calls, re-exported
 * from where its owners put it, so the rest of src/worker and src/ui depend on this file only.
 */
export { createStreamingIngest, IngestCancelled } from '../domain/ingest/ingestFile.ts';
export { emptyDataset, mergeDatasets } from '../domain/ingest/dataset.ts';
export { generateDemoDataset } from '../domain/demo/generate.ts';
export { buildDashboardModel } from '../domain/report/dashboard.ts';
export type { DashboardArea, DashboardModel } from '../domain/report/dashboard.ts';
export type { TargetSet } from '../domain/targets/types.ts';
/** The built-in target set (Taiyuan 2021 plan), checked by the core's validator. */
export { builtinTargetSet as defaultTargets } from '../domain/targets/builtin.ts';
