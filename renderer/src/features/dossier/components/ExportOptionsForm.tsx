import { useState, type FormEvent } from 'react';
import type { CaseCategory } from '../../../../../shared/case-types';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { DOSSIER_PROFILES, type DossierProfile } from '../../../../../shared/dossier-types';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { useT } from '../../../i18n/i18n-context';
import { summarise } from '../logic';
import { ExportSummary } from './ExportSummary';
import { StaffSelect } from '../../staff/components/StaffSelect';
import { useStaff } from '../../staff/queries';

export interface ExportOptions {
  recipient: string;
  /** Who exports (issue 15 item 1): '' is the vault's default staff member. */
  exportedByStaffId: string;
  profile: DossierProfile | null;
  lang: 'nl' | 'en';
}

/** Step 1: for whom, which profile (explained), which language, and what will be in it. */
export function ExportOptionsForm({
  value,
  onChange,
  onNext,
  category,
  items,
  requests,
}: {
  value: ExportOptions;
  onChange: (next: ExportOptions) => void;
  onNext: () => void;
  category: CaseCategory;
  items: readonly EvidenceItem[];
  requests: number;
}) {
  const t = useT();
  const staff = useStaff();
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (value.profile) onNext();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field
        label={t('dossier.recipient.label')}
        help={t('dossier.recipient.help')}
        value={value.recipient}
        maxLength={200}
        onChange={(e) => onChange({ ...value, recipient: e.target.value })}
        autoComplete="off"
      />
      {staff.data?.length ? (
        <StaffSelect
          label={t('dossier.exportedBy.label')}
          help={t('dossier.exportedBy.help')}
          value={value.exportedByStaffId}
          staff={staff.data}
          noneLabel={t('dossier.exportedBy.default')}
          onChange={(exportedByStaffId) => onChange({ ...value, exportedByStaffId })}
        />
      ) : null}
      <RadioGroup
        legend={t('dossier.profile.legend')}
        help={t('dossier.profile.help')}
        options={DOSSIER_PROFILES.map((p) => ({ value: p, label: t(`dossier.profile.${p}`), help: t(`dossier.profile.${p}.help`) }))}
        value={value.profile}
        onChange={(profile) => onChange({ ...value, profile })}
        error={tried && !value.profile ? t('dossier.profile.required') : null}
      />
      <RadioGroup
        legend={t('dossier.lang.legend')}
        inline
        options={[
          { value: 'nl' as const, label: t('lang.nl') },
          { value: 'en' as const, label: t('lang.en') },
        ]}
        value={value.lang}
        onChange={(lang) => onChange({ ...value, lang })}
      />
      {value.profile ? (
        <ExportSummary profile={value.profile} summary={summarise(value.profile, category, items, requests)} />
      ) : (
        <p className="muted">{t('dossier.summary.chooseFirst')}</p>
      )}
      <div className="actions">
        <Button type="submit">{t('common.next')}</Button>
      </div>
    </form>
  );
}
