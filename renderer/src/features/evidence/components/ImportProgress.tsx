import { Button } from '../../../components/ui/Button';
import { ProgressBar } from '../../../components/ui/ProgressBar';
import { useT } from '../../../i18n/i18n-context';

/** Progress of a running import, with a cancel that keeps what was already stored. */
export function ImportProgress({ done, total, reading, cancelling, onCancel }: { done: number; total: number; reading: boolean; cancelling: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="import-progress stack-tight" data-testid="import-progress">
      <ProgressBar label={t('import.progressLabel')} value={done} max={total} text={reading && done === 0 ? t('import.reading') : t('import.progress', { done, total })} />
      <div className="actions">
        <Button variant="secondary" onClick={onCancel} busy={cancelling}>
          {t('import.cancel')}
        </Button>
      </div>
    </div>
  );
}
