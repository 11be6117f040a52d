import { type FormEvent } from 'react';
import { REPORT_KINDS, type CaseDetail, type PoliceFacts } from '../../../../../shared/case-types';
import { complaintDeadline, OFFENCES } from '../../../../../shared/offences';
import type { StaffMember } from '../../../../../shared/staff-types';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { TextArea } from '../../../components/ui/TextArea';
import { useI18n } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { StaffSelect } from '../../staff/components/StaffSelect';
import { formatDay } from '../../steps/day';
import type { useUpdatePolice } from '../mutations';

/** The draft of a case's "Voor de politie" form. */
export function policeDraftKey(caseId: string): string {
  return `police:${caseId}:edit`;
}

/**
 * The facts for the police, editable: prefilled with what is saved, kept as a draft in the
 * vault until saved or cancelled (issue 16 item 1: what happened and the victim's wishes are
 * typed in a conversation, and a lock must not take them).
 */
export function PoliceFactsForm({ detail, staff, save, onDone }: { detail: CaseDetail; staff: readonly StaffMember[]; save: ReturnType<typeof useUpdatePolice>; onDone: () => void }) {
  const { t, language } = useI18n();
  const kept = useDraft<PoliceFacts>(policeDraftKey(detail.id), detail.police, detail.id);
  const d = kept.value;
  const setD = kept.set;
  const day = (x: string | null) => (x ? formatDay(x, language) : '');
  const draftDeadline = complaintDeadline(d.offences, d.victimAwareOn);
  const done = () => {
    kept.clear();
    onDone();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { ...d, summary: d.summary.trim(), victimWishes: d.victimWishes.trim(), policeReference: d.policeReference.trim(), reportDate: d.reportDate || null, victimAwareOn: d.victimAwareOn || null },
      { onSuccess: done },
    );
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate aria-label={t('police.title')}>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <TextArea label={t('police.summary')} help={t('police.summaryHelp')} value={d.summary} onChange={(e) => setD({ ...d, summary: e.target.value })} rows={4} maxLength={4000} />
      <fieldset className="plain-fieldset stack-tight">
        <legend className="field-label">{t('police.offences')}</legend>
        <p className="field-help">{t('police.offencesHelp')}</p>
        {OFFENCES.map((o) => (
          <Checkbox key={o} label={t(`offence.${o}`)} checked={d.offences.includes(o)} onChange={(e) => setD({ ...d, offences: e.target.checked ? [...d.offences, o] : d.offences.filter((x) => x !== o) })} />
        ))}
      </fieldset>
      <TextArea label={t('police.wishes')} help={t('police.wishesHelp')} value={d.victimWishes} onChange={(e) => setD({ ...d, victimWishes: e.target.value })} rows={2} maxLength={4000} />
      <RadioGroup legend={t('police.reportKind')} options={REPORT_KINDS.map((k) => ({ value: k, label: t(`police.reportKind.${k}`) }))} value={d.reportKind} onChange={(reportKind) => setD({ ...d, reportKind })} />
      <div className="form-grid">
        <Field label={t('police.reportDate')} type="date" value={d.reportDate ?? ''} onChange={(e) => setD({ ...d, reportDate: e.target.value || null })} />
        <Field label={t('police.reference')} value={d.policeReference} maxLength={100} onChange={(e) => setD({ ...d, policeReference: e.target.value })} autoComplete="off" />
        <Field label={t('police.awareOn')} help={t('police.awareOnHelp')} type="date" value={d.victimAwareOn ?? ''} onChange={(e) => setD({ ...d, victimAwareOn: e.target.value || null })} />
      </div>
      {draftDeadline.applies ? <p className="muted">{draftDeadline.deadline ? t('police.complaintBy', { date: day(draftDeadline.deadline) }) : t('police.complaintUnknown')}</p> : null}
      <StaffSelect label={t('police.contact')} help={t('police.contactHelp')} value={d.contactStaffId ?? ''} staff={staff} noneLabel={t('police.contactDefault')} onChange={(id) => setD({ ...d, contactStaffId: id || null })} />
      <ErrorBanner error={save.error} />
      <div className="actions">
        <Button type="submit" busy={save.isPending} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={done}>
          {t('police.cancel')}
        </Button>
      </div>
    </form>
  );
}
