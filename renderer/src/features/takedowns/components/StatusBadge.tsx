import type { TakedownRequest, TakedownStatus } from '../../../../../shared/takedown-types';
import { useI18n } from '../../../i18n/i18n-context';
import { localeOf } from '../../../lib/dates';
import { formatLocalDate } from '../logic';

/** A calm badge per status; only "overdue" is ever red (see OverdueNote). */
export function StatusBadge({ status }: { status: TakedownStatus }) {
  const { t } = useI18n();
  return <span className={`badge td-badge td-badge-${status}`}>{t(`td.status.${status}`)}</span>;
}

/** "Achterstallig sinds …" in red, or nothing when the request is not overdue. */
export function OverdueNote({ request }: { request: TakedownRequest }) {
  const { t, language } = useI18n();
  if (!request.overdue) return null;
  return <span className="overdue">{t('td.overdueSince', { date: formatLocalDate(request.nextFollowUpDate, localeOf(language)) })}</span>;
}
