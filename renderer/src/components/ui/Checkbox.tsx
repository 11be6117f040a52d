import type { InputHTMLAttributes, ReactNode } from 'react';

/** A checkbox with its label on the right and optional help below. */
export function Checkbox({ label, help, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { label: string; help?: ReactNode }) {
  return (
    <label className="checkbox">
      <input {...input} type="checkbox" />
      <span>
        {label}
        {help ? <span className="radio-help">{help}</span> : null}
      </span>
    </label>
  );
}
