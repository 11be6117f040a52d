import type { CaseCategory } from '../../../../../shared/case-types';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { formatDuration } from '../../../../../shared/media-names';
import { hrefForItem } from '../../../app/router';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { NewTakedownLink } from '../../takedowns/components/NewTakedownLink';
import { bytesForbidden } from '../minors-rule';
import { EvidenceImage } from './EvidenceImage';
import { KindPlaceholder } from './KindPlaceholder';
import { Button } from '../../../components/ui/Button';
import { ItemMarks } from '../list/ItemMarks';
import type { ItemMarks as Marks } from '../list/list-logic';

/**
 * One item in the grid: image or a video's keyframe (blurred) or kind placeholder, label, file name, a video's duration, platform,
 * account, seen at (or that it is unknown), duplicate and spread marks; "Vergroten" opens the viewer.
 */
export function EvidenceCard({ item, category, marks, onView }: { item: EvidenceItem; category: CaseCategory; marks?: Marks; onView?: () => void }) {
  const { t, language } = useI18n();
  const forbidden = bytesForbidden(category, item.sexual, item.minor);
  const showImage = item.hasThumbnail && !forbidden && !item.hidden;
  const video = item.media?.video ?? null;
  return (
    <article className="evidence-card" aria-label={t('item.title', { label: item.label })} data-testid="evidence-card" data-kind={item.kind}>
      {showImage ? <EvidenceImage itemId={item.id} label={item.label} size="thumb" /> : <KindPlaceholder item={item} forbidden={forbidden} />}
      <div className="evidence-meta">
        <p className="evidence-label">
          <a href={hrefForItem(item.caseId, item.id)} aria-label={t('evidence.openLabel', { label: item.label })}>
            {item.label}
          </a>
          <span className="badge">{t(`evidence.kind.${item.kind}`)}</span>
        </p>
        {item.fileName ? <p className="mono small break">{item.fileName}</p> : null}
        {video ? <p className="small" data-testid="video-duration">{t('video.durationShort', { duration: formatDuration(video.duration) })}</p> : null}
        <p>{item.platform || <span className="muted">{t('evidence.platformUnknown')}</span>}</p>
        {item.handle ? <p className="mono small">{item.handle}</p> : null}
        <p className="muted small">{item.seenAt ? t('evidence.seenAt', { date: formatDateTime(item.seenAt, language, item.timeZone) }) : t('list.seenUnknown')}</p>
        <ItemMarks marks={marks} />
        {showImage && onView ? (
          <p>
            <Button variant="link" onClick={onView} aria-label={t('list.enlargeLabel', { label: item.label })}>
              {t('list.enlarge')}
            </Button>
          </p>
        ) : null}
        <p>
          <NewTakedownLink caseId={item.caseId} itemId={item.id} label={item.label} variant="card" />
        </p>
      </div>
    </article>
  );
}
