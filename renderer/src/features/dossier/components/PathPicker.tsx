import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useChooseSavePath, useChooseZip } from '../mutations';

export interface PathPickerText {
  label: string;
  none: string;
  choose: string;
  chooseAgain: string;
  manualLabel: string;
  manualHelp: string;
}

/**
 * A file to save (`mode: 'save'`) or open (`'open'`, a ZIP) via the native dialog; where the
 * host has none (browser preview: `supported: false`) it falls back to a typed full path,
 * like first-run's folder picker. `onHostless` tells the screen the host has no dialogs.
 */
export function PathPicker({
  mode,
  defaultName = 'dossier.zip',
  value,
  onChange,
  onHostless,
  hostless = false,
  error,
  text,
}: {
  mode: 'save' | 'open';
  defaultName?: string;
  value: string;
  onChange: (path: string) => void;
  onHostless?: () => void;
  /** Already known: the host has no dialogs, so show the typed path at once. */
  hostless?: boolean;
  error?: string | null;
  text: PathPickerText;
}) {
  const save = useChooseSavePath();
  const open = useChooseZip();
  const dialog = mode === 'save' ? save : open;
  const [manual, setManual] = useState(false);

  const pick = () => {
    const done = (answer: { path: string | null; supported: boolean }) => {
      if (!answer.supported) {
        setManual(true);
        onHostless?.();
      } else if (answer.path) onChange(answer.path);
    };
    if (mode === 'save') save.mutate(defaultName, { onSuccess: done });
    else open.mutate(undefined, { onSuccess: done });
  };

  if (manual || hostless) {
    return (
      <Field
        label={text.manualLabel}
        help={text.manualHelp}
        error={error}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        autoComplete="off"
        inputClassName="input-mono"
        autoFocus
      />
    );
  }
  return (
    <div className="field">
      <p className="field-label">{text.label}</p>
      <div className="folder-row">
        {value ? (
          <code className="folder-path" translate="no">
            {value}
          </code>
        ) : (
          <span className="muted">{text.none}</span>
        )}
        <Button variant="secondary" onClick={pick} busy={dialog.isPending}>
          {value ? text.chooseAgain : text.choose}
        </Button>
      </div>
      {error ? <p className="field-error">{error}</p> : null}
      <ErrorBanner error={dialog.error} />
    </div>
  );
}
