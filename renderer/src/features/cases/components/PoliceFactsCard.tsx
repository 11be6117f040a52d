import { useState, type FormEvent } from 'react';
import { REPORT_KINDS, type CaseDetail, type PoliceFacts } from '../../../../../shared/case-types';
import { complaintDeadline, OFFENCES } from '../../../../../shared/offences';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { DetailList } from '../../../components/ui/DetailList';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { TextArea } from '../../../components/ui/TextArea';
import { useI18n } from '../../../i18n/i18n-context';
import { useUpdatePolice } from '../mutations';
import { StaffSelect } from '../../staff/components/StaffSelect';
import { useStaff } from '../../staff/queries';
import { staffText } from '../../staff/staff-label';
import { formatDay } from '../../steps/day';

/**
 * "Voor de politie" on a case's overview (issue 15 item 6): what the police dossier's first page
 * prints — what happened in a few sentences, the possible offences, the victim's wishes,
 * whether a melding, aangifte or klacht was made and when, the complaint deadline for
 * belediging, smaad and laster, and whom the police can call at school.
 */
export function PoliceFactsCard({ detail }: { detail: CaseDetail }) {
  const { t, language } = useI18n();
  const staff = useStaff(true);
  const save = useUpdatePolice(detail.id);
  const [editing, setEditing] = useState(false);
  const [d, setD] = useState<PoliceFacts>(detail.police);
  const f = detail.police;
  const day = (x: string | null) => (x ? formatDay(x, language) : '');
  const contact = (staff.data ?? []).find((s) => s.id === f.contactStaffId);
  // Nobody chosen: the dossier names the vault's own staff member (the core's default).
  const fallback = contact ? null : (staff.data ?? []).find((s) => s.isDefault && !s.archived);
  const deadline = complaintDeadline(f.offences, f.victimAwareOn);
  const draftDeadline = complaintDeadline(d.offences, d.victimAwareOn);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { ...d, summary: d.summary.trim(), victimWishes: d.victimWishes.trim(), policeReference: d.policeReference.trim(), reportDate: d.reportDate || null, victimAwareOn: d.victimAwareOn || null },
      { onSuccess: () => setEditing(false) },
    );
  };
  return (
    <section className="card stack-tight" aria-labelledby="police-title">
      <div className="heading-row">
        <h2 id="police-title" className="section-title">
          {t('police.title')}
        </h2>
        {!editing ? (
          <Button
            variant="secondary"
            onClick={() => {
              setD(detail.police);
              setEditing(true);
            }}
          >
            {t('police.edit')}
          </Button>
        ) : null}
      </div>
      <p className="muted">{t('police.intro')}</p>
      {editing ? (
        <form className="stack-tight" onSubmit={submit} noValidate aria-label={t('police.title')}>
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
          <StaffSelect label={t('police.contact')} help={t('police.contactHelp')} value={d.contactStaffId ?? ''} staff={staff.data ?? []} noneLabel={t('police.contactDefault')} onChange={(id) => setD({ ...d, contactStaffId: id || null })} />
          <ErrorBanner error={save.error} />
          <div className="actions">
            <Button type="submit" busy={save.isPending} busyLabel={t('common.saving')}>
              {t('common.save')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('police.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <DetailList
            empty={t('overview.none')}
            rows={[
              { label: t('police.summary'), value: f.summary },
              { label: t('police.offences'), value: f.offences.map((o) => t(`offence.${o}`)).join('; ') },
              { label: t('police.wishes'), value: f.victimWishes },
              { label: t('police.reportKind'), value: f.reportKind === 'none' ? t('police.reportKind.none') : `${t(`police.reportKind.${f.reportKind}`)}${f.reportDate ? ` · ${day(f.reportDate)}` : ''}` },
              { label: t('police.reference'), value: f.policeReference },
              { label: t('police.contact'), value: contact ? staffText(contact) : fallback ? t('police.contactIsDefault', { name: staffText(fallback) }) : '' },
            ]}
          />
          {deadline.applies ? <Banner tone="info">{deadline.deadline ? t('police.complaintBy', { date: day(deadline.deadline) }) : t('police.complaintUnknown')}</Banner> : null}
          {save.isSuccess ? <Banner tone="success">{t('police.saved')}</Banner> : null}
        </>
      )}
    </section>
  );
}
