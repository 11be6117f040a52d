import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useChooseFolder } from '../mutations';

export interface FolderPickerText {
  label: string;
  choose: string;
  manualLabel: string;
  manualHelp: string;
}

/**
 * Shows a folder and lets the user pick another one with the native dialog; where the host
 * has none (browser preview: `supported: false`) it falls back to a typed path.
 */
export function FolderPicker({ value, onChange, text }: { value: string; onChange: (path: string) => void; text: FolderPickerText }) {
  const choose = useChooseFolder();
  const [manual, setManual] = useState(false);

  const pick = () =>
    choose.mutate(undefined, {
      onSuccess: (answer) => {
        if (!answer.supported) setManual(true);
        else if (answer.path) onChange(answer.path);
      },
    });

  if (manual) {
    return (
      <Field
        label={text.manualLabel}
        help={text.manualHelp}
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
        <code className="folder-path" translate="no">
          {value}
        </code>
        <Button variant="secondary" onClick={pick} busy={choose.isPending}>
          {text.choose}
        </Button>
      </div>
      {choose.error ? <ErrorBanner error={choose.error} /> : null}
    </div>
  );
}
