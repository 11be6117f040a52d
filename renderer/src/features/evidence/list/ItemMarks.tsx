import { useT } from '../../../i18n/i18n-context';
import type { ItemMarks as Marks } from './list-logic';

/** "Zelfde beeld als 2 andere" and "Ook in zaak 2026-004": duplicate and spread marks, in words. */
export function ItemMarks({ marks }: { marks: Marks | undefined }) {
  const t = useT();
  if (!marks) return null;
  return (
    <span className="item-marks" data-testid="item-marks">
      {marks.sameInCase > 0 ? <span className="mark mark-spread">{t('list.markSame', { n: marks.sameInCase })}</span> : null}
      {marks.otherCases.length ? <span className="mark mark-elsewhere">{t('list.markElsewhere', { cases: marks.otherCases.join(', ') })}</span> : null}
    </span>
  );
}
