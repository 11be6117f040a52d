import type { DuplicateMatch, ImportReport, ImportResult } from '../../../../../shared/evidence-types';
import { hrefForItem } from '../../../app/router';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { useT } from '../../../i18n/i18n-context';
import { importSummary, rejectionText, skippedText } from '../import-reasons';

function MatchLinks({ matches }: { matches: DuplicateMatch[] }) {
  const t = useT();
  if (!matches.length) return null;
  return (
    <ul className="match-list">
      {matches.map((m) => (
        <li key={m.itemId} className="match">
          <a href={hrefForItem(m.caseId, m.itemId)}>{t(m.exact ? 'import.matchExact' : 'import.match', { label: m.label, caseRef: m.caseRef })}</a>
        </li>
      ))}
    </ul>
  );
}

function statusText(r: ImportResult, labels: ReadonlyMap<string, string>, hashOnly: boolean, t: ReturnType<typeof useT>): string {
  const label = (r.itemId && labels.get(r.itemId)) ?? r.matches.find((m) => m.itemId === r.itemId)?.label ?? '';
  if (r.status === 'stored') return t(hashOnly ? 'import.status.hashed' : 'import.status.stored', { label });
  if (r.status === 'duplicate') return t('import.status.duplicate', { label });
  return t('import.status.rejected');
}

/**
 * One line per file: stored, already in this case, or not stored with the reason and what to
 * do; below it, duplicate warnings that link to the matching item.
 */
export function ImportResults({ report, hashOnly, labels, onClose }: { report: ImportReport; hashOnly: boolean; labels: ReadonlyMap<string, string>; onClose: () => void }) {
  const t = useT();
  const count = (s: ImportResult['status']) => report.results.filter((r) => r.status === s).length;
  return (
    <section className="import-results stack-tight" aria-labelledby="import-results-title" data-testid="import-results">
      <h3 id="import-results-title" className="subsection-title">
        {t('import.results')}
      </h3>
      <Banner tone={count('rejected') ? 'info' : 'success'}>
        {importSummary(report, t)}
        {report.cancelled ? ` ${t('import.cancelled')}` : ''}
      </Banner>
      <ul className="result-list">
        {report.results.map((r, i) => (
          <li key={`${i}-${r.file}`} className={`result result-${r.status}`} data-status={r.status}>
            <p className="result-file">{r.file}</p>
            <p className="result-status">{statusText(r, labels, hashOnly, t)}</p>
            {r.error ? <p className="result-reason">{rejectionText(r.error, t)}</p> : null}
            {r.error ? (
              <details className="banner-details">
                <summary>{t('common.details')}</summary>
                <p>{t('common.errorCode', { code: r.error.code })}</p>
              </details>
            ) : null}
            <MatchLinks matches={r.matches} />
          </li>
        ))}
      </ul>
      {report.skipped?.length ? (
        <details className="banner-details" data-testid="import-skipped">
          <summary>{t('import.skipped.title', { n: report.skipped.length })}</summary>
          <ul className="result-list">
            {report.skipped.map((s) => (
              <li key={s.file} className="result result-skipped" data-status="skipped">
                <p className="result-file">{s.file}</p>
                <p className="result-reason">{skippedText(s, t)}</p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="actions">
        <Button variant="secondary" onClick={onClose}>
          {t('import.close')}
        </Button>
      </div>
    </section>
  );
}
