/**
 * The area picker (issue 9 §2): the areas in a select grouped by province (from the station list),
 * the target city first, and a search box beside it — type 太 → 太原, or pinyin initials 'ty' (the
 * pinyin module loads on the first Latin letter typed). Keyboard: type, ↓/↑ to move, Enter to choose,
 * Esc to clear; the select stays usable on its own. Loaded after the first paint (the header shows a
 * plain select until then).
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { areaGroups, isLatinQuery, matchAreas, type AreaOption, type PinyinKeys } from '../areaSearch.ts';
import { useI18n } from '../i18n/i18n.ts';
import { natTr } from '../../domain/text/national.ts';

export interface AreaPickerProps {
  id: string;
  areas: readonly AreaOption[];
  area: string | null;
  targetCity: string | null;
  onArea: (area: string) => void;
}

export function AreaPicker({ id, areas, area, targetCity, onArea }: AreaPickerProps) {
  const { t, lang } = useI18n();
  const n = (key: 'area_search' | 'area_searchPlaceholder' | 'area_targetGroup' | 'area_otherGroup' | 'area_noMatch'): string => natTr(lang, key, {});
  const listId = useId();
  const groups = useMemo(() => areaGroups(areas, targetCity), [areas, targetCity]);
  const provinceOf = useMemo(() => new Map(areas.map((a) => [a.name, a.province ?? ''] as const)), [areas]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [keys, setKeys] = useState<{ of: readonly AreaOption[]; map: ReadonlyMap<string, PinyinKeys> } | null>(null);
  const latin = isLatinQuery(query);
  const keysReady = keys !== null && keys.of === areas;

  useEffect(() => {
    if (!latin || keysReady) return;
    let live = true;
    void import('../pinyin.ts').then((m) => {
      if (live) setKeys({ of: areas, map: m.pinyinKeys(areas.map((a) => a.name)) });
    });
    return () => {
      live = false;
    };
  }, [latin, keysReady, areas]);

  const matches = useMemo(() => matchAreas(areas, query, keysReady ? keys.map : undefined), [areas, query, keys, keysReady]);
  const waiting = latin && !keysReady;
  const choose = (name: string): void => {
    setQuery('');
    setOpen(false);
    setActive(0);
    if (name !== area) onArea(name);
  };
  const shown = open && query.trim() !== '';
  const optionId = (k: number): string => `${listId}-${k}`;

  return (
    <>
      <label htmlFor={id}>
        {t('area')}
        <select id={id} data-testid="area" value={area ?? ''} onChange={(e) => onArea(e.target.value)} disabled={areas.length === 0}>
          {groups.map((g) => (g.kind === 'other' && groups.length === 1
            ? g.names.map((a) => <option key={a} value={a}>{a}</option>)
            : (
              <optgroup key={`${g.kind}:${g.label}`} label={g.kind === 'target' ? n('area_targetGroup') : g.kind === 'other' ? n('area_otherGroup') : g.label}>
                {g.names.map((a) => <option key={a} value={a}>{a}</option>)}
              </optgroup>
            )))}
        </select>
      </label>
      <span className="area-search">
        <input type="search" role="combobox" data-testid="area-search" aria-label={n('area_search')} placeholder={n('area_searchPlaceholder')}
          aria-autocomplete="list" aria-expanded={shown} aria-controls={listId}
          aria-activedescendant={shown && matches.length > 0 ? optionId(Math.min(active, matches.length - 1)) : undefined}
          value={query} disabled={areas.length === 0}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              setOpen(true);
              if (matches.length > 0) setActive((k) => (k + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
            } else if (e.key === 'Enter') {
              const pick = matches[Math.min(active, matches.length - 1)];
              if (pick !== undefined) {
                e.preventDefault();
                choose(pick);
              }
            } else if (e.key === 'Escape') {
              setQuery('');
              setOpen(false);
            }
          }} />
        {shown && (
          <ul role="listbox" id={listId} className="area-matches" data-testid="area-matches">
            {matches.map((name, k) => (
              <li key={name} id={optionId(k)} role="option" aria-selected={k === Math.min(active, matches.length - 1)} data-area={name}
                onMouseDown={(e) => {
                  // Chosen before the input's blur closes the list.
                  e.preventDefault();
                  choose(name);
                }}>
                {name}
                {provinceOf.get(name) ? <span className="muted"> {provinceOf.get(name)}</span> : null}
              </li>
            ))}
            {matches.length === 0 && <li className="muted" aria-disabled="true">{waiting ? t('computing') : n('area_noMatch')}</li>}
          </ul>
        )}
      </span>
    </>
  );
}
