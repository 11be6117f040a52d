import { hrefForCase } from '../app/router';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { useCase } from '../features/cases/queries';
import { ExportWizard } from '../features/dossier/components/ExportWizard';
import { useCaseRequests } from '../features/dossier/queries';
import { useEvidenceList } from '../features/evidence/queries';
import { useT } from '../i18n/i18n-context';

/** "Dossier exporteren" for one case (docs/ux.md "Key flows", 4: the police ask for the file). */
export function ExportDossierPage({ caseId }: { caseId: string }) {
  const t = useT();
  const detail = useCase(caseId);
  const items = useEvidenceList(caseId);
  const requests = useCaseRequests(caseId);
  const c = detail.data;
  const error = detail.error ?? items.error ?? requests.error;
  return (
    <div className="page stack">
      <a href={hrefForCase(caseId)} className="back-link">
        {t('dossier.back')}
      </a>
      <PageHeading>{c ? t('dossier.titleFor', { ref: c.ref }) : t('dossier.title')}</PageHeading>
      <p className="lead">{t('dossier.intro')}</p>
      <ErrorBanner error={error} />
      {c && items.data && requests.data ? <ExportWizard detail={c} items={items.data} requests={requests.data.length} /> : null}
      {!error && !(c && items.data && requests.data) ? <p className="muted">{t('case.loading')}</p> : null}
    </div>
  );
}
