import { useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../../../shared/vault-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { PageHeading } from '../../../components/ui/PageHeading';
import { useT } from '../../../i18n/i18n-context';
import { useSelectVault } from '../mutations';
import { VaultFolderField } from './VaultFolderField';

/** Points the app at another vault folder (`vault:select`), e.g. a vault on a USB stick. */
export function OtherVaultForm({ status, onDone }: { status: VaultStatus; onDone: () => void }) {
  const t = useT();
  const [folder, setFolder] = useState(status.vaultDir);
  const select = useSelectVault();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (folder.trim().length === 0) return;
    // Unchanged: nothing to select (and the current folder was not chosen in a dialog now).
    if (folder.trim() === status.vaultDir) return onDone();
    select.mutate(folder.trim(), { onSuccess: onDone });
  };

  return (
    <div className="stack">
      <PageHeading>{t('otherVault.title')}</PageHeading>
      <p className="lead">{t('otherVault.intro')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <VaultFolderField purpose="open" value={folder} onChange={setFolder} />
        <ErrorBanner error={select.error} />
        <div className="actions">
          <Button type="submit" busy={select.isPending} disabled={folder.trim().length === 0}>
            {t('otherVault.open')}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t('otherVault.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
