import { describe, expect, it } from 'vitest';
import { escapeHtml, html, joinHtml, plainLabel } from './escape.ts';
import { HOSTILE } from '../../tests/helpers/chartModel.ts';

describe('escapeHtml (tooltip HTML)', () => {
  it('turns a hostile station name into inert text', () => {
    expect(escapeHtml(HOSTILE)).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('escapes & " \' and the rich-text characters { } |', () => {
    expect(escapeHtml(`a&b "c" 'd' {x|y}`)).toBe('a&amp;b &quot;c&quot; &#39;d&#39; &#123;x&#124;y&#125;');
  });
  it('escapes & first, so an existing entity is shown literally, not decoded', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
  it('prints null and undefined as empty text', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
  });
});

describe('html template', () => {
  it('escapes every interpolated value and keeps the literal markup', () => {
    expect(html`<b>${HOSTILE}</b>`).toBe('<b>&lt;img src=x onerror=alert(1)&gt;</b>');
  });
  it('does not escape a fragment built by html twice when joined', () => {
    const rows = joinHtml([html`<i>${'a<b'}</i>`, html`${'&'}`]);
    expect(html`<div>${rows}</div>`).toBe('<div><i>a&lt;b</i><br/>&amp;</div>');
  });
});

describe('plainLabel (canvas/SVG labels)', () => {
  it('replaces rich-text markup { } | with full-width look-alikes', () => {
    expect(plainLabel('{a|站点}')).toBe('\uFF5Ba\uFF5C站点\uFF5D');
  });
  it('keeps < and & as they are (the renderer encodes SVG text itself)', () => {
    expect(plainLabel('A&B <x>')).toBe('A&B <x>');
  });
  it('drops control characters but keeps newlines', () => {
    expect(plainLabel('a\u0000b\u0007c\nd')).toBe('abc\nd');
  });
});
