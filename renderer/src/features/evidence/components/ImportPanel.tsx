import { useRef, useState } from 'react';
import { SEXUAL_CATEGORIES, type CaseDetail } from '../../../../../shared/case-types';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { useT } from '../../../i18n/i18n-context';
import { draftToMeta, EMPTY_DRAFT, metaReady, urlProblem, type MetaDraft } from '../meta-draft';
import { bytesForbidden } from '../minors-rule';
import { renamePasted } from '../read-files';
import { useImport } from '../use-import';
import { usePasteFiles } from '../use-paste-files';
import { BatchMetaForm } from './BatchMetaForm';
import { DropZone } from './DropZone';
import { ImportProgress } from './ImportProgress';
import { ImportResults } from './ImportResults';
import { MinorsRulePanel } from './MinorsRulePanel';
import { UrlOnlyAction } from './UrlOnlyAction';

type Mode = 'files' | 'hash' | 'url';
const MODES: readonly Mode[] = ['files', 'hash', 'url'];
// Where images may not be kept the form leads with what may be kept (issue 13 item 6):
// the location first, then hashes; storing files comes last and only applies to adults.
const MODES_NO_IMAGES: readonly Mode[] = ['url', 'hash', 'files'];

/**
 * "Bewijs toevoegen": the batch details, then how (files, hashes only, location only), then
 * drop/paste/choose, progress and the per-file result. When the minors rule applies, the
 * explanation and the alternatives come before the drop zone.
 */
export function ImportPanel({ detail, labels }: { detail: CaseDetail; labels: ReadonlyMap<string, string> }) {
  const t = useT();
  const noImagesCase = SEXUAL_CATEGORIES.includes(detail.category);
  const [draft, setDraft] = useState<MetaDraft>(EMPTY_DRAFT);
  const [mode, setMode] = useState<Mode>(noImagesCase ? 'url' : 'files');
  const urlRef = useRef<HTMLInputElement>(null);
  const seenRef = useRef<HTMLInputElement>(null);
  const [tried, setTried] = useState(false);
  const blocked = !metaReady(draft);
  // What is wrong is shown next to its field, and the keyboard is taken there.
  const refuse = () => {
    setTried(true);
    (urlProblem(draft) ? urlRef : seenRef).current?.focus();
  };
  const imp = useImport(detail.id);
  const running = imp.state.phase === 'running';
  const rule = bytesForbidden(detail.category, draft.sexual, draft.minor);
  const ruleFirst = rule && noImagesCase;

  const add = (files: File[]) => {
    if (mode === 'url' || running) return;
    if (blocked) return refuse();
    void imp.start(files, draftToMeta(draft), mode === 'hash');
  };
  usePasteFiles((files) => add(files.map((f) => (!f.name || f.name === 'image.png' ? renamePasted(f, (time) => t('import.pastedName', { time })) : f))), mode !== 'url' && !running);

  const rulePanel = (
    <MinorsRulePanel
      onUrlOnly={() => {
        setMode('url');
        urlRef.current?.focus();
      }}
      onHashOnly={() => setMode('hash')}
    />
  );

  return (
    <section className="card stack" aria-labelledby="import-title">
      <div className="stack-tight">
        <h2 id="import-title" className="section-title">
          {t('import.title')}
        </h2>
        <p className="muted">{t('import.intro')}</p>
      </div>
      {ruleFirst ? rulePanel : null}
      <BatchMetaForm draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} urlRef={urlRef} seenRef={seenRef} showErrors={tried} />
      {rule && !ruleFirst ? rulePanel : null}
      <RadioGroup legend={t('import.mode')} options={(noImagesCase ? MODES_NO_IMAGES : MODES).map((m) => ({ value: m, label: t(`import.mode.${m}`) }))} value={mode} onChange={setMode} />
      {mode === 'url' ? <UrlOnlyAction caseId={detail.id} meta={draftToMeta(draft)} blocked={blocked} onBlocked={refuse} /> : <DropZone hashOnly={mode === 'hash'} disabled={running} onFiles={add} />}
      {imp.state.phase === 'running' ? (
        <ImportProgress done={imp.state.done} total={imp.state.total} reading={imp.state.reading} cancelling={imp.cancelling} onCancel={imp.cancel} />
      ) : null}
      {imp.state.phase === 'done' ? <ImportResults report={imp.state.report} hashOnly={imp.state.hashOnly} labels={labels} onClose={imp.clear} /> : null}
      {imp.state.phase === 'failed' ? <ErrorBanner error={imp.state.error} /> : null}
    </section>
  );
}
