/**
 * Checks a target-set file (types.ts) that a user imports, with messages in Chinese and English
 * that name the offending field (`targets[2].pollutant`). Nothing is guessed: an invalid file is
 * rejected whole, so a KPI card never rests on a half-read file.
 */
import { POLLUTANTS, type Message } from '../types.ts';
import { Checker, isObj } from '../check.ts';
import { bilingual } from '../text/text.ts';
import {
  EMISSION_SPECIES, FIGURE_METRICS, TARGET_KINDS, TARGET_SET_FORMAT,
  type BindingItem, type Figure, type Target, type TargetSet,
} from './types.ts';

export type ParseResult = { ok: true; set: TargetSet } | { ok: false; errors: Message[] };

function parseFigure(c: Checker, v: unknown, path: string): Figure | null {
  if (!isObj(v)) {
    c.fail(path, 'targetFile_object');
    return null;
  }
  const status = c.oneOf(v, 'status', path, ['official', 'implied', 'unknown', 'user'] as const);
  const value = c.optNum(v, 'value', path, 0, 1e9, status !== 'unknown');
  const fig: Figure = {
    year: c.optNum(v, 'year', path, 1900, 2200, true) ?? 0,
    metric: c.oneOf(v, 'metric', path, FIGURE_METRICS),
    value,
    status,
    source: c.str(v, 'source', path),
  };
  const period = c.period(v, 'period', path);
  if (period) fig.period = period;
  const note = c.message(v, 'note', path, true);
  if (note) fig.note = note;
  if (fig.metric === 'goodDayRatio' && value !== null && value > 1) {
    c.fail(`${path}.value`, 'targetFile_ratioFraction');
  }
  return fig;
}

function parseBindingItem(c: Checker, v: unknown, path: string): BindingItem | null {
  if (!isObj(v)) {
    c.fail(path, 'targetFile_object');
    return null;
  }
  const metric = c.oneOf(v, 'metric', path, ['pm25-mean', 'good-day-ratio', 'heavy-days'] as const);
  const max = metric === 'good-day-ratio' ? 1 : metric === 'heavy-days' ? 366 : 1000;
  return {
    id: c.str(v, 'id', path),
    label: c.message(v, 'label', path) ?? { zh: '', en: '' },
    metric,
    value: c.optNum(v, 'value', path, 0, max),
  };
}

