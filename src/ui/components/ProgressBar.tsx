/** Loading progress: file name, bytes and rows read, and a cancel button. */
import type { ProgressMessage } from '../../worker/client.ts';
import { useI18n } from '../i18n/i18n.ts';

function mb(bytes: number, num: (n: number, d?: number) => string): string {
  return `${num(bytes / 1048576, 1)} MB`;
}

export function ProgressBar({ progress, onCancel }: { progress: ProgressMessage; onCancel: () => void }) {
  const { t, num } = useI18n();
  const fraction = progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : 1;
  return (
    <div className="progress" role="status" aria-live="polite">
      <div className="progress-text">
        <strong>{t('loading')}</strong> <span className="progress-file">{progress.file}</span>{' '}
        <span className="muted">
          ({t('filesDone', { i: progress.filesDone, n: progress.fileCount })}) · {mb(progress.bytesRead, num)} /{' '}
          {mb(progress.totalBytes, num)} · {num(progress.rows, 0)} {t('rows')}
        </span>
      </div>
      <progress max={1} value={fraction} aria-label={progress.file} />
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
