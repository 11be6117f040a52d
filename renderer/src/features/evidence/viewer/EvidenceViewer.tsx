import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react';
import type { CaseCategory } from '../../../../../shared/case-types';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { hrefForItem } from '../../../app/router';
import { BlobImage } from '../../../components/ui/BlobImage';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { KindPlaceholder } from '../components/KindPlaceholder';
import { bytesForbidden } from '../minors-rule';
import { useReveal } from '../mutations';
import { useThumbnail } from '../queries';
import { FIT, PAN_STEP, pan, transformOf, zoomIn, zoomOut, type Frame, type ZoomState } from './zoom';

/** Whether an item has an image the viewer may show at all (the minors rule, held back, no image). */
export function viewable(item: EvidenceItem, category: CaseCategory): boolean {
  return item.hasThumbnail && !item.hidden && !bytesForbidden(category, item.sexual, item.minor);
}

/**
 * The full-screen viewer (issue 16 item 4): one item at a time from the list as it is filtered
 * and sorted, blurred until "Tonen" (T) — every showing is a reveal the core logs — with zoom
 * (+, −, 0, the wheel), pan (drag, arrow keys up and down, Shift with left and right) and
 * keyboard navigation (← →, Home, End; Esc closes). A native modal <dialog> keeps focus inside
 * and makes the page behind it inert. Invariant: the clear image lives only in the reveal
 * mutation of the item on screen; moving on or closing drops it.
 */
