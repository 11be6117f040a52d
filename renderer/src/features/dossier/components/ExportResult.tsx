import { useState } from 'react';
import type { ExportResult as Result } from '../../../../../shared/dossier-types';
import { hrefForCase } from '../../../app/router';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { DetailList } from '../../../components/ui/DetailList';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { PageHeading } from '../../../components/ui/PageHeading';
import { useI18n } from '../../../i18n/i18n-context';
import { useShowInFolder } from '../mutations';
import { HashCode } from './HashCode';

/**
 * The saved dossier: where it is, the manifest SHA-256 to read out to the recipient, the
 * key fingerprint, and counts. "Toon in map" only where the host can open a folder.
 */
export function ExportResult({ result, caseId, hostDialogs, onAgain }: { result: Result; caseId: string; hostDialogs: boolean; onAgain: () => void }) {
  const { t, language } = useI18n();
  const show = useShowInFolder();
  const [canShow, setCanShow] = useState(hostDialogs);
  const mb = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(result.bytes / (1024 * 1024));
  return (
    <div className="stack" data-testid="export-result">
      <PageHeading level={2}>{t('dossier.result.title')}</PageHeading>
      <Banner tone="success">
        <p className="banner-text">{t('dossier.result.saved')}</p>
      </Banner>
      <section className="card stack-tight hash-card" aria-label={t('dossier.result.codeTitle')}>
        <h3 className="subsection-title">{t('dossier.result.codeTitle')}</h3>
        <p className="read-aloud">{t('dossier.result.readAloud')}</p>
        <p className="short-code" translate="no" data-testid="short-code">
          {t('dossier.result.shortCode', { code: result.shortCode })}
        </p>
        <p className="muted">{t('dossier.result.shortCodeHelp')}</p>
        <HashCode hex={result.manifestSha256} label={t('dossier.result.codeTitle')} testId="manifest-hash" />
        <p className="muted">{t('dossier.result.codeHelp')}</p>
      </section>
      <DetailList
        empty="-"
        rows={[
          { label: t('dossier.result.path'), value: <code translate="no">{result.path}</code> },
          { label: t('dossier.result.pages'), value: String(result.pages) },
          { label: t('dossier.result.images'), value: String(result.imagesEmbedded) },
          { label: t('dossier.result.files'), value: t('dossier.result.filesValue', { files: result.files, size: mb }) },
          { label: t('dossier.result.fingerprint'), value: <HashCode hex={result.publicKeyFingerprint} label={t('dossier.result.fingerprint')} size="small" testId="result-fingerprint" /> },
          { label: t('dossier.tsa.row'), value: result.timestamp ? t('dossier.tsa.value', { time: result.timestamp.genTime, tsa: result.timestamp.tsa }) : t('dossier.tsa.none') },
        ]}
      />
      {!canShow ? <p className="muted">{t('dossier.result.openYourself')}</p> : null}
      <ErrorBanner error={show.error} />
      <div className="actions">
        {canShow ? (
          <Button variant="secondary" busy={show.isPending} onClick={() => show.mutate(result.path, { onSuccess: (a) => setCanShow(a.shown) })}>
            {t('dossier.result.showInFolder')}
          </Button>
        ) : null}
        <a className="btn btn-primary" href={hrefForCase(caseId)}>
          {t('dossier.result.backToCase')}
        </a>
        <Button variant="link" onClick={onAgain}>
          {t('dossier.result.again')}
        </Button>
      </div>
    </div>
  );
}
