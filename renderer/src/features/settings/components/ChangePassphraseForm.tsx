import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { PasswordField } from '../../../components/ui/PasswordField';
import { useT } from '../../../i18n/i18n-context';
import { hasCode } from '../../../lib/api-error';
import { isNewPassphraseReady, NewPassphraseFields, type NewPassphraseValue } from '../../vault/components/NewPassphraseFields';
import { useChangePassphrase } from '../../vault/mutations';

export function ChangePassphraseForm() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [pass, setPass] = useState<NewPassphraseValue>({ passphrase: '', repeat: '' });
  const change = useChangePassphrase();
  const wrongCurrent = hasCode(change.error, 'WRONG_PASSPHRASE');
  const ready = current.length > 0 && isNewPassphraseReady(pass);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    change.mutate(
      { currentPassphrase: current, newPassphrase: pass.passphrase },
      {
        onSuccess: () => {
          setCurrent('');
          setPass({ passphrase: '', repeat: '' });
        },
        onError: () => setCurrent(''),
      },
    );
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>{t('settings.passphrase.intro')}</p>
      <PasswordField
        label={t('settings.passphrase.current')}
        value={current}
        onChange={(e) => {
          setCurrent(e.target.value);
          if (change.isSuccess) change.reset();
        }}
        error={wrongCurrent ? t('errors.WRONG_PASSPHRASE') : null}
        autoComplete="current-password"
        required
      />
      <NewPassphraseFields value={pass} onChange={setPass} />
      {change.error && !wrongCurrent ? <ErrorBanner error={change.error} /> : null}
      {change.isSuccess ? <Banner tone="success">{t('settings.passphrase.changed')}</Banner> : null}
      <div className="actions">
        <Button type="submit" disabled={!ready} busy={change.isPending} busyLabel={t('settings.passphrase.submitting')}>
          {t('settings.passphrase.submit')}
        </Button>
      </div>
    </form>
  );
}
