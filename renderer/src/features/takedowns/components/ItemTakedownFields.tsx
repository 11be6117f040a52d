import type { FormEvent } from 'react';
import { CASE_CATEGORIES, type CaseCategory } from '../../../../../shared/case-types';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { useItemTakedownFields } from '../mutations';

/**
 * "Voor verwijderverzoeken" on the item page (issue 14 items 1 and 3), apart from the item's
 * own edit form: the item's kind of material (a notice's part (a) is built from it; default the
 * case's) and the description a platform may read. The internal description never goes to a
 * platform; this one starts empty and asks not to name students. What is not saved yet is a
 * draft in the vault (issue 16 item 1).
 */
export function ItemTakedownFields({ item, caseCategory }: { item: EvidenceItem; caseCategory: CaseCategory }) {
  const t = useT();
  const save = useItemTakedownFields(item.id);
  const kept = useDraft<{ category: CaseCategory | ''; description: string }>(`item:${item.id}:takedown`, { category: item.category ?? '', description: item.platformDescription ?? '' }, item.caseId);
  const { category, description } = kept.value;
  const options = [{ value: '', label: t('newTd.categoryOfCase', { category: t(`case.category.${caseCategory}`) }) }, ...CASE_CATEGORIES.map((c) => ({ value: c, label: t(`case.category.${c}`) }))];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const saved = { category, description: description.trim() };
    save.mutate({ category: category || null, platformDescription: saved.description }, { onSuccess: () => kept.rebase(saved) });
  };
  return (
    <section className="card stack-tight" aria-labelledby="item-takedown-fields">
      <h2 id="item-takedown-fields" className="section-title">
        {t('itemTd.title')}
      </h2>
      <p className="muted">{t('itemTd.intro')}</p>
      <form className="stack-tight" onSubmit={submit} noValidate>
        <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
        <SelectField label={t('itemTd.category')} help={t('newTd.categoryHelp')} options={options} value={category} onChange={(e) => { kept.set((d) => ({ ...d, category: e.target.value as CaseCategory | '' })); save.reset(); }} />
        <TextArea label={t('itemTd.description')} help={t('platformText.help')} value={description} onChange={(e) => { kept.set((d) => ({ ...d, description: e.target.value })); save.reset(); }} rows={3} maxLength={4000} />
        <div className="actions">
          <Button type="submit" variant="secondary" busy={save.isPending} busyLabel={t('common.saving')}>
            {t('itemTd.save')}
          </Button>
        </div>
        {save.isSuccess ? <Banner tone="success">{t('itemTd.saved')}</Banner> : null}
        <ErrorBanner error={save.error} />
      </form>
    </section>
  );
}
