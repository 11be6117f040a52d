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
import { ItemEditForm } from '../features/evidence/components/ItemEditForm';
import { ItemHistory } from '../features/evidence/components/ItemHistory';
import { VideoDetails } from '../features/evidence/components/VideoDetails';
import { VideoFrames } from '../features/evidence/components/VideoFrames';
import { KindPlaceholder } from '../features/evidence/components/KindPlaceholder';
import { bytesForbidden } from '../features/evidence/minors-rule';
import { useEvidenceItem } from '../features/evidence/queries';
import { ItemTakedownFields } from '../features/takedowns/components/ItemTakedownFields';
import { NewTakedownLink } from '../features/takedowns/components/NewTakedownLink';
import { useT } from '../i18n/i18n-context';

/** One evidence item: the image, or a video's frames (blurred until "Tonen"), every fact, edit, matches, audit. */
export function EvidenceItemPage({ caseId, itemId }: { caseId: string; itemId: string }) {
  const t = useT();
  const detail = useCase(caseId);
  const got = useEvidenceItem(itemId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
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
          </section>
          {video ? <VideoDetails item={item} video={video} format={item.media?.format ?? ''} /> : null}
          {editing ? (
            <ItemEditForm key={item.id} item={item} category={category} onDone={() => { setEditing(false); setSaved(true); }} />
          ) : null}
          <ItemDetails item={item} />
          <ItemTakedownFields key={`td-${item.id}`} item={item} caseCategory={category} />
          <ItemHistory matches={data.matches} audit={data.audit} />
        </>
      ) : null}
    </div>
  );
}
