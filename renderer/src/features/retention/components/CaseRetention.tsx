import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type FormEvent } from 'react';
import type { CaseDetail } from '../../../../../shared/case-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { DetailList } from '../../../components/ui/DetailList';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { queryKeyOf } from '../../../lib/query';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { parseWhole } from '../../backup/paths';
import { useSettings } from '../../settings/queries';
import { formatDay } from '../../steps/day';
import { useCaseRetention, useReleaseHold, useSetHold } from '../mutations';
import { LegalHoldForm } from './LegalHoldForm';
import { PurgeDialog } from './PurgeDialog';

type Mode = 'view' | 'period' | 'hold' | 'release' | 'purge';

/**
 * "Bewaren en verwijderen" on a case's overview (issue 15 item 5): how long this case is kept
 * (its own period, or the vault's default), the legal hold that keeps it while a police case
 * or complaint runs, and, for a closed case without a hold, the permanent delete. Which form is
 * open and the typed period are drafts in the vault until saved or cancelled (issue 16 item 1).
 */
export function CaseRetention({ detail }: { detail: CaseDetail }) {
  const { t, language } = useI18n();
  const settings = useSettings();
  const modeDraft = useDraft<Mode>(`retention:${detail.id}:mode`, 'view', detail.id);
  const mode = modeDraft.value;
  const setMode = modeDraft.set;
  const yearsDraft = useDraft(`retention:${detail.id}:years`, String(detail.retentionYears ?? ''), detail.id);
  const years = yearsDraft.value;
  const period = useCaseRetention(detail.id);
  const setHold = useSetHold(detail.id);
  const release = useReleaseHold(detail.id);
  const queryClient = useQueryClient();
  const missing = detail.status === 'closed' && detail.purgeDate === undefined;
  // case:update answers without the purge date: fetch the case once more to show it.
  useEffect(() => {
    if (missing) void queryClient.invalidateQueries({ queryKey: queryKeyOf('case:get', { caseId: detail.id }) });
  }, [missing, detail.id, queryClient]);
  const fallback = settings.data?.retentionYears;
  const effective = detail.retentionYears ?? fallback;
  const parsed = years.trim() === '' ? null : parseWhole(years, 1, 30);
  const back = () => modeDraft.clear();
  const submitPeriod = (e: FormEvent) => {
    e.preventDefault();
    if (years.trim() === '' || parsed !== null)
      period.mutate(parsed, {
        onSuccess: () => {
          yearsDraft.rebase(parsed === null ? '' : String(parsed));
          back();
        },
      });
  };
  const cancelPeriod = () => {
    yearsDraft.clear();
    back();
  };
  /** After a hold was set or released: its form's draft goes, then the overview again. */
  const saved = (clearDraft: () => void) => () => {
    clearDraft();
    back();
  };
  const hold = detail.hold;
  return (
    <section className="card stack-tight" aria-labelledby="retention-title">
      <h2 id="retention-title" className="section-title">
        {t('retention.caseTitle')}
      </h2>
      {hold ? (
        <Banner tone="info">
          <p className="banner-text">
            <strong>{t('hold.active', { kind: t(`hold.kind.${hold.kind}`).toLowerCase() })}</strong>
          </p>
          <p className="banner-text">{t('hold.activeDetail', { reason: hold.reason, by: hold.setBy, date: formatDateTime(hold.setAt, language) })}</p>
        </Banner>
      ) : null}
      <DetailList
        empty=""
        rows={[
          {
            label: t('retention.casePeriod'),
            value: effective === undefined ? '' : detail.retentionYears === null ? t('retention.caseDefault', { years: effective }) : t('retention.caseOwn', { years: effective }),
          },
          ...(detail.purgeDate ? [{ label: t('retention.purgeDate'), value: formatDay(detail.purgeDate, language) }] : []),
        ]}
      />
      {mode === 'period' ? (
        <form className="stack-tight" onSubmit={submitPeriod} noValidate aria-label={t('retention.casePeriodTitle')}>
          <DraftNotice restoredAt={yearsDraft.restoredAt} onDiscard={yearsDraft.clear} />
          <Field
            label={t('retention.casePeriodLabel')}
            help={t('retention.casePeriodHelp', { years: fallback ?? 2 })}
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            value={years}
            onChange={(e) => yearsDraft.set(e.target.value)}
            error={years.trim() !== '' && parsed === null ? t('retention.invalid') : null}
            inputClassName="input-short"
          />
          <ErrorBanner error={period.error} />
          <div className="actions">
            <Button type="submit" variant="secondary" busy={period.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="link" onClick={cancelPeriod}>
              {t('hold.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
      {mode === 'hold' ? <LegalHoldForm caseId={detail.id} mode="set" busy={setHold.isPending} error={setHold.error} onCancel={back} onSubmit={(v, done) => setHold.mutate(v, { onSuccess: saved(done) })} /> : null}
      {mode === 'release' ? (
        <LegalHoldForm caseId={detail.id} mode="release" busy={release.isPending} error={release.error} onCancel={back} onSubmit={(v, done) => release.mutate({ reason: v.reason, ...(v.byStaffId ? { byStaffId: v.byStaffId } : {}) }, { onSuccess: saved(done) })} />
      ) : null}
      {mode === 'purge' ? <PurgeDialog caseId={detail.id} caseRef={detail.ref} onCancel={back} /> : null}
      {mode === 'view' ? (
        <>
          {detail.status === 'closed' ? <p className="muted">{hold ? t('hold.blocksPurge') : t('retention.purgeIntro')}</p> : null}
          <div className="actions">
            <Button variant="secondary" onClick={() => setMode('period')}>
              {t('retention.casePeriodChange')}
            </Button>
            <Button variant="secondary" onClick={() => setMode(hold ? 'release' : 'hold')}>
              {t(hold ? 'hold.releaseOpen' : 'hold.setOpen')}
            </Button>
            {detail.status === 'closed' && !hold ? (
              <Button variant="danger" onClick={() => setMode('purge')}>
                {t('retention.purgeOpen')}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
