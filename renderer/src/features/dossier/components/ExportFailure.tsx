import { useState } from 'react';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ConfirmDestructive } from '../../../components/ui/ConfirmDestructive';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { hasCode, reasonOf, toApiError } from '../../../lib/api-error';
import { useT } from '../../../i18n/i18n-context';
import { fileName } from '../logic';
import { TimestampFailure } from './TimestampFailure';

/**
 * Why the export stopped, in plain words, and the way on: a file that already exists can be
 * replaced (after a typed confirmation) or saved under another name; a cancel wrote nothing;
 * a damaged original is named by its label.
 */
export function ExportFailure({
  error,
  path,
  items,
  onOverwrite,
  onAgain,
  onOtherName,
  onWithoutTimestamp,
}: {
  error: unknown;
  path: string;
  items: readonly EvidenceItem[];
  onOverwrite: () => void;
  /** The same export again, e.g. after the timestamp authority did not answer. */
  onAgain: () => void;
  onOtherName: () => void;
  /** Issue 18: the officer goes on without the timestamp the authority did not give. */
  onWithoutTimestamp: () => void;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const apiError = toApiError(error);
  if (apiError.details?.canExportWithoutTimestamp === true) return <TimestampFailure error={error} onWithout={onWithoutTimestamp} onAgain={onAgain} />;
  if (hasCode(error, 'CONFLICT') && reasonOf(error) === 'exists') {
    return (
      <div className="stack-tight" data-testid="export-exists">
        <Banner tone="info">
          <p className="banner-text">{t('dossier.exists.body', { name: fileName(path) })}</p>
        </Banner>
        {confirming ? (
          <ConfirmDestructive
            title={t('dossier.exists.confirmTitle')}
            body={t('dossier.exists.confirmBody', { name: fileName(path) })}
            confirmLabel={t('dossier.exists.overwrite')}
            onConfirm={onOverwrite}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <div className="actions">
            <Button onClick={onOtherName}>{t('dossier.exists.otherName')}</Button>
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('dossier.exists.overwrite')}
            </Button>
          </div>
        )}
      </div>
    );
  }
  if (hasCode(error, 'CANCELLED')) {
    return (
      <Banner tone="info">
        <p className="banner-text">{t('dossier.cancelled')}</p>
      </Banner>
    );
  }
  if (hasCode(error, 'INTEGRITY') && typeof apiError.details?.item === 'string') {
    const label = items.find((it) => it.id === apiError.details?.item)?.label ?? '?';
    return (
      <Banner tone="error">
        <p className="banner-text">{t('dossier.integrity', { label })}</p>
      </Banner>
    );
  }
  return <ErrorBanner error={error} />;
}
