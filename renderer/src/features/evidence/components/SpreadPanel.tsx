import type { CaseDetail } from '../../../../../shared/case-types';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useEvidenceList, useSpread } from '../queries';
import { SpreadCard } from './SpreadCard';

/** The "Verspreiding" tab: one card per image, biggest spread first (order from the core). */
export function SpreadPanel({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const spread = useSpread(detail.id);
  const list = useEvidenceList(detail.id);
  const byId = new Map((list.data ?? []).map((i) => [i.id, i]));
  const groups = spread.data ?? [];
  return (
    <section className="stack" aria-labelledby="spread-title">
      <div className="stack-tight">
        <h2 id="spread-title" className="section-title">
          {t('spread.title')}
        </h2>
        <p className="muted">{t('spread.intro')}</p>
      </div>
      <ErrorBanner error={spread.error ?? list.error} />
      {spread.data && groups.length === 0 ? <p className="empty-next">{t('spread.empty')}</p> : null}
      {list.data
        ? groups.map((g, i) => <SpreadCard key={g.representativeId} group={g} n={i + 1} rep={byId.get(g.representativeId)} category={detail.category} />)
        : null}
    </section>
  );
}
