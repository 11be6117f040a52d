import { useState, type FormEvent } from 'react';
import { SEXUAL_CATEGORIES, type CaseCategory, type CaseDetail } from '../../../../../shared/case-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { categoryOptions } from '../labels';
import { useCreateCase } from '../mutations';

export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))].slice(0, 30);
}

/** Title, kind, optional description and tags; on success hands the new case to `onCreated`. */
export function NewCaseForm({ onCreated, onCancel }: { onCreated: (c: CaseDetail) => void; onCancel: () => void }) {
  const t = useT();
  const create = useCreateCase();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<CaseCategory | null>(null);
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState('');
  const [tried, setTried] = useState(false);
  const titleError = tried && !title.trim() ? t('newCase.titleRequired') : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!title.trim() || !category) return;
    create.mutate(
      { title: title.trim(), category, ...(description.trim() ? { description: description.trim() } : {}), tags: parseTags(tags) },
      { onSuccess: onCreated },
    );
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <Field label={t('newCase.titleLabel')} help={t('newCase.titleHelp')} value={title} onChange={(e) => setTitle(e.target.value)} error={titleError} maxLength={200} autoFocus />
      <RadioGroup legend={t('newCase.category')} options={categoryOptions(t, true)} value={category} onChange={setCategory} error={tried && !category ? t('newCase.categoryRequired') : null} />
      {category && SEXUAL_CATEGORIES.includes(category) ? <Banner>{t('newCase.sexualNote')}</Banner> : null}
      <TextArea label={t('newCase.description')} help={t('newCase.descriptionHelp')} value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
      <Field label={t('newCase.tags')} help={t('newCase.tagsHelp')} value={tags} onChange={(e) => setTags(e.target.value)} />
      <ErrorBanner error={create.error} />
      <div className="actions">
        <Button type="submit" busy={create.isPending} busyLabel={t('newCase.submitting')}>
          {t('newCase.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('newCase.cancel')}
        </Button>
      </div>
    </form>
  );
}
