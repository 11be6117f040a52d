import { useId, useMemo } from 'react';
import { Button } from '../../../components/ui/Button';
import { DateTimeField } from '../../../components/ui/DateTimeField';
import { Field } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { AUDIT_KINDS } from '../../../../../shared/audit-kinds';
import { useT } from '../../../i18n/i18n-context';
import { useCases } from '../../cases/queries';
import { auditKindLabel } from '../../audit/audit-kind';
import { EMPTY_FILTERS, type AuditFilterForm } from '../filters';
import { caseKinds } from '../describe';

/**
 * Kind, who acted, date from/to and (on the full log) the case; applied as they change. A
 * case's log offers only the kinds that can be about a case (issue 16 item 6).
 */
export function AuditFilters({ value, onChange, actors, withCase }: { value: AuditFilterForm; onChange: (f: AuditFilterForm) => void; actors: readonly string[]; withCase: boolean }) {
  const t = useT();
  const listId = useId();
  const cases = useCases({ sort: 'ref', order: 'desc' });
  const kinds = useMemo(
    () =>
      (withCase ? AUDIT_KINDS : caseKinds())
        .map((k) => ({ value: k, label: auditKindLabel(k, t) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [t, withCase],
  );
  const set = (patch: Partial<AuditFilterForm>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="plain-fieldset stack-tight">
      <legend className="subsection-title">{t('auditLog.filters')}</legend>
      <div className="filter-bar">
        <SelectField label={t('auditLog.kind')} value={value.kind} onChange={(e) => set({ kind: e.target.value })} options={[{ value: '', label: t('auditLog.kindAll') }, ...kinds]} />
        <Field label={t('auditLog.actor')} value={value.actor} onChange={(e) => set({ actor: e.target.value })} list={listId} autoComplete="off" />
        <datalist id={listId}>
          {actors.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <DateTimeField mode="date" label={t('auditLog.from')} value={value.from} onChange={(from) => set({ from })} />
        <DateTimeField mode="date" label={t('auditLog.to')} value={value.to} onChange={(to) => set({ to })} />
        {withCase ? (
          <SelectField
            label={t('auditLog.case')}
            value={value.caseId}
            onChange={(e) => set({ caseId: e.target.value })}
            options={[{ value: '', label: t('auditLog.caseAll') }, ...(cases.data ?? []).map((c) => ({ value: c.id, label: `${c.ref} · ${c.title}` }))]}
          />
        ) : null}
      </div>
      <div className="actions">
        <Button variant="secondary" onClick={() => onChange({ ...EMPTY_FILTERS, caseId: withCase ? '' : value.caseId })}>
          {t('auditLog.clear')}
        </Button>
      </div>
    </fieldset>
  );
}
