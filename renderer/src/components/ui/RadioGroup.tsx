import { useId, type ReactNode } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  help?: string;
}

/** A fieldset of radio buttons with a visible legend; arrow keys move between options. */
export function RadioGroup<V extends string>({
  legend,
  options,
  value,
  onChange,
  help,
  error,
  inline = false,
}: {
  legend: string;
  options: readonly RadioOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  help?: ReactNode;
  error?: string | null;
  inline?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className={inline ? 'radio-group radio-group-inline' : 'radio-group'}>
      <legend className="field-label">{legend}</legend>
      {help ? <p className="field-help">{help}</p> : null}
      {options.map((o) => (
        <label key={o.value} className={o.help ? 'radio radio-with-help' : 'radio'}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>
            {o.label}
            {o.help ? <span className="radio-help">{o.help}</span> : null}
          </span>
        </label>
      ))}
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
