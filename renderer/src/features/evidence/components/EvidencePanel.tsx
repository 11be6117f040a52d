import { useMemo } from 'react';
import type { CaseDetail } from '../../../../../shared/case-types';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { EvidenceList } from '../list/EvidenceList';
import { useEvidenceList, useSpread } from '../queries';
import { ImportPanel } from './ImportPanel';
import { CapturePanel } from '../../capture/components/CapturePanel';

/**
 * The "Bewijsstukken" tab: the capture form (open while the case is empty, folded once items
 * exist: issue 16 item 4), then what is captured as a table or cards. The spread view's groups
 * give the duplicate and spread marks; they arrive after the list, which never waits for them.
 */
export function EvidencePanel({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const list = useEvidenceList(detail.id);
  const spread = useSpread(detail.id);
  const items = useMemo(() => list.data ?? [], [list.data]);
  const labels = useMemo(() => new Map(items.map((i) => [i.id, i.label])), [items]);
  return (
    <div className="stack">
      <CapturePanel detail={detail} />
      {list.data ? <ImportPanel detail={detail} labels={labels} startOpen={items.length === 0} /> : null}
      <section className="stack-tight" aria-labelledby="grid-title">
        <h2 id="grid-title" className="section-title">
          {t('evidence.gridTitle', { count: items.length })}
        </h2>
        <ErrorBanner error={list.error} />
        {list.isPending ? <p className="muted">{t('case.loading')}</p> : null}
        {list.data && items.length === 0 ? <p className="muted">{t('evidence.empty')}</p> : null}
        {items.some((i) => i.hasThumbnail) ? <p className="muted small">{t('evidence.revealNote')}</p> : null}
        {items.length ? <EvidenceList key={detail.id} items={items} category={detail.category} spread={spread.data} /> : null}
      </section>
    </div>
  );
}
