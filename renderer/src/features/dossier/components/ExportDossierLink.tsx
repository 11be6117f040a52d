import { hrefForDossier } from '../../../app/router';
import { useT } from '../../../i18n/i18n-context';

/** "Dossier exporteren" in the case header (docs/ux.md "Key flows", 4). */
export function ExportDossierLink({ caseId }: { caseId: string }) {
  const t = useT();
  return (
    <a className="btn btn-secondary" href={hrefForDossier(caseId)}>
      {t('dossier.open')}
    </a>
  );
}
