import { useId, useRef, useState } from 'react';
import { SEXUAL_CATEGORIES, type CaseDetail } from '../../../../../shared/case-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { useT } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
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

interface CaptureDraft {
  mode: Mode;
  meta: MetaDraft;
}

/**
 * "Bewijs toevoegen": the batch details, then how (files, hashes only, location only), then
 * drop/paste/choose, progress and the per-file result. When the minors rule applies, the
 * explanation and the alternatives come before the drop zone, and in a nude-photo or sexual-video
 * case the form opens on the location (no file chooser as the main action).
 * Issue 16 item 4: the form is open while the case is empty and folds away after use; after a
 * capture that stored something it starts again from empty fields (the next item never takes the
 * previous one's URL or time), while the result stays in view. What is typed is a draft in the
 * vault (issue 16 item 1). Files dropped or pasted before "Gezien op" is answered wait, named,
 * until it is.
 */
export function ImportPanel({ detail, labels, startOpen }: { detail: CaseDetail; labels: ReadonlyMap<string, string>; startOpen: boolean }) {
  const t = useT();
  const noImagesCase = SEXUAL_CATEGORIES.includes(detail.category);
  const initial: CaptureDraft = { mode: noImagesCase ? 'url' : 'files', meta: EMPTY_DRAFT };
  const kept = useDraft<CaptureDraft>(`evidence:${detail.id}:capture`, initial, detail.id);
  const { mode, meta: draft } = kept.value;
  const setDraft = (patch: Partial<MetaDraft>) => kept.set((c) => ({ ...c, meta: { ...c.meta, ...patch } }));
  const setMode = (m: Mode) => kept.set((c) => ({ ...c, mode: m }));
  const [open, setOpen] = useState(startOpen);
  // A draft put back after an unlock opens the form, so what was typed is seen.
  const [reopened, setReopened] = useState(false);
  if (kept.restoredAt && !reopened) {
    setReopened(true);
    setOpen(true);
  }
  const [held, setHeld] = useState<File[]>([]);
  const [savedUrl, setSavedUrl] = useState<string | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const seenRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const [tried, setTried] = useState(false);
  const blocked = !metaReady(draft);
  // What is wrong is shown next to its field, and the keyboard is taken there.
  const refuse = () => {
    setOpen(true);
    setTried(true);
    window.setTimeout(() => (urlProblem(draft) ? urlRef : seenRef).current?.focus(), 0);
  };
  const imp = useImport(detail.id);
  const running = imp.state.phase === 'running';
  const rule = bytesForbidden(detail.category, draft.sexual, draft.minor);
  const ruleFirst = rule && noImagesCase;

  /** After a capture that stored something: fold, and start the next one from empty fields. */
  const finished = () => {
    kept.clear();
    setTried(false);
    setHeld([]);
    setOpen(false);
  };

  const add = (files: File[]) => {
    if (mode === 'url' || running || !files.length) return;
    if (blocked) {
      setHeld(files);
      refuse();
      return;
    }
    setHeld([]);
    setSavedUrl(null);
    void imp.start(files, draftToMeta(draft), mode === 'hash').then((report) => {
      // A capture that stored something folds the form; the result (which stays) takes the focus.
      if (report?.results.some((r) => r.status === 'stored')) finished();
      window.setTimeout(() => resultRef.current?.focus(), 0);
    });
  };
  usePasteFiles((files) => add(files.map((f) => (!f.name || f.name === 'image.png' ? renamePasted(f, (time) => t('import.pastedName', { time })) : f))), mode !== 'url' && !running);

  const phase = imp.state.phase;
  const report = imp.state.phase === 'done' ? imp.state.report : null;

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
    <section className="card stack" aria-labelledby="import-title" data-testid="capture">
      <div className="heading-row">
        <div className="stack-tight">
          <h2 id="import-title" className="section-title">
            {t('import.title')}
          </h2>
          {open ? <p className="muted">{t('import.intro')}</p> : <p className="muted">{t('capture.foldedIntro')}</p>}
        </div>
        <Button ref={toggleRef} variant={open ? 'secondary' : 'primary'} aria-expanded={open} aria-controls={formId} onClick={() => setOpen((o) => !o)}>
          {open ? t('capture.fold') : t('capture.open')}
        </Button>
      </div>
      {savedUrl ? (
        <div ref={resultRef} tabIndex={-1}>
          <Banner tone="success">{t('urlOnly.saved', { label: savedUrl })}</Banner>
        </div>
      ) : null}
      <div id={formId} className="stack" hidden={!open}>
        {open ? (
          <>
            <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
            {ruleFirst ? rulePanel : null}
            <BatchMetaForm draft={draft} onChange={setDraft} urlRef={urlRef} seenRef={seenRef} showErrors={tried} askCapturer />
            {rule && !ruleFirst ? rulePanel : null}
            <RadioGroup legend={t('import.mode')} options={(noImagesCase ? MODES_NO_IMAGES : MODES).map((m) => ({ value: m, label: t(`import.mode.${m}`) }))} value={mode} onChange={setMode} />
            {held.length && mode !== 'url' ? (
              <div className="held-files stack-tight" data-testid="held-files">
                <p>{t('capture.held', { n: held.length, names: held.map((f) => f.name).join(', ') })}</p>
                <div className="actions">
                  <Button onClick={() => add(held)} disabled={running}>
                    {t('capture.addHeld')}
                  </Button>
                  <Button variant="secondary" onClick={() => setHeld([])}>
                    {t('capture.dropHeld')}
                  </Button>
                </div>
              </div>
            ) : null}
            {mode === 'url' ? (
              <UrlOnlyAction
                caseId={detail.id}
                meta={draftToMeta(draft)}
                blocked={blocked}
                onBlocked={refuse}
                onSaved={(label) => {
                  finished();
                  setSavedUrl(label);
                  window.setTimeout(() => resultRef.current?.focus(), 0);
                }}
              />
            ) : (
              <DropZone hashOnly={mode === 'hash'} disabled={running} onFiles={add} />
            )}
          </>
        ) : null}
      </div>
      {phase === 'running' && imp.state.phase === 'running' ? (
        <ImportProgress done={imp.state.done} total={imp.state.total} reading={imp.state.reading} cancelling={imp.cancelling} onCancel={imp.cancel} />
      ) : null}
      {report && imp.state.phase === 'done' ? (
        <div ref={resultRef} tabIndex={-1}>
          <ImportResults
            report={report}
            hashOnly={imp.state.hashOnly}
            labels={labels}
            onClose={() => {
              imp.clear();
              toggleRef.current?.focus();
            }}
          />
        </div>
      ) : null}
      {imp.state.phase === 'failed' ? <ErrorBanner error={imp.state.error} /> : null}
    </section>
  );
}
