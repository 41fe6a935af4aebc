/**
 * The one place where text that may come from user data (station names, area names, file
 * headers) is made safe for a chart. ECharts renders tooltips as HTML (ECharts #14429/#21284),
 * and its rich-text labels treat `{style|text}` as markup, so:
 * - every string that goes into tooltip HTML passes through `escapeHtml`;
 * - every string that goes into a label, axis label, legend or title passes through `plainLabel`
 *   (drawn as canvas/SVG text, which ECharts encodes itself, so HTML entities would show
 *   literally there; only the rich-text syntax has to be neutralised).
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** HTML-escapes `& < > " '` (for tooltip HTML), and neutralises rich-text `{ } |` as entities. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(/[{}|]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const RICH_TEXT_LOOKALIKES: Readonly<Record<string, string>> = {
  '{': '\uFF5B', // ｛ FULLWIDTH LEFT CURLY BRACKET
  '}': '\uFF5D', // ｝
  '|': '\uFF5C', // ｜
};

/**
 * Text for a canvas/SVG label (axis, legend, title, data label): rich-text markup characters are
 * replaced by their full-width look-alikes so `{a|x}` in a station name cannot restyle a label;
 * control characters are dropped. Not for HTML: use `escapeHtml` in tooltips.
 */
export function plainLabel(text: unknown): string {
  return String(text ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[{}|]/g, (c) => RICH_TEXT_LOOKALIKES[c] ?? c);
}

/**
 * Builds tooltip HTML from a template: literal parts are trusted markup written in this folder,
 * every interpolated value is escaped. `html\`<b>${name}</b>\`` is the only way tooltips are built.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out += (v instanceof TrustedHtml ? v.value : escapeHtml(v)) + (strings[i + 1] ?? '');
  }
  return out;
}

/** Markup already built by `html` (wrap it with `joinHtml` so nesting does not double-escape). */
export class TrustedHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

/** Joins fragments already built by `html` into one trusted piece. */
export function joinHtml(parts: readonly string[], sep = '<br/>'): TrustedHtml {
  return new TrustedHtml(parts.join(sep));
}
