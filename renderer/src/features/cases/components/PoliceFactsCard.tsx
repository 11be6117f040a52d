import { useState } from 'react';
import type { CaseDetail } from '../../../../../shared/case-types';
import { complaintDeadline } from '../../../../../shared/offences';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { DetailList } from '../../../components/ui/DetailList';
import { useI18n } from '../../../i18n/i18n-context';
import { useHasDraft } from '../../drafts/use-draft';
import { useUpdatePolice } from '../mutations';
import { useStaff } from '../../staff/queries';
import { staffText } from '../../staff/staff-label';
import { formatDay } from '../../steps/day';
import { policeDraftKey, PoliceFactsForm } from './PoliceFactsForm';

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
  // Unsaved facts from before a lock open the form again (issue 16 item 1).
  const hasDraft = useHasDraft(policeDraftKey(detail.id));
  const [reopened, setReopened] = useState(false);
  if (hasDraft && !reopened) {
    setReopened(true);
    setEditing(true);
  }
  const f = detail.police;
  const day = (x: string | null) => (x ? formatDay(x, language) : '');
  const contact = (staff.data ?? []).find((s) => s.id === f.contactStaffId);
  // Nobody chosen: the dossier names the vault's own staff member (the core's default).
  const fallback = contact ? null : (staff.data ?? []).find((s) => s.isDefault && !s.archived);
  const deadline = complaintDeadline(f.offences, f.victimAwareOn);
  return (
    <section className="card stack-tight" aria-labelledby="police-title">
      <div className="heading-row">
        <h2 id="police-title" className="section-title">
          {t('police.title')}
        </h2>
        {!editing ? (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('police.edit')}
          </Button>
        ) : null}
      </div>
      <p className="muted">{t('police.intro')}</p>
      {editing ? (
        <PoliceFactsForm detail={detail} staff={staff.data ?? []} save={save} onDone={() => setEditing(false)} />
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
