import type { EvidenceItem } from '../../../../../shared/evidence-types';
import type { VideoMedia } from '../../../../../shared/media-types';
import { formatDuration } from '../../../../../shared/media-names';
import { useT } from '../../../i18n/i18n-context';
import { EvidenceImage } from './EvidenceImage';

/**
 * A video's contact sheet: keyframes spread over the whole video, blurred until "Tonen"
 * (every reveal is logged, docs/media.md "Keyframes and contact sheet"), with the moments
 * they were taken from. Only rendered for a video that may be shown and has a sheet.
 */
export function VideoFrames({ item, video }: { item: EvidenceItem; video: VideoMedia }) {
  const t = useT();
  const times = video.sheetTimes.map(formatDuration).join(', ');
  return (
    <div className="stack-tight" data-testid="video-frames">
      <p className="muted small">{t('video.framesNote', { count: video.sheetTimes.length, times })}</p>
      <EvidenceImage itemId={item.id} label={item.label} size="sheet" />
    </div>
  );
}
