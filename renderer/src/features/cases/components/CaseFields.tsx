import { SEXUAL_CATEGORIES } from '../../../../../shared/case-types';
import { Banner } from '../../../components/ui/Banner';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { draftProblems, type CaseDraft } from '../case-draft';
import { categoryOptions } from '../labels';

/**
 * The fields of a case, for "Nieuwe zaak" and "Gegevens wijzigen": title, kind, description,
 * the behandelaar, and tags. Required-field messages appear once `tried`.
 */
export function CaseFields({
  draft,
  onChange,
  tried,
  sexualNote,
}: {
  draft: CaseDraft;
  onChange: (change: Partial<CaseDraft>) => void;
  tried: boolean;
  /** Replaces the standard note shown under the kind when it is sexual material. */
  sexualNote?: string | null;
}) {
  const t = useT();
  const problems = draftProblems(draft);
  return (
    <>
      <Field
        label={t('newCase.titleLabel')}
        help={t('newCase.titleHelp')}
        value={draft.title}
        onChange={(e) => onChange({ title: e.target.value })}
        error={tried && problems.title ? t('newCase.titleRequired') : null}
        maxLength={200}
        autoFocus
      />
      <RadioGroup
        legend={t('newCase.category')}
        options={categoryOptions(t, true)}
        value={draft.category}
        onChange={(category) => onChange({ category })}
        error={tried && problems.category ? t('newCase.categoryRequired') : null}
      />
      {draft.category && SEXUAL_CATEGORIES.includes(draft.category) ? <Banner>{sexualNote ?? t('newCase.sexualNote')}</Banner> : null}
      <TextArea
        label={t('newCase.description')}
        help={t('newCase.descriptionHelp')}
        value={draft.description}
        onChange={(e) => onChange({ description: e.target.value })}
        rows={3}
        maxLength={20_000}
      />
      <Field
        label={t('editCase.officer')}
        help={t('editCase.officerHelp')}
        value={draft.assignedOfficer}
        onChange={(e) => onChange({ assignedOfficer: e.target.value })}
        maxLength={500}
        autoComplete="off"
      />
      <Field label={t('newCase.tags')} help={t('newCase.tagsHelp')} value={draft.tags} onChange={(e) => onChange({ tags: e.target.value })} />
    </>
  );
}
