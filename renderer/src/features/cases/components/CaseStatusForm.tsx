import { useState, type FormEvent } from 'react';
import type { CaseDetail, CaseStatus } from '../../../../../shared/case-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { useT } from '../../../i18n/i18n-context';
import { statusOptions } from '../labels';
import { useUpdateCase } from '../mutations';

/** Open / volgen / gesloten, saved explicitly (the change is an audit entry). */
export function CaseStatusForm({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const update = useUpdateCase(detail.id);
  const [status, setStatus] = useState<CaseStatus>(detail.status);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ status });
  };
  return (
    <form className="stack-tight" onSubmit={submit}>
      <RadioGroup
        legend={t('overview.statusLegend')}
        options={statusOptions(t, true)}
        value={status}
        onChange={(s) => {
          setStatus(s);
          update.reset();
        }}
      />
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={status === detail.status} busy={update.isPending} busyLabel={t('common.saving')}>
          {t('overview.statusSave')}
        </Button>
      </div>
      {update.isSuccess ? <Banner tone="success">{t('overview.statusSaved', { status: t(`case.status.${update.data.status}`) })}</Banner> : null}
      <ErrorBanner error={update.error} />
    </form>
  );
}
