/**
 * Field-by-field checking of hand-written JSON files (target sets, plan task registers): every
 * problem becomes a zh/en message from the dictionaries that names the offending field
 * (`targets[2].pollutant`), so a user sees all of them at once. Nothing is guessed or repaired here.
 */
import type { Message } from './types.ts';
import { parseIsoDate } from './calendar.ts';
import { bilingual, tr } from './text/text.ts';
import type { TextKey, TextVars } from './text/text.ts';

/** A period of whole days, both ends included ('YYYY-MM-DD', China Standard Time dates). */
export interface DatePeriod {
  from: string;
  to: string;
}

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Collects the messages of one file; each reader returns a usable value even when it failed. */
export class Checker {
  errors: Message[] = [];
  /** Records that the value at `path` is wrong, in both languages ('targets[0].kind：必须是…'). */
  fail(path: string, problem: TextKey, vars?: TextVars): void {
    this.errors.push(bilingual('targetFile_error', (lang) => ({ path, problem: tr(lang, problem, vars) })));
  }
  str(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(`${path}.${key}`, 'targetFile_nonEmptyText');
      return '';
    }
    return v;
  }
  message(o: Obj, key: string, path: string, optional = false): Message | undefined {
    const v = o[key];
    if (v === undefined && optional) return undefined;
    if (!isObj(v) || typeof v['zh'] !== 'string' || typeof v['en'] !== 'string') {
      this.fail(`${path}.${key}`, 'targetFile_bilingual');
      return { zh: '', en: '' };
    }
    return { zh: v['zh'], en: v['en'] };
  }
  /** A number or null (user inputs left empty); `min`/`max` bound it. */
  optNum(o: Obj, key: string, path: string, min: number, max: number, required = false): number | null {
    const v = o[key];
    if (v === undefined || v === null) {
      if (required) this.fail(`${path}.${key}`, 'targetFile_numberRequired');
      return null;
    }
    if (!isNum(v) || v < min || v > max) {
      this.fail(`${path}.${key}`, 'targetFile_numberRange', { min, max });
      return null;
    }
    return v;
  }
  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T {
    const v = o[key];
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(`${path}.${key}`, 'targetFile_oneOf', { allowed: allowed.join(' | ') });
      return allowed[0] as T;
    }
    return v as T;
  }
  /** An optional string (absent → undefined); at most `maxLength` characters. */
  optStr(o: Obj, key: string, path: string, maxLength = 1000): string | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.length > maxLength) {
      this.fail(`${path}.${key}`, 'file_maxText', { max: maxLength });
      return undefined;
    }
    return v;
  }
  /** A list of non-empty strings without repeats (e.g. department names); absent → []. */
  strList(o: Obj, key: string, path: string): string[] {
    const v = o[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.fail(`${path}.${key}`, 'file_stringList');
      return [];
    }
    const out: string[] = [];
    v.forEach((x, i) => {
      if (typeof x !== 'string' || x.trim() === '') this.fail(`${path}.${key}[${i}]`, 'targetFile_nonEmptyText');
      else if (out.includes(x)) this.fail(`${path}.${key}[${i}]`, 'file_repeated', { value: x });
      else out.push(x);
    });
    return out;
  }
  /** A real date 'YYYY-MM-DD' or, when `nullable`, null/absent (→ null). */
  date(o: Obj, key: string, path: string, nullable: boolean): string | null {
    const v = o[key];
    if ((v === undefined || v === null) && nullable) return null;
    if (typeof v !== 'string' || parseIsoDate(v) === null) {
      this.fail(`${path}.${key}`, 'file_realDate');
      return null;
    }
    return v;
  }
  period(o: Obj, key: string, path: string): DatePeriod | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    if (!isObj(v)) {
      this.fail(`${path}.${key}`, 'targetFile_period');
      return undefined;
    }
    const from = typeof v['from'] === 'string' ? parseIsoDate(v['from']) : null;
    const to = typeof v['to'] === 'string' ? parseIsoDate(v['to']) : null;
    if (from === null || to === null) {
      this.fail(`${path}.${key}`, 'targetFile_realDates');
      return undefined;
    }
    if (from > to) {
      this.fail(`${path}.${key}`, 'targetFile_fromIsAfterTo');
      return undefined;
    }
    return { from: v['from'] as string, to: v['to'] as string };
  }
}
