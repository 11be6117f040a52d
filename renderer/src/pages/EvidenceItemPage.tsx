import { useState } from 'react';
import { hrefForCase } from '../app/router';
import { Banner } from '../components/ui/Banner';
import { Button } from '../components/ui/Button';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { useCase } from '../features/cases/queries';
import { EvidenceImage } from '../features/evidence/components/EvidenceImage';
import { HeldBackPanel } from '../features/evidence/components/HeldBackPanel';
import { ItemDetails } from '../features/evidence/components/ItemDetails';
import { itemEditDraftKey, ItemEditForm } from '../features/evidence/components/ItemEditForm';
import { useHasDraft } from '../features/drafts/use-draft';
import { EvidenceViewer, viewable } from '../features/evidence/viewer/EvidenceViewer';
import { ItemHistory } from '../features/evidence/components/ItemHistory';
import { VideoDetails } from '../features/evidence/components/VideoDetails';
import { VideoFrames } from '../features/evidence/components/VideoFrames';
import { KindPlaceholder } from '../features/evidence/components/KindPlaceholder';
import { bytesForbidden } from '../features/evidence/minors-rule';
import { useEvidenceItem } from '../features/evidence/queries';
import { ItemTakedownFields } from '../features/takedowns/components/ItemTakedownFields';
import { ItemPeopleCard } from '../features/persons/components/ItemPeopleCard';
import { NewTakedownLink } from '../features/takedowns/components/NewTakedownLink';
import { useT } from '../i18n/i18n-context';
import { CaptureDetails } from '../features/capture/components/CaptureDetails';
import { WEB_CAPTURE } from '../../../shared/evidence-types';

/** One evidence item: the image, or a video's frames (blurred until "Tonen"), every fact, edit, matches, audit. */
export function EvidenceItemPage({ caseId, itemId }: { caseId: string; itemId: string }) {
  const t = useT();
  const detail = useCase(caseId);
  const got = useEvidenceItem(itemId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [viewing, setViewing] = useState(false);
  // Unsaved edits from before a lock open the form again (issue 16 item 1).
  const hasDraft = useHasDraft(itemEditDraftKey(itemId));
  const [reopened, setReopened] = useState(false);
  if (hasDraft && !reopened) {
    setReopened(true);
    setEditing(true);
  }
  const data = got.data;
  const item = data?.item;
  const category = detail.data?.category;
  const forbidden = item && category ? bytesForbidden(category, item.sexual, item.minor) : true;
  // A video keeps its facts when only its hashes are kept (minors rule); never its frames then.
  const video = item?.media?.video ?? null;

  return (
    <div className="page page-wide stack">
      <a href={hrefForCase(caseId, 'evidence')} className="back-link">
        {t('item.back')}
      </a>
      {got.isPending || detail.isPending ? <p className="muted">{t('item.loading')}</p> : null}
      <ErrorBanner error={got.error ?? detail.error} />
      {data && item && category ? (
        <>
          <div className="heading-row">
            <PageHeading>{t('item.title', { label: item.label })}</PageHeading>
            <div className="actions">
              <NewTakedownLink caseId={caseId} itemId={item.id} label={item.label} variant="page" />
              {!editing ? (
                <Button variant="secondary" onClick={() => { setEditing(true); setSaved(false); }}>
                  {t('item.edit')}
                </Button>
              ) : null}
            </div>
          </div>
          {saved ? <Banner tone="success">{t('item.saved')}</Banner> : null}
          <HeldBackPanel item={item} />
          <section className="card stack-tight" aria-labelledby="item-image">
            <h2 id="item-image" className="section-title">
              {video ? t('video.frames') : t('item.image')}
            </h2>
            {forbidden || item.hidden ? (
              <KindPlaceholder item={item} forbidden={forbidden} />
            ) : video && item.hasSheet ? (
              <VideoFrames item={item} video={video} />
            ) : item.hasThumbnail ? (
              <EvidenceImage itemId={item.id} label={item.label} size={item.kind === 'image' ? 'full' : 'thumb'} />
            ) : (
              <KindPlaceholder item={item} forbidden={forbidden} />
            )}
            {viewable(item, category) ? (
              <div className="actions">
                <Button variant="secondary" onClick={() => setViewing(true)}>
                  {t('item.openViewer')}
                </Button>
              </div>
            ) : null}
            {viewing ? <EvidenceViewer items={[item]} start={0} category={category} onClose={() => setViewing(false)} /> : null}
          </section>
          {video ? <VideoDetails item={item} video={video} format={item.media?.format ?? ''} /> : null}
          {editing ? (
            <ItemEditForm key={item.id} item={item} category={category} onDone={() => { setEditing(false); setSaved(true); }} onCancel={() => setEditing(false)} />
          ) : null}
          <ItemDetails item={item} />
          {item.captureMethod === WEB_CAPTURE ? <CaptureDetails itemId={item.id} /> : null}
          <ItemTakedownFields key={`td-${item.id}`} item={item} caseCategory={category} />
          <ItemPeopleCard caseId={caseId} itemId={item.id} capturedByText={item.capturedBy} />
          <ItemHistory matches={data.matches} audit={data.audit} />
        </>
      ) : null}
    </div>
  );
}
