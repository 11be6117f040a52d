import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n-context';
import { Button } from './Button';
import { Field } from './Field';

/**
 * A destructive action asks for a typed word and says what will be gone (docs/ux.md "Nothing is
 * lost"). The confirm button stays disabled until the word matches (case-insensitive).
 */
export function ConfirmDestructive({
  title,
  body,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const word = t('confirm.word');
  const [typed, setTyped] = useState('');
  const ok = typed.trim().toUpperCase() === word.toUpperCase();
  return (
    <div className="confirm stack-tight" role="group" aria-label={title}>
      <h3 className="confirm-title">{title}</h3>
      <p>{body}</p>
      <Field label={t('confirm.typeLabel', { word })} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} inputClassName="input-short" />
      <div className="actions">
        <Button variant="danger" disabled={!ok} busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('confirm.cancel')}
        </Button>
      </div>
    </div>
  );
}
