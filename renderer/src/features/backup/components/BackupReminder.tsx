import { hrefFor } from '../../../app/router';
import { Banner } from '../../../components/ui/Banner';
import { useT } from '../../../i18n/i18n-context';
import { daysSince } from '../paths';
import { useBackupStatus } from '../queries';

/** After unlock: a calm reminder when no backup was made for longer than the chosen days. */
export function BackupReminder() {
  const t = useT();
  const status = useBackupStatus();
  const s = status.data;
  if (!s?.due) return null;
  return (
    <Banner tone="info" className="reminder">
      <p className="banner-text">{s.lastBackupAt ? t('backup.dueDays', { days: daysSince(s.lastBackupAt) }) : t('backup.dueNever')}</p>
      <p>{t('backup.dueAdvice')}</p>
      <a className="btn btn-secondary" href={hrefFor('settings')}>
        {t('backup.dueAction')}
      </a>
    </Banner>
  );
}
