/** Types of gen-national.mjs for the TypeScript tests and benchmarks. */
export declare const SAMPLE_FILE: string;
export declare const STATION_LIST_FILE: string;
export interface GenNationalOptions {
  year?: number;
  out: string;
  days?: number;
  /** First day, 'MMDD'. */
  start?: string;
  seed?: number;
  sample?: string;
  stations?: string;
  log?: (s: string) => void;
}
export interface GenNationalResult { files: string[]; bytes: number; sites: number; activeSites: number; seconds: number }
export declare function generateNational(opts: GenNationalOptions): GenNationalResult;
export declare function generateNationalParallel(opts: GenNationalOptions, workers?: number): Promise<GenNationalResult>;
