import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useHostDialog, type DialogKind } from '../mutations';

export interface PathInputText {
  label: string;
  none: string;
  choose: string;
  chooseAgain: string;
  manualLabel: string;
  manualHelp: string;
}

/**
 * A file or folder via the native dialog; where the host has none (browser preview:
 * `supported: false`) a field for the full path appears instead (first run's fallback).
 */
export function PathInput({ dialog, value, onChange, error, text }: { dialog: DialogKind; value: string; onChange: (path: string) => void; error?: string | null; text: PathInputText }) {
  const host = useHostDialog();
  const [manual, setManual] = useState(false);
  const pick = () =>
    host.mutate(dialog, {
      onSuccess: (answer) => {
        if (!answer.supported) setManual(true);
        else if (answer.path) onChange(answer.path);
      },
    });

  if (manual) {
    return <Field label={text.manualLabel} help={text.manualHelp} error={error} value={value} onChange={(e) => onChange(e.target.value)} spellCheck={false} autoComplete="off" inputClassName="input-mono" autoFocus />;
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
        <Button variant="secondary" onClick={pick} busy={host.isPending}>
          {value ? text.chooseAgain : text.choose}
        </Button>
      </div>
      {error ? <p className="field-error">{error}</p> : null}
      <ErrorBanner error={host.error} />
    </div>
  );
}
