/**
 * Page header: name, area and year pickers, the standards badge with its override, the language
 * toggle and the open files / open folder buttons.
 */
import { lazy, Suspense, useId, useRef } from 'react';
import type { AreaOption } from '../areaSearch.ts';
import { EDITIONS } from '../../domain/standards/editions.ts';
import type { EditionChoice, EditionId } from '../../domain/types.ts';
import { useI18n } from '../i18n/i18n.ts';
import { filesOfInput } from './dataFiles.ts';

/** The searchable picker, grouped by province (after the first paint; a plain select until then). */
const AreaPicker = lazy(() => import('./AreaPicker.tsx').then((m) => ({ default: m.AreaPicker })));

export interface HeaderProps {
  areas: readonly AreaOption[];
  area: string | null;
  /** The target set's city (listed first in the picker). */
  targetCity: string | null;
  years: readonly number[];
  year: number | null;
  /** Editions the shown numbers follow (two when the year spans 2026-03-01 under 'auto'). */
  editions: readonly EditionId[];
  editionChoice: EditionChoice;
  demo: boolean;
  /** A recomputation is on its way. */
  busy: boolean;
  onArea: (area: string) => void;
  onYear: (year: number) => void;
  onEdition: (choice: EditionChoice) => void;
  onToggleLang: () => void;
  onFiles: (files: File[]) => void;
}

/** "GB 3095-2012 · HJ 633-2012 · HJ 663-2013" for an edition. */
export function editionBadge(id: EditionId): string {
  const e = EDITIONS[id];
  return [e.gb3095.replace(/（.*）|\(.*\)/, ''), e.hj633, e.hj663].join(' · ');
}

export function Header(p: HeaderProps) {
  const { t, pick } = useI18n();
  const ids = { area: useId(), year: useId(), edition: useId() };
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  return (
    <header className="header">
      <div className="brand">
        <h1>{t('appName')}</h1>
        <span className="sub">{t('appSubtitle')}</span>
        {p.demo && <span className="edition-badge">{t('demoTag')}</span>}
        <span className="busy" role="status" aria-live="polite">{p.busy ? t('computing') : ''}</span>
      </div>
      <Suspense fallback={(
        <label htmlFor={ids.area}>
          {t('area')}
          <select id={ids.area} data-testid="area" value={p.area ?? ''} onChange={(e) => p.onArea(e.target.value)} disabled={p.areas.length === 0}>
            {p.areas.map((a) => <option key={a.name} value={a.name}>{a.name}</option>)}
          </select>
        </label>
      )}>
        <AreaPicker id={ids.area} areas={p.areas} area={p.area} targetCity={p.targetCity} onArea={p.onArea} />
      </Suspense>
      <label htmlFor={ids.year}>
        {t('year')}
        <select id={ids.year} data-testid="year" value={p.year ?? ''} onChange={(e) => p.onYear(Number(e.target.value))}
          disabled={p.years.length === 0}>
          {p.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <div className="edition">
        <span className="edition-badge" data-testid="edition-badge">
          {p.editions.map(editionBadge).join(' / ')}
        </span>
        <label htmlFor={ids.edition}>
          <span className="visually-hidden">{t('edition')}</span>
          <select id={ids.edition} value={p.editionChoice} onChange={(e) => p.onEdition(e.target.value as EditionChoice)}>
            <option value="auto">{t('editionAuto')}</option>
            {(Object.keys(EDITIONS) as EditionId[]).map((id) => (
              <option key={id} value={id} title={pick(EDITIONS[id].label)}>
                {t(id === '2012' ? 'edition2012' : 'edition2026')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" onClick={() => filesRef.current?.click()}>
        {t('openFiles')}
      </button>
      <button type="button" onClick={() => folderRef.current?.click()}>
        {t('openFolder')}
      </button>
      <button type="button" onClick={p.onToggleLang} title={t('languageLabel')} data-testid="lang-toggle" lang={t('language') === 'English' ? 'en' : 'zh'}>
        {t('language')}
      </button>
      <input ref={filesRef} data-testid="file-input" type="file" multiple hidden accept=".csv,.tsv,.txt,text/csv"
        onChange={(e) => {
          const files = filesOfInput(e.target.files, false);
          e.target.value = '';
          if (files.length > 0) p.onFiles(files);
        }} />
      <input ref={folderRef} data-testid="folder-input" type="file" multiple hidden
        {...{ webkitdirectory: '' }}
        onChange={(e) => {
          const files = filesOfInput(e.target.files, true);
          e.target.value = '';
          if (files.length > 0) p.onFiles(files);
        }} />
    </header>
  );
}
