import { useState } from 'react';
import { useHostDialog, type DialogKind } from '../../../lib/host-dialog';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';

export interface PathFieldText {
  label: string;
  choose: string;
  manualLabel: string;
  manualHelp: string;
  /** Shown instead of an empty path; without it the (empty) path is shown as is. */
  none?: string;
  /** The button once a path is set; without it the button keeps `choose`. */
  chooseAgain?: string;
}

export interface PathFieldProps {
  dialog: DialogKind;
  value: string;
  /** `via` says whether a native dialog chose it (a save dialog already asked before replacing a file) or it was typed. */
  onChange: (path: string, via: 'dialog' | 'typed') => void;
  error?: string | null;
  text: PathFieldText;
  /** Already known: the host has no dialogs, so show the typed path at once. */
  hostless?: boolean;
  /** Tells the screen the host turned out to have no dialogs. */
  onHostless?: () => void;
}

/**
 * A file or folder chosen with the host's native dialog. Where the host has none (browser
 * preview: `supported: false`) a field for the full path takes its place, so every screen
 * that asks for a path still works there.
 */
export function PathField({ dialog, value, onChange, error, text, hostless = false, onHostless }: PathFieldProps) {
  const host = useHostDialog();
  const [manual, setManual] = useState(false);
  const pick = () =>
    host.mutate(dialog, {
      onSuccess: (answer) => {
        if (!answer.supported) {
          setManual(true);
          onHostless?.();
        } else if (answer.path) onChange(answer.path, 'dialog');
      },
    });

  if (manual || hostless) {
    return <Field label={text.manualLabel} help={text.manualHelp} error={error} value={value} onChange={(e) => onChange(e.target.value, 'typed')} spellCheck={false} autoComplete="off" inputClassName="input-mono" autoFocus />;
  }
  return (
    <div className="field">
      <p className="field-label">{text.label}</p>
      <div className="folder-row">
        {value || text.none === undefined ? (
          <code className="folder-path" translate="no">
            {value}
          </code>
        ) : (
          <span className="muted">{text.none}</span>
        )}
        <Button variant="secondary" onClick={pick} busy={host.isPending}>
          {value && text.chooseAgain !== undefined ? text.chooseAgain : text.choose}
        </Button>
      </div>
      {error ? <p className="field-error">{error}</p> : null}
      <ErrorBanner error={host.error} />
    </div>
  );
}
