import type { CaseDetail } from '../../../../../shared/case-types';
import { hrefForNewTakedown } from '../../../app/router';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { usePlatforms } from '../../platforms/queries';
import { groupBy } from '../logic';
import { requestPlatformLabel } from '../platform-label';
import { useTakedowns } from '../queries';
import { RequestTable } from './RequestTable';

/** The "Verwijderverzoeken" tab: the case's requests per platform, and a new one. */
export function CaseTakedownsPanel({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const list = useTakedowns({ caseId: detail.id });
  const platforms = usePlatforms();
  const groups = groupBy(list.data ?? [], (r) => requestPlatformLabel(t, r, platforms.data));
  return (
    <div className="stack">
      <section className="next-step" aria-labelledby="td-case-title">
        <h2 id="td-case-title" className="section-title">
          {t('tdCase.title')}
        </h2>
        <p>{t('tdCase.intro')}</p>
        <a className="btn btn-primary" href={hrefForNewTakedown(detail.id)}>
          {t('tdCase.new')}
        </a>
      </section>
      <ErrorBanner error={list.error ?? platforms.error} />
      {list.isPending ? <p className="muted">{t('tdCase.loading')}</p> : null}
      {list.data && list.data.length === 0 ? <p className="muted">{t('tdCase.empty')}</p> : null}
      {groups.map((g) => (
        <section key={g.key} className="card stack-tight" aria-label={g.key}>
          <h3 className="subsection-title">{t('tdCase.group', { platform: g.key, count: g.items.length })}</h3>
          <RequestTable requests={g.items} platformName={g.key} />
        </section>
      ))}
    </div>
  );
}
