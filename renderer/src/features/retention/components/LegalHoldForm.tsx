import { useState, type FormEvent } from 'react';
import { HOLD_KINDS, type HoldKind } from '../../../../../shared/case-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { StaffSelect } from '../../staff/components/StaffSelect';
import { useStaff } from '../../staff/queries';

/**
 * Set or release a legal hold (issue 15 item 5): why (a police case, a complaint, another
 * duty to keep it), in a few words, and who decides. A reason is required both ways.
 */
export function LegalHoldForm({ mode, busy, error, onSubmit, onCancel }: { mode: 'set' | 'release'; busy: boolean; error: unknown; onSubmit: (v: { kind: HoldKind; reason: string; byStaffId?: string }) => void; onCancel: () => void }) {
  const t = useT();
  const staff = useStaff();
  const [kind, setKind] = useState<HoldKind>('police-case');
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (reason.trim()) onSubmit({ kind, reason: reason.trim(), ...(by ? { byStaffId: by } : {}) });
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate aria-label={t(mode === 'set' ? 'hold.setTitle' : 'hold.releaseTitle')}>
      <h3 className="subsection-title">{t(mode === 'set' ? 'hold.setTitle' : 'hold.releaseTitle')}</h3>
      {mode === 'set' ? <RadioGroup legend={t('hold.kind')} options={HOLD_KINDS.map((k) => ({ value: k, label: t(`hold.kind.${k}`) }))} value={kind} onChange={setKind} /> : null}
      <TextArea
        label={t(mode === 'set' ? 'hold.reason' : 'hold.releaseReason')}
        help={t(mode === 'set' ? 'hold.reasonHelp' : 'hold.releaseHelp')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        rows={2}
        maxLength={500}
        error={tried && !reason.trim() ? t('hold.reasonRequired') : null}
      />
      {staff.data?.length ? <StaffSelect label={t('hold.by')} value={by} staff={staff.data} noneLabel={t('hold.byDefault')} onChange={setBy} /> : null}
      <ErrorBanner error={error} />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
          {t(mode === 'set' ? 'hold.set' : 'hold.release')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('hold.cancel')}
        </Button>
      </div>
    </form>
  );
}
