import { useState, type FormEvent } from 'react';
import type { StaffMember } from '../../../../../shared/staff-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useT } from '../../../i18n/i18n-context';
import { refusedFields } from '../../../lib/contract-check';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';

export interface StaffDraft {
  name: string;
  role: string;
  phone: string;
  email: string;
}

/** The draft of the staff form: a new member, or the edit of one. */
export function staffDraftKey(staffId: string | null): string {
  return staffId ? `staff:${staffId}:edit` : 'staff:new';
}

/**
 * Add or edit one staff member: the name is required, the rest helps the police reach them.
 * What is typed is a draft in the vault until saved or cancelled (issue 16 item 1); `onSubmit`
 * gets a `saved` to call once the save succeeded.
 */
export function StaffForm({
  title,
  initial,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial?: StaffMember;
  busy: boolean;
  error: unknown;
  onSubmit: (d: StaffDraft, saved: () => void) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const kept = useDraft<StaffDraft>(staffDraftKey(initial?.id ?? null), { name: initial?.name ?? '', role: initial?.role ?? '', phone: initial?.phone ?? '', email: initial?.email ?? '' });
  const d = kept.value;
  const setD = kept.set;
  const [tried, setTried] = useState(false);
  const problems = refusedFields('staff:add', { name: d.name.trim(), role: d.role.trim(), phone: d.phone.trim(), email: d.email.trim() });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problems.size === 0) onSubmit({ name: d.name.trim(), role: d.role.trim(), phone: d.phone.trim(), email: d.email.trim() }, kept.clear);
  };
  return (
    <form className="card stack-tight" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="subsection-title">{title}</h3>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <div className="form-grid">
        <Field label={t('staff.name')} value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} error={tried && problems.has('name') ? t('staff.nameRequired') : null} autoComplete="off" />
        <Field label={t('staff.role')} help={t('staff.roleHelp')} value={d.role} onChange={(e) => setD({ ...d, role: e.target.value })} autoComplete="off" />
        <Field label={t('staff.phone')} type="tel" value={d.phone} onChange={(e) => setD({ ...d, phone: e.target.value })} autoComplete="off" />
        <Field label={t('staff.email')} type="email" value={d.email} onChange={(e) => setD({ ...d, email: e.target.value })} error={tried && problems.has('email') ? t('staff.emailInvalid') : null} autoComplete="off" />
      </div>
      <ErrorBanner error={error} />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            kept.clear();
            onCancel();
          }}
        >
          {t('staff.cancel')}
        </Button>
      </div>
    </form>
  );
}
