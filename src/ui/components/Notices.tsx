/** The worker's errors and the files read but refused (not loaded), each with a dismiss button. */
import type { Message } from '../../domain/types.ts';
import { parenthesized } from '../../domain/text/text.ts';
import { useI18n } from '../i18n/i18n.ts';

export function Notices({ errors, refused, onDismissErrors, onDismissRefused }: {
  errors: readonly string[];
  refused: readonly { file: string; reason: Message; keptEarlier: boolean }[];
  onDismissErrors: () => void;
  onDismissRefused: () => void;
}) {
  const { t, pick, lang } = useI18n();
  return (
    <>
        {errors.length > 0 && (
          <div className="banner error" role="alert">
            <div>
              <strong>{t('workerError')}</strong>
              <ul>
                {errors.map((e, k) => (
                  <li key={k}>{e}</li>
                ))}
              </ul>
            </div>
            <button type="button" onClick={() => onDismissErrors()}>
              {t('dismiss')}
            </button>
          </div>
        )}
        {refused.length > 0 && (
          <div className="banner warning" role="alert" data-testid="refused-files">
            <div>
              <strong>{t('fileNotLoaded')}</strong>
              <ul>
                {refused.map((r) => (
                  <li key={r.file}>
                    {/* The core's reason usually names the file already. */}
                    {pick(r.reason).includes(r.file) ? pick(r.reason) : `${r.file}: ${pick(r.reason)}`}{r.keptEarlier ? `${parenthesized(t('keptEarlier'), lang)}` : ''}
                  </li>
                ))}
              </ul>
            </div>
            <button type="button" onClick={() => onDismissRefused()}>
              {t('dismiss')}
            </button>
          </div>
        )}
    </>
  );
}
