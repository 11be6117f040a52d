import { useState, type FormEvent } from 'react';
import { CASE_CATEGORIES, type CaseCategory } from '../../../../../shared/case-types';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { useItemTakedownFields } from '../mutations';

/**
 * "Voor verwijderverzoeken" on the item page (issue 14 items 1 and 3), apart from the item's
 * own edit form: the item's kind of material (a notice's part (a) is built from it; default the
 * case's) and the description a platform may read. The internal description never goes to a
 * platform; this one starts empty and asks not to name students.
 */
export function ItemTakedownFields({ item, caseCategory }: { item: EvidenceItem; caseCategory: CaseCategory }) {
  const t = useT();
  const save = useItemTakedownFields(item.id);
  const [category, setCategory] = useState<CaseCategory | ''>(item.category ?? '');
  const [description, setDescription] = useState(item.platformDescription ?? '');
  const options = [{ value: '', label: t('newTd.categoryOfCase', { category: t(`case.category.${caseCategory}`) }) }, ...CASE_CATEGORIES.map((c) => ({ value: c, label: t(`case.category.${c}`) }))];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ category: category || null, platformDescription: description.trim() });
  };
  return (
    <section className="card stack-tight" aria-labelledby="item-takedown-fields">
      <h2 id="item-takedown-fields" className="section-title">
        {t('itemTd.title')}
      </h2>
      <p className="muted">{t('itemTd.intro')}</p>
      <form className="stack-tight" onSubmit={submit} noValidate>
        <SelectField label={t('itemTd.category')} help={t('newTd.categoryHelp')} options={options} value={category} onChange={(e) => { setCategory(e.target.value as CaseCategory | ''); save.reset(); }} />
        <TextArea label={t('itemTd.description')} help={t('platformText.help')} value={description} onChange={(e) => { setDescription(e.target.value); save.reset(); }} rows={3} maxLength={4000} />
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
