/** Shown when the loaded stations carry no city: lets the user name the area they form. */
import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n.ts';

export function NameArea({ current, onApply }: { current: string; onApply: (name: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState(current);
  return (
    <form className="panel name-area" onSubmit={(e) => { e.preventDefault(); if (name.trim()) onApply(name.trim()); }}>
      <label htmlFor={id}>{t('nameArea')}</label>
      <input id={id} type="text" value={name} onChange={(e) => setName(e.target.value)} />
      <button type="submit">{t('nameAreaApply')}</button>
    </form>
  );
}
