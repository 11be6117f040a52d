import { Button } from '../../../components/ui/Button';
import { PageHeading } from '../../../components/ui/PageHeading';
import { ProgressBar } from '../../../components/ui/ProgressBar';
import { useT } from '../../../i18n/i18n-context';
import type { ExportPhase } from '../use-export';

const PHASES: readonly ExportPhase[] = ['originals', 'pdf', 'finishing'];

/** The running export: which of the three parts, how far, and a cancel that writes nothing. */
export function ExportProgress({ step, done, total, cancelling, onCancel }: { step: ExportPhase | null; done: number; total: number; cancelling: boolean; onCancel: () => void }) {
  const t = useT();
  const text = step ? t('dossier.progress.text', { part: PHASES.indexOf(step) + 1, phase: t(`dossier.progress.${step}`), done, total }) : t('dossier.progress.preparing');
  return (
    <div className="stack-tight" data-testid="export-progress">
      <PageHeading level={2}>{t('dossier.progress.title')}</PageHeading>
      <ProgressBar label={t('dossier.progress.label')} value={done} max={total} text={text} />
      <p className="muted">{t('dossier.progress.wait')}</p>
      <div className="actions">
        <Button variant="secondary" onClick={onCancel} busy={cancelling} busyLabel={t('dossier.progress.cancelling')}>
          {t('dossier.progress.cancel')}
        </Button>
      </div>
    </div>
  );
}
