import { Banner } from '../../../components/ui/Banner';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useAuditVerification } from '../../audit/queries';

/** Whether the hash chain verifies: calm green "onveranderd", or red from which line on. */
export function ChainStatus() {
  const t = useT();
  const verify = useAuditVerification();
  if (verify.error) return <ErrorBanner error={verify.error} />;
  if (!verify.data) return null;
  return (
    <Banner tone={verify.data.ok ? 'success' : 'error'}>
      <p className="banner-text" data-testid="audit-chain">
        {verify.data.ok ? t('auditLog.chainOk', { count: verify.data.count }) : t('auditLog.chainBad', { seq: verify.data.firstBadSeq ?? '?' })}
      </p>
    </Banner>
  );
}
