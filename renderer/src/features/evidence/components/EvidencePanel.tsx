import { useMemo } from 'react';
import type { CaseDetail } from '../../../../../shared/case-types';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useEvidenceList } from '../queries';
import { EvidenceCard } from './EvidenceCard';
import { ImportPanel } from './ImportPanel';
import { CapturePanel } from '../../capture/components/CapturePanel';

/** The "Bewijsstukken" tab: add evidence first (the next step), then what is captured. */
export function EvidencePanel({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const list = useEvidenceList(detail.id);
  const items = useMemo(() => list.data ?? [], [list.data]);
  const labels = useMemo(() => new Map(items.map((i) => [i.id, i.label])), [items]);
  return (
    <div className="stack">
      <CapturePanel detail={detail} />
      <ImportPanel detail={detail} labels={labels} />
      <section className="stack-tight" aria-labelledby="grid-title">
        <h2 id="grid-title" className="section-title">
          {t('evidence.gridTitle', { count: items.length })}
        </h2>
        <ErrorBanner error={list.error} />
        {list.data && items.length === 0 ? <p className="muted">{t('evidence.empty')}</p> : null}
        {items.some((i) => i.hasThumbnail) ? <p className="muted small">{t('evidence.revealNote')}</p> : null}
        <ul className="evidence-grid">
          {items.map((item) => (
            <li key={item.id}>
              <EvidenceCard item={item} category={detail.category} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
