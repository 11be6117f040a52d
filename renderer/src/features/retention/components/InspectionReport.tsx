import { useState } from 'react';
import { TRISTATE } from '../../../../../shared/case-types';
import { AFFILIATIONS, PERSON_ROLES } from '../../../../../shared/person-types';
import type { PersonReport } from '../../../../../shared/contract-person';
import { isOneOf } from '../../../../../shared/one-of';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { isStatus } from '../../takedowns/logic';
import { usePersonReport } from '../queries';

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export function reportCounts(report: PersonReport): { cases: number; items: number; requests: number } {
  return {
    cases: report.records.length,
    items: report.records.reduce((n, r) => n + r.items.length, 0),
    requests: report.records.reduce((n, r) => n + r.takedowns.length, 0),
  };
}

/**
 * "Inzageverzoek": everything the vault holds about one person (never the working notes),
 * readable on screen and copyable as JSON for the requester (the renderer writes no files).
 */
export function InspectionReport({ personId, name, onClose }: { personId: string; name: string; onClose: () => void }) {
  const { t, language } = useI18n();
  const report = usePersonReport(personId);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const r = report.data;
  const statusText = (st: string) => (isStatus(st) ? t(`td.status.${st}`) : st);
  const json = r ? JSON.stringify(r, null, 2) : '';
  const copy = () => {
    navigator.clipboard.writeText(json).then(
      () => setCopied('ok'),
      () => setCopied('failed'),
    );
  };
  return (
    <section className="card stack-tight inspection" aria-labelledby={`inspection-${personId}`}>
      <h3 id={`inspection-${personId}`} className="subsection-title">
        {t('inspection.title', { name })}
      </h3>
      <p>{t('inspection.intro')}</p>
      {report.isPending ? <p className="muted">{t('inspection.loading')}</p> : null}
      <ErrorBanner error={report.error} />
      {r ? (
        <>
          <p className="banner-text">{t('inspection.summary', reportCounts(r))}</p>
          <p className="muted">{t('inspection.generated', { at: formatDateTime(r.generatedAt, language) })}</p>
          {r.records.map((rec, i) => (
            <div key={i} className="inspection-case stack-tight">
              <h4 className="inspection-case-title">{t('inspection.case', { ref: text(rec.case.ref), title: text(rec.case.title) })}</h4>
              <p>
                {t('inspection.person')}:{' '}
                {[
                  isOneOf(PERSON_ROLES, rec.person.role) ? t(`person.role.${rec.person.role}`) : text(rec.person.role),
                  // 'Onbekend' on its own would read as if the person were unknown.
                  isOneOf(AFFILIATIONS, rec.person.affiliation) ? (rec.person.affiliation === 'unknown' ? '' : t(`person.affiliation.${rec.person.affiliation}`)) : text(rec.person.affiliation),
                  isOneOf(TRISTATE, rec.person.minor) ? t(`persons.badge.minor.${rec.person.minor}`) : '',
                  rec.person.isPseudonym === true ? t('inspection.pseudonym') : '',
                ]
                  .filter(Boolean)
                  .join(', ')}
              </p>
              {text(rec.person.contactNotes) ? (
                <p className="inspection-notes">
                  {t('inspection.contactNotes')}: {text(rec.person.contactNotes)}
                </p>
              ) : null}
              <p>
                {t('inspection.items')}: {rec.items.length ? rec.items.map((it) => text(it.label) || text(it.url) || text(it.kind)).join(', ') : t('inspection.none')}
              </p>
              <p>
                {t('inspection.takedowns')}: {rec.takedowns.length ? rec.takedowns.map((d) => `${text(d.platform)} (${statusText(text(d.status))})`).join(', ') : t('inspection.none')}
              </p>
            </div>
          ))}
          <details className="fold">
            <summary>{t('inspection.json')}</summary>
            {/* Scrolls when long: focusable, so keyboard users can scroll it too (axe scrollable-region-focusable). */}
            <pre className="inspection-json" translate="no" tabIndex={0} role="region" aria-label={t('inspection.json')}>
              {json}
            </pre>
          </details>
        </>
      ) : null}
      <div className="actions">
        <Button onClick={copy} disabled={!r}>
          {t('inspection.copy')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('inspection.close')}
        </Button>
      </div>
      {copied === 'ok' ? <Banner tone="success">{t('inspection.copied')}</Banner> : null}
      {copied === 'failed' ? <Banner tone="error">{t('inspection.copyFailed')}</Banner> : null}
    </section>
  );
}
