import { useEffect, useRef, useState } from 'react';
import type { CaseDetail } from '../../../../../shared/case-types';
import { hrefForCase } from '../../../app/router';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { DetailList } from '../../../components/ui/DetailList';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { CaseRetention } from '../../retention/components/CaseRetention';
import { StepsSummary } from '../../steps/components/StepsSummary';
import { CaseStatusForm } from './CaseStatusForm';
import { editCaseDraftKey, EditCaseForm } from './EditCaseForm';
import { PoliceFactsCard } from './PoliceFactsCard';
import { useHasDraft } from '../../drafts/use-draft';

function NextStep({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const step = detail.itemCount === 0 ? 'evidence' : detail.personCount === 0 ? 'persons' : 'spread';
  return (
    <section className="next-step" aria-label={t('overview.next')}>
      <h2 className="section-title">{t('overview.next')}</h2>
      <p>{t(`overview.next.${step}`)}</p>
      <a className="btn btn-primary" href={hrefForCase(detail.id, step)}>
        {t(`overview.next.${step}Action`)}
      </a>
    </section>
  );
}

type DetailsMode = { kind: 'view'; result: 'saved' | 'unchanged' | null; focus: 'result' | 'edit' | null } | { kind: 'edit' };

/** The case at a glance: the next step first, then the details (editable) and the status control. */
export function CaseOverview({ detail }: { detail: CaseDetail }) {
  const { t, language } = useI18n();
  const when = (iso: string | null) => formatDateTime(iso, language);
  const [mode, setMode] = useState<DetailsMode>({ kind: 'view', result: null, focus: null });
  // Unsaved changes from before a lock: the form opens again with them (issue 16 item 1).
  const hasDraft = useHasDraft(editCaseDraftKey(detail.id));
  const [reopened, setReopened] = useState(false);
  if (hasDraft && !reopened) {
    setReopened(true);
    setMode({ kind: 'edit' });
  }
  const resultRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  // After the form closes, keyboard users land on the message (after a save) or on the button.
  useEffect(() => {
    if (mode.kind !== 'view') return;
    if (mode.focus === 'result') resultRef.current?.focus();
    if (mode.focus === 'edit') headRef.current?.querySelector('button')?.focus();
  }, [mode]);
  return (
    <div className="stack">
      <NextStep detail={detail} />
      <StepsSummary caseId={detail.id} />
      <section className="card stack-tight" aria-label={t('overview.details')}>
        <div ref={headRef} className="heading-row">
          <h2 className="section-title">{t('overview.details')}</h2>
          {mode.kind === 'view' ? (
            <Button variant="secondary" onClick={() => setMode({ kind: 'edit' })}>
              {t('editCase.open')}
            </Button>
          ) : null}
        </div>
        {mode.kind === 'view' && mode.result ? (
          <div ref={resultRef} tabIndex={-1}>
            <Banner tone={mode.result === 'saved' ? 'success' : 'info'}>{t(mode.result === 'saved' ? 'editCase.saved' : 'editCase.unchanged')}</Banner>
          </div>
        ) : null}
        {mode.kind === 'edit' ? (
          <EditCaseForm
            detail={detail}
            onDone={(saved) => setMode({ kind: 'view', result: saved ? 'saved' : 'unchanged', focus: 'result' })}
            onCancel={() => setMode({ kind: 'view', result: null, focus: 'edit' })}
          />
        ) : (
          <DetailList
            empty={t('overview.none')}
            rows={[
              { label: t('overview.ref'), value: detail.ref, mono: true },
              { label: t('overview.category'), value: t(`case.category.${detail.category}`) },
              { label: t('overview.status'), value: t(`case.status.${detail.status}`) },
              { label: t('overview.openedAt'), value: when(detail.openedAt) },
              { label: t('overview.statusChangedAt'), value: when(detail.statusChangedAt) },
              ...(detail.closedAt ? [{ label: t('overview.closedAt'), value: when(detail.closedAt) }] : []),
              { label: t('overview.updatedAt'), value: when(detail.updatedAt) },
              { label: t('overview.officer'), value: detail.assignedOfficer || detail.createdBy },
              { label: t('overview.tags'), value: detail.tags.length ? <TagList tags={detail.tags} /> : '' },
              { label: t('overview.platforms'), value: detail.platforms.join(', ') },
              { label: t('overview.counts'), value: t('overview.countsValue', { items: detail.itemCount, persons: detail.personCount }) },
              { label: t('overview.description'), value: detail.description },
            ]}
          />
        )}
      </section>
      <section className="card" aria-label={t('overview.statusLegend')}>
        <CaseStatusForm detail={detail} />
      </section>
      <PoliceFactsCard detail={detail} />
      <CaseRetention detail={detail} />
    </div>
  );
}

function TagList({ tags }: { tags: string[] }) {
  return (
    <ul className="tag-list">
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
