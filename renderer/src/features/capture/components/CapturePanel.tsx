import { useState, type FormEvent } from 'react';
import type { CaseDetail } from '../../../../../shared/case-types';
import { hrefForItem } from '../../../app/router';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useT } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { bytesForbidden } from '../../evidence/minors-rule';
import { useCloseCaptureWindow, useOpenCaptureWindow, useTakeCapture } from '../mutations';
import { useCaptureStatus } from '../queries';
import { isCaptureUrl } from '../web-url';
import { CaptureArtefacts } from './CaptureArtefacts';

/**
 * "Vastleggen van het web" on a case's evidence tab (issue 18 item 1). In the app the officer
 * opens the capture window, browses there and presses "Vastleggen" here; in the browser
 * preview (no window of its own) the address is loaded and recorded. The minors rule is
 * explained before anything is captured: in a sexual case only address, title, headers and
 * hashes are kept. The address and the choices are a draft in the vault until the page is
 * captured (issue 16 item 1); after a capture the form is empty for the next one.
 */
export function CapturePanel({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const status = useCaptureStatus();
  const take = useTakeCapture();
  const openWindow = useOpenCaptureWindow();
  const closeWindow = useCloseCaptureWindow();
  const kept = useDraft(`capture:${detail.id}:web`, { url: '', sexual: false, urlOnly: false }, detail.id);
  const { url, sexual, urlOnly } = kept.value;
  const set = (patch: Partial<typeof kept.value>) => kept.set((d) => ({ ...d, ...patch }));
  const [tried, setTried] = useState(false);
  const s = status.data;
  const forbidden = bytesForbidden(detail.category, sexual, 'unknown');
  const interactive = s?.interactive ?? false;
  const typed = url.trim();
  const urlOk = isCaptureUrl(typed);
  const urlError = tried && (interactive ? typed !== '' && !urlOk : !urlOk) ? t('webcap.urlInvalid') : null;

  const capture = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!interactive && !urlOk) return;
    take.mutate(
      { caseId: detail.id, ...(interactive ? {} : { url: typed }), ...(urlOnly ? { urlOnly } : {}), ...(sexual ? { sexual } : {}) },
      {
        onSuccess: () => {
          kept.clear();
          setTried(false);
        },
      },
    );
  };
  const open = () => {
    setTried(true);
    if (typed && !urlOk) return;
    openWindow.mutate(typed || undefined);
  };

  const done = take.data;
  return (
    <section className="card stack-tight" aria-labelledby="webcap-title" data-testid="capture-panel">
      <h2 id="webcap-title" className="section-title">
        {t('webcap.title')}
      </h2>
      <p className="muted">{t('webcap.intro')}</p>
      {interactive ? <p className="muted">{t('webcap.introWindow')}</p> : null}
      {s && !s.available ? <Banner tone="error">{t('webcap.noBrowser')}</Banner> : null}
      {forbidden ? (
        <Banner tone="info">
          <p className="banner-text">{t('webcap.minorsRule')}</p>
        </Banner>
      ) : null}
      <form className="stack-tight" onSubmit={capture} noValidate>
        <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
        {interactive && s?.windowOpen ? (
          <div className="stack-tight" data-testid="capture-window-page">
            {s.currentUrl && s.currentUrl !== 'about:blank' ? (
              <>
                <p>{t('webcap.windowShows')}</p>
                <p>
                  <strong>{s.currentTitle}</strong>
                  <br />
                  <code translate="no">{s.currentUrl}</code>
                </p>
              </>
            ) : (
              <p className="muted">{t('webcap.windowBlank')}</p>
            )}
          </div>
        ) : (
          <Field
            label={interactive ? t('webcap.urlOptionalLabel') : t('webcap.urlLabel')}
            help={t('webcap.urlHelp')}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={url}
            maxLength={4096}
            onChange={(e) => {
              set({ url: e.target.value });
              take.reset();
            }}
            error={urlError}
          />
        )}
        <Checkbox label={t('webcap.sexual')} help={t('webcap.sexualHelp')} checked={sexual} onChange={(e) => set({ sexual: e.target.checked })} />
        {!forbidden ? <Checkbox label={t('webcap.urlOnly')} checked={urlOnly} onChange={(e) => set({ urlOnly: e.target.checked })} /> : null}
        <div className="actions">
          {interactive && !s?.windowOpen ? (
            <Button onClick={open} busy={openWindow.isPending}>
              {t('webcap.openWindow')}
            </Button>
          ) : (
            <Button type="submit" busy={take.isPending} busyLabel={t('webcap.taking')} disabled={s ? !s.available : false}>
              {t('webcap.take')}
            </Button>
          )}
          {interactive && s?.windowOpen ? (
            <Button variant="secondary" onClick={() => closeWindow.mutate()} busy={closeWindow.isPending}>
              {t('webcap.closeWindow')}
            </Button>
          ) : null}
        </div>
      </form>
      <ErrorBanner error={take.error ?? openWindow.error ?? closeWindow.error ?? status.error} />
      {done ? (
        <div className="stack-tight" data-testid="capture-result">
          <Banner tone="success">
            <p className="banner-text">{done.record.pixels ? t('webcap.done', { label: done.item.label }) : t('webcap.doneUrlOnly', { label: done.item.label })}</p>
          </Banner>
          {done.record.loadState === 'timeout' ? <p className="muted">{t('webcap.loadTimeout')}</p> : null}
          <CaptureArtefacts artefacts={done.artefacts} />
          <div className="actions">
            <a className="btn btn-secondary" href={hrefForItem(detail.id, done.item.id)}>
              {t('webcap.open')}
            </a>
          </div>
        </div>
      ) : null}
    </section>
  );
}
