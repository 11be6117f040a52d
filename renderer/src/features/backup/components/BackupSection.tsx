import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { DetailList } from '../../../components/ui/DetailList';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useI18n, useT } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { useSaveReminderDays } from '../mutations';
import { parseWhole } from '../paths';
import { useBackupStatus } from '../queries';
import { CreateBackup } from './CreateBackup';
import { RestoreBackup } from './RestoreBackup';
import { VerifyBackup } from './VerifyBackup';

function ReminderSetting({ current }: { current: number }) {
  const t = useT();
  const [text, setText] = useState(String(current));
  const save = useSaveReminderDays();
  const days = parseWhole(text, 1, 365);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (days !== null) save.mutate(days);
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate>
      <Field
        label={t('backup.reminderLabel')}
        help={t('backup.reminderHelp')}
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          save.reset();
        }}
        error={days === null ? t('backup.reminderInvalid') : null}
        inputClassName="input-short"
      />
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={days === null} busy={save.isPending} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
      </div>
      {save.isSuccess ? <Banner tone="success">{t('backup.reminderSaved', { days: save.data.backupReminderDays })}</Banner> : null}
      <ErrorBanner error={save.error} />
    </form>
  );
}

/** Instellingen > Back-up: when the last one was made, the reminder, make / check / restore. */
export function BackupSection() {
  const { t, language } = useI18n();
  const status = useBackupStatus();
  const s = status.data;
  return (
    <div className="stack" id="backup">
      <p>{t('backup.intro')}</p>
      <ErrorBanner error={status.error} />
      {s ? (
        <>
          <DetailList empty={t('backup.never')} rows={[{ label: t('backup.last'), value: formatDateTime(s.lastBackupAt, language) }]} />
          <ReminderSetting current={s.reminderDays} />
        </>
      ) : null}
      <CreateBackup />
      <VerifyBackup />
      <RestoreBackup />
    </div>
  );
}
