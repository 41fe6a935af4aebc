/** Types of gen-big.mjs for the TypeScript tests. */
export declare const LONG_HEADER: string;
export declare function writeLongHourly(
  file: string,
  opts?: { rows?: number; bytes?: number; stations?: number },
): { rows: number; bytes: number; stations: number; firstDay: number; lastDay: number };
export declare function writeWideDaily(
  dir: string,
  opts?: { days?: number; sites?: number; year?: number },
): { files: string[]; bytes: number };
