import { CASE_TABS, hrefFor, hrefForCase, type CaseTab } from '../app/router';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { TabNav } from '../components/ui/TabNav';
import { CaseOverview } from '../features/cases/components/CaseOverview';
import { useCase } from '../features/cases/queries';
import { ExportDossierLink } from '../features/dossier/components/ExportDossierLink';
import { EvidencePanel } from '../features/evidence/components/EvidencePanel';
import { SpreadPanel } from '../features/evidence/components/SpreadPanel';
import { CaseAuditPanel } from '../features/audit-log/components/CaseAuditPanel';
import { NotesPanel } from '../features/notes/components/NotesPanel';
import { PersonsPanel } from '../features/persons/components/PersonsPanel';
import { StepsPanel } from '../features/steps/components/StepsPanel';
import { CommunicationPanel } from '../features/communication/components/CommunicationPanel';
import { CaseTakedownsPanel } from '../features/takedowns/components/CaseTakedownsPanel';
import { ComplaintDeadlineBanner } from '../features/takedowns/components/ComplaintDeadlineBanner';
import { useT } from '../i18n/i18n-context';

/** One case: heading, tabs, and the open tab. The window title stays "Bewijskluis". */
export function CasePage({ caseId, tab, entryId = null }: { caseId: string; tab: CaseTab; entryId?: string | null }) {
  const t = useT();
  const detail = useCase(caseId);
  const c = detail.data;
  return (
    <div className="page page-wide stack">
      <a href={hrefFor('cases')} className="back-link">
        {t('case.back')}
      </a>
      {detail.isPending ? <p className="muted">{t('case.loading')}</p> : null}
      <ErrorBanner error={detail.error} />
      {c ? (
        <>
          <div className="case-heading-row">
            <div className="stack-tight">
              <PageHeading>{t('case.heading', { ref: c.ref, title: c.title })}</PageHeading>
              <p className="muted">
                {t(`case.category.${c.category}`)} · <span className={`badge badge-${c.status}`}>{t(`case.status.${c.status}`)}</span>
              </p>
            </div>
            <ExportDossierLink caseId={c.id} />
          </div>
          {/* Klachtdelicten: the complaint deadline, above every tab (so the step plan shows it too). */}
          <ComplaintDeadlineBanner detail={c} />
          <TabNav label={t('case.tabs')} current={tab} tabs={CASE_TABS.map((id) => ({ id, href: hrefForCase(c.id, id), label: t(`case.tab.${id}`) }))} />
          {tab === 'overview' ? <CaseOverview detail={c} /> : null}
          {tab === 'persons' ? <PersonsPanel caseId={c.id} caseRef={c.ref} /> : null}
          {tab === 'evidence' ? <EvidencePanel detail={c} /> : null}
          {tab === 'spread' ? <SpreadPanel detail={c} /> : null}
          {tab === 'takedowns' ? <CaseTakedownsPanel detail={c} /> : null}
          {tab === 'steps' ? <StepsPanel caseId={c.id} /> : null}
          {tab === 'communication' ? <CommunicationPanel caseId={c.id} entryId={entryId} /> : null}
          {tab === 'notes' ? <NotesPanel caseId={c.id} /> : null}
          {tab === 'log' ? <CaseAuditPanel caseId={c.id} /> : null}
        </>
      ) : null}
    </div>
  );
}
