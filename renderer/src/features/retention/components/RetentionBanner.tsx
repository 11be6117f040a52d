import { hrefForCase } from '../../../app/router';
import { Banner } from '../../../components/ui/Banner';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDay } from '../../steps/day';
import { useRetentionDue } from '../queries';

/** After unlock: closed cases past their retention period, each linked to its overview. */
export function RetentionBanner() {
  const { t, language } = useI18n();
  const due = useRetentionDue();
  const list = due.data ?? [];
  if (list.length === 0) return null;
  return (
    <Banner tone="info" className="reminder">
      <p className="banner-text">{list.length === 1 ? t('retention.bannerOne') : t('retention.bannerOther', { count: list.length })}</p>
      <ul className="reminder-list">
        {list.map((c) => (
          <li key={c.caseId}>
            <a href={hrefForCase(c.caseId)}>{t('retention.bannerCase', { ref: c.ref, date: formatDay(c.purgeDate, language) })}</a>
          </li>
        ))}
      </ul>
    </Banner>
  );
}
