import type { TakedownRequest } from '../../../../../shared/takedown-types';
import { hrefForCase } from '../../../app/router';
import { DetailList } from '../../../components/ui/DetailList';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime, localeOf } from '../../../lib/dates';
import { formatLocalDate } from '../logic';
import { FollowUpEditor } from './FollowUpEditor';
import { TargetList } from './TargetList';

/**
 * `platformName` is where the material is; `addressee` the body the request goes to, shown
 * only when that differs (an escalation to the police or Offlimits).
 */
export function RequestFacts({ request: r, platformName, addressee }: { request: TakedownRequest; platformName: string; addressee: string }) {
  const { t, language } = useI18n();
  const day = (d: string | null) => formatLocalDate(d, localeOf(language));
  return (
    <section className="card stack-tight" aria-labelledby="req-facts">
      <h2 id="req-facts" className="section-title">
        {t('req.facts')}
      </h2>
      <DetailList
        empty={t('td.notYet')}
        rows={[
          { label: t('req.case'), value: <a href={hrefForCase(r.caseId, 'takedowns')}>{t('req.backToCase', { ref: r.caseRef })}</a> },
          { label: t(r.occurrences.length > 1 ? 'req.targets' : 'req.target'), value: <TargetList request={r} /> },
          { label: t('req.platform'), value: platformName },
          ...(r.targetPlatformId !== r.occurrence.platformId ? [{ label: t('req.addressee'), value: addressee }] : []),
          { label: t('req.channel'), value: t(`td.channel.${r.channel}`) },
          { label: t('req.sentAt'), value: formatDateTime(r.sentAt, language) },
          { label: t('req.reference'), value: r.reference ?? '', mono: true },
          { label: t('req.deadline'), value: day(r.deadlineDate) },
          ...(r.decision && r.decisionAt
            ? [{ label: t('req.decision'), value: t('req.decisionValue', { decision: t(`td.status.${r.decision}`), date: formatDateTime(r.decisionAt, language) }) }]
            : []),
          ...(r.appealUntilDate && r.status === 'refused'
            ? [{ label: t('req.appeal'), value: <span className="stack-tight"><span>{t('req.appealUntil', { date: day(r.appealUntilDate) })}</span><span className="muted small">{t('req.appealHelp')}</span></span> }]
            : []),
        ]}
      />
      <FollowUpEditor request={r} />
    </section>
  );
}
