import type { EvidenceItem } from '../../../../../shared/evidence-types';
import type { VideoMedia } from '../../../../../shared/media-types';
import { codecName, containerName, formatDuration } from '../../../../../shared/media-names';
import { DetailList } from '../../../components/ui/DetailList';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime, localeOf } from '../../../lib/dates';

/**
 * What a video's container says and what decoding measured (docs/media.md "Video items"),
 * and its vPDQ summary. Shown for hash-only videos too: they keep these facts, not the frames.
 */
export function VideoDetails({ item, video, format }: { item: EvidenceItem; video: VideoMedia; format: string }) {
  const { t, language } = useI18n();
  const fps = video.frameRate > 0 ? t('video.frameRateValue', { fps: new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(video.frameRate) }) : t('video.notInFile');
  const created = video.creationTime ? (
    <span className="time-pair">
      <span>{t('item.timeZone', { time: formatDateTime(video.creationTime, language, item.timeZone), zone: item.timeZone })}</span>
      <span className="muted">{t('item.timeUtc', { time: formatDateTime(video.creationTime, language, 'UTC') })}</span>
    </span>
  ) : (
    t('video.notInFile')
  );
  const rows = [
    { label: t('video.duration'), value: formatDuration(video.duration) },
    { label: t('video.resolution'), value: t('item.dimensionsValue', { width: video.width, height: video.height }) },
    ...(video.rotation ? [{ label: t('video.rotation'), value: t('video.rotationValue', { degrees: video.rotation }) }] : []),
    { label: t('video.codec'), value: t('video.codecValue', { codec: codecName(video.codec, video.profile), container: containerName(format) }) },
    { label: t('video.frameRate'), value: fps },
    { label: t('video.createdAt'), value: created },
    { label: t('video.audio'), value: video.audioCodec ? codecName(video.audioCodec) : t('video.audioNone') },
    { label: t('video.vpdq'), value: t('video.vpdqValue', { frames: video.hashedFrames, quality: video.qualityFrames }) },
  ];
  return (
    <section className="card stack-tight" aria-labelledby="item-video" data-testid="video-details">
      <h2 id="item-video" className="section-title">
        {t('video.title')}
      </h2>
      <DetailList empty={t('item.notSet')} rows={rows} />
      <p className="muted small">{t('video.vpdqNote')}</p>
    </section>
  );
}
