import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../../../shared/case-types';
import { Button } from '../../../components/ui/Button';
import { DetailList } from '../../../components/ui/DetailList';
import { useI18n } from '../../../i18n/i18n-context';
import { queryKeyOf } from '../../../lib/query';
import { formatDay } from '../../steps/day';
import { PurgeDialog } from './PurgeDialog';

/** On a closed case's overview: when its retention period ends, and the permanent delete. */
export function CaseRetention({ detail }: { detail: CaseDetail }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const missing = detail.status === 'closed' && detail.purgeDate === undefined;
  // case:update answers without the purge date: fetch the case once more to show it.
  useEffect(() => {
    if (missing) void queryClient.invalidateQueries({ queryKey: queryKeyOf('case:get', { caseId: detail.id }) });
  }, [missing, detail.id, queryClient]);
  if (detail.status !== 'closed') return null;
  return (
    <section className="card stack-tight" aria-labelledby="retention-title">
      <h2 id="retention-title" className="section-title">
        {t('retention.purgeTitle')}
      </h2>
      {detail.purgeDate ? (
        <>
          <DetailList empty="" rows={[{ label: t('retention.purgeDate'), value: formatDay(detail.purgeDate, language) }]} />
          <p className="muted">{t('retention.purgeDateHelp')}</p>
        </>
      ) : null}
      {open ? (
        <PurgeDialog caseId={detail.id} caseRef={detail.ref} onCancel={() => setOpen(false)} />
      ) : (
        <>
          <p className="muted">{t('retention.purgeIntro')}</p>
          <div className="actions">
            <Button variant="danger" onClick={() => setOpen(true)}>
              {t('retention.purgeOpen')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
