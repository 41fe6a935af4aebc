/**
 * What the page reads from the core's dashboard model, in one place: the components take these
 * plain values, so a change in the model's layout touches this file only. Reads, never computes.
 */
import type { TargetEvaluation } from '../domain/targets/types.ts';
import type { EditionId, FileSummary, Issue } from '../domain/types.ts';
import type { DashboardModel } from '../worker/core.ts';

export interface PageView {
  areas: string[];
  area: string | null;
  years: number[];
  year: number | null;
  editions: EditionId[];
  mixedEditions: boolean;
  evaluations: TargetEvaluation[];
  files: FileSummary[];
  issues: Issue[];
  /** Stations without a city form the area: offer to name it. */
  unnamedArea: boolean;
}

export function view(m: DashboardModel): PageView {
  return {
    areas: m.areas.map((a) => a.name),
    area: m.area,
    years: m.years,
    year: m.year,
    editions: m.editions,
    mixedEditions: m.editions.length > 1,
    evaluations: m.targets,
    files: m.files,
    issues: m.issues,
    unnamedArea: m.areas.some((a) => a.unnamed),
  };
}
