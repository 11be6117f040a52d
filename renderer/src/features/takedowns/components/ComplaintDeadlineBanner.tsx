import type { CaseDetail } from '../../../../../shared/case-types';
import { complaintDeadline } from '../../../../../shared/complaint-deadline';
import { localDate } from '../../../../../shared/time';
import { Banner } from '../../../components/ui/Banner';
import { useI18n } from '../../../i18n/i18n-context';
import { localeOf } from '../../../lib/dates';
import { useEvidenceList } from '../../evidence/queries';
import { formatLocalDate } from '../logic';
import { TermLink } from '../../glossary/components/TermLink';

/**
 * On the case page (every tab, so the step plan too): belediging, smaad and laster are
 * klachtdelicten, so the victim's complaint must be filed within three months (art. 269 and
 * 66 Sr; shared/complaint-deadline.ts). Shown for a case or item of such a kind, urgent from
 * 30 days before the last day the app can know of.
 */
export function ComplaintDeadlineBanner({ detail }: { detail: CaseDetail }) {
  const { t, language } = useI18n();
  const items = useEvidenceList(detail.id);
  if (!items.data) return null;
  const d = complaintDeadline({ category: detail.category, openedAt: detail.openedAt, items: items.data }, localDate(new Date()));
  if (!d) return null;
  const day = (x: string) => formatLocalDate(x, localeOf(language));
  const when = d.state === 'passed' ? t('complaint.passed', { date: day(d.lastDay) }) : d.daysLeft === 0 ? t('complaint.today') : t('complaint.left', { days: d.daysLeft });
  return (
    <Banner className={d.state === 'open' ? undefined : 'banner-warning'}>
      <div className="stack-tight" data-testid="complaint-deadline" data-state={d.state}>
        <p>
          <strong>{t('complaint.title', { date: day(d.lastDay) })}</strong> {when}
        </p>
        <p>
          {t('complaint.body', { from: day(d.knownFrom) })} <TermLink term="klachtdelict">{t('complaint.whatIs')}</TermLink>
        </p>
        <p>{t('complaint.action')}</p>
      </div>
    </Banner>
  );
}
