import type { BackupRecord } from '../../../../../shared/retention-types';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';

/** The backups made since the case was opened: they still hold it after a purge, and what to do about that. */
export function BackupsHolding({ backups, after }: { backups: readonly BackupRecord[]; after: boolean }) {
  const { t, language } = useI18n();
  if (backups.length === 0) return <p className="muted">{t(after ? 'retention.backupsNoneAfter' : 'retention.backupsNone')}</p>;
  return (
    <div className="stack-tight" data-testid="backups-holding">
      <p>{t(after ? 'retention.backupsAfter' : 'retention.backupsBefore', { count: backups.length })}</p>
      <ul className="gone-list">
        {backups.map((b) => (
          <li key={b.backupId}>{b.fileName ? t('retention.backupNamed', { date: formatDateTime(b.createdAt, language), name: b.fileName }) : t('retention.backupUnnamed', { date: formatDateTime(b.createdAt, language) })}</li>
        ))}
      </ul>
      <p className="muted">{t('retention.backupsAdvice')}</p>
    </div>
  );
}
