import { useState, type FormEvent } from 'react';
import type { LockReason, VaultStatus } from '../../../../../shared/vault-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { PageHeading } from '../../../components/ui/PageHeading';
import { PasswordField } from '../../../components/ui/PasswordField';
import { useT } from '../../../i18n/i18n-context';
import { hasCode } from '../../../lib/api-error';
import { useUnlockVault } from '../mutations';

export function UnlockForm({
  status,
  lockReason,
  onForgot,
  onOtherFolder,
}: {
  status: VaultStatus;
  lockReason: LockReason | null;
  onForgot: () => void;
  onOtherFolder: () => void;
}) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  // Bumped after a failed attempt: remounts the (emptied) field so it takes focus again.
  const [attempt, setAttempt] = useState(0);
  const unlock = useUnlockVault();
  const wrong = hasCode(unlock.error, 'WRONG_PASSPHRASE');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (passphrase.length === 0) return;
    unlock.mutate(passphrase, {
      onError: () => {
        setPassphrase('');
        setAttempt((n) => n + 1);
      },
    });
  };

  return (
    <div className="stack">
      <PageHeading focus={false}>{t('unlock.title')}</PageHeading>
      {lockReason && lockReason !== 'manual' ? <Banner tone="info">{t(`unlock.reason.${lockReason}`)}</Banner> : null}
      <p className="lead">{t('unlock.intro')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <PasswordField
          key={attempt}
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={wrong ? t('errors.WRONG_PASSPHRASE') : null}
          autoComplete="current-password"
          autoFocus
          required
        />
        {unlock.error && !wrong ? <ErrorBanner error={unlock.error} /> : null}
        <div className="actions">
          <Button type="submit" busy={unlock.isPending} busyLabel={t('unlock.submitting')} disabled={passphrase.length === 0}>
            {t('unlock.submit')}
          </Button>
        </div>
      </form>
      <div className="aside-links">
        <Button variant="link" onClick={onForgot}>
          {t('unlock.forgot')}
        </Button>
        <Button variant="link" onClick={onOtherFolder}>
          {t('unlock.otherFolder')}
        </Button>
      </div>
      <p className="muted small" translate="no">
        {t('unlock.folder', { folder: status.vaultDir })}
      </p>
    </div>
  );
}