export function EvidenceViewer({ items, start, category, onClose }: { items: readonly EvidenceItem[]; start: number; category: CaseCategory; onClose: () => void }) {
  const { t, language } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(Math.min(Math.max(0, start), items.length - 1));
  const [zoom, setZoom] = useState<ZoomState>(FIT);
  const item = items[index]!;
  const canShow = viewable(item, category);
  const thumb = useThumbnail(item.id, canShow);
  const reveal = useReveal(item.id, item.kind === 'image' ? 'full' : 'thumb');
  const shown = reveal.data;
  const drag = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  useEffect(() => {
    if (layer.current) layer.current.style.transform = transformOf(zoom);
  }, [zoom]);

  const frame = useCallback((): Frame => {
    const r = stage.current?.getBoundingClientRect();
    return { w: r?.width ?? 800, h: r?.height ?? 600 };
  }, []);
  const go = (next: number) => {
    if (next < 0 || next >= items.length || next === index) return;
    // The clear image of this item goes before the next one is even asked for.
    reveal.reset();
    setZoom(FIT);
    setIndex(next);
  };
  const toggle = () => {
    if (!canShow) return;
    if (shown) reveal.reset();
    else if (!reveal.isPending) reveal.mutate();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const zoomed = zoom.scale > 1;
    const handled = (() => {
      switch (e.key) {
        case 'ArrowLeft':
          if (e.shiftKey && zoomed) setZoom((z) => pan(z, PAN_STEP, 0, frame()));
          else go(index - 1);
          return true;
        case 'ArrowRight':
          if (e.shiftKey && zoomed) setZoom((z) => pan(z, -PAN_STEP, 0, frame()));
          else go(index + 1);
          return true;
        case 'ArrowUp':
          if (zoomed) setZoom((z) => pan(z, 0, PAN_STEP, frame()));
          return zoomed;
        case 'ArrowDown':
          if (zoomed) setZoom((z) => pan(z, 0, -PAN_STEP, frame()));
          return zoomed;
        case 'Home':
          go(0);
          return true;
        case 'End':
          go(items.length - 1);
          return true;
        case '+':
        case '=':
          setZoom((z) => zoomIn(z, frame()));
          return true;
        case '-':
          setZoom((z) => zoomOut(z, frame()));
          return true;
        case '0':
          setZoom(FIT);
          return true;
        case 't':
        case 'T':
          toggle();
          return true;
        default:
          return false;
      }
    })();
    if (handled) e.preventDefault();
  };
  const onWheel = (e: WheelEvent) => setZoom((z) => (e.deltaY < 0 ? zoomIn(z, frame()) : zoomOut(z, frame())));
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (zoom.scale <= 1) return;
    drag.current = { x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const from = drag.current;
    if (!from) return;
    drag.current = { x: e.clientX, y: e.clientY };
    setZoom((z) => pan(z, e.clientX - from.x, e.clientY - from.y, frame()));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const image = shown ?? thumb.data;
  return (
    <dialog
      ref={dialog}
      className="viewer"
      aria-labelledby="viewer-title"
      aria-describedby="viewer-keys"
      data-testid="viewer"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
    >
      <header className="viewer-head">
        <h2 id="viewer-title" className="section-title">
          {t('viewer.title', { label: item.label })}
        </h2>
        <p className="viewer-position" aria-live="polite" data-testid="viewer-position">
          {t('viewer.position', { n: index + 1, total: items.length })}
        </p>
        <Button variant="secondary" onClick={onClose}>
          {t('viewer.close')}
        </Button>
      </header>
      <div
        ref={stage}
        className={zoom.scale > 1 ? 'viewer-stage is-zoomed' : 'viewer-stage'}
        onWheel={canShow ? onWheel : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        {canShow ? (
          <div ref={layer} className="viewer-layer">
            {image ? <BlobImage image={image} alt={t(shown ? 'evidence.revealedAlt' : 'evidence.blurredAlt', { label: item.label })} className="viewer-image" /> : <span className="muted">{t('evidence.imageLoading')}</span>}
          </div>
        ) : (
          <KindPlaceholder item={item} forbidden={bytesForbidden(category, item.sexual, item.minor)} />
        )}
      </div>
      <ErrorBanner error={thumb.error ?? reveal.error} />
      <div className="viewer-bar">
        <p className="viewer-facts">
          <span>{t(`evidence.kind.${item.kind}`)}</span>
          {item.fileName ? <span className="mono">{item.fileName}</span> : null}
          <span>{item.platform || t('evidence.platformUnknown')}</span>
          <span>{item.seenAt ? t('evidence.seenAt', { date: formatDateTime(item.seenAt, language, item.timeZone) }) : t('list.seenUnknown')}</span>
          {item.width && item.height ? <span>{t('item.dimensionsValue', { width: item.width, height: item.height })}</span> : null}
          <a href={hrefForItem(item.caseId, item.id)} onClick={onClose}>
            {t('viewer.details')}
          </a>
        </p>
        <div className="actions">
          <Button variant="secondary" onClick={() => go(index - 1)} disabled={index === 0} aria-keyshortcuts="ArrowLeft">
            {t('viewer.prev')}
          </Button>
          <Button variant="secondary" onClick={() => go(index + 1)} disabled={index === items.length - 1} aria-keyshortcuts="ArrowRight">
            {t('viewer.next')}
          </Button>
          {canShow ? (
            <>
              <Button onClick={toggle} busy={reveal.isPending} aria-keyshortcuts="T" aria-label={t(shown ? 'evidence.hideLabel' : 'evidence.showLabel', { label: item.label })}>
                {t(shown ? 'evidence.hide' : 'evidence.show')}
              </Button>
              <Button variant="secondary" onClick={() => setZoom((z) => zoomOut(z, frame()))} disabled={zoom.scale <= 1} aria-keyshortcuts="-">
                {t('viewer.zoomOut')}
              </Button>
              <span className="viewer-zoom" data-testid="viewer-zoom">
                {t('viewer.zoomLevel', { percent: Math.round(zoom.scale * 100) })}
              </span>
              <Button variant="secondary" onClick={() => setZoom((z) => zoomIn(z, frame()))} aria-keyshortcuts="+">
                {t('viewer.zoomIn')}
              </Button>
              <Button variant="secondary" onClick={() => setZoom(FIT)} disabled={zoom.scale <= 1} aria-keyshortcuts="0">
                {t('viewer.fit')}
              </Button>
            </>
          ) : null}
        </div>
        <p id="viewer-keys" className="muted small">
          {t('viewer.keys')}
        </p>
      </div>
    </dialog>
  );
}
