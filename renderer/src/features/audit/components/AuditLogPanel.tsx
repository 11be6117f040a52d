import { Banner } from '../../../components/ui/Banner';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { useAuditVerification, useRecentAudit } from '../queries';
import { auditKindLabel } from '../audit-kind';

const LIMIT = 15;

/** The latest audit entries and whether the hash chain verifies. */
export function AuditLogPanel() {
  const { t, language } = useI18n();
  const list = useRecentAudit(LIMIT);
  const verify = useAuditVerification();
  const format = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="stack-tight">
      <p>{t('settings.audit.intro')}</p>
      {verify.data ? (
        <Banner tone={verify.data.ok ? 'success' : 'error'}>
          {verify.data.ok ? t('settings.audit.verifyOk', { count: verify.data.count }) : t('settings.audit.verifyBad', { seq: verify.data.firstBadSeq ?? '?' })}
        </Banner>
      ) : null}
      <ErrorBanner error={verify.error ?? list.error} />
      {list.data && list.data.length === 0 ? <p className="muted">{t('settings.audit.empty')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('settings.audit.colAt')}</th>
              <th scope="col">{t('settings.audit.colActor')}</th>
              <th scope="col">{t('settings.audit.colKind')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((entry) => (
              <tr key={entry.seq}>
                <td className="nowrap">{format.format(new Date(entry.at))}</td>
                <td>{entry.actor}</td>
                <td>{auditKindLabel(entry.kind, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
