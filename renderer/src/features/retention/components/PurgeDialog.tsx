import { useState, type FormEvent } from 'react';
import { navigateTo, hrefFor } from '../../../app/router';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useT } from '../../../i18n/i18n-context';
import { reasonOf } from '../../../lib/api-error';
import { usePurgeCase } from '../mutations';
import { setPurged } from '../purge-flash';
import { usePurgePreview } from '../queries';
import { BackupsHolding } from './BackupsHolding';

const GONE = ['persons', 'evidence', 'notes', 'takedowns', 'steps'] as const;

/**
 * "Zaak definitief verwijderen": says exactly what will be gone, then asks for the case
 * reference typed in full (the core checks it again). On success: back to the case list.
 */
export function PurgeDialog({ caseId, caseRef, onCancel }: { caseId: string; caseRef: string; onCancel: () => void }) {
  const t = useT();
  const purge = usePurgeCase(caseId);
  const preview = usePurgePreview(caseId);
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const matches = typed.trim() === caseRef;
  const mismatch = reasonOf(purge.error) === 'confirm-mismatch' || (tried && !matches);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!matches) return;
    purge.mutate(typed.trim(), {
      onSuccess: (r) => {
        setPurged({ ref: r.ref, backups: r.backups });
        navigateTo(hrefFor('cases'));
      },
    });
  };
  return (
    // The group is a div: a form may not take the group role (axe aria-allowed-role).
    <div className="confirm" role="group" aria-labelledby="purge-title">
      <form className="stack-tight" onSubmit={submit} noValidate>
        <h3 id="purge-title" className="confirm-title">
          {t('retention.dialogTitle', { ref: caseRef })}
        </h3>
        <p>{t('retention.dialogGone')}</p>
        <ul className="gone-list">
          {GONE.map((g) => (
            <li key={g}>{t(`retention.gone.${g}`)}</li>
          ))}
        </ul>
        <p>{t('retention.dialogLog')}</p>
        {preview.data ? <BackupsHolding backups={preview.data.backups} after={false} /> : <p className="muted">{t('retention.dialogBackup')}</p>}
        <Field
          label={t('retention.typeRef', { ref: caseRef })}
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            setTried(false);
            purge.reset();
          }}
          error={mismatch ? t('retention.mismatch', { ref: caseRef }) : null}
          autoComplete="off"
          spellCheck={false}
          inputClassName="input-short input-mono"
          autoFocus
        />
        <div className="actions">
          <Button type="submit" variant="danger" busy={purge.isPending}>
            {t('retention.confirm')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('retention.cancel')}
          </Button>
        </div>
        {reasonOf(purge.error) === 'not-closed' ? (
          <Banner tone="error">{t('retention.notClosed')}</Banner>
        ) : reasonOf(purge.error) === 'confirm-mismatch' ? null : (
          // 'legal-hold' reads in words through the shared error reasons.
          <ErrorBanner error={purge.error} />
        )}
      </form>
    </div>
  );
}
