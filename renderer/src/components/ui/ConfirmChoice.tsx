import type { ReactNode } from 'react';
import { Button } from './Button';

/**
 * A confirmation that asks once, without a typed word: for an action that loses no evidence and
 * can be undone by hand (going back to a shipped template). What deletes evidence asks for a
 * typed word instead (ConfirmDestructive, docs/ux.md "Nothing is lost").
 */
export function ConfirmChoice({ title, body, confirmLabel, cancelLabel, busy, onConfirm, onCancel }: { title: string; body: ReactNode; confirmLabel: string; cancelLabel: string; busy?: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="confirm stack-tight" role="group" aria-label={title}>
      <h3 className="confirm-title">{title}</h3>
      <p>{body}</p>
      <div className="actions">
        <Button variant="danger" busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
