import { useLocation } from '../app/router';
import { CaseListPage } from './CaseListPage';
import { CasePage } from './CasePage';
import { EvidenceItemPage } from './EvidenceItemPage';
import { ExportDossierPage } from './ExportDossierPage';
import { NewCasePage } from './NewCasePage';
import { NewTakedownPage } from './NewTakedownPage';

/** The "Zaken" section: list, new case, one case (with tabs), or one evidence item. */
export function CasesPage() {
  const location = useLocation();
  if (location.route !== 'cases' || location.view === 'list') return <CaseListPage />;
  if (location.view === 'new') return <NewCasePage />;
  if (location.view === 'new-takedown') return <NewTakedownPage key={`${location.caseId}/${location.itemId ?? ''}`} caseId={location.caseId} itemId={location.itemId} />;
  if (location.view === 'dossier') return <ExportDossierPage key={location.caseId} caseId={location.caseId} />;
  if (location.view === 'item') return <EvidenceItemPage key={location.itemId} caseId={location.caseId} itemId={location.itemId} />;
  return <CasePage key={location.caseId} caseId={location.caseId} tab={location.tab} />;
}
