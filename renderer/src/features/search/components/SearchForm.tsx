import { useState, type FormEvent } from 'react';
import type { Input } from '../../../../../shared/contract';
import { Button } from '../../../components/ui/Button';
import { DateTimeField } from '../../../components/ui/DateTimeField';
import { Field } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { useT } from '../../../i18n/i18n-context';
import { dateInputToIso } from '../../../lib/dates';
import { categoryOptions, isCategory, isStatus, statusOptions } from '../../cases/labels';

export type SearchQuery = Input<'search:query'>;

interface Draft {
  text: string;
  status: string;
  category: string;
  platform: string;
  from: string;
  to: string;
}
const EMPTY: Draft = { text: '', status: '', category: '', platform: '', from: '', to: '' };

export function toQuery(d: Draft): SearchQuery | null {
  const q: SearchQuery = {};
  if (d.text.trim()) q.text = d.text.trim();
  if (isStatus(d.status)) q.status = d.status;
  if (isCategory(d.category)) q.category = d.category;
  if (d.platform.trim()) q.platform = d.platform.trim();
  const from = dateInputToIso(d.from, false);
  const to = dateInputToIso(d.to, true);
  if (from) q.from = from;
  if (to) q.to = to;
  return Object.keys(q).length ? q : null;
}

/** Free text plus folded-away filters; submitting runs the search, "wissen" clears it. */
export function SearchForm({ onSearch }: { onSearch: (query: SearchQuery | null) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const all = { value: '', label: t('cases.filter.all') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(toQuery(draft));
  };
  return (
    <form role="search" className="search-form stack-tight" onSubmit={submit} aria-label={t('search.title')}>
      <Field
        label={t('search.text')}
        help={t('search.textHelp')}
        type="search"
        value={draft.text}
        onChange={(e) => set({ text: e.target.value })}
        addon={
          <Button type="submit" className="field-addon">
            {t('search.submit')}
          </Button>
        }
      />
      <details className="fold">
        <summary>{t('search.more')}</summary>
        <div className="form-grid">
          <SelectField label={t('cases.filter.status')} options={[all, ...statusOptions(t)]} value={draft.status} onChange={(e) => set({ status: e.target.value })} />
          <SelectField label={t('cases.filter.category')} options={[all, ...categoryOptions(t)]} value={draft.category} onChange={(e) => set({ category: e.target.value })} />
          <Field label={t('search.platform')} value={draft.platform} onChange={(e) => set({ platform: e.target.value })} />
          <DateTimeField mode="date" label={t('search.from')} value={draft.from} onChange={(from) => set({ from })} />
          <DateTimeField mode="date" label={t('search.to')} value={draft.to} onChange={(to) => set({ to })} />
        </div>
      </details>
      <div className="actions">
        <Button
          variant="link"
          onClick={() => {
            setDraft(EMPTY);
            onSearch(null);
          }}
        >
          {t('search.clear')}
        </Button>
      </div>
    </form>
  );
}
