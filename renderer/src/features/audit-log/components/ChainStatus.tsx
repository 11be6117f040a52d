import { Banner } from '../../../components/ui/Banner';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useAuditVerification } from '../../audit/queries';

/**
 * Whether the hash chain verifies: calm green "onveranderd", or red from which line on. On a
 * case's log it says how many lines are about the case and how many the whole chain has (issue
 * 16 item 6: "42 regels" above 23 shown lines).
 */
export function ChainStatus({ shown = null, limited = false }: { shown?: number | null; limited?: boolean }) {
  const t = useT();
  const verify = useAuditVerification();
  if (verify.error) return <ErrorBanner error={verify.error} />;
  if (!verify.data) return null;
  return (
    <Banner tone={verify.data.ok ? 'success' : 'error'}>
      <p className="banner-text" data-testid="audit-chain">
        {!verify.data.ok
          ? t('auditLog.chainBad', { seq: verify.data.firstBadSeq ?? '?' })
          : shown === null
            ? t('auditLog.chainOk', { count: verify.data.count })
            : t(limited ? 'auditLog.chainOkCaseLimited' : 'auditLog.chainOkCase', { shown, count: verify.data.count })}
      </p>
    </Banner>
  );
}
