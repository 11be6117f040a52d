import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { TermLink } from '../../glossary/components/TermLink';
import { DetailList } from '../../../components/ui/DetailList';
import { useI18n } from '../../../i18n/i18n-context';
import { formatBytes, formatDateTime } from '../../../lib/dates';

/** Every recorded fact of one item; times in UTC and in the zone they were observed in. */
export function ItemDetails({ item }: { item: EvidenceItem }) {
  const { t, language } = useI18n();
  const time = (iso: string | null) =>
    iso ? (
      <span className="time-pair">
        <span>{t('item.timeZone', { time: formatDateTime(iso, language, item.timeZone), zone: item.timeZone })}</span>
        <span className="muted">{t('item.timeUtc', { time: formatDateTime(iso, language, 'UTC') })}</span>
      </span>
    ) : (
      ''
    );
  const content = [item.sexual ? t('item.contentSexual') : '', item.violence ? t('item.contentViolence') : ''].filter(Boolean).join(', ') || t('item.contentNone');
  const empty = t('item.notSet');
  return (
    <div className="detail-sections">
      <section className="card stack-tight" aria-labelledby="item-where">
        <h2 id="item-where" className="section-title">
          {t('item.where')}
        </h2>
        <DetailList
          empty={empty}
          rows={[
            { label: t('item.platform'), value: item.platform },
            { label: t('item.url'), value: item.url, mono: true },
            { label: t('item.handle'), value: item.handle, mono: true },
            { label: t('item.description'), value: item.description },
            { label: t('item.content'), value: content },
            { label: t('item.minor'), value: t(`tristate.${item.minor}`) },
          ]}
        />
      </section>
      <section className="card stack-tight" aria-labelledby="item-times">
        <h2 id="item-times" className="section-title">
          {t('item.times')}
        </h2>
        <DetailList
          empty={empty}
          rows={[
            { label: t('item.seenAt'), value: time(item.seenAt) },
            { label: t('item.postedAt'), value: time(item.postedAt) },
            { label: t('item.capturedAt'), value: time(item.capturedAt) },
            { label: t('item.captureMethod'), value: t(`capture.${item.captureMethod}`) },
          ]}
        />
      </section>
      <section className="card stack-tight" aria-labelledby="item-file">
        <h2 id="item-file" className="section-title">
          {t('item.file')}
        </h2>
        <DetailList
          empty={empty}
          rows={[
            { label: t('item.kind'), value: t(`evidence.kind.${item.kind}`) },
            { label: t('item.fileName'), value: item.fileName ?? '' },
            { label: t('item.size'), value: formatBytes(item.size, language) },
            { label: t('item.dimensions'), value: item.width && item.height ? t('item.dimensionsValue', { width: item.width, height: item.height }) : '' },
            { label: t('item.sha256'), value: item.sha256 ?? '', mono: true, term: <TermLink term="hash">{t('glossary.what')}</TermLink> },
            // A video's look-alike hash is its vPDQ (the Video card); the image PDQ rows would only say "not set".
            ...(item.media?.video
              ? []
              : [
                  { label: t('item.pdq'), value: item.pdq ?? '', mono: true, term: <TermLink term="pdq">{t('glossary.what')}</TermLink> },
                  { label: t('item.pdqQuality'), value: item.pdqQuality === null ? '' : t('item.pdqQualityValue', { quality: item.pdqQuality }) },
                ]),
          ]}
        />
      </section>
    </div>
  );
}
