import type { DossierProfile } from '../../../../../shared/dossier-types';
import { useT } from '../../../i18n/i18n-context';
import type { DossierSummary } from '../logic';

/** What the chosen profile will put in the dossier, in counts, and the minors sentence. */
export function ExportSummary({ profile, summary }: { profile: DossierProfile; summary: DossierSummary }) {
  const t = useT();
  const lines = [
    profile === 'coordinator' ? t('dossier.summary.noImages') : t('dossier.summary.images', { count: summary.images }),
    summary.files > 0 ? t('dossier.summary.files', { count: summary.files }) : null,
    t('dossier.summary.urlOnly', { count: summary.urlOnly }),
    summary.hashOnly > 0 ? t('dossier.summary.hashOnly', { count: summary.hashOnly }) : null,
    summary.withheld > 0 ? t('dossier.summary.withheld', { count: summary.withheld }) : null,
    t('dossier.summary.requests', { count: summary.requests }),
    t(`dossier.summary.extra.${profile}`),
  ].filter((line): line is string => line !== null);
  return (
    <section className="dossier-summary stack-tight" aria-label={t('dossier.summary.title')} data-testid="dossier-summary">
      {/* h2: it follows the page's h1 directly (axe heading-order). */}
      <h2 className="subsection-title">{t('dossier.summary.title')}</h2>
      <ul className="summary-list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="minors-note">{t('dossier.summary.minors')}</p>
    </section>
  );
}