function parseTarget(c: Checker, v: unknown, path: string): Target | null {
  if (!isObj(v)) {
    c.fail(path, 'targetFile_object');
    return null;
  }
  const kind = c.oneOf(v, 'kind', path, TARGET_KINDS);
  const base = {
    id: c.str(v, 'id', path),
    label: c.message(v, 'label', path) ?? { zh: '', en: '' },
    source: c.str(v, 'source', path),
    ...(v['period'] !== undefined ? { period: c.period(v, 'period', path) } : {}),
    ...(v['note'] !== undefined ? { note: c.message(v, 'note', path) } : {}),
  };
  switch (kind) {
    case 'good-day-ratio': {
      const comparison = c.oneOf(v, 'comparison', path, ['above-previous', 'at-least-previous', 'at-least-value'] as const);
      return { ...base, kind, comparison, value: c.optNum(v, 'value', path, 0, 1) } as Target;
    }
    case 'heavy-days': {
      const comparison = c.oneOf(v, 'comparison', path, ['below-previous', 'at-most-value'] as const);
      return { ...base, kind, comparison, value: c.optNum(v, 'value', path, 0, 366) } as Target;
    }
    case 'pollutant-class': {
      const pollutant = c.oneOf(v, 'pollutant', path, POLLUTANTS);
      const cls = v['class'];
      if (cls !== 1 && cls !== 2) c.fail(`${path}.class`, 'targetFile_class');
      return { ...base, kind, pollutant, class: cls === 1 ? 1 : 2 } as Target;
    }
    case 'composite-rank': {
      const comparison = c.oneOf(v, 'comparison', path, ['better-than-previous', 'at-most-value'] as const);
      const of = c.optNum(v, 'of', path, 1, 1000) ?? 168;
      return {
        ...base, kind, comparison, of,
        value: c.optNum(v, 'value', path, 1, of),
        enteredRank: c.optNum(v, 'enteredRank', path, 1, of),
        provincialValue: c.optNum(v, 'provincialValue', path, 1, of),
        ...(typeof v['provincialSource'] === 'string' ? { provincialSource: v['provincialSource'] } : {}),
      } as Target;
    }
    case 'emissions': {
      const reduction = c.optNum(v, 'reduction', path, 0, 1, true) ?? 0.02;
      const values = isObj(v['values']) ? v['values'] : {};
      if (!isObj(v['values'])) c.fail(`${path}.values`, 'targetFile_emissionsMissing');
      const out: Record<string, { previous: number | null; current: number | null }> = {};
      for (const sp of EMISSION_SPECIES) {
        const e = values[sp];
        const p = `${path}.values.${sp}`;
        if (e === undefined) {
          out[sp] = { previous: null, current: null };
        } else if (!isObj(e)) {
          c.fail(p, 'targetFile_emissionValues');
          out[sp] = { previous: null, current: null };
        } else {
          out[sp] = { previous: c.optNum(e, 'previous', p, 0, 1e9), current: c.optNum(e, 'current', p, 0, 1e9) };
        }
      }
      return { ...base, kind, reduction, values: out } as Target;
    }
    case 'binding': {
      const items = v['items'];
      if (!Array.isArray(items)) {
        c.fail(`${path}.items`, 'targetFile_array');
        return { ...base, kind, items: [] } as Target;
      }
      const parsed = items.map((it, i) => parseBindingItem(c, it, `${path}.items[${i}]`)).filter((x): x is BindingItem => x !== null);
      return { ...base, kind, items: parsed } as Target;
    }
    case 'pm25-mean':
      return { ...base, kind, value: c.optNum(v, 'value', path, 0, 1000) } as Target;
  }
}

/** Validates a parsed JSON value as a target set (format `lantian-targets/1`). */
export function parseTargetSet(input: unknown): ParseResult {
  const c = new Checker();
  if (!isObj(input)) {
    return { ok: false, errors: [bilingual('targetFile_notObject')] };
  }
  if (input['format'] !== TARGET_SET_FORMAT) {
    c.fail('format', 'targetFile_format', { format: TARGET_SET_FORMAT });
  }
  const year = c.optNum(input, 'year', '(root)', 1900, 2200, true) ?? 0;
  const set: TargetSet = {
    format: TARGET_SET_FORMAT,
    city: c.str(input, 'city', '(root)'),
    plan: c.message(input, 'plan', '(root)') ?? { zh: '', en: '' },
    planSource: c.str(input, 'planSource', '(root)'),
    year,
    figures: [],
    targets: [],
  };
  const period = c.period(input, 'period', '(root)');
  if (period) set.period = period;
  const figures = input['figures'] ?? [];
  if (!Array.isArray(figures)) c.fail('figures', 'targetFile_array');
  else set.figures = figures.map((f, i) => parseFigure(c, f, `figures[${i}]`)).filter((f): f is Figure => f !== null);
  const targets = input['targets'];
  if (!Array.isArray(targets) || targets.length === 0) {
    c.fail('targets', 'targetFile_nonEmptyArray');
  } else {
    set.targets = targets.map((t, i) => parseTarget(c, t, `targets[${i}]`)).filter((t): t is Target => t !== null);
    const seen = new Set<string>();
    set.targets.forEach((t, i) => {
      if (seen.has(t.id)) c.fail(`targets[${i}].id`, 'targetFile_duplicateId', { id: t.id });
      seen.add(t.id);
    });
  }
  return c.errors.length > 0 ? { ok: false, errors: c.errors } : { ok: true, set };
}

/** Parses target-set JSON text; a syntax error becomes a message like any other. */
export function parseTargetSetText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [bilingual('targetFile_notJson', { why })] };
  }
  return parseTargetSet(json);
}
