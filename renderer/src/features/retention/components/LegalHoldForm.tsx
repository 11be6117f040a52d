import { useState, type FormEvent } from 'react';
import { HOLD_KINDS, type HoldKind } from '../../../../../shared/case-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { StaffSelect } from '../../staff/components/StaffSelect';
import { useStaff } from '../../staff/queries';

/**
 * Set or release a legal hold (issue 15 item 5): why (a police case, a complaint, another
 * duty to keep it), in a few words, and who decides. A reason is required both ways. What is
 * typed is a draft in the vault until saved or cancelled (issue 16 item 1); `onSubmit` gets a
 * `saved` to call once the save succeeded.
 */
export function LegalHoldForm({
  caseId,
  mode,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  caseId: string;
  mode: 'set' | 'release';
  busy: boolean;
  error: unknown;
  onSubmit: (v: { kind: HoldKind; reason: string; byStaffId?: string }, saved: () => void) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const staff = useStaff();
  const kept = useDraft<{ kind: HoldKind; reason: string; by: string }>(`hold:${caseId}:${mode}`, { kind: 'police-case', reason: '', by: '' }, caseId);
  const { kind, reason, by } = kept.value;
  const set = (patch: Partial<typeof kept.value>) => kept.set((d) => ({ ...d, ...patch }));
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (reason.trim()) onSubmit({ kind, reason: reason.trim(), ...(by ? { byStaffId: by } : {}) }, kept.clear);
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate aria-label={t(mode === 'set' ? 'hold.setTitle' : 'hold.releaseTitle')}>
      <h3 className="subsection-title">{t(mode === 'set' ? 'hold.setTitle' : 'hold.releaseTitle')}</h3>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      {mode === 'set' ? <RadioGroup legend={t('hold.kind')} options={HOLD_KINDS.map((k) => ({ value: k, label: t(`hold.kind.${k}`) }))} value={kind} onChange={(k) => set({ kind: k })} /> : null}
      <TextArea
        label={t(mode === 'set' ? 'hold.reason' : 'hold.releaseReason')}
        help={t(mode === 'set' ? 'hold.reasonHelp' : 'hold.releaseHelp')}
        value={reason}
        onChange={(e) => set({ reason: e.target.value })}
        rows={2}
        maxLength={500}
        error={tried && !reason.trim() ? t('hold.reasonRequired') : null}
      />
      {staff.data?.length ? <StaffSelect label={t('hold.by')} value={by} staff={staff.data} noneLabel={t('hold.byDefault')} onChange={(v) => set({ by: v })} /> : null}
      <ErrorBanner error={error} />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
          {t(mode === 'set' ? 'hold.set' : 'hold.release')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            kept.clear();
            onCancel();
          }}
        >
          {t('hold.cancel')}
        </Button>
      </div>
    </form>
  );
}
