import { CASE_CATEGORIES, TRISTATE, type CaseCategory, type Tristate } from '../../../../../shared/case-types';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { SelectField } from '../../../components/ui/SelectField';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';

/**
 * For what is typed without an evidence item: its kind of material (part (a) of the notice is
 * built from it; default the case's), the age of the person shown when it is sexual material
 * (written as "minderjarig" only when the officer says so), and what the platform may read.
 */
export function TypedMaterialFields({
  caseCategory,
  category,
  minor,
  description,
  asksAge,
  onChange,
}: {
  caseCategory: CaseCategory;
  category: CaseCategory | '';
  minor: Tristate;
  description: string;
  asksAge: boolean;
  onChange: (patch: { category?: CaseCategory | ''; minor?: Tristate; description?: string }) => void;
}) {
  const t = useT();
  const options = [{ value: '', label: t('newTd.categoryOfCase', { category: t(`case.category.${caseCategory}`) }) }, ...CASE_CATEGORIES.map((c) => ({ value: c, label: t(`case.category.${c}`) }))];
  return (
    <>
      <SelectField label={t('newTd.category')} help={t('newTd.categoryHelp')} options={options} value={category} onChange={(e) => onChange({ category: e.target.value as CaseCategory | '' })} />
      {asksAge ? (
        <RadioGroup inline legend={t('newTd.minor')} help={t('newTd.minorHelp')} options={TRISTATE.map((v) => ({ value: v, label: t(`tristate.${v}`) }))} value={minor} onChange={(m) => onChange({ minor: m })} />
      ) : null}
      <TextArea label={t('newTd.description')} help={t('platformText.help')} value={description} onChange={(e) => onChange({ description: e.target.value })} rows={3} maxLength={4000} />
    </>
  );
}
