import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useT } from '../../../i18n/i18n-context';
import { refusedFields } from '../../../lib/contract-check';
import { useSaveAutoLock } from '../mutations';

export const AUTO_LOCK_MIN = 1;
export const AUTO_LOCK_MAX = 240;

/** The typed minutes when they are a whole number the contract accepts (settings:set). */
export function parseMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return refusedFields('settings:set', { autoLockMinutes: n }).size === 0 ? n : null;
}

export function AutoLockSetting({ current }: { current: number }) {
  const t = useT();
  const [text, setText] = useState(String(current));
  const save = useSaveAutoLock();
  const minutes = parseMinutes(text);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (minutes !== null) save.mutate(minutes);
  };

  return (
    <form className="stack-tight" onSubmit={submit} noValidate>
      <Field
        label={t('settings.autoLock.label')}
        help={t('settings.autoLock.help')}
        type="number"
        inputMode="numeric"
        min={AUTO_LOCK_MIN}
        max={AUTO_LOCK_MAX}
        step={1}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          save.reset();
        }}
        error={minutes === null ? t('settings.autoLock.invalid') : null}
        inputClassName="input-short"
      />
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={minutes === null} busy={save.isPending} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
      </div>
      {save.isSuccess ? <Banner tone="success">{t('settings.autoLock.saved', { minutes: save.data.autoLockMinutes })}</Banner> : null}
      <ErrorBanner error={save.error} />
    </form>
  );
}
