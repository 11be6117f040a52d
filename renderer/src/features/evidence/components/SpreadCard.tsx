import type { CaseCategory } from '../../../../../shared/case-types';
import type { EvidenceItem, SpreadGroup } from '../../../../../shared/evidence-types';
import { hrefForItem } from '../../../app/router';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { bytesForbidden } from '../minors-rule';
import { EvidenceImage } from './EvidenceImage';
import { KindPlaceholder } from './KindPlaceholder';

/**
 * One image and where it was seen: per platform the first sighting, item count and URLs.
 * "Eerst gezien" is only ever a seen-at the user gave; otherwise the card says the time is not
 * known and when the image was first captured ("vastgelegd", issue 16 item 5).
 */
export function SpreadCard({ group, n, rep, category }: { group: SpreadGroup; n: number; rep: EvidenceItem | undefined; category: CaseCategory }) {
  const { t, language } = useI18n();
  const forbidden = rep ? bytesForbidden(category, rep.sexual, rep.minor) : true;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, language) : t('spread.unknown'));
  const seenOr = (seen: string | null, captured: string) => (seen ? when(seen) : t('spread.seenUnknownCaptured', { date: when(captured) }));
  return (
    <article className="spread-card" aria-labelledby={`spread-${n}`} data-testid="spread-group">
      <div className="spread-image">
        {rep && rep.hasThumbnail && !forbidden ? <EvidenceImage itemId={rep.id} label={rep.label} size="thumb" /> : rep ? <KindPlaceholder item={rep} forbidden={forbidden} /> : null}
      </div>
      <div className="spread-body stack-tight">
        <h3 id={`spread-${n}`} className="subsection-title">
          {t('spread.group', { n, count: group.itemIds.length })}
        </h3>
        <p className="muted">
          {group.firstSeenAt ? t('spread.firstSeen', { date: when(group.firstSeenAt) }) : t('spread.firstSeenUnknown')} · {t('spread.firstCaptured', { date: when(group.firstCapturedAt) })}
        </p>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('spread.col.platform')}</th>
              <th scope="col">{t('spread.col.firstSeen')}</th>
              <th scope="col" className="num">
                {t('spread.col.items')}
              </th>
              <th scope="col">{t('spread.col.urls')}</th>
            </tr>
          </thead>
          <tbody>
            {group.platforms.map((p) => (
              <tr key={p.platform || '-'}>
                <td>{p.platform || t('evidence.platformUnknown')}</td>
                <td>{seenOr(p.firstSeenAt, p.firstCapturedAt)}</td>
                <td className="num">{p.items}</td>
                <td className="mono small break">{p.urls.length ? p.urls.map((u) => <div key={u}>{u}</div>) : <span className="muted">{t('spread.noUrl')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {group.elsewhere.length ? (
          <div>
            <h4 className="minors-sub">{t('spread.elsewhere')}</h4>
            <ul className="match-list">
              {group.elsewhere.map((m) => (
                <li key={m.itemId} className="match">
                  <a href={hrefForItem(m.caseId, m.itemId)}>{t('spread.elsewhereItem', { caseRef: m.caseRef, label: m.label })}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </article>
  );
}
