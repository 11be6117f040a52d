/**
 * The one route table: which page shows for each location (app/router.ts parses the hash).
 * Invariant: every Location variant has exactly one entry here, checked by the type (an
 * unhandled variant is a compile error), and pages are keyed by the record they show, so
 * moving from one case to another never reuses the previous case's state.
 */
import type { Location } from './router';
import { CaseListPage } from '../pages/CaseListPage';
import { CasePage } from '../pages/CasePage';
import { DashboardPage } from '../pages/DashboardPage';
import { GlossaryPage } from '../pages/GlossaryPage';
import { EvidenceItemPage } from '../pages/EvidenceItemPage';
import { ExportDossierPage } from '../pages/ExportDossierPage';
import { NewCasePage } from '../pages/NewCasePage';
import { NewTakedownPage } from '../pages/NewTakedownPage';
import { SettingsPage } from '../pages/SettingsPage';
import { TakedownBoardPage } from '../pages/TakedownBoardPage';
import { TakedownRequestPage } from '../pages/TakedownRequestPage';

export function RoutedPage({ location }: { location: Location }) {
  switch (location.route) {
    case 'dashboard':
      return <DashboardPage inbox={location.inbox} />;
    case 'settings':
      return <SettingsPage key={location.section} section={location.section} />;
    case 'glossary':
      return <GlossaryPage term={location.term} />;
    case 'takedowns':
      return location.view === 'request' ? <TakedownRequestPage key={location.requestId} requestId={location.requestId} /> : <TakedownBoardPage />;
    case 'cases':
      switch (location.view) {
        case 'list':
          return <CaseListPage />;
        case 'new':
          return <NewCasePage />;
        case 'case':
          return <CasePage key={location.caseId} caseId={location.caseId} tab={location.tab} entryId={location.entryId ?? null} />;
        case 'dossier':
          return <ExportDossierPage key={location.caseId} caseId={location.caseId} />;
        case 'new-takedown':
          return <NewTakedownPage key={`${location.caseId}/${location.itemId ?? ''}`} caseId={location.caseId} itemId={location.itemId} />;
        case 'item':
          return <EvidenceItemPage key={location.itemId} caseId={location.caseId} itemId={location.itemId} />;
      }
  }
}
