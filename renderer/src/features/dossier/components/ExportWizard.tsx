import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../../../shared/case-types';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { Steps } from '../../../components/ui/Steps';
import { catalogues } from '../../../i18n/catalogues';
import { useI18n } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { defaultFileName } from '../logic';
import { useExport } from '../use-export';
import { ExportFailure } from './ExportFailure';
import { ExportOptionsForm, type ExportOptions } from './ExportOptionsForm';
import { ExportProgress } from './ExportProgress';
import { ExportResult } from './ExportResult';
import { SaveStep } from './SaveStep';

/**
 * "Dossier exporteren" in three steps: what and for whom -> where to save (then progress)
 * -> the result with the code to read out. Invariant: nothing is written before the user
 * pressed "Dossier maken"; an existing file is only replaced after a typed confirmation.
 * The first step's answers (the recipient typed, profile, language) are a draft in the vault
 * until the dossier is made (issue 16 item 1); where it is saved is not: a path is only used as
 * its dialog granted it (docs/decisions/0006).
 */
export function ExportWizard({ detail, items, requests }: { detail: CaseDetail; items: readonly EvidenceItem[]; requests: number }) {
  const { t, language } = useI18n();
  const [step, setStep] = useState(0);
  const kept = useDraft<ExportOptions>(`export:${detail.id}:options`, { recipient: '', exportedByStaffId: '', profile: null, lang: language }, detail.id);
  const options = kept.value;
  const setOptions = kept.set;
  const [path, setPath] = useState('');
  const [hostDialogs, setHostDialogs] = useState(true);
  const run = useExport();
  const { state } = run;
  const { clear } = kept;
  // The dossier is made: what was chosen for it is no draft any more.
  useEffect(() => {
    if (state.phase === 'done') clear();
  }, [state.phase, clear]);
  const profile = options.profile ?? 'police';
  const defaultName = defaultFileName(detail.ref, catalogues[options.lang][`dossier.fileWord.${profile}`]);
  const recipient = options.recipient.trim();

  const start = (overwrite: boolean, withoutTimestamp = false) =>
    void run.start({
      caseId: detail.id,
      profile,
      lang: options.lang,
      outPath: path.trim(),
      ...(recipient ? { recipient } : {}),
      ...(options.exportedByStaffId ? { exportedByStaffId: options.exportedByStaffId } : {}),
      ...(overwrite ? { overwrite } : {}),
      ...(withoutTimestamp ? { withoutTimestamp } : {}),
    });

  const recapValues = { profile: t(`dossier.profile.${profile}`), lang: t(`lang.${options.lang}`), recipient };
  return (
    <div className="stack">
      <Steps labels={[t('dossier.step.what'), t('dossier.step.save'), t('dossier.step.done')]} current={state.phase === 'done' ? 2 : step} />
      {state.phase === 'done' ? (
        <ExportResult
          result={state.result}
          caseId={detail.id}
          hostDialogs={hostDialogs}
          onAgain={() => {
            run.clear();
            setStep(0);
          }}
        />
      ) : step === 0 ? (
        <>
          <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
            <ExportOptionsForm value={options} onChange={setOptions} onNext={() => setStep(1)} category={detail.category} items={items} requests={requests} />
        </>
      ) : state.phase === 'running' ? (
        <ExportProgress step={state.step} done={state.done} total={state.total} cancelling={run.cancelling} onCancel={run.cancel} />
      ) : (
        <>
          <SaveStep
            recap={t(recipient ? 'dossier.save.recapTo' : 'dossier.save.recap', recapValues)}
            defaultName={defaultName}
            path={path}
            onPath={(p) => {
              setPath(p);
              if (state.phase === 'failed') run.clear();
            }}
            onHostless={() => setHostDialogs(false)}
            hostless={!hostDialogs}
            // A native save dialog already asked before replacing a file; a typed path asks below.
            onStart={() => start(hostDialogs)}
            onBack={() => {
              run.clear();
              setStep(0);
            }}
          />
          {state.phase === 'failed' ? (
            <ExportFailure
              error={state.error}
              path={state.input.outPath}
              items={items}
              // The officer confirmed replacing the file: always overwrite (the typed confirmation above).
              onOverwrite={() => start(true)}
              // Try the timestamp again, or go on without it: the same choice about an existing file as before.
              onAgain={() => start(state.input.overwrite ?? hostDialogs)}
              onOtherName={run.clear}
              onWithoutTimestamp={() => start(state.input.overwrite ?? hostDialogs, true)}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
