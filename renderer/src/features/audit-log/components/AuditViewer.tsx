import { useMemo, useState } from 'react';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useCases } from '../../cases/queries';
import { AUDIT_LIMIT, EMPTY_FILTERS, toFilter, toQuery, type AuditFilterForm } from '../filters';
import { useAuditQuery } from '../queries';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ChainStatus } from './ChainStatus';
import { ExportCsv } from './ExportCsv';

/** "Logboek": chain status, filters, the table and the CSV export; `caseId` fixes the case. */
export function AuditViewer({ caseId }: { caseId?: string }) {
  const t = useT();
  const [form, setForm] = useState<AuditFilterForm>({ ...EMPTY_FILTERS, caseId: caseId ?? '' });
  const input = useMemo(() => toQuery(form), [form]);
  const entries = useAuditQuery(input);
  const cases = useCases({ sort: 'ref', order: 'desc' });
  const caseRefs = useMemo(() => new Map((cases.data ?? []).map((c) => [c.id, c.ref])), [cases.data]);
  const actors = useMemo(() => [...new Set((entries.data ?? []).map((e) => e.actor))].sort(), [entries.data]);
  const list = entries.data ?? [];
  return (
    <div className="stack">
      <p className="muted">{caseId ? t('auditLog.caseIntro') : t('auditLog.intro')}</p>
      <ChainStatus shown={caseId && entries.data ? entries.data.length : null} limited={list.length >= AUDIT_LIMIT} />
      <AuditFilters value={form} onChange={setForm} actors={actors} withCase={!caseId} />
      <ErrorBanner error={entries.error} />
      {entries.isPending ? <p className="muted">{t('auditLog.loading')}</p> : null}
      {entries.data && list.length === 0 ? <p className="muted">{t('auditLog.empty')}</p> : null}
      {list.length > 0 ? <AuditTable entries={list} caseRefs={caseRefs} /> : null}
      {list.length >= AUDIT_LIMIT ? <p className="muted">{t('auditLog.limited', { limit: AUDIT_LIMIT })}</p> : null}
      <ExportCsv filter={toFilter(form)} />
    </div>
  );
}
