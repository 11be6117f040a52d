import type { Input } from '../../../../../shared/contract';
import { SelectField } from '../../../components/ui/SelectField';
import { useT } from '../../../i18n/i18n-context';
import { categoryOptions, isCategory, isStatus, statusOptions } from '../labels';

export type CaseListFilters = Input<'case:list'>;
const SORTS = ['updated', 'ref', 'title', 'status'] as const;

/** Status and kind filters plus sort order for the case list. */
export function CaseFilters({ value, onChange }: { value: CaseListFilters; onChange: (next: CaseListFilters) => void }) {
  const t = useT();
  const all = { value: '', label: t('cases.filter.all') };
  const set = (patch: Partial<CaseListFilters>) => {
    const next: CaseListFilters = { ...value, ...patch };
    for (const k of Object.keys(next) as (keyof CaseListFilters)[]) if (next[k] === undefined) delete next[k];
    onChange(next);
  };
  return (
    <fieldset className="filter-bar">
      <legend className="sr-only">{t('cases.filters')}</legend>
      <SelectField label={t('cases.filter.status')} options={[all, ...statusOptions(t)]} value={value.status ?? ''} onChange={(e) => set({ status: isStatus(e.target.value) ? e.target.value : undefined })} />
      <SelectField label={t('cases.filter.category')} options={[all, ...categoryOptions(t)]} value={value.category ?? ''} onChange={(e) => set({ category: isCategory(e.target.value) ? e.target.value : undefined })} />
      <SelectField
        label={t('cases.sort.label')}
        options={SORTS.map((s) => ({ value: s, label: t(`cases.sort.${s}`) }))}
        value={value.sort ?? 'updated'}
        onChange={(e) => set({ sort: SORTS.find((s) => s === e.target.value) ?? 'updated' })}
      />
      <SelectField
        label={t('cases.order.label')}
        options={[
          { value: 'desc', label: t('cases.order.desc') },
          { value: 'asc', label: t('cases.order.asc') },
        ]}
        value={value.order ?? 'desc'}
        onChange={(e) => set({ order: e.target.value === 'asc' ? 'asc' : 'desc' })}
      />
    </fieldset>
  );
}
