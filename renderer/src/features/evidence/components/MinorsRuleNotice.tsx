import { useEffect, useState } from 'react';
import type { MinorsRuleEffect } from '../../../../../shared/evidence-types';
import { Button } from '../../../components/ui/Button';
import { useT } from '../../../i18n/i18n-context';
import { onEvent } from '../../../lib/api';

/**
 * Tells the officer which items in which cases the minors rule just changed (the core's
 * evidence:minors-rule-applied event), wherever they are in the app; stays until closed.
 */
export function MinorsRuleNotice() {
  const t = useT();
  const [effect, setEffect] = useState<MinorsRuleEffect | null>(null);
  useEffect(
    () =>
      onEvent('evidence:minors-rule-applied', (e) =>
        setEffect((prev) => (prev ? { removed: [...prev.removed, ...e.removed], hidden: [...prev.hidden, ...e.hidden] } : e)),
      ),
    [],
  );
  if (!effect) return null;
  const labels = (list: { label: string }[]) => [...new Set(list.map((i) => i.label))].join(', ');
  return (
    <div className="banner minors-notice stack-tight" role="status" data-testid="minors-notice">
      <p className="banner-text">
        <strong>{t('minorsApplied.title')}</strong>
      </p>
      {effect.removed.length ? <p>{t('minorsApplied.removed', { items: labels(effect.removed) })}</p> : null}
      {effect.hidden.length ? <p>{t('minorsApplied.hidden', { items: labels(effect.hidden) })}</p> : null}
      <div className="actions">
        <Button variant="secondary" onClick={() => setEffect(null)}>
          {t('minorsApplied.close')}
        </Button>
      </div>
    </div>
  );
}
