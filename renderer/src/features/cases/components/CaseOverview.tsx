import type { CaseDetail } from '../../../../../shared/case-types';
import { hrefForCase } from '../../../app/router';
import { DetailList } from '../../../components/ui/DetailList';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { CaseRetention } from '../../retention/components/CaseRetention';
import { StepsSummary } from '../../steps/components/StepsSummary';
import { CaseStatusForm } from './CaseStatusForm';

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

/** The case at a glance: the next step first, then the details and the status control. */
export function CaseOverview({ detail }: { detail: CaseDetail }) {
  const { t, language } = useI18n();
  const when = (iso: string | null) => formatDateTime(iso, language);
  return (
    <div className="stack">
      <NextStep detail={detail} />
      <StepsSummary caseId={detail.id} />
      <section className="card stack-tight" aria-label={t('overview.details')}>
        <h2 className="section-title">{t('overview.details')}</h2>
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
      </section>
      <section className="card" aria-label={t('overview.statusLegend')}>
        <CaseStatusForm detail={detail} />
      </section>
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
