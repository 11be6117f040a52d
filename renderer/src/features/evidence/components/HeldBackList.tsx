import { hrefForItem } from '../../../app/router';
import { useT } from '../../../i18n/i18n-context';
import { useHeldBack } from '../queries';

/** The dashboard's list of items the minors rule holds back, vault-wide; nothing when there are none. */
export function HeldBackList() {
  const t = useT();
  const held = useHeldBack();
  if (!held.data?.length) return null;
  return (
    <section className="card stack-tight" aria-labelledby="held-back-list" data-testid="held-back-list">
      <h2 id="held-back-list" className="section-title">
        {t('heldBack.listTitle')}
      </h2>
      <p className="muted">{t('heldBack.listIntro')}</p>
      <ul className="plain-list">
        {held.data.map((h) => (
          <li key={h.itemId}>
            <a href={hrefForItem(h.caseId, h.itemId)}>{h.label}</a> — {t(`heldBack.reason.${h.reason}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
